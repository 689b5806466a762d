import { configure, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeEach, describe, expect, it } from 'vitest';
import { deliveryKey } from '../../../../mocks/handlers/store.ts';
import { faults, store } from '../../../../shared/testing/msw.ts';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import routes from '../routes.tsx';

// The shared CI box runs several suites at once; a redraw can take longer than the default second.
configure({ asyncUtilTimeout: 8000 });

const CLINIC = { ydernummer: '990035', name: 'Lægehuset Torvet', regionCode: '1083' as const };
const DOCTOR = { id: 'lars.thygesen@990035', name: 'Lars Thygesen', role: 'doctor' as const };
const open = (options: Parameters<typeof renderWebapp>[1] = {}) =>
  renderWebapp(routes, { basePath: '/klinikbeskeder', clinic: CLINIC, user: DOCTOR, ...options });
const count = async () => (await screen.findByTestId('recipient-count', {}, { timeout: 8000 })).textContent!;
const numbers = (text: string) => text.match(/[\d.]+/g)!.map((n) => Number(n.replace(/\./g, '')));

// jsdom draws MUI slowly, and the CI machine is shared: these journeys get more time than the default.
describe('Klinikbeskeder: composing', { timeout: 45_000 }, () => {
  beforeEach(() => localStorage.clear());

  it('counts who matches and who can receive as the filters change, with the reasons for the rest', async () => {
    const { router } = open();
    const [all, reachableAll] = numbers(await count());
    expect(all).toBe(1650);
    expect(reachableAll).toBeLessThan(all!);
    await userEvent.click(screen.getByRole('button', { name: '65+' }));
    await waitFor(() => expect(router.state.location.search).toBe('?alderFra=65'));
    const [older, reachableOlder] = numbers(await count());
    expect(older).toBeLessThan(all!);
    expect(reachableOlder).toBeLessThan(older!);
    expect(screen.getByTestId('unreachable-reasons')).toHaveTextContent('bruger ikke Min Læge');
    await userEvent.click(screen.getByRole('radio', { name: 'Kvinder' }));
    await waitFor(() => expect(router.state.location.search).toBe('?koen=F&alderFra=65'));
    expect(numbers(await count())[0]).toBeLessThan(older!);
  });

  it('filters on diagnoses picked from the code list, combined with services by AND or OR', async () => {
    open();
    await count();
    await userEvent.type(screen.getByLabelText('Diagnoser (ICPC-2)'), 'diabetes type 2');
    await userEvent.click(await screen.findByRole('option', { name: 'T90 Diabetes type 2' }));
    const [diabetes] = numbers(await count());
    expect(diabetes).toBeGreaterThan(20);
    expect(diabetes).toBeLessThan(300);
    await userEvent.type(screen.getByLabelText('Ydelser modtaget (ydelseskoder)'), '0120');
    await userEvent.click(await screen.findByRole('option', { name: /^0120 / }));
    const [both] = numbers(await count());
    expect(both).toBeLessThanOrEqual(diabetes!);
    await userEvent.click(screen.getByRole('radio', { name: 'Én af dem er nok (ELLER)' }));
    await waitFor(async () => expect(numbers(await count())[0]).toBeGreaterThanOrEqual(diabetes!));
  });

  it('says what is wrong with an age, keeping what was typed', async () => {
    open();
    await count();
    const from = screen.getByLabelText('Alder fra');
    await userEvent.type(from, '6x');
    expect(from).toHaveValue('6x');
    expect(screen.getByText('Skriv en alder som et helt tal fra 0 til 130.')).toBeInTheDocument();
  });

  it('lets the user remove a patient from the list, and the count follows', async () => {
    open({ path: '/?alderFra=90' });
    const [before] = numbers(await count());
    await userEvent.click(screen.getByRole('button', { name: 'Se og ret modtagerlisten' }));
    const dialog = await screen.findByRole('dialog');
    const [remove] = within(dialog).getAllByRole('button', { name: /^Fjern .* fra modtagerne$/ });
    await userEvent.click(remove!);
    expect(within(dialog).getAllByRole('button', { name: /^Sæt .* på modtagerne igen$/ })).toHaveLength(1);
    expect(within(dialog).getAllByText(/^\d{6}-xxxx$/).length).toBeGreaterThan(0);
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luk' }));
    expect(numbers(await count())[0]).toBe(before! - 1);
    expect(screen.getByText('1 fjernet fra listen')).toBeInTheDocument();
  });

  it('pages through a clinic-wide list, and a search starts again from its first page', async () => {
    open();
    await count();
    await userEvent.click(screen.getByRole('button', { name: 'Se og ret modtagerlisten' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText('1–50 af 1.650')).toBeInTheDocument();
    await userEvent.click(within(dialog).getByRole('button', { name: 'Gå til den næste side' }));
    expect(within(dialog).getByText('51–100 af 1.650')).toBeInTheDocument();
    await userEvent.type(within(dialog).getByLabelText(/^Søg i listen/), 'a');
    expect(within(dialog).getByText(/^1–\d+ af [\d.]+$/)).toBeInTheDocument();
  });

  it('shows markup literally in the preview and enforces the length limits', async () => {
    open();
    await count();
    await userEvent.click(screen.getByLabelText(/^Emne/));
    await userEvent.paste('<b>Vigtigt</b>');
    await userEvent.click(screen.getByLabelText(/^Tekst/));
    await userEvent.paste('<script>alert(1)</script>\nNy linje');
    const preview = screen.getByTestId('min-laege-preview');
    expect(preview).toHaveTextContent('<b>Vigtigt</b>');
    expect(preview).toHaveTextContent('<script>alert(1)</script>');
    expect(preview.querySelector('b, script')).toBeNull();
    expect(screen.getByText(/ligner HTML eller formatering/)).toBeInTheDocument();
    await userEvent.clear(screen.getByLabelText(/^Emne/));
    await userEvent.click(screen.getByLabelText(/^Emne/));
    await userEvent.paste('a'.repeat(101));
    expect(screen.getByText('Emnet må højst være 100 tegn i Min Læge.')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send beskeden' }));
    expect(screen.getByText('Skriv emne og tekst inden for grænserne, før du sender.')).toBeInTheDocument();
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('saves the draft as the user types, and brings it back after a reload', async () => {
    const first = open({ path: '/?alderFra=65' });
    await count();
    await userEvent.type(screen.getByLabelText(/^Emne/), 'Ferie');
    await userEvent.click(screen.getByLabelText(/^Tekst/));
    await userEvent.paste('Vi holder lukket i uge 29.');
    await waitFor(
      () =>
        expect(Object.values(store.state.drafts)).toEqual([
          expect.objectContaining({
            subject: 'Ferie',
            body: 'Vi holder lukket i uge 29.',
            filter: { operator: 'and', ageMin: 65 },
          }),
        ]),
      { timeout: 8000 },
    );
    expect(await screen.findByText(/^Kladden er gemt kl\./)).toBeInTheDocument();
    first.unmount();
    const second = open();
    expect(await screen.findByLabelText(/^Emne/, {}, { timeout: 8000 })).toHaveValue('Ferie');
    expect(screen.getByLabelText(/^Tekst/)).toHaveValue('Vi holder lukket i uge 29.');
    await waitFor(() => expect(second.router.state.location.search).toBe('?alderFra=65'));
    second.unmount();
    // A new login in another browser (no local copy): the user's newest draft comes from the server.
    localStorage.clear();
    open();
    expect(await screen.findByLabelText(/^Emne/, {}, { timeout: 8000 })).toHaveValue('Ferie');
  });

  it('sends once after confirming, even on a double click, and shows the progress to the end', async () => {
    const { router } = open({ path: '/?alderFra=75' });
    const [, reachable] = numbers(await count());
    await userEvent.selectOptions(screen.getByLabelText('Skabelon'), 'Influenzavaccination');
    expect(screen.getByLabelText(/^Emne/)).toHaveValue('Influenzavaccination i klinikken');
    await userEvent.click(screen.getByRole('button', { name: 'Send beskeden' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send beskeden?' });
    expect(dialog).toHaveTextContent(`sendes til ${reachable} modtagere`);
    expect(dialog).toHaveTextContent('75 år og derover');
    await userEvent.dblClick(within(dialog).getByRole('button', { name: `Send til ${reachable}` }));
    await waitFor(() => expect(router.state.location.pathname).toMatch(/\/historik\/msg-/), {
      timeout: 8000,
    });
    expect(
      await screen.findByRole('heading', { name: 'Influenzavaccination i klinikken' }, { timeout: 8000 }),
    ).toBeInTheDocument();
    const created = Object.values(store.state.messages).filter(
      (m) => m.ydernummer === CLINIC.ydernummer && !m.id.startsWith('seed'),
    );
    expect(created).toHaveLength(1);
    const message = created[0]!;
    await waitFor(() => expect(Object.keys(message.batchesSent)).toHaveLength(message.batchCount), {
      timeout: 8000,
    });
    // Every reachable recipient was handled once: one copy in their app, or none if the profile was closed.
    const reached = message.recipients.filter((r) => r.channel !== 'none');
    expect(reached).toHaveLength(reachable!);
    for (const r of reached) {
      const delivery = store.state.deliveries[deliveryKey(message.id, r.patientId)]!;
      expect(store.state.inbox[deliveryKey(message.id, r.patientId)] ?? 0).toBe(
        delivery.state === 'delivered' ? 1 : 0,
      );
    }
    expect(Object.values(store.state.drafts)).toEqual([]);
  });

  it('explains a failing patient list in Danish and retries', async () => {
    faults.set({ api: 'messages', fault: '500' });
    open();
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    expect(alert).toHaveTextContent('fejl hos PLSP');
    faults.set({ api: 'messages', fault: 'none' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(numbers(await count())[0]).toBe(1650);
  });

  it('does not start a new draft when the look-up of the newest one fails: it says so and retries', async () => {
    const first = open();
    await count();
    await userEvent.type(screen.getByLabelText(/^Emne/), 'Ferie');
    await waitFor(() => expect(Object.values(store.state.drafts)).toHaveLength(1), { timeout: 8000 });
    first.unmount();
    localStorage.clear(); // another browser: only the server has the draft
    faults.set({ api: 'messages', fault: '500' });
    open();
    const alert = await screen.findByRole('alert', {}, { timeout: 8000 });
    // The API comes back only after every query's own retry (once, for a 5xx) has failed too.
    await new Promise((resolve) => setTimeout(resolve, 500));
    faults.set({ api: 'messages', fault: 'none' });
    for (const retry of within(alert).getAllByRole('button', { name: 'Prøv igen' }))
      await userEvent.click(retry);
    expect(await screen.findByLabelText(/^Emne/, {}, { timeout: 8000 })).toHaveValue('Ferie');
  });

  it('lets a nurse read the history but not send', async () => {
    open({ user: { id: 'x@990035', name: 'Sygeplejerske', role: 'nurse' } });
    expect(screen.getByText('Du kan læse historikken, men ikke sende')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send beskeden' })).toBeNull();
    await userEvent.click(screen.getByRole('link', { name: 'Se historikken' }));
    expect(await screen.findByRole('table', {}, { timeout: 8000 })).toBeInTheDocument();
  });
});

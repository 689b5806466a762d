import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import { faults } from '../../../../shared/testing/msw.ts';
import routes from '../routes.tsx';

/** The distances shown on the results, in order. */
const shownDistances = () =>
  screen.getAllByRole('listitem').map((item) =>
    Number(
      within(item)
        .getByText(/^[\d,]+ km$/)
        .textContent!.replace(' km', '')
        .replace(',', '.'),
    ),
  );
const open = (path = '/') => renderWebapp(routes, { basePath: '/soeg-speciallaege', path });
const resultCount = async () =>
  Number(
    (await screen.findByText(/^\d+ resultat(er)?$/, {}, { timeout: 5000 })).textContent!.match(/\d+/)![0],
  );

describe('Søg speciallæge', () => {
  it('lists specialists nearest the clinic first, with distance, phone and waiting time', async () => {
    open();
    expect(screen.getByRole('heading', { level: 1, name: 'Søg speciallæge' })).toBeInTheDocument();
    expect(await resultCount()).toBeGreaterThanOrEqual(2000);
    const distances = shownDistances();
    expect(distances).toHaveLength(20);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    const first = screen.getAllByRole('listitem')[0]!;
    expect(within(first).getByText(/Ventetid \d+ uger \(oplyst \d{2}\.\d{2}\.\d{4}\)/)).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: /Kopiér telefonnummer/ })).toBeInTheDocument();
  });

  it('filters by specialty and keeps the search in the URL', async () => {
    const { router } = open();
    await resultCount();
    await userEvent.selectOptions(screen.getByLabelText('Speciale'), 'Øjensygdomme');
    await waitFor(() => expect(router.state.location.search).toBe('?speciale=19'));
    const count = await resultCount();
    expect(count).toBeGreaterThan(100);
    expect(count).toBeLessThan(800);
    expect(screen.getAllByText('Fri adgang uden henvisning').length).toBeGreaterThan(0);
  });

  it('reads the search from the URL, so a bookmark returns to the same result', async () => {
    open('/?speciale=04&afstand=25&handicap=1&sort=ventetid');
    await resultCount();
    expect(screen.getByLabelText('Speciale')).toHaveValue('04');
    expect(screen.getByLabelText('Højst afstand')).toHaveValue('25');
    expect(screen.getByLabelText('Fuld handicaptilgængelighed')).toBeChecked();
    expect(screen.getByLabelText('Sortér efter')).toHaveValue('ventetid');
    expect(shownDistances().every((d) => d <= 25)).toBe(true);
  });

  it('says why nothing was found and offers to widen the search', async () => {
    open('/?q=findesikke');
    expect(await screen.findByText('Ingen resultater')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Nulstil søgning' }));
    expect(await resultCount()).toBeGreaterThan(2000);
  });

  it('searches from another postcode, and explains a wrong one without losing it', async () => {
    open();
    await resultCount();
    const field = screen.getByLabelText(/Søg fra et andet postnummer/);
    await userEvent.type(field, '37a');
    expect(screen.getByText('Et postnummer har fire cifre.')).toBeInTheDocument();
    expect(field).toHaveValue('37a');
    await userEvent.clear(field);
    await userEvent.type(field, '3700');
    expect(await screen.findByText('Afstand fra 3700 Rønne', {}, { timeout: 5000 })).toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, '1234');
    expect(await screen.findByText(/Postnummer 1234 findes ikke/, {}, { timeout: 5000 })).toBeInTheDocument();
  });

  it('shows "Find klinik" as a second tab over general practices', async () => {
    open('/?fane=klinikker');
    expect(await resultCount()).toBe(400);
    expect(screen.queryByLabelText('Speciale')).not.toBeInTheDocument();
    expect(screen.getAllByText(/Tager (ikke )?nye patienter/).length).toBeGreaterThan(0);
    expect(screen.getAllByText(/^[\d.]+ tilmeldte patienter · \d+ læger?$/)).toHaveLength(20);
  });

  it.each([
    ['500', /fejl hos PLSP/],
    ['503', /midlertidigt utilgængelig/],
    ['malformed', /kunne ikke læses/],
    ['drop', /ingen forbindelse/],
  ] as const)('explains an API fault (%s) and retries', async (fault, text) => {
    faults.set({ api: 'specialists', fault });
    open();
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent(text);
    faults.set({ api: 'specialists', fault: 'none' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await resultCount()).toBeGreaterThan(2000);
  });
});

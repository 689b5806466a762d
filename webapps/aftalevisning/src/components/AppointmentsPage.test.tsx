import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { listDemoPatients } from '../../../../mocks/data/index.ts';
import { faults, server, store } from '../../../../shared/testing/msw.ts';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import routes from '../routes.tsx';

const [heavy, , , , , healthy] = listDemoPatients('990011');
const asPatient = (p: NonNullable<typeof heavy>) => ({
  cpr: p.cpr,
  name: p.name,
  birthDate: '',
  sex: p.sex,
  age: p.age,
});
const open = (options: Parameters<typeof renderWebapp>[1] = {}) =>
  renderWebapp(routes, { basePath: '/aftalevisning', ...options });

describe('Aftalevisning', () => {
  it('opens on the patient in context, without typing, and logs the lookup', async () => {
    open({ patient: asPatient(heavy!) });
    expect(await screen.findByTestId('patient-heading', {}, { timeout: 5000 })).toHaveTextContent(
      /\d{6}-xxxx/,
    );
    expect(screen.getByText(/^\d+ af 1000 aftaler$/)).toBeInTheDocument();
    expect(store.audit.list()).toEqual([
      expect.objectContaining({
        patientCpr: heavy!.cpr,
        action: 'appointments-lookup',
        userId: 'mette.vinther@990011',
      }),
    ]);
  });

  it('filters to hospital appointments in the next 30 days, with counts per sector', async () => {
    const { router } = open({ patient: asPatient(heavy!) });
    await screen.findByTestId('patient-heading', {}, { timeout: 5000 });
    await userEvent.click(screen.getByLabelText(/^Sygehus \(\d+\)$/));
    await userEvent.selectOptions(screen.getByLabelText('Periode'), 'Næste 30 dage');
    await waitFor(() => expect(router.state.location.search).toBe('?sektor=hospital&periode=30-dage'));
    const rows = within(screen.getByRole('table')).getAllByRole('row').slice(1);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((row) => within(row).queryByText('Sygehus'))).toBe(true);
    await userEvent.click(screen.getByRole('button', { name: 'Ryd filtre' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('draws the rows in view of a thousand, tells screen readers the total, and prints every row', async () => {
    open({ patient: asPatient(heavy!) });
    await screen.findByTestId('patient-heading', {}, { timeout: 5000 });
    await userEvent.selectOptions(screen.getByLabelText('Periode'), 'Alle');
    await screen.findByText('1000 af 1000 aftaler');
    const table = screen.getByRole('table');
    expect(table).toHaveAttribute('aria-rowcount', '1001');
    const drawn = within(table).getAllByRole('row').slice(1);
    expect(drawn.length).toBeGreaterThan(5);
    expect(drawn.length).toBeLessThan(50);
    expect(drawn[0]).toHaveAttribute('aria-rowindex', '2');
    fireEvent(window, new Event('beforeprint'));
    expect(within(table).getAllByRole('row')).toHaveLength(1001);
    fireEvent(window, new Event('afterprint'));
    await waitFor(() => expect(within(table).getAllByRole('row').length).toBeLessThan(50));
  });

  it('sorts by a column when its header is pressed', async () => {
    open({ patient: asPatient(heavy!) });
    await screen.findByTestId('patient-heading', {}, { timeout: 5000 });
    const header = screen.getByRole('columnheader', { name: /Varighed/ });
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'ascending');
    await userEvent.click(within(header).getByRole('button'));
    expect(header).toHaveAttribute('aria-sort', 'descending');
  });

  it('says so when the patient has no appointments', async () => {
    open({ patient: asPatient(healthy!) });
    expect(
      await screen.findByText(
        'Patienten har ingen bookede aftaler i Aftaleoversigten.',
        {},
        { timeout: 5000 },
      ),
    ).toBeInTheDocument();
  });

  it('looks a patient up by CPR, checking format and date as the user types', async () => {
    open();
    const field = screen.getByLabelText('CPR-nummer');
    await userEvent.type(field, '3213');
    expect(screen.getByText('De første seks cifre er ikke en gyldig dato (ddmmåå).')).toBeInTheDocument();
    await userEvent.clear(field);
    await userEvent.type(field, '12ab');
    expect(screen.getByText('Et CPR-nummer har 10 cifre (bindestreg er valgfri).')).toBeInTheDocument();
    expect(field).toHaveValue('12ab');
    await userEvent.clear(field);
    await userEvent.type(field, `${heavy!.cpr.slice(0, 6)}-${heavy!.cpr.slice(6)}`);
    await userEvent.click(screen.getByRole('button', { name: 'Slå op' }));
    expect(await screen.findByTestId('patient-heading', {}, { timeout: 5000 })).toHaveTextContent(
      `${heavy!.cpr.slice(0, 6)}-xxxx`,
    );
  });

  it('shows the SEB page and loads nothing for a user without sundheds-id', async () => {
    let requests = 0;
    server.events.on('request:start', () => void (requests += 1));
    open({ user: { sundhedsId: false, role: 'secretary' }, patient: asPatient(heavy!) });
    expect(screen.getByText('Du har ikke adgang til aftaler')).toBeInTheDocument();
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(requests).toBe(0);
    server.events.removeAllListeners();
  });

  it('explains an API fault and retries', async () => {
    faults.set({ api: 'appointments', fault: '500' });
    open({ patient: asPatient(heavy!) });
    const alert = await screen.findByRole('alert', {}, { timeout: 5000 });
    expect(alert).toHaveTextContent('fejl hos PLSP');
    faults.set({ api: 'appointments', fault: 'none' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByTestId('patient-heading', {}, { timeout: 5000 })).toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { describe, expect, it } from 'vitest';
import { requestedPaths, server } from '../../../../shared/testing/msw.ts';
import { PAGE_SIZE } from '../domain/patients.ts';
import { HEAVY, openAim, SLOW } from './test-support.tsx';

/** By its caption: role queries over a wide table are slow in jsdom. */
const patientTable = async () =>
  (await screen.findByText(/^Patienter med diabetes/, { selector: 'caption' }, SLOW)).closest('table')!;

describe('AIM patients and records', () => {
  it(
    'lists the population a page at a time, with masked CPR, and filters to flagged patients in the URL',
    async () => {
      const { router } = openAim('/ddid/patienter');
      const table = await patientTable();
      // Plain DOM queries over the rows: role queries over wide rows are slow in jsdom.
      const rows = table.querySelectorAll('tbody tr');
      expect(rows).toHaveLength(PAGE_SIZE);
      expect(rows[0]!.querySelector('a')).toHaveAccessibleName(/^Åbn det, der sendes for \d{6}-xxxx$/);
      expect(table).not.toHaveTextContent(/\d{6}-\d{4}/);
      const count = (pattern: RegExp) =>
        Number(pattern.exec(screen.getByText(/ af [\d.]+ patienter$/).textContent!)![1]!.replace('.', ''));
      const total = count(/af ([\d.]+) patienter/);
      await userEvent.click(screen.getByText(/^Markerede \(\d+\)$/));
      await waitFor(() => expect(router.state.location.search).toBe('?vis=markerede'));
      const flagged = count(/^([\d.]+) af/);
      expect(flagged).toBeGreaterThan(0);
      expect(flagged).toBeLessThan(total);
      for (const row of (await patientTable()).querySelectorAll('tbody tr'))
        expect(row).toHaveTextContent(/mangler|forældet siden/);
    },
    HEAVY,
  );

  it(
    'opens a flagged patient: the exact record per receiver and what would be rejected today',
    async () => {
      const { router } = openAim('/ddid/patienter?vis=forældede');
      const first = (await patientTable()).querySelector('tbody a')!;
      await userEvent.click(first);
      await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/aim\/ddid\/patienter\/\d{10}$/));
      expect(await screen.findByTestId('record-patient', {}, SLOW)).toHaveTextContent(/\d{6}-xxxx · \d+ år/);
      expect(screen.getByText('Det ville blive afvist i dag')).toBeInTheDocument();
      expect(screen.getAllByText(/^AIM-120$/).length).toBeGreaterThan(0);
      expect(screen.getByText(/^Kun til Sundhedsdatastyrelsen: eGFR, BMI$/)).toBeInTheDocument();
      const rkkp = screen.getByRole('table', { name: /^Sendes til RKKP: 8 dataelementer$/ });
      expect(within(rkkp).queryByRole('rowheader', { name: 'eGFR' })).not.toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Sundhedsdatastyrelsen' }));
      await waitFor(() => expect(router.state.location.search).toBe('?modtager=sds'));
      const sds = screen.getByRole('table', { name: /^Sendes til Sundhedsdatastyrelsen: 10 dataelementer$/ });
      expect(within(sds).getByRole('rowheader', { name: 'eGFR' })).toBeInTheDocument();
    },
    HEAVY,
  );

  it('says so when the population is empty', async () => {
    server.use(
      http.get('*/api/v1/aim/databases/:databaseId/patients', () =>
        HttpResponse.json({ items: [], page: 1, pageSize: 5000, total: 0 }),
      ),
    );
    openAim('/drastma/patienter');
    expect(await screen.findByText('Ingen patienter i populationen', {}, SLOW)).toBeInTheDocument();
  });

  it('tells a secretary the list needs another role, and asks the API for nothing at patient level', async () => {
    const paths = requestedPaths();
    openAim('/ddid/patienter', { user: { role: 'secretary', sundhedsId: false } });
    expect(
      await screen.findByText('Patientlisten kræver rollen læge eller sygeplejerske', {}, SLOW),
    ).toBeInTheDocument();
    expect(paths.some((p) => p.includes('/patients'))).toBe(false);
  });

  it('explains a fault while loading the patients, and retries', async () => {
    server.use(
      http.get('*/api/v1/aim/databases/:databaseId/patients', () => new HttpResponse(null, { status: 503 })),
    );
    openAim('/drkol/patienter');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent(/midlertidigt|utilgængelig|503/);
    server.resetHandlers();
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('table', { name: /^Patienter med kol/ }, SLOW)).toBeInTheDocument();
  });

  it('says when a patient is not in the population', async () => {
    openAim('/ddid/patienter/6701011234');
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('Journalen kunne ikke hentes');
    expect(screen.getByRole('link', { name: 'Tilbage til patientlisten' })).toBeInTheDocument();
  });
});

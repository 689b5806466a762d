import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults, requestedPaths } from '../../../../shared/testing/msw.ts';
import { HEAVY, openAim, SLOW } from './test-support.tsx';

describe('AIM indicators', () => {
  it(
    "shows diabetes' indicators against region and country, checked against the patients' values",
    async () => {
      openAim('/ddid');
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Diabetes: indikatorer');
      const summary = await screen.findByRole('table', { name: /^Indikatorerne i \d{4}-Q\d/ }, SLOW);
      const hba1c = within(summary)
        .getByRole('rowheader', { name: /^1\.f1 HbA1c under 59 mmol\/mol/ })
        .closest('tr')!;
      expect(within(hba1c).getByText(/^mindst 40 %$/)).toBeInTheDocument();
      expect(await within(hba1c).findByText(/ – stemmer$/, {}, SLOW)).toBeInTheDocument();
      expect(within(summary).queryByText(/afviger fra RKKP-tallet/)).not.toBeInTheDocument();
      expect(screen.getByRole('img', { name: /^Graf: HbA1c under 59 mmol\/mol/ })).toBeInTheDocument();
      const trend = screen.getByRole('table', { name: 'HbA1c under 59 mmol/mol pr. kvartal' });
      expect(within(trend).getAllByRole('row')).toHaveLength(9);
    },
    HEAVY,
  );

  it(
    'charts the indicator chosen, kept in the URL',
    async () => {
      const { router } = openAim('/ddid');
      const choose = await screen.findByLabelText('Indikator', {}, SLOW);
      await userEvent.selectOptions(choose, '4.f Øjenundersøgelse');
      await waitFor(() => expect(router.state.location.search).toBe('?indikator=4.f'));
      expect(screen.getByRole('table', { name: 'Øjenundersøgelse pr. kvartal' })).toBeInTheDocument();
      expect(screen.getByRole('heading', { name: /Øjenundersøgelse$/ })).toBeInTheDocument();
    },
    HEAVY,
  );

  it("shows a database in preparation without RKKP figures, but computed from today's patient data", async () => {
    openAim('/dhd');
    expect(
      await screen.findByText(/Indberetningen til denne database starter/, {}, SLOW),
    ).toBeInTheDocument();
    expect(await screen.findByText('Ingen indikatortal endnu', {}, SLOW)).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'Indikatorerne, beregnet fra dagens patientdata' });
    const lvef = within(table)
      .getByRole('rowheader', { name: /LVEF registreret/ })
      .closest('tr')!;
    expect(await within(lvef).findByText(/^\d+ af \d+$/, {}, SLOW)).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('shows a secretary the aggregated figures only, without asking for patient data', async () => {
    const paths = requestedPaths();
    openAim('/ddid', { user: { role: 'secretary', sundhedsId: false } });
    const summary = await screen.findByRole('table', { name: /^Indikatorerne i/ }, SLOW);
    expect(within(summary).queryByRole('columnheader', { name: 'Fra patientdata' })).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Patienter' })).not.toBeInTheDocument();
    expect(paths.some((p) => p.includes('/patients'))).toBe(false);
  });

  it('explains a fault of the indicators and retries', async () => {
    faults.set({ api: 'aim', fault: 'malformed' });
    openAim('/ddid');
    const alert = (await screen.findAllByRole('alert', {}, SLOW))[0]!;
    expect(within(alert).getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
    faults.set({ api: 'aim', fault: 'none' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await screen.findByRole('table', { name: /^Indikatorerne i/ }, SLOW)).toBeInTheDocument();
  });

  it('says so when the database in the URL is unknown', async () => {
    openAim('/hjerte');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Ukendt database');
    expect(screen.getByRole('link', { name: 'Oversigt' })).toBeInTheDocument();
  });
});

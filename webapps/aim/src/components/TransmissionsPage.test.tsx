import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { faults } from '../../../../shared/testing/msw.ts';
import { HEAVY, openAim, SLOW } from './test-support.tsx';

const logTable = async () =>
  (await screen.findByText('Indberetninger, nyeste først', { selector: 'caption' }, SLOW)).closest('table')!;

describe('AIM transmission log', () => {
  it('shows a whole delivery refused by Sundhedsdatastyrelsen, with the reason and no re-send button', async () => {
    openAim('/indberetninger?database=drkol&modtager=sds&afviste=ja');
    const table = await logTable();
    expect(table).toHaveTextContent('Afvist');
    expect(table).toHaveTextContent('Hele leverancen blev afvist');
    expect(table).toHaveTextContent(
      /AIM-001 Leverancen fulgte ikke den gældende version af indberetningsformatet/,
    );
    expect(table).toHaveTextContent('Indberetningsmotoren sender igen automatisk');
    expect(table.querySelector('button')).toBeNull();
    expect(screen.getByLabelText('Database')).toHaveValue('drkol');
  });

  it(
    'lists rejected records with their reasons, and links doctors to the record',
    async () => {
      const { router } = openAim('/indberetninger?database=ddid&afviste=ja');
      const table = await logTable();
      const rows = table.querySelectorAll('tbody tr.details');
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) expect(row).toHaveTextContent(/AIM-\d{3} .+ \(\d+ journal(er)?\)/);
      const link = table.querySelector('tbody a')!;
      expect(link).toHaveTextContent(/^\d{6}-xxxx$/);
      await userEvent.click(link);
      await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/aim\/ddid\/patienter\/\d{10}$/));
    },
    HEAVY,
  );

  it(
    'keeps the filter in the URL, and offers to clear a filter that matches nothing',
    async () => {
      const { router } = openAim('/indberetninger');
      await logTable();
      await userEvent.selectOptions(screen.getByLabelText('Database'), 'Hjertesvigt');
      await waitFor(() => expect(router.state.location.search).toBe('?database=dhd'));
      expect(screen.getByText('Ingen indberetninger matcher filteret')).toBeInTheDocument();
      await userEvent.click(screen.getByRole('button', { name: 'Ryd filtre' }));
      await waitFor(() => expect(router.state.location.search).toBe(''));
      expect(screen.getByText(/^\d+ af \d+ indberetninger$/)).toBeInTheDocument();
    },
    HEAVY,
  );

  it('shows a secretary the reasons without patient numbers', async () => {
    openAim('/indberetninger?database=ddid&afviste=ja', { user: { role: 'secretary', sundhedsId: false } });
    const table = await logTable();
    expect(table).toHaveTextContent(/AIM-\d{3}/);
    expect(table.querySelector('tbody a')).toBeNull();
    expect(table).not.toHaveTextContent(/\d{6}-xxxx/);
  });

  it('explains a dropped connection and keeps the filters', async () => {
    faults.set({ api: 'aim', fault: 'drop' });
    openAim('/indberetninger?modtager=rkkp');
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent(/Prøv igen/);
    expect(screen.getByLabelText('Modtager')).toHaveValue('RKKP');
  });
});

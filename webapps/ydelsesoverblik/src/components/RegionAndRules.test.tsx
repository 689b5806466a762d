import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../../../../shared/testing/msw.ts';
import { openWebapp as open, SLOW, WAIT, warmRegion } from './test-support.ts';

const year = new Date().getUTCFullYear() - 1;
const BORNHOLM = { ydernummer: '990027', name: 'Lægehuset Store Torv', regionCode: '1084' } as const;

/** Each row of a table as its cells' text. */
const rowsOf = (testId: string) =>
  within(screen.getByTestId(testId))
    .getAllByRole('row')
    .slice(1)
    .map((row) => [...row.querySelectorAll('th, td')].map((cell) => cell.textContent ?? ''));

/** The chart's bars that carry a value, as [label, value], once the chart is drawn (a transition). */
async function barsOf(container: HTMLElement, key: 'data-code' | 'data-label') {
  await waitFor(() => expect(container.querySelector('[data-klinik-pending]')).toBeNull(), WAIT);
  return [...container.querySelectorAll(`[role="img"] [${key}]`)].map((bar) => [
    bar.getAttribute(key)!,
    bar.getAttribute('data-value')!,
  ]);
}

beforeAll(async () => {
  await warmRegion();
  await warmRegion(BORNHOLM.ydernummer);
}, 90_000);

describe('Region, §93, kronikerhonorar and look-up', () => {
  it(
    'Bornholm: counts its clinics in Region Hovedstaden, and chart and table agree',
    async () => {
      const { container } = open(`/?visning=region&periode=${year}&gruppe=local-agreement`, BORNHOLM);
      expect(await screen.findByTestId('benchmark-scope', {}, WAIT)).toHaveTextContent(
        'Sammenlignet med 41 andre klinikker i Region Hovedstaden (42 i alt, heraf 4 på Bornholm).',
      );
      const rows = rowsOf('benchmark-rows');
      expect(rows.map((r) => r[0])).toContain('4383');
      // The chart's 25–75 % bars are the table's index column, code by code (codes with a median).
      const spreads = rows.filter((r) => r.at(-1) !== '–').map((r) => [r[0], r.at(-1)]);
      expect(await barsOf(container, 'data-code')).toEqual(spreads);
    },
    SLOW,
  );

  it('§93: warns about each ceiling near or over, with the same figures in chart and table', async () => {
    const { container } = open(`/?visning=loft&periode=${year}`, {
      ydernummer: '990011',
      name: 'Lægerne Åboulevarden',
      regionCode: '1082',
    });
    expect(
      await screen.findByRole('heading', { name: `§ 93-opgørelse for ${year}` }, WAIT),
    ).toBeInTheDocument();
    const rows = rowsOf('ceiling-rows');
    const status = Object.fromEntries(rows.map((r) => [r[0]!.slice(0, 4), r.at(-1)]));
    expect(status['0204']).toBe('Over grænsen');
    expect(status['2101']).toBe('Advarsel: nær grænsen');
    expect(screen.getByTestId('ceiling-summary')).toHaveTextContent(
      '0204 Aftalt telefonkonsultation: Over grænsen',
    );
    // Projected share of each ceiling: the bar's value is the table's (column 7).
    expect((await barsOf(container, 'data-label')).map(([, value]) => value)).toEqual(rows.map((r) => r[6]));
  }, 60_000);

  it(
    'says so when a year has no ceilings (no data the year before)',
    async () => {
      open(`/?visning=loft&periode=${year - 1}`);
      expect(await screen.findByText(`Ingen højestegrænser for ${year - 1}`, {}, WAIT)).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'kronikerhonorar: shows the calculation per group and quarter; chart and table agree',
    async () => {
      const { container } = open(`/?visning=kroniker&periode=${year}`);
      await screen.findByTestId('chronic-rows', {}, WAIT);
      const rows = rowsOf('chronic-rows');
      expect(rows).toHaveLength(12);
      for (const [, , patients, annual, calculation, computed, paid, check] of rows) {
        // Intl puts a no-break space before «kr.».
        expect(calculation).toBe(`${patients} × ${annual}\u00a0kr. ÷ 4 = ${computed}\u00a0kr.`);
        expect(paid).toBe(computed);
        expect(check).toBe('Stemmer');
      }
      expect((await barsOf(container, 'data-label')).map(([, value]) => value).sort()).toEqual(
        rows.map((r) => r[5]).sort(),
      );
    },
    SLOW,
  );

  it(
    'looks up by word, keeps the text typed in the URL, and opens a rule from a result',
    async () => {
      const { router } = open('/?visning=opslag');
      const field = await screen.findByLabelText('Søg på kode, navn eller ord', {}, WAIT);
      await userEvent.type(field, 'blodåre');
      await waitFor(() => expect(router.state.location.search).toContain('q=blod%C3%A5re'));
      expect(screen.getByRole('status')).toHaveTextContent('1 ydelseskode og 0 vejledninger');
      await userEvent.click(screen.getByRole('link', { name: 'Se reglen for 2101' }));
      const rule = await screen.findByTestId('rule');
      expect(within(rule).getByRole('heading', { name: '2101 Blodtagning fra blodåre' })).toHaveFocus();
      expect(field).toHaveValue('blodåre');
      await userEvent.clear(field);
      await userEvent.type(field, 'røntgen');
      expect(screen.getByText('Intet fundet')).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'explains a benchmark fault in Danish and retries',
    async () => {
      open(`/?visning=opslag`);
      await screen.findByLabelText('Søg på kode, navn eller ord', {}, WAIT);
      faults.set({ api: 'service-usage', fault: '503' });
      await userEvent.click(screen.getByRole('tab', { name: 'Regionen' }));
      const alert = await screen.findByRole('alert', {}, WAIT);
      expect(alert).toHaveTextContent('midlertidigt utilgængelig');
      faults.set({ api: 'service-usage', fault: 'none' });
      await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
      expect(await screen.findByTestId('benchmark-scope', {}, WAIT)).toHaveTextContent('Region Nordjylland');
    },
    SLOW,
  );
});

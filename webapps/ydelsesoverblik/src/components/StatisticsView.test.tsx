import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { faults } from '../../../../shared/testing/msw.ts';
import { openWebapp as open, SLOW, WAIT, warmRegion } from './test-support.ts';

const year = new Date().getUTCFullYear() - 1;

/** The bars of one series, as "period: value", in the chart's order. */
function bars(series: 'value' | 'lastYear', container: HTMLElement): string[] {
  const chart = container.querySelector('[role="img"]')!;
  const layers = chart.querySelectorAll('.recharts-bar');
  const layer = series === 'value' ? layers[layers.length - 1]! : layers[0]!;
  return [...layer.querySelectorAll('path.recharts-rectangle, [data-period]')]
    .filter((e) => e.getAttribute('data-period'))
    .map((e) => `${e.getAttribute('data-period')}: ${e.getAttribute('data-value')}`);
}

/** The series table's rows, as "period: value" (and the other columns). */
function tableRows(column: number): string[] {
  const table = screen.getByTestId('usage-series');
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => {
      const cells = row.querySelectorAll('th, td');
      return `${cells[0]!.textContent}: ${cells[column]!.textContent}`;
    });
}

beforeAll(() => warmRegion(), 60_000);

describe('Statistics', () => {
  it(
    'draws the same numbers in the chart as in its table, per month, and per quarter in the URL',
    async () => {
      const { container, router } = open(`/?periode=${year}`);
      await screen.findByTestId('usage-series', {}, WAIT);
      expect(tableRows(1)).toHaveLength(12);
      expect(bars('value', container)).toEqual(tableRows(1));
      await userEvent.selectOptions(screen.getByLabelText('Opdeling'), 'Kvartal');
      await waitFor(() => expect(router.state.location.search).toBe(`?periode=${year}&opdeling=kvartal`));
      expect(tableRows(1)).toEqual(
        [1, 2, 3, 4].map((q) => expect.stringMatching(new RegExp(`^${q}\\. kvt\\. ${year}: `))),
      );
      expect(bars('value', container)).toEqual(tableRows(1));
    },
    SLOW,
  );

  it(
    'compares a chosen code with the same period last year, in chart and table alike',
    async () => {
      const { container, router } = open(`/?periode=${year}&opdeling=kvartal&maal=pr1000`);
      await screen.findByTestId('usage-series', {}, WAIT);
      await userEvent.selectOptions(screen.getByLabelText('Ydelseskode'), '0125 Videokonsultation');
      await userEvent.click(screen.getByLabelText('Sammenlign med samme periode sidste år'));
      await waitFor(() => expect(router.state.location.search).toContain('kode=0125'));
      expect(router.state.location.search).toContain('sammenlign=1');
      await screen.findByRole('columnheader', { name: 'Samme periode sidste år' }, WAIT);
      expect(bars('value', container)).toEqual(tableRows(1));
      expect(bars('lastYear', container)).toEqual(tableRows(2));
      // Per 1,000 listed patients, with one decimal.
      expect(tableRows(1)[0]).toMatch(/: \d+,\d$/);
      const codes = within(screen.getByTestId('code-table')).getAllByRole('row').slice(1);
      expect(codes).toHaveLength(1);
      expect(within(codes[0]!).getByRole('link', { name: 'Se reglen for 0125' })).toBeInTheDocument();
    },
    SLOW,
  );

  it(
    'picks a code from the table and opens its rule from the code',
    async () => {
      const { router } = open(`/?periode=${year}`);
      const table = await screen.findByTestId('code-table', {}, WAIT);
      await userEvent.click(within(table).getByRole('button', { name: 'Blodtagning fra blodåre' }));
      await waitFor(() => expect(router.state.location.search).toContain('kode=2101'));
      await userEvent.click(screen.getByRole('link', { name: 'Se reglen for 2101' }));
      await waitFor(() => expect(router.state.location.search).toContain('visning=opslag'));
      expect(router.state.location.search).toContain('regel=2101');
      // The rule's address keeps the view's period; each change was a history entry of its own.
      expect(router.state.location.search).toContain(`periode=${year}`);
      await act(() => router.navigate(-1));
      await act(() => router.navigate(-1));
      await waitFor(() => expect(router.state.location.search).toBe(`?periode=${year}`));
      const codes = within(await screen.findByTestId('code-table', {}, WAIT)).getAllByRole('row');
      expect(codes.length).toBeGreaterThan(2);
    },
    SLOW,
  );

  it(
    'explains an API fault and retries',
    async () => {
      faults.set({ api: 'service-usage', fault: '500' });
      open();
      const alert = await screen.findByRole('alert', {}, WAIT);
      expect(alert).toHaveTextContent('fejl hos PLSP');
      faults.set({ api: 'service-usage', fault: 'none' });
      await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
      expect(await screen.findByTestId('usage-series', {}, WAIT)).toBeInTheDocument();
    },
    SLOW,
  );
});

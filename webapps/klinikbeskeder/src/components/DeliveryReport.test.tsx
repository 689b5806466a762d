import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import type { PlspComponents } from '@klinik/shared';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import { DeliveryReport } from './DeliveryReport.tsx';

type Recipient = PlspComponents['schemas']['MessageRecipient'];

const recipients = (count: number): Recipient[] =>
  Array.from({ length: count }, (_, i) => ({
    patientId: `p${i + 1}`,
    name: `Modtager ${i + 1}`,
    cpr: `0101801${String(i).padStart(3, '0')}`,
    channel: 'none',
    state: 'failed',
    reason: 'no-min-laege',
  }));

const names = () =>
  within(screen.getByRole('table'))
    .getAllByRole('row')
    .slice(1)
    .map((row) => within(row).getAllByRole('cell')[0]!.textContent);

describe('DeliveryReport', () => {
  it('shows the recipients not reached a page at a time, with Danish page words', async () => {
    // In the webapp's own providers: the theme gives MUI's Danish words (the pager's buttons).
    renderWebapp([{ path: '/', element: <DeliveryReport notDelivered={recipients(1030)} /> }]);
    expect(await screen.findByRole('table')).toBeInTheDocument();
    expect(names()).toHaveLength(25);
    expect(screen.getByText('1–25 af 1.030')).toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Gå til den næste side' }));
    expect(names()[0]).toBe('Modtager 26');
    expect(screen.getByText('26–50 af 1.030')).toBeInTheDocument();

    // A larger page starts again from the first recipient.
    await userEvent.click(screen.getByRole('combobox', { name: 'Rækker pr. side' }));
    await userEvent.click(screen.getByRole('option', { name: '100' }));
    expect(names()).toHaveLength(100);
    expect(names()[0]).toBe('Modtager 1');
  });

  it('says so when everyone was reached', async () => {
    renderWebapp([{ path: '/', element: <DeliveryReport notDelivered={[]} /> }]);
    expect(await screen.findByText('Alle modtagere har fået beskeden.')).toBeInTheDocument();
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { http, HttpResponse } from 'msw';
import { faults, server } from '../../../../shared/testing/msw.ts';
import { HEAVY, openAim, SLOW } from './test-support.tsx';

const card = async (name: string) => (await screen.findByRole('region', { name }, SLOW)) as HTMLElement;

describe('AIM overview', () => {
  it(
    'shows the five databases with status, population, last and next transmission',
    async () => {
      openAim();
      expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('AIM – indberetning til RKKP');
      for (const disease of ['Diabetes', 'KOL', 'Atrieflimren', 'Astma', 'Hjertesvigt']) await card(disease);
      const diabetes = await card('Diabetes');
      expect(within(diabetes).getByText('Aktiv')).toBeInTheDocument();
      expect(within(diabetes).getByTestId('population-ddid')).toHaveTextContent(/^[\d.]+ patienter$/);
      expect(within(diabetes).getByText('Seneste indberetning').nextSibling).toHaveTextContent(
        /\d{2}\.\d{2}\.\d{4} kl\./,
      );
      expect(await within(diabetes).findByText('RKKP', {}, SLOW)).toBeInTheDocument();
      expect(within(diabetes).getByText('Sundhedsdatastyrelsen')).toBeInTheDocument();
      expect(within(diabetes).getAllByText(/af [\d.]+ journaler godkendt/)).toHaveLength(2);
    },
    HEAVY,
  );

  it('marks heart failure as in preparation, with its start and no transmission yet', async () => {
    openAim();
    const heartFailure = await card('Hjertesvigt');
    expect(within(heartFailure).getByText('I forberedelse')).toBeInTheDocument();
    expect(
      within(heartFailure).getByText(/Indberetningen til denne database starter \d{2}\.\d{2}\.\d{4}/),
    ).toBeInTheDocument();
    expect(within(heartFailure).getByText('Ingen indberetninger endnu')).toBeInTheDocument();
    expect(within(heartFailure).getByText('Første indberetning')).toBeInTheDocument();
    expect(within(heartFailure).queryByRole('link', { name: 'Indberetninger' })).not.toBeInTheDocument();
  });

  it('explains an API fault in Danish and recovers on retry', async () => {
    faults.set({ api: 'aim', fault: '500' });
    openAim();
    const alert = await screen.findByRole('alert', {}, SLOW);
    expect(alert).toHaveTextContent('fejl hos PLSP');
    faults.set({ api: 'aim', fault: 'none' });
    await userEvent.click(within(alert).getByRole('button', { name: 'Prøv igen' }));
    expect(await card('Diabetes')).toBeInTheDocument();
  });

  it('still shows the databases when only the transmission log fails', async () => {
    server.use(http.get('*/api/v1/aim/transmissions', () => new HttpResponse(null, { status: 500 })));
    openAim();
    expect(await screen.findByRole('alert', {}, SLOW)).toHaveTextContent('fejl hos PLSP');
    const diabetes = await card('Diabetes');
    expect(within(diabetes).getByTestId('population-ddid')).toHaveTextContent(/patienter$/);
    expect(within(diabetes).queryByText('Sundhedsdatastyrelsen')).not.toBeInTheDocument();
  });

  it('gives a secretary the aggregated view without links to patients', async () => {
    openAim('/', { user: { role: 'secretary', sundhedsId: false } });
    expect(await screen.findByText(/Du ser klinikkens samlede tal/, {}, SLOW)).toBeInTheDocument();
    const diabetes = await card('Diabetes');
    expect(within(diabetes).getByRole('link', { name: 'Indikatorer for diabetes' })).toBeInTheDocument();
    expect(within(diabetes).queryByRole('link', { name: 'Patienter med diabetes' })).not.toBeInTheDocument();
  });

  it(
    'opens a database from its card',
    async () => {
      const { router } = openAim();
      const diabetes = await card('Diabetes');
      await userEvent.click(within(diabetes).getByRole('link', { name: 'Patienter med diabetes' }));
      await waitFor(() => expect(router.state.location.pathname).toBe('/aim/ddid/patienter'));
    },
    HEAVY,
  );
});

import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { renderWebapp } from '../../../../shared/testing/render.tsx';
import routes from '../routes.tsx';

const open = (path = '/') => renderWebapp(routes, { basePath: '/soeg-speciallaege', path });
const map = async () => screen.findByRole('group', { name: 'Kort over resultaterne' }, { timeout: 5000 });
// The map follows the list at lower priority (a deferred value), so its markers are awaited.
const markers = async () => within(await map()).findAllByRole('button');
const cards = () => screen.getAllByRole('listitem');
const cardName = (card: HTMLElement) => within(card).getByRole('heading', { level: 2 }).textContent!;
const showOnMap = (card: HTMLElement) => within(card).getByRole('button', { name: 'Vis på kortet' });

// jsdom lays nothing out, so it has no scrollIntoView; the list calls it for a result chosen on the map.
const scrolled = vi.fn();
beforeAll(() => {
  Element.prototype.scrollIntoView = scrolled;
});

describe('the map of the results, in step with the list', () => {
  it('is one tab stop; the arrow keys move through the markers nearest first, Enter selects', async () => {
    const { router } = open();
    const all = await markers();
    expect(all).toHaveLength(50);
    // Only the nearest marker is in the tab order, named like its card.
    expect(all.filter((m) => m.getAttribute('tabindex') === '0')).toEqual([all[0]]);
    expect(all[0]).toHaveAccessibleName(new RegExp(`^${cardName(cards()[0]!)}, [\\d,]+ km$`));

    // (Tab itself is walked in the e2e journey: user-event's is slow over a page this size.)
    all[0]!.focus();
    await userEvent.keyboard('{ArrowRight}{ArrowRight}{ArrowLeft}{ArrowRight}');
    expect(all[2]).toHaveFocus();
    expect(all[2]).toHaveAttribute('tabindex', '0');
    expect(all[0]).toHaveAttribute('tabindex', '-1');

    await userEvent.keyboard('{Enter}');
    const third = cards()[2]!;
    expect(showOnMap(third)).toHaveAttribute('aria-pressed', 'true');
    expect(within(await map()).getByRole('button', { pressed: true })).toHaveAccessibleName(
      new RegExp(`^${cardName(third)},`),
    );
    await waitFor(() => expect(router.state.location.search).toMatch(/^\?valgt=/));
    // Still one tab stop: the selected marker.
    const stops = (await markers()).filter((m) => m.getAttribute('tabindex') === '0');
    expect(stops).toEqual([within(await map()).getByRole('button', { pressed: true })]);
  });

  it('shows a result chosen on the map further down the list, and scrolls to it', async () => {
    open();
    const all = await markers();
    expect(cards()).toHaveLength(20);
    all[0]!.focus();
    await userEvent.keyboard('{End}');
    expect(all[49]).toHaveFocus();
    await userEvent.keyboard(' ');
    expect(cards()).toHaveLength(60);
    expect(showOnMap(cards()[49]!)).toHaveAttribute('aria-pressed', 'true');
    expect(scrolled).toHaveBeenCalled();
  });

  it('highlights on the map what is selected in the list, by keyboard too', async () => {
    open();
    await markers();
    const second = cards()[1]!;
    showOnMap(second).focus();
    await userEvent.keyboard('{Enter}');
    expect(showOnMap(second)).toHaveAttribute('aria-pressed', 'true');
    const pressed = within(await map()).getByRole('button', { pressed: true });
    expect(pressed).toHaveAccessibleName(new RegExp(`^${cardName(second)},`));
    expect(pressed).toHaveAttribute('tabindex', '0');
  });

  it('marks the result of a shared link on the map, even when it is not among the nearest', async () => {
    open('/?valgt=sp-0001');
    const all = await markers();
    const pressed = all.filter((m) => m.getAttribute('aria-pressed') === 'true');
    expect(pressed).toHaveLength(1);
    expect(all.length).toBeGreaterThanOrEqual(50);
    expect(all.length).toBeLessThanOrEqual(51);
  });
});

describe('the detail view', () => {
  it('adds opening hours and a map of the practice and the clinic', async () => {
    open();
    await markers();
    const first = cards()[0]!;
    const name = cardName(first);
    await userEvent.click(within(first).getByRole('button', { name: `Detaljer om ${name}` }));
    const dialog = await screen.findByRole('dialog', { name });
    expect(within(dialog).getByRole('table', { name: 'Åbningstider' })).toHaveTextContent(/mandag/i);
    expect(within(dialog).getByRole('img')).toHaveAccessibleName(
      new RegExp(`^${name} ligger [\\d,]+ km fra Lægerne Åboulevarden, Aarhus C \\(stjernen\\)\\.$`),
    );
    await userEvent.click(within(dialog).getByRole('button', { name: 'Luk' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
  });

  it('measures from the chosen postcode when there is one', async () => {
    open('/?fra=3700');
    await screen.findByText('Afstand fra 3700 Rønne', {}, { timeout: 5000 });
    const first = (await screen.findAllByRole('listitem'))[0]!;
    await userEvent.click(within(first).getByRole('button', { name: /^Detaljer om/ }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByRole('img')).toHaveAccessibleName(/ km fra 3700 Rønne \(stjernen\)\.$/);
  });
});

import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { afterPaint, useSearchState } from './routing.ts';

/** Shows the state and offers a button per search it can write. */
function Probe({ writes, push = false }: { writes: string[]; push?: boolean }) {
  const [params, set] = useSearchState();
  return (
    <>
      <output>{params.toString() || '(tom)'}</output>
      {writes.map((search) => (
        <button key={search} onClick={() => set(new URLSearchParams(search), { replace: !push })}>
          {search}
        </button>
      ))}
    </>
  );
}

function renderAt(path: string, writes: string[] = [], push = false) {
  const router = createMemoryRouter([{ path: '/', element: <Probe writes={writes} push={push} /> }], {
    initialEntries: [path],
  });
  render(<RouterProvider router={router} />);
  return router;
}

describe('useSearchState', () => {
  it('reads the search params of the address', () => {
    renderAt('/?sektor=hospital');
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital');
  });

  it('shows each change at once, and the address follows after the frame, once for quick changes', async () => {
    const router = renderAt('/', ['sektor=hospital', 'sektor=hospital&periode=30-dage']);
    const navigations: string[] = [];
    router.subscribe((state) => navigations.push(state.location.search));
    fireEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital');
    fireEvent.click(screen.getByRole('button', { name: 'sektor=hospital&periode=30-dage' }));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital&periode=30-dage');
    expect(router.state.location.search).toBe('');
    await waitFor(() => expect(router.state.location.search).toBe('?sektor=hospital&periode=30-dage'));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital&periode=30-dage');
    expect(navigations).toEqual(['?sektor=hospital&periode=30-dage']);
  });

  it('keeps up with changes a frame apart, each address following', async () => {
    const router = renderAt('/', ['sektor=hospital', 'sektor=hospital&periode=30-dage']);
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    await waitFor(() => expect(router.state.location.search).toBe('?sektor=hospital'));
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital&periode=30-dage' }));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital&periode=30-dage');
    await waitFor(() => expect(router.state.location.search).toBe('?sektor=hospital&periode=30-dage'));
  });

  it('lets an address it did not write win, e.g. back or a link', async () => {
    const router = renderAt('/', ['sektor=hospital']);
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    await act(async () => router.navigate('/?sektor=municipality'));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=municipality');
    // The write it had not made yet is dropped, not made over the address that won.
    await new Promise((resolve) => afterPaint(() => resolve(undefined)));
    expect(router.state.location.search).toBe('?sektor=municipality');
    expect(screen.getByRole('status')).toHaveTextContent('sektor=municipality');
  });

  it('makes no write after the screen is gone', async () => {
    const router = createMemoryRouter([{ path: '/', element: <Probe writes={['sektor=hospital']} /> }]);
    const { unmount } = render(<RouterProvider router={router} />);
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    unmount();
    await new Promise((resolve) => afterPaint(() => resolve(undefined)));
    expect(router.state.location.search).toBe('');
  });

  it('replaces the history entry, or adds one when asked, so back returns to the last view', async () => {
    const replacing = renderAt('/?visning=a', ['visning=b']);
    await userEvent.click(screen.getByRole('button', { name: 'visning=b' }));
    await waitFor(() => expect(replacing.state.historyAction).toBe('REPLACE'));
    replacing.dispose();
    cleanup();

    const pushing = renderAt('/?visning=a', ['visning=b'], true);
    await userEvent.click(screen.getByRole('button', { name: 'visning=b' }));
    await waitFor(() => expect(pushing.state.location.search).toBe('?visning=b'));
    expect(pushing.state.historyAction).toBe('PUSH');
    await act(async () => pushing.navigate(-1));
    expect(screen.getByRole('status')).toHaveTextContent('visning=a');
  });
});

import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { describe, expect, it } from 'vitest';
import { useSearchState } from './routing.ts';

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

  it('shows each change, quick ones included, and the address follows without undoing any', async () => {
    const router = renderAt('/', ['sektor=hospital', 'sektor=hospital&periode=30-dage']);
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital&periode=30-dage' }));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=hospital&periode=30-dage');
    expect(router.state.location.search).toBe('?sektor=hospital&periode=30-dage');
  });

  it('lets an address it did not write win, e.g. back or a link', async () => {
    const router = renderAt('/', ['sektor=hospital']);
    await userEvent.click(screen.getByRole('button', { name: 'sektor=hospital' }));
    await act(async () => router.navigate('/?sektor=municipality'));
    expect(screen.getByRole('status')).toHaveTextContent('sektor=municipality');
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

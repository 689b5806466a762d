import { styled } from '@mui/material/styles';
import { useQuery } from '@tanstack/react-query';
import { screen } from '@testing-library/react';
import { useId } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useKlinik, type KlinikContext, type LaunchContext, type ShellContext } from './context.ts';
import { createWebappLifecycles } from './lifecycles.tsx';

function Hello() {
  const id = useId();
  return <h1 id={id}>Hej fra demo</h1>;
}

function Patient() {
  return <p>{useKlinik().patient?.name ?? 'ingen patient'}</p>;
}

function Boom(): never {
  throw new Error('render crash');
}

const clinic = { ydernummer: '990011', name: 'Testklinik', regionCode: '1082' } as const;
const launchedWith = (patient?: LaunchContext['patient']): LaunchContext => ({
  clinic: {
    ...clinic,
    address: { street: 'Testvej 1', postalCode: '8000', city: 'Aarhus C' },
    geo: { lat: 56.15, lon: 10.2 },
    listSize: 1600,
  },
  user: { id: 'u1', name: 'Test Læge', role: 'doctor' },
  ...(patient ? { patient } : {}),
});

const context = {
  user: { id: 'u1', name: 'Test Læge', role: 'doctor', sundhedsId: true },
  clinic,
  launchContext: async () => launchedWith(),
  getAccessToken: async () => 'token',
  api: {} as KlinikContext['api'],
  navigate: () => undefined,
  notify: () => undefined,
  basePath: '/demo',
} satisfies ShellContext;

const lifecycles = createWebappLifecycles({
  name: 'demo',
  loadRoutes: async () => ({
    default: [
      { index: true, element: <Hello /> },
      { path: 'boom', element: <Boom /> },
    ],
  }),
});

describe('the webapp lifecycle contract', () => {
  const container = document.createElement('div');
  document.body.append(container);
  afterEach(() => lifecycles.unmount());

  it('mounts its routes under its base path with its own id prefix, and unmounts clean', async () => {
    window.history.pushState(null, '', '/demo');
    await lifecycles.bootstrap({ ...context, domElement: container });
    await lifecycles.mount({ ...context, domElement: container });
    const heading = await screen.findByRole('heading', { name: 'Hej fra demo' });
    expect(heading.id).toContain('demo-');
    await lifecycles.unmount();
    expect(container.childElementCount).toBe(0);
  });

  it('can be mounted again after unmount', async () => {
    window.history.pushState(null, '', '/demo');
    await lifecycles.mount({ ...context, domElement: container });
    expect(await screen.findByRole('heading', { name: 'Hej fra demo' })).toBeInTheDocument();
  });

  it('inserts its styles once: a second visit reuses them instead of adding the same rules again', async () => {
    const Styled = styled('p')({ color: 'rgb(1, 2, 3)', padding: 3 });
    const styledApp = createWebappLifecycles({
      name: 'styled',
      loadRoutes: async () => ({ default: [{ index: true, element: <Styled>Stylet</Styled> }] }),
    });
    const rules = () =>
      [...document.querySelectorAll('style[data-emotion^="kp-styled"]')]
        .map((tag) => (tag as HTMLStyleElement).sheet?.cssRules.length ?? 0)
        .reduce((sum, n) => sum + n, 0);
    window.history.pushState(null, '', '/demo');
    await styledApp.mount({ ...context, domElement: container });
    expect(await screen.findByText('Stylet')).toBeInTheDocument();
    const afterFirst = rules();
    expect(afterFirst).toBeGreaterThan(0);
    await styledApp.unmount();
    await styledApp.mount({ ...context, domElement: container });
    expect(await screen.findByText('Stylet')).toBeInTheDocument();
    expect(rules()).toBe(afterFirst);
    await styledApp.unmount();
  });

  it('shows an error panel with retry when a route crashes, inside the webapp', async () => {
    window.history.pushState(null, '', '/demo/boom');
    const quiet = console.error;
    console.error = () => undefined;
    try {
      await lifecycles.mount({ ...context, domElement: container });
      expect(await screen.findByRole('alert')).toHaveTextContent('Webappen stødte på en fejl');
      expect(screen.getByRole('button', { name: 'Prøv igen' })).toBeInTheDocument();
    } finally {
      console.error = quiet;
    }
  });

  it('starts the first screen’s queries at bootstrap, and the screen shows what they fetched', async () => {
    let fetches = 0;
    const greeting = { queryKey: ['greeting'], queryFn: async () => `Hilsen nr. ${++fetches}` };
    function Greeting() {
      return <p>{useQuery(greeting).data ?? '…'}</p>;
    }
    let prefetchedFor: string | undefined;
    const prefetching = createWebappLifecycles({
      name: 'prefetching',
      loadRoutes: async () => ({ default: [{ index: true, element: <Greeting /> }] }),
      prefetch: ({ user }, queryClient) => {
        prefetchedFor = user.id;
        void queryClient.prefetchQuery(greeting);
      },
    });
    window.history.pushState(null, '', '/demo');
    await prefetching.bootstrap({ ...context, domElement: container });
    expect(prefetchedFor).toBe('u1');
    await prefetching.mount({ ...context, domElement: container });
    expect(await screen.findByText('Hilsen nr. 1')).toBeInTheDocument();
    expect(fetches).toBe(1);
    await prefetching.unmount();
  });

  it('prefetches before the launch context is there, and mounts with its patient once it is', async () => {
    const patient = {
      cpr: '0101801234',
      name: 'Test Patient',
      birthDate: '1980-01-01',
      sex: 'F',
      age: 46,
    } as const;
    let arrive: (launch: LaunchContext) => void = () => undefined;
    const launch = new Promise<LaunchContext>((resolve) => (arrive = resolve));
    let prefetched = false;
    const waiting = createWebappLifecycles({
      name: 'waiting',
      loadRoutes: async () => ({ default: [{ index: true, element: <Patient /> }] }),
      prefetch: () => (prefetched = true),
    });
    const props = { ...context, launchContext: () => launch, domElement: container };
    window.history.pushState(null, '', '/demo');
    await waiting.bootstrap(props);
    expect(prefetched).toBe(true);
    let mounted = false;
    const mounting = waiting.mount(props).then(() => (mounted = true));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(mounted).toBe(false);
    arrive(launchedWith(patient));
    await mounting;
    expect(await screen.findByText('Test Patient')).toBeInTheDocument();
    await waiting.unmount();
  });

  it('mounts without a patient when the launch context fails', async () => {
    const failing = createWebappLifecycles({
      name: 'failing',
      loadRoutes: async () => ({ default: [{ index: true, element: <Patient /> }] }),
    });
    window.history.pushState(null, '', '/demo');
    await failing.mount({
      ...context,
      launchContext: () => Promise.reject(new Error('503')),
      domElement: container,
    });
    expect(await screen.findByText('ingen patient')).toBeInTheDocument();
    await failing.unmount();
  });
});

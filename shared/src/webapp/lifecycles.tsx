import type { QueryClient } from '@tanstack/react-query';
import { useEffect, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import type { RouteObject } from 'react-router';
import type { KlinikContext, ShellContext } from './context.ts';
import { createQueryClient, WebappProviders } from './providers.tsx';

/**
 * What the shell passes to a webapp (single-spa adds its own name and helpers): the context and where
 * to render. The patient is not in it: the shell passes props before its launch context has arrived,
 * so that a webapp can load and prefetch meanwhile; `mount` waits for the patient.
 */
export interface WebappProps extends ShellContext {
  domElement: HTMLElement;
}

export interface WebappDefinition {
  /** Matches the manifest's name; used for the emotion key and React's id prefix. */
  name: string;
  /** The webapp's routes, loaded lazily so its entry file stays tiny. */
  loadRoutes: () => Promise<{ default: RouteObject[] }>;
  /**
   * Starts the queries its first screen needs while the routes and the launch context are still
   * loading, so that code and data arrive together instead of one after the other. Use the same
   * query options as the screen; a query that needs the patient waits for `launchContext()`.
   */
  prefetch?: (context: ShellContext, queryClient: QueryClient) => void;
}

function Committed({ onCommit, children }: { onCommit: () => void; children: ReactNode }) {
  useEffect(onCommit, [onCommit]);
  return children;
}

/**
 * single-spa lifecycles for a React webapp. Written here rather than taken from single-spa-react 6,
 * which creates roots without options: each root needs its own `identifierPrefix` (unique ids across
 * roots) and its own emotion cache. `mount` resolves after the first commit.
 */
export function createWebappLifecycles({ name, loadRoutes, prefetch }: WebappDefinition) {
  let routes: Promise<{ default: RouteObject[] }> | undefined;
  let mounted: { root: Root; dispose(): void } | undefined;
  // Kept across mounts: coming back to a webapp shows what it fetched a moment ago at once,
  // and refreshes only what is stale, instead of fetching everything again on every visit.
  let queryClient: QueryClient | undefined;

  const load = () => (routes ??= loadRoutes());

  return {
    async bootstrap(props: WebappProps): Promise<void> {
      prefetch?.(props, (queryClient ??= createQueryClient()));
      await load();
    },
    async mount(props: WebappProps): Promise<void> {
      const [{ default: appRoutes }, { createWebappRouter }, launch] = await Promise.all([
        load(),
        import('./router.tsx'),
        // Without a launch context the webapp still opens, without a patient; the shell shows the error.
        props.launchContext().catch(() => undefined),
      ]);
      const { domElement, ...shellContext } = props;
      const context: KlinikContext = { ...shellContext, patient: launch?.patient ?? null };
      const { router, element } = createWebappRouter(appRoutes, props.basePath);
      const client = (queryClient ??= createQueryClient());
      const root = createRoot(domElement, {
        identifierPrefix: `${name}-`,
        onUncaughtError: (error) => console.error(`[klinik] ${name}: uncaught error`, error),
      });
      mounted = { root, dispose: () => router.dispose() };
      await new Promise<void>((resolve) => {
        root.render(
          <WebappProviders name={name} context={context} queryClient={client}>
            <Committed onCommit={resolve}>{element}</Committed>
          </WebappProviders>,
        );
      });
    },
    async unmount(): Promise<void> {
      if (!mounted) return;
      mounted.root.unmount();
      mounted.dispose();
      mounted = undefined;
    },
  };
}

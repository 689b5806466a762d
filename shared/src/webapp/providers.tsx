import { CacheProvider } from '@emotion/react';
import { ThemeProvider } from '@mui/material/styles';
import type { EmotionCache } from '@emotion/cache';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { toApiError } from '../api/errors.ts';
import { useLocale } from '../i18n/locale.ts';
import { createKlinikCache } from '../ui/emotion.ts';
import { ErrorBoundary } from '../ui/ErrorBoundary.tsx';
import { klinikTheme } from '../ui/theme.ts';
import { KlinikReactContext, type KlinikContext } from './context.ts';

/**
 * Retry once, and only what may pass by itself (network, timeout, 5xx). A GP mid-consultation
 * is better served by a quick, clear error with a retry button than by a long silent spinner.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        retry: (failures, error) => failures < 1 && toApiError(error).transient,
        staleTime: 30_000,
        refetchOnWindowFocus: false,
      },
      mutations: { retry: false },
    },
  });
}

/**
 * One emotion cache per webapp for the page's lifetime. The styles it inserted stay in the document
 * after an unmount; a new cache per mount would insert all of them again on every visit (about a
 * thousand CSS rules per round of the five webapps, and style work that grows all day).
 */
const caches = new Map<string, EmotionCache>();
function cacheOf(name: string): EmotionCache {
  let cache = caches.get(name);
  if (!cache) caches.set(name, (cache = createKlinikCache(`kp-${name}`)));
  return cache;
}

interface WebappProvidersProps {
  name: string;
  context: KlinikContext;
  queryClient: QueryClient;
  children: ReactNode;
}

/** Everything a webapp root needs around it; the same tree in the browser and in component tests. */
export function WebappProviders({ name, context, queryClient, children }: WebappProvidersProps) {
  const locale = useLocale();
  return (
    <CacheProvider value={cacheOf(name)}>
      <ThemeProvider theme={klinikTheme(locale)}>
        <QueryClientProvider client={queryClient}>
          <KlinikReactContext.Provider value={context}>
            <ErrorBoundary name={name}>{children}</ErrorBoundary>
          </KlinikReactContext.Provider>
        </QueryClientProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}

import { CacheProvider } from '@emotion/react';
import { ThemeProvider } from '@mui/material/styles';
import CssBaseline from '@mui/material/CssBaseline';
import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { createKlinikCache, createQueryClient, klinikTheme, useLocale } from '@klinik/shared';

/** The shell's own React root: global baseline styles live here and only here. */
export function ShellProviders({ children }: { children: ReactNode }) {
  const locale = useLocale();
  const [cache] = useState(() => createKlinikCache('kp-shell'));
  const [queryClient] = useState(createQueryClient);
  return (
    <CacheProvider value={cache}>
      <ThemeProvider theme={klinikTheme(locale)}>
        <CssBaseline />
        <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>
      </ThemeProvider>
    </CacheProvider>
  );
}

import { createTheme, type Theme } from '@mui/material/styles';
import { daDK, enUS } from '@mui/material/locale';
import type { Locale } from '../i18n/locale.ts';

/**
 * The one Klinik+ theme. Colours are chosen for WCAG AA contrast on white (primary 7.5:1);
 * every webapp root gets the same theme, since React context does not cross roots.
 */
const themes = new Map<Locale, Theme>();

export function klinikTheme(locale: Locale): Theme {
  let theme = themes.get(locale);
  if (!theme) {
    theme = createTheme(
      {
        palette: {
          primary: { main: '#0b4f8a' },
          secondary: { main: '#5b3b8c' },
          success: { main: '#1b6e34' },
          warning: { main: '#8a5300' },
          error: { main: '#b3261e' },
          background: { default: '#f5f7fa' },
        },
        shape: { borderRadius: 6 },
        typography: { fontFamily: 'system-ui, "Segoe UI", Roboto, Helvetica, Arial, sans-serif' },
        components: {
          MuiButtonBase: { defaultProps: { disableRipple: false } },
          MuiTextField: { defaultProps: { size: 'small' } },
          // MUI's default grey on unselected toggle buttons is below 4.5:1 on white.
          MuiToggleButton: { styleOverrides: { root: { color: '#3c4650' } } },
        },
      },
      locale === 'da' ? daDK : enUS,
    );
    themes.set(locale, theme);
  }
  return theme;
}

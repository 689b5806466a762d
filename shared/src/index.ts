/**
 * @klinik/shared: the code the shell and every webapp share, loaded once per page through the import map.
 */
export * from './auth/claims.ts';
export * from './auth/permissions.ts';
export * from './api/errors.ts';
export * from './api/client.ts';
export * from './cpr/cpr.ts';
export * from './format/format.ts';
export * from './i18n/locale.ts';
export * from './i18n/messages.ts';
export * from './ui/states.tsx';
export * from './ui/ErrorBoundary.tsx';
export * from './ui/theme.ts';
export * from './ui/emotion.ts';
export * from './webapp/context.ts';
export * from './webapp/manifest.ts';
export * from './webapp/providers.tsx';
export * from './webapp/lifecycles.tsx';

import type { Page } from '@playwright/test';

/**
 * A string that occurs once in each copy of a shared library's built code (checked against the
 * build): counted over every script a page fetched, it is the number of copies the page loaded,
 * whatever file they came in (a shared chunk, a launch bundle, or a webapp that bundled its own).
 */
export const LIBRARY_MARKERS = {
  React: 'React.Children.only expected to receive a single React element child.',
  ReactDOM: 'Skipping view transition because viewport size changed.',
  'MUI (styles core)': 'data-mui-color-scheme',
  emotion: '__EMOTION_TYPE_PLEASE_DO_NOT_USE__',
};
export type Library = keyof typeof LIBRARY_MARKERS;

const occurrences = (text: string, marker: string) => text.split(marker).length - 1;

/** Keeps the JavaScript a page fetches from now on; `copies()` counts each library in it. */
export function watchLibraryCopies(page: Page) {
  const scripts: Array<Promise<string>> = [];
  page.on('response', (response) => {
    if (/javascript/.test(response.headers()['content-type'] ?? ''))
      scripts.push(response.text().catch(() => ''));
  });
  return {
    async copies(): Promise<Record<Library, number>> {
      const code = await Promise.all(scripts);
      const count = (marker: string) => code.reduce((sum, text) => sum + occurrences(text, marker), 0);
      return Object.fromEntries(
        Object.entries(LIBRARY_MARKERS).map(([library, marker]) => [library, count(marker)]),
      ) as Record<Library, number>;
    },
  };
}

import { problem } from './problem.ts';

/** The one paging rule of the API: `page` from 1, `pageSize` within the operation's maximum. */
export interface Paging {
  page: number;
  pageSize: number;
}

export function readPaging(url: URL, { defaultSize = 50, maxSize = 5000 } = {}): Paging | Response {
  const page = Number(url.searchParams.get('page') ?? 1);
  const pageSize = Number(url.searchParams.get('pageSize') ?? defaultSize);
  if (
    !Number.isInteger(page) ||
    page < 1 ||
    !Number.isInteger(pageSize) ||
    pageSize < 1 ||
    pageSize > maxSize
  ) {
    return problem(
      400,
      'Ugyldig sideopdeling',
      `page skal være 1 eller mere og pageSize mellem 1 og ${maxSize}.`,
    );
  }
  return { page, pageSize };
}

export function paged<T>(items: readonly T[], { page, pageSize }: Paging) {
  return { items: items.slice((page - 1) * pageSize, page * pageSize), page, pageSize, total: items.length };
}

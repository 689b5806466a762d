import { HttpResponse } from 'msw';

/** RFC 9457 problem details: the one error shape of the PLSP API. */
export function problem(
  status: number,
  title: string,
  detail?: string,
  headers: Record<string, string> = {},
): HttpResponse<string> {
  const body = JSON.stringify({ type: 'about:blank', title, status, ...(detail ? { detail } : {}) });
  return new HttpResponse(body, {
    status,
    headers: { 'Content-Type': 'application/problem+json', ...headers },
  });
}

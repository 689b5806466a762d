import { useNavigate, useRouteError, type RouteObject } from 'react-router';
import { useEffect } from 'react';
import { CrashPanel } from '../ui/ErrorBoundary.tsx';

function RouteErrorPanel() {
  const error = useRouteError();
  const navigate = useNavigate();
  useEffect(() => console.error('[klinik] route error', error), [error]);
  return <CrashPanel onRetry={() => void navigate('.', { replace: true })} />;
}

/** Wraps a webapp's routes so an error in any route shows a panel with retry inside the webapp. */
export function withRouteErrors(routes: RouteObject[]): RouteObject[] {
  return [{ errorElement: <RouteErrorPanel />, children: routes }];
}

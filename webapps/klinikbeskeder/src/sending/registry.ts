import { useSyncExternalStore } from 'react';
import { useKlinik, type KlinikContext } from '@klinik/shared';
import { createPendingSends } from './pending-sends.ts';
import { createSendManager, type SendManager, type SendState } from './send-manager.ts';

/**
 * One send manager per clinic for the page's lifetime: the webapp's module stays loaded when the user
 * goes to another webapp, so sending carries on there. The first use after a reload or a new login
 * resumes what this browser had not finished.
 */
const managers = new Map<string, SendManager>();

export function sendManagerFor(
  context: Pick<KlinikContext, 'api' | 'clinic' | 'notify'>,
  describeFinished: (state: SendState) => string,
): SendManager {
  let manager = managers.get(context.clinic.ydernummer);
  if (!manager) {
    manager = createSendManager({
      api: context.api,
      pending: createPendingSends(localStorage, context.clinic.ydernummer),
      onFinished: (state) =>
        context.notify({
          message: describeFinished(state),
          severity: state.summary?.failedCount ? 'warning' : 'success',
        }),
    });
    managers.set(context.clinic.ydernummer, manager);
    manager.resume();
  } else manager.setApi(context.api);
  return manager;
}

/** The clinic's send manager and its sends, re-rendering as they progress. */
export function useSends(describeFinished: (state: SendState) => string) {
  const context = useKlinik();
  const manager = sendManagerFor(context, describeFinished);
  const sends = useSyncExternalStore(manager.subscribe, manager.list);
  return { manager, sends };
}

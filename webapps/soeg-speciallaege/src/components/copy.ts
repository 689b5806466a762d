import { useKlinik, useMessages } from '@klinik/shared';
import { messages } from '../messages.ts';

/** Copies text with one click and says so; a refused clipboard gets a clear message instead. */
export function useCopy() {
  const { notify } = useKlinik();
  const t = useMessages(messages);
  return (text: string, confirmation: string) =>
    navigator.clipboard.writeText(text).then(
      () => notify({ message: confirmation, severity: 'success' }),
      () => notify({ message: t.copyFailed, severity: 'error' }),
    );
}

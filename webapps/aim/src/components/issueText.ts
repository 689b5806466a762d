import { formatDate, useMessages } from '@klinik/shared';
import type { ElementIssue } from '../domain/flags.ts';
import { messages } from '../messages.ts';

/** The sentence that tells the clinic what to fix: the value, its date, and when it lapsed. */
export function useIssueText(): (issue: ElementIssue) => string {
  const t = useMessages(messages);
  return (issue) =>
    t.issues[issue.kind](
      issue.name,
      issue.date ? formatDate(issue.date) : '',
      issue.validityMonths ?? 0,
      issue.validUntil ? formatDate(issue.validUntil) : '',
    );
}

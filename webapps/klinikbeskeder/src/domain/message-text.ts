import type { MessageSettings } from './types.ts';

/**
 * Min Læge's limits count characters as the patient sees them: an emoji or a letter with a combining
 * accent written as one code point counts once, so lengths are counted in code points, not UTF-16 units.
 */
export const textLength = (text: string): number => [...text].length;

export type TextProblem = 'empty' | 'too-long';
export interface MessageProblems {
  subject?: TextProblem;
  body?: TextProblem;
}

export function checkMessage(
  subject: string,
  body: string,
  settings: Pick<MessageSettings, 'subjectMaxLength' | 'bodyMaxLength'>,
): MessageProblems {
  const problems: MessageProblems = {};
  if (subject.trim() === '') problems.subject = 'empty';
  else if (textLength(subject) > settings.subjectMaxLength) problems.subject = 'too-long';
  if (body.trim() === '') problems.body = 'empty';
  else if (textLength(body) > settings.bodyMaxLength) problems.body = 'too-long';
  return problems;
}

/**
 * Whether the text holds something a reader might take for markup (HTML tags, entities, Markdown
 * links): Min Læge shows messages as plain text, so the screen says it will appear literally.
 */
export function looksLikeMarkup(text: string): boolean {
  return /<\/?[a-z][^>]*>|&[a-z]+;|&#\d+;|\[[^\]]+\]\([^)]+\)/i.test(text);
}

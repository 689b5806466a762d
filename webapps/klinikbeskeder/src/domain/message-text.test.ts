import { describe, expect, it } from 'vitest';
import { checkMessage, looksLikeMarkup, textLength } from './message-text.ts';

const LIMITS = { subjectMaxLength: 100, bodyMaxLength: 2000 };

describe('message text', () => {
  it('accepts text up to the limits and refuses one character more', () => {
    expect(checkMessage('a'.repeat(100), 'b'.repeat(2000), LIMITS)).toEqual({});
    expect(checkMessage('a'.repeat(101), 'b'.repeat(2001), LIMITS)).toEqual({
      subject: 'too-long',
      body: 'too-long',
    });
  });

  it('requires a subject and a body, blanks not counting', () => {
    expect(checkMessage('  ', '\n', LIMITS)).toEqual({ subject: 'empty', body: 'empty' });
  });

  it('counts characters as the patient sees them (an emoji once)', () => {
    expect(textLength('Glædelig jul 🎄')).toBe(14);
    expect(checkMessage('🎄'.repeat(100), 'ok', LIMITS)).toEqual({});
  });

  it('recognises text that looks like markup, which is shown literally', () => {
    expect(looksLikeMarkup('<b>Vigtigt</b>')).toBe(true);
    expect(looksLikeMarkup('<script>alert(1)</script>')).toBe(true);
    expect(looksLikeMarkup('Se [vores side](https://example.dk)')).toBe(true);
    expect(looksLikeMarkup('Tom &amp; Jerry')).toBe(true);
    expect(looksLikeMarkup('Blodtryk < 140 og puls > 60')).toBe(false);
  });
});

// Short chat commands compared loosely: lower case, no accents, apostrophes, punctuation or emoji.
import { normalise } from '../../shared/language/normalise';

export function foldForMatching(text: string): string {
  if (/^\s*\?+\s*$/.test(text)) return '?';
  return normalise(text)
    .replace(/'/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

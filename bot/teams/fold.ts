// Short chat commands compared loosely: lower case, no accents, apostrophes, punctuation or emoji.
export function foldForMatching(text: string): string {
  if (/^\s*\?+\s*$/.test(text)) return '?';
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

// Words with their exact offsets in the original text. Offsets are JS string indices, so
// text.slice(token.start, token.end) === token.text always holds (the checks rely on it).
import { isAbbreviation } from './abbreviations';
import { normalise } from './normalise';
import type { Token, TokenKind } from './types';

// Order matters: the first alternative that matches at a position wins.
const TOKEN = new RegExp(
  [
    // URL: scheme or www., up to whitespace; trailing punctuation is trimmed below.
    String.raw`(?<url>(?:https?:\/\/|www\.)[^\s<>"“”]+)`,
    // E-mail address.
    String.raw`(?<email>[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+)`,
    // Dotted abbreviation: o.a., m.a.w., i.p.v., t.e.m. (checked against the list below).
    String.raw`(?<dotted>\p{L}{1,2}(?:\.\p{L}{1,2})+\.?)`,
    // Number: 1.400, 3,5, 14u30, 14:30, 2024-2025 stays two numbers.
    String.raw`(?<number>\p{N}+(?:[.,:]\p{N}+)*(?:u\p{N}{2})?)`,
    // 's, 't and 'n as words ('s morgens, 't is, 'n keer).
    String.raw`(?<clitic>['’‘][stn](?![\p{L}\p{N}]))`,
    // Word: letters and digits joined by inner apostrophes or hyphens (zo'n, auto's, Sint-Truiden,
    // e-mail, GR-/OCMW-voorzitter's parts); a leading hyphen (en -berichten) or a trailing one
    // (overheids- en) belongs to the word when it stands for the shared half of a compound.
    String.raw`(?<word>(?:(?<=^|[\s(/"“„'‘])-(?=\p{L}))?[\p{L}\p{M}\p{N}]+(?:['’\-‐][\p{L}\p{M}\p{N}]+)*(?:-(?=[\s/,]|$))?)`,
  ].join('|'),
  'gu',
);

const TRAILING_URL_PUNCTUATION = /[.,;:!?)\]'"’”]+$/u;

export function tokenise(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const start = m.index;
    let raw = m[0];
    const groups = m.groups ?? {};
    let kind: TokenKind = 'word';
    if (groups.url) {
      kind = 'url';
      raw = raw.replace(TRAILING_URL_PUNCTUATION, '');
    } else if (groups.email) {
      kind = 'email';
    } else if (groups.dotted) {
      const withoutDot = normalise(raw).replace(/\.$/, '');
      if (!isAbbreviation(withoutDot)) {
        // Not a known abbreviation ("zie.Daarna"): fall back to the words it holds.
        tokens.push(...splitDotted(raw, start));
        continue;
      }
      kind = 'abbreviation';
      if (!raw.endsWith('.') && text[start + raw.length] === '.') raw += '.';
    } else if (groups.number) {
      kind = 'number';
    } else if (groups.word) {
      // A single-word abbreviation keeps its dot (vb., dhr., nr.), so it is never read as a word.
      if (text[start + raw.length] === '.' && isAbbreviation(normalise(raw)) && !raw.endsWith('-')) {
        raw += '.';
        kind = 'abbreviation';
      }
    }
    if (!raw) continue;
    tokens.push({ text: raw, start, end: start + raw.length, norm: normalise(raw), kind });
  }
  return tokens;
}

function splitDotted(raw: string, offset: number): Token[] {
  const out: Token[] = [];
  for (const m of raw.matchAll(/[\p{L}\p{M}]+/gu)) {
    const start = offset + m.index;
    out.push({ text: m[0], start, end: start + m[0].length, norm: normalise(m[0]), kind: 'word' });
  }
  return out;
}

/** The normalised words only (no numbers, addresses or abbreviations), for matching. */
export function words(text: string): string[] {
  return tokenise(text)
    .filter((t) => t.kind === 'word')
    .map((t) => t.norm);
}

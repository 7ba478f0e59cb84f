// Agreement 21: the house style, which starts with the organisation's own name. Flags the
// organisation named otherwise than its official name or an alias: a misspelt place name
// ("gemeente Zilverbeke"), the wrong kind ("stad Zilverbeek" for a gemeente), the words turned
// round ("Zilverbeek gemeente"), an abbreviation ("gem. Zilverbeek") or a lower-case place name.
// "Het gemeentebestuur van Zilverbeek" and the place name on its own ("in Zilverbeek") are fine.
import type { Token } from '../../language/types';
import type { EffectiveOrganisation } from '../../organisation/types';
import { isContent } from '../document';
import { finding } from '../finding';
import { foldKeepLength, paragraphAt } from '../fold';
import type { Finding, Rule } from '../types';

const AGREEMENT = 21;
const RULE = 'style.organisation-name';

const KIND_WORDS: Record<string, string[]> = {
  gemeente: ['gemeente'],
  stad: ['stad'],
  ocmw: ['ocmw'],
  provincie: ['provincie'],
  andere: [],
};
// Kind words that name a different kind of body: for a gemeente, "stad X" is wrong, "OCMW X" is
// its own legal body and stays untouched.
const WRONG_KIND: Record<string, string[]> = {
  gemeente: ['stad'],
  stad: ['gemeente'],
  ocmw: [],
  provincie: ['gemeente', 'stad'],
  andere: [],
};
const LEADING_KIND = /^(?:gemeente|stad|ocmw|provincie|lokaal bestuur|gemeentebestuur|stadsbestuur)\s+/i;

/** Damerau-Levenshtein distance (optimal string alignment), for short words only. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [
    i,
    ...new Array<number>(b.length).fill(0),
  ]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

interface Names {
  /** The place as written in the official name ("Zilverbeek"). */
  place: string;
  placeNorm: string;
  kind: string;
  official: string;
  /** Every accepted form, folded. */
  accepted: string[];
}

function namesOf(org: EffectiveOrganisation): Names | undefined {
  // Agreement 21's official name and aliases, as the note sets them.
  const { officialName, aliases } = org.parameters;
  const kind = org.organisation.organisation.kind;
  const place = officialName.replace(LEADING_KIND, '').trim();
  // A single-word place is what typos can be measured against; longer names are matched exactly.
  if (!place || /\s/.test(place)) return undefined;
  return {
    place,
    placeNorm: foldKeepLength(place),
    kind,
    official: officialName,
    accepted: [officialName, ...aliases].map((n) => foldKeepLength(n)),
  };
}

function similar(word: string, place: string): boolean {
  if (word === place || word[0] !== place[0] || place.length < 5) return false;
  if (Math.abs(word.length - place.length) > 2) return false;
  // Derived words ("Zilverbeekse", "Zilverbekenaar") are not the name spelt wrong.
  if (word.startsWith(place)) return false;
  return distance(word, place) <= (place.length >= 8 ? 2 : 1);
}

export const organisationNameRules: Rule = (ctx) => {
  const names = namesOf(ctx.org);
  if (!names) return [];
  const { doc, words } = ctx;
  const out: Finding[] = [];
  const kindWords = new Set(KIND_WORDS[names.kind] ?? []);
  const wrongKinds = new Set(WRONG_KIND[names.kind] ?? []);
  const officialKind = names.official.match(LEADING_KIND)?.[0].trim().toLowerCase() ?? names.kind;
  const proper = `${officialKind} ${names.place}`;
  const push = (start: number, end: number, message: string, suggestion: string, caseOnly = false) => {
    // An alias the organisation chose is never wrong, however it is built (case aside).
    if (!caseOnly && names.accepted.includes(foldKeepLength(doc.text.slice(start, end)))) return;
    out.push(
      finding(doc, {
        rule: RULE,
        agreement: AGREEMENT,
        severity: 'info',
        message,
        replacement: suggestion,
        start,
        end,
      }),
    );
  };

  for (let i = 0; i < words.length; i++) {
    const t: Token = words[i];
    if (t.kind !== 'word') continue;
    const isPlace = t.norm === names.placeNorm;
    let typo = !isPlace && /^\p{Lu}/u.test(t.text) && similar(t.norm, names.placeNorm);
    if (!isPlace && !typo) continue;
    const paragraph = paragraphAt(doc, t.start);
    if (!paragraph || !isContent(paragraph)) continue;
    // A short name is close to ordinary words ("Halle", "Hallo"): only a typo right after the
    // kind word ("gemeente Hale") is surely the organisation.
    if (typo && names.placeNorm.length < 8) {
      const before = words[i - 1];
      typo =
        before !== undefined &&
        (kindWords.has(before.norm) || wrongKinds.has(before.norm)) &&
        before.end >= paragraph.start;
      if (!typo) continue;
    }
    const before = doc.text.slice(Math.max(paragraph.start, t.start - 1), t.start);
    // Hashtags, handles and web addresses ("zilverbeek.be") are written as the platform wants them.
    if (before === '#' || before === '@' || before === '/' || before === '.') continue;
    if (/^\.[a-z]{2,}\b/i.test(doc.text.slice(t.end, t.end + 8))) continue;
    const prev = words[i - 1];
    const next = words[i + 1];
    const prevAdjacent =
      prev && prev.start >= paragraph.start && /^\s+$/.test(doc.text.slice(prev.end, t.start));
    const nextAdjacent = next && next.end <= paragraph.end && /^\s+$/.test(doc.text.slice(t.end, next.start));

    if (typo) {
      // The whole name when the kind word comes first, so the suggestion replaces it in one go.
      const withKind = prevAdjacent && (kindWords.has(prev.norm) || wrongKinds.has(prev.norm));
      const start = withKind ? prev.start : t.start;
      push(
        start,
        t.end,
        `De naam van de organisatie is '${names.official}', niet '${doc.text.slice(start, t.end)}'. Afspraak 21: we gebruiken de naam zoals de huisstijl hem schrijft.`,
        withKind ? `${prev.text} ${names.place}` : names.place,
      );
      continue;
    }
    if (prevAdjacent && wrongKinds.has(prev.norm)) {
      push(
        prev.start,
        t.end,
        `${names.place} is een ${names.kind}, geen ${prev.norm}: de officiële naam is '${names.official}'. Afspraak 21: we gebruiken de naam zoals de huisstijl hem schrijft.`,
        /^\p{Lu}/u.test(prev.text) ? proper.charAt(0).toUpperCase() + proper.slice(1) : proper,
      );
      continue;
    }
    const abbreviated = /(?<!\p{L})gem\.?\s+$/iu.exec(
      doc.text.slice(Math.max(paragraph.start, t.start - 6), t.start),
    );
    if (abbreviated) {
      push(
        t.start - abbreviated[0].length,
        t.end,
        `Schrijf de naam van de organisatie voluit: '${names.official}'. Afspraak 21.`,
        proper,
      );
      continue;
    }
    if (nextAdjacent && kindWords.has(next.norm) && !/^[.!?,;:]/.test(doc.text.slice(t.end).trimStart())) {
      // "Zilverbeek gemeente" (but not "Zilverbeek, gemeente van het jaar" or "in Zilverbeek gemeenten …").
      const after = words[i + 2];
      const nounPhrase =
        after &&
        after.start < paragraph.end &&
        /^\s+$/.test(doc.text.slice(next.end, after.start)) &&
        /^(van|met|die|dat|in|is|was|heeft|wordt)$/.test(after.norm);
      if (!nounPhrase) {
        push(
          t.start,
          next.end,
          `De naam van de organisatie staat omgekeerd: schrijf '${names.official}'. Afspraak 21: we gebruiken de naam zoals de huisstijl hem schrijft.`,
          proper,
        );
        continue;
      }
    }
    if (t.text === t.text.toLowerCase() && t.text !== names.place) {
      push(
        t.start,
        t.end,
        `Schrijf de plaatsnaam met een hoofdletter: '${names.place}'. Afspraak 21.`,
        names.place,
        true,
      );
    }
  }
  return out;
};

// neutrality.party (agreements 30, 37): a political party named or promoted in a municipal text.
// 37: "Gemeentelijke medewerkers en gemeentelijke communicatiekanalen stellen zich politiek
// terughoudend op"; 30: communication about policy is neutral and "niet wervend".
// The Flemish parties are built in (data/parties.ts); the organisation's own lists come from
// people[].party and `parties`. Every document type counts: a letter or press release of the
// municipality is no place for a party either. Reporting a council vote per party is a judgement
// call (warning); elsewhere a party name is a plain breach (error).
import { escapeRegExp } from './neutrality-text';
import { COUNCIL_REPORT, PARTIES, POLITICAL_CONTEXT, POLITICAL_LEAD, type PartyRow } from '../data/parties';
import { groupedFinding } from '../finding';
import { isOfficialRecord } from '../structure';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, sentenceIndexAt } from './rule-helpers';

const cache = new WeakMap<object, PartyRow[]>();

/** The organisation's own party names, as rows like the built-in ones. */
function partiesFor(ctx: RuleContext): PartyRow[] {
  const key = ctx.org.organisation;
  const hit = cache.get(key);
  if (hit) return hit;
  const names = new Set<string>();
  for (const p of ctx.org.organisation.people) if (p.party?.trim()) names.add(p.party.trim());
  for (const n of ctx.org.organisation.parties ?? []) if (n.trim()) names.add(n.trim());
  const builtIn = new Set(PARTIES.map((p) => p.name.toLowerCase()));
  const own: PartyRow[] = [];
  for (const name of names) {
    if (builtIn.has(name.toLowerCase())) continue;
    const words = name.split(/\s+/);
    // One plain word ("Samen", "Anders") is also an ordinary word; a name with several words,
    // an abbreviation or a sign (&, -, .) is distinctive when written as the list writes itself.
    const distinctive = words.length > 1 || /[^\p{L}]/u.test(name) || /\p{Lu}{2}/u.test(name);
    own.push({
      name,
      pattern: new RegExp(
        `(?<![\\p{L}\\p{N}])${words.map(escapeRegExp).join('[ \\t\\u00a0-]+')}(?![\\p{L}\\p{N}])`,
        'u',
      ),
      ambiguous: !distinctive,
    });
  }
  // Global copies, made once per organisation, for matchAll over the whole text.
  const all = [...own, ...PARTIES].map((row) => ({
    ...row,
    pattern: new RegExp(row.pattern.source, `${row.pattern.flags}g`),
  }));
  cache.set(key, all);
  return all;
}

interface Hit {
  start: number;
  end: number;
  row: PartyRow;
}

function isPolitical(
  text: string,
  hit: Hit,
  sentence: { text: string; start: number } | null,
  others: Hit[],
): boolean {
  const before = text.slice(Math.max(0, hit.start - 1), hit.start);
  const after = text.slice(hit.end, hit.end + 1);
  if (before === '(' && (after === ')' || after === ',' || after === ' ')) return true;
  // "Vooruit-fractie", "Groen-raadslid", "CD&V-schepen".
  if (
    /^[-‐]?(?:fractie|raadslid|raadsleden|schepen|mandataris|voorzitter|politic|lijst|kandida|kopstuk)/iu.test(
      text.slice(hit.end, hit.end + 12),
    )
  )
    return true;
  if (!sentence) return false;
  if (POLITICAL_CONTEXT.test(sentence.text)) return true;
  if (POLITICAL_LEAD.test(text.slice(sentence.start, hit.start))) return true;
  // "Groen en Vooruit", "N-VA, Groen en CD&V": a party among parties.
  return others.some(
    (o) =>
      o !== hit &&
      o.start >= sentence.start &&
      o.end <= sentence.start + sentence.text.length &&
      !o.row.ambiguous,
  );
}

export function partyRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [37, 30]);
  if (agreement === null || isOfficialRecord(ctx.doc.text)) return [];
  const text = ctx.doc.text;
  const hits: Hit[] = [];
  for (const row of partiesFor(ctx)) {
    const re = new RegExp(
      row.pattern.source,
      row.pattern.flags.includes('g') ? row.pattern.flags : row.pattern.flags + 'g',
    );
    for (const m of text.matchAll(re)) hits.push({ start: m.index, end: m.index + m[0].length, row });
  }
  if (hits.length === 0) return [];
  // Longest first at one place; drop hits inside another ("Groen" within "Groen Zilverbeek").
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  // One finding per sentence: a sentence naming four parties is one problem with four places.
  const bySentence = new Map<number, { hits: Hit[]; report: boolean }>();
  for (const h of kept) {
    const si = sentenceIndexAt(ctx, h.start);
    const sentence = si >= 0 ? ctx.sentences[si] : null;
    if (h.row.ambiguous && !isPolitical(text, h, sentence, kept)) continue;
    const key = si >= 0 ? si : -1 - h.start;
    const group = bySentence.get(key) ?? {
      hits: [],
      report: sentence ? COUNCIL_REPORT.test(sentence.text) : false,
    };
    group.hits.push(h);
    bySentence.set(key, group);
  }
  const out: Finding[] = [];
  for (const { hits: group, report } of bySentence.values()) {
    const names = [...new Set(group.map((h) => `'${h.row.name}'`))];
    const named =
      names.length === 1
        ? `De politieke partij ${names[0]} wordt genoemd.`
        : `De politieke partijen ${names.slice(0, -1).join(', ')} en ${names[names.length - 1]} worden genoemd.`;
    out.push(
      groupedFinding(
        ctx.doc,
        {
          rule: 'neutrality.party',
          agreement,
          severity: report ? 'warning' : 'error',
          message:
            `${named} Gemeentelijke kanalen stellen zich politiek ` +
            'terughoudend op en communiceren neutraal en niet wervend over beleid (afspraak 30 en 37).' +
            (report
              ? ' In een verslag van de gemeenteraad kan het stemgedrag per fractie zakelijk vermeld worden; ga na of het nodig is.'
              : ''),
          suggestion:
            'Laat de partijnaam weg en noem het bestuursorgaan dat beslist (het college, de gemeenteraad).',
        },
        group.map((h) => ({ start: h.start, end: h.end })),
      ),
    );
  }
  return out;
}

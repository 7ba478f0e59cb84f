// neutrality.commercial (agreements 18, 37): commercial neutrality. 18 names it among the decretal
// norms; 37 keeps municipal channels from liking or sharing "merken of commerciële bedrijven en
// handelszaken" unless professionally necessary and independent.
//
// A business is found as a known brand (data/brands.ts), a name with a legal form ("Janssens BV",
// "Bouwwerken Peeters NV"), a shop word with a name ("Bakkerij Janssens", "Frituur 't Hoekske")
// or a shop's web address. A name alone is information ("de parking aan de Colruyt"); it is a
// finding only in a sentence that promotes it: advertising language is an error, steering readers
// to one business (sponsor thanks, "verkrijgbaar bij", "ijsjes van ijssalon X") a warning.
//
// A business is also a lower-case trade noun before a capitalised name ("ijssalon Gelato Mario")
// and a name with a lower-case legal form ("Speelgoed Janssens bv"); a vzw is no business here.
// A contractor named factually in a works notice ("De werken worden uitgevoerd door aannemer X")
// is no finding: 37 allows naming a business when that is professionally necessary and neutral,
// and residents need to know who works in their street. Only praise turns that mention into an
// advertisement. A business named as a place ("aan de Colruyt", "tegenover bakkerij Y") is skipped.
import { normalise } from '../../language/normalise';
import {
  AMBIGUOUS_BRANDS,
  BRANDS,
  LOCATION_BEFORE,
  LOWER_CASE_UNSAFE,
  SHOP_WORDS,
  SOFT_PROMOTION,
  STRONG_PROMOTION,
  SUPPLIED_GOODS,
} from '../data/brands';
import { finding } from '../finding';
import type { Finding, RuleContext } from '../types';
import { escapeRegExp } from './neutrality-text';
import { adoptedAgreement } from './rule-helpers';

const NAME_WORD =
  "(?:'[Tt][ \\t\\u00a0]+|[Dd]e[ \\t\\u00a0]+|[Dd]en[ \\t\\u00a0]+|[Hh]et[ \\t\\u00a0]+)?\\p{Lu}[\\p{L}\\p{M}'’&-]*";
const BRAND = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:${[...BRANDS]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join(
      '|',
    )})(?![\\p{L}\\p{N}])(?:[ \\t\\u00a0](?:Market|Express|Hyper|Shop|Outlet|\\p{Lu}\\p{Ll}+(?=[ ,.!?]|$)(?<!\\b(?:Op|In|De|Het|En|Of|Maar|Met|Voor|Van)))(?![\\p{L}\\p{N}]))?`,
  'gu',
);
const LEGAL_FORM = new RegExp(
  `(?:${NAME_WORD}[ \\t\\u00a0]+){1,4}(?:BV|NV|BVBA|bvba|CommV|Comm\\.?[ ]?V\\.?|comm\\.?[ ]?v\\.?|VOF|vof|cvba|CVBA|SRL|srl|sprl|B\\.V\\.|N\\.V\\.|(?:bv|nv)(?!\\.[ \\t\\u00a0]+\\p{Ll}))(?![\\p{L}])`,
  'gu',
);
const SHOP = new RegExp(
  `(?<![\\p{L}])(?:${SHOP_WORDS.flatMap((w) => (LOWER_CASE_UNSAFE.has(w) ? [w] : [w, w.toLowerCase()]))
    .map(escapeRegExp)
    .join('|')})[ \\t\\u00a0]+${NAME_WORD}(?:[ \\t\\u00a0]+${NAME_WORD})?`,
  'gu',
);
const WEB_SHOP = /(?<![\p{L}@])(?:https?:\/\/)?www\.[\p{L}\p{N}-]+\.(?:be|com|nl|eu|shop)\b/giu;
/** Public bodies and the municipality's own domains are no businesses. */
const PUBLIC_DOMAIN =
  /www\.(?:vlaanderen|belgium|fgov|uitinvlaanderen|uitpas|delijn|fluvius|bpost|nmbs|vdab|kindengezin|opgroeien|mijnburgerprofiel|burgerprofiel|ocmw|politie|brandweer|zonepolitie|provincie\p{L}*|mobiel\p{L}*|gemeente\p{L}*|stad\p{L}*)\./iu;

/** Capitalised sentence openers that a legal-form match may sweep up before the real name. */
const LEADING_WORDS = new Set([
  'dankzij',
  'bij',
  'met',
  'voor',
  'door',
  'van',
  'ook',
  'en',
  'naar',
  'via',
  'proficiat',
  'bedankt',
  'dank',
  'ga',
  'kom',
  'bezoek',
  'ontdek',
  'koop',
  'bestel',
  'sponsor',
  'hoofdsponsor',
  'de',
  'het',
  'een',
  'aan',
  'wij',
  'we',
  'u',
  'je',
  'jij',
  'zeker',
  'nu',
  'vandaag',
  'uitgevoerd',
  'aannemer',
  'firma',
]);

interface Hit {
  start: number;
  end: number;
  web: boolean;
}

/** Businesses named in one sentence (offsets into the document). */
function collect(text: string, offset: number, own: readonly string[]): Hit[] {
  const hits: Hit[] = [];
  const add = (start: number, end: number, web: boolean) =>
    hits.push({ start: offset + start, end: offset + end, web });
  for (const m of text.matchAll(BRAND)) {
    if (!AMBIGUOUS_BRANDS.has(m[0])) add(m.index, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(LEGAL_FORM)) {
    // "Dankzij Bouwwerken Peeters NV": a capitalised first word of the sentence is no part of the name.
    let start = m.index;
    for (const lead of m[0].matchAll(/\S+\s+/gu)) {
      if (!LEADING_WORDS.has(lead[0].trim().toLowerCase())) break;
      start = m.index + lead.index + lead[0].length;
    }
    add(start, m.index + m[0].length, false);
  }
  for (const m of text.matchAll(SHOP)) add(m.index, m.index + m[0].length, false);
  for (const m of text.matchAll(WEB_SHOP)) {
    const host = m[0].toLowerCase();
    if (PUBLIC_DOMAIN.test(host) || own.some((d) => host.includes(`www.${d}.`))) continue;
    add(m.index, m.index + m[0].length, true);
  }
  hits.sort((x, y) => x.start - y.start || y.end - x.end);
  const kept: Hit[] = [];
  for (const h of hits) {
    const last = kept[kept.length - 1];
    if (last && h.start < last.end) continue;
    kept.push(h);
  }
  return kept;
}

/** The municipality's own web names: "zilverbeek" from "Gemeente Zilverbeek". */
function ownDomains(ctx: RuleContext): string[] {
  const o = ctx.org.organisation.organisation;
  return [o.name, ...o.aliases].map((n) =>
    normalise(n.replace(/^(?:gemeente|stad|ocmw|provincie|lokaal bestuur|gemeentebestuur)\s+/i, '')).replace(
      /[^a-z0-9-]/g,
      '',
    ),
  );
}

const THANKS_BEFORE =
  /\b(?:dank|proficiat|felicitaties|bedankt|hulde|applaus|bravo|gefeliciteerd|merci)\s+aan(?:\s+(?:de|het|den))?\s*$/;

/** Whether the words before a business make it a place ("aan de Colruyt"), not a thank-you ("dank aan"). */
function isLocation(before: string): boolean {
  return LOCATION_BEFORE.test(before) && !THANKS_BEFORE.test(before);
}

export function commercialRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [37, 18]);
  if (agreement === null) return [];
  const { doc, sentences } = ctx;
  const own = ownDomains(ctx);
  const out: Finding[] = [];
  // Only a sentence that promotes can hold a finding: look for businesses there alone.
  for (const s of sentences) {
    const lower = s.text.toLowerCase();
    const strong = STRONG_PROMOTION.test(lower);
    const soft = SOFT_PROMOTION.test(lower);
    // "met ijsjes van ijssalon Gelato Mario": goods the municipality's event or service gets
    // from one named business steer readers to it, even without a promoting verb.
    const goods = SUPPLIED_GOODS.test(lower);
    if (!strong && !soft && !goods) continue;
    for (const h of collect(s.text, s.start, own)) {
      const before = lower.slice(0, h.start - s.start);
      const after = lower.slice(h.end - s.start);
      const praisedRightAfter = /^\s*,?\s*(?:de|het) \S+ste\b/.test(after);
      // "de parking aan de Colruyt", "tegenover bakkerij Y": a place, not a promotion.
      if (isLocation(before) && !praisedRightAfter) continue;
      if (!strong && !soft && !/\b(?:van|bij)(?:\s+(?:de|het|den))?\s*$/.test(before)) continue;
      const excerpt = doc.text.slice(h.start, h.end);
      out.push(
        finding(doc, {
          rule: 'neutrality.commercial',
          agreement,
          severity: strong ? 'error' : 'warning',
          message:
            (strong
              ? `Deze zin maakt reclame voor '${excerpt}'. `
              : `Deze zin stuurt lezers naar één bedrijf of handelszaak ('${excerpt}'). `) +
            'De gemeente is commercieel neutraal (afspraak 18) en gemeentelijke kanalen promoten geen merken, bedrijven of ' +
            'handelszaken, tenzij het professioneel nodig is en de onafhankelijkheid gewaarborgd blijft (afspraak 37).',
          start: h.start,
          end: h.end,
          suggestion: strong
            ? 'Laat de aanprijzing weg en beschrijf de dienst of het aanbod zakelijk, zonder één handelszaak naar voren te schuiven.'
            : 'Vermeld het bedrijf enkel als dat nodig is (bv. een afgesproken sponsorvermelding), zakelijk en zonder aanprijzing; noem anders alle verkooppunten.',
        }),
      );
    }
  }
  return out;
}

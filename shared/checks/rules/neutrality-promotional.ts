// neutrality.promotional (agreement 30): "De communicatie over beleid is neutraal en niet
// wervend." A municipal text informs; it does not boast about the municipality or its board,
// compare itself with other municipalities, or argue with the opposition. Each sentence is read
// once; quoted words (a schepen's quote in a press release) are someone's own words and left
// alone. Letters to one person are not the public channel agreement 30 is about.
import { groupedFinding } from '../finding';
import { foldKeepLength } from '../fold';
import { insideAny, quoteRanges } from '../quotes';
import type { Finding, RuleContext } from '../types';
import { adoptedAgreement, everyType } from './rule-helpers';
import { voorwoordAt } from '../voorwoord';

/** Who is praised: the municipality, its board or its services. */
const SELF =
  /\b(?:(?:onze|de|ons|het) (?:gemeente|stad|dorp|bestuur|gemeentebestuur|stadsbestuur|college|schepencollege|beleid|bestuursploeg|meerderheid)|burgemeester|schepen)\b/;
const SUPERLATIVE =
  /\b(?:de beste (?:gemeente|stad|plek|bestuur)|mooiste|leukste|fijnste|sterkste|groenste|veiligste|warmste|gezelligste|bruisendste|aantrekkelijkste|ongezien(?:e)?|uitzonderlijk(?:e)?|fantastisch(?:e)?|schitterend(?:e)?|historisch(?:e)? (?:investering|beslissing|moment)|straf(?:fe)? (?:beleid|realisatie)|met trots|trots op (?:onze|ons|wat we))\b/u;
/**
 * Pride in the burgemeester's own words: in a voorwoord (agreement 32's exception) the mandataris
 * speaks in the first person, and "ik ben trots op onze vrijwilligers" is that voice, not a
 * campaign. Superlatives, comparisons and the opposition stay out of a voorwoord too.
 */
const PRIDE = /^(?:met trots|trots op )/;
const COMPARISON =
  /\b(?:(?:meer|beter|sneller|goedkoper|lager|hoger|minder|groener|veiliger) dan (?:in )?(?:de meeste |de |alle |veel |heel wat |elke |iedere )?(?:(?:andere|naburige|omliggende) (?:gemeenten|steden|gemeentes|gemeente|stad)|buurgemeenten|buursteden)|(?:als|de) (?:enige|eerste) (?:gemeente|stad) (?:van|in) (?:vlaanderen|de regio|de provincie|belgie)|in tegenstelling tot (?:de )?(?:andere|naburige|omliggende) (?:gemeenten|steden))\b/;
const OPPOSITION =
  /\b(?:de oppositie|oppositiepartij(?:en)?|in tegenstelling tot wat (?:sommigen|sommige partijen|critici|de oppositie) (?:beweren|beweert|zeggen)|(?:het|de) vorige? (?:bestuur|bestuursploeg|meerderheid|legislatuur) (?:liet|deed|heeft) (?:na|niets|niks))\b/;

const CHANNELS = new Set(['infoblad', 'website', 'sociale-media', 'persbericht', 'uitnodiging']);

interface Kind {
  test: (folded: string) => RegExpExecArray | null;
  what: string;
}

/** The organisation's own names, folded ("zilverbeek"): "Zilverbeek is de mooiste gemeente" praises itself too. */
const ownNames = new WeakMap<object, RegExp | null>();

function ownNameOf(ctx: RuleContext): RegExp | null {
  const o = ctx.org.organisation.organisation;
  if (ownNames.has(o)) return ownNames.get(o) ?? null;
  const names = [o.name, ...o.aliases]
    .map((n) =>
      foldKeepLength(
        n.replace(/^(?:gemeente|stad|ocmw|provincie|lokaal bestuur|gemeentebestuur)\s+/i, ''),
      ).trim(),
    )
    .filter((n) => n.length >= 3)
    .map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = names.length ? new RegExp(`\\b(?:${names.join('|')})\\b`) : null;
  ownNames.set(o, re);
  return re;
}

function kindsFor(ctx: RuleContext): Kind[] {
  const own = ownNameOf(ctx);
  return [
    {
      test: (s) => (SELF.test(s) || own?.test(s) ? SUPERLATIVE.exec(s) : null),
      what: 'prijst de gemeente of haar bestuur aan',
    },
    ...KINDS.slice(1),
  ];
}

const KINDS: Kind[] = [
  {
    test: (s) => (SELF.test(s) ? SUPERLATIVE.exec(s) : null),
    what: 'prijst de gemeente of haar bestuur aan',
  },
  { test: (s) => COMPARISON.exec(s), what: 'vergelijkt de gemeente met andere gemeenten' },
  { test: (s) => OPPOSITION.exec(s), what: 'gaat in discussie met de oppositie of een vorig bestuur' },
];

export function promotionalRule(ctx: RuleContext): Finding[] {
  const agreement = adoptedAgreement(ctx, [30]);
  if (agreement === null || !everyType(ctx, (t) => CHANNELS.has(t))) return [];
  const quotes = quoteRanges(ctx.doc);
  const inVoorwoord = voorwoordAt(ctx.doc);
  const kinds = kindsFor(ctx);
  const places = new Map<string, { start: number; end: number }[]>();
  for (const s of ctx.sentences) {
    const folded = foldKeepLength(s.text);
    for (const kind of kinds) {
      const m = kind.test(folded);
      if (!m) continue;
      const start = s.start + m.index;
      const end = start + m[0].length;
      if (insideAny(quotes, start, end)) continue;
      if (PRIDE.test(m[0]) && inVoorwoord(start)) continue;
      places.set(kind.what, [...(places.get(kind.what) ?? []), { start, end }]);
    }
  }
  return [...places].map(([what, spans]) =>
    groupedFinding(
      ctx.doc,
      {
        rule: 'neutrality.promotional',
        agreement,
        severity: 'warning',
        message: `Deze tekst ${what}. Afspraak 30: de communicatie over beleid is neutraal en niet wervend; de gemeente informeert en laat het oordeel aan de lezer.`,
        suggestion:
          'Schrijf wat er verandert en voor wie, zonder het te prijzen of te vergelijken: feiten, data, wat de lezer moet doen.',
      },
      spans,
    ),
  );
}

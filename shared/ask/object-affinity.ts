// Objects that stand in part for each other: a question about "TikTok" (sociale media) is close to
// a statement about a service's own social media page (57); a flyer is a communicatiemiddel (69-71).
import { relatedness, type RelatedPairs } from './relatedness';

const RELATED: RelatedPairs = [
  ['sociale-media', 'socialemediapagina'],
  ['sociale-media', 'reactie-sociale-media'],
  ['sociale-media', 'lokale-socialemediapagina'],
  ['sociale-media', 'prive-account'],
  ['socialemediapagina', 'prive-account'],
  ['reactie-sociale-media', 'kritiek-sociale-media'],
  ['persbericht', 'persuitnodiging'],
  ['persbericht', 'pers'],
  ['pers', 'persvraag'],
  ['pers', 'interview'],
  ['interview', 'persvraag'],
  ['pers', 'beeldopname'],
  ['persvraag', 'informatieve-persvraag'],
  ['persconferentie', 'persuitnodiging'],
  ['drukwerk', 'communicatiemiddel'],
  ['website', 'website-structuur'],
  ['website', 'nieuwsbericht'],
  ['intranet', 'intranet-structuur'],
  ['intranet', 'nieuwsbericht'],
  ['infoblad', 'activiteitenkalender'],
  ['infoblad', 'redactiebeleid'],
  ['infoblad', 'teksten-en-beelden'],
  ['beeldmateriaal', 'beelddatabank'],
  ['beeldmateriaal', 'beeldbeleid'],
  ['beeldmateriaal', 'teksten-en-beelden'],
  ['beeldmateriaal', 'bronnen-lokaal-bestuur'],
  ['brief', 'uitnodiging'],
  ['ai', 'ai-content'],
  ['klacht', 'melding'],
  ['logo', 'huisstijl'],
  ['politieke-communicatie', 'persoonlijke-kanalen-mandataris'],
  ['politieke-pagina', 'politicus'],
  ['advertentie', 'mediadeal'],
  ['collegebeslissing', 'personeelsbeslissing'],
  ['nieuwsbrief', 'interne-communicatie'],
  ['beleid', 'beslist-beleid'],
  ['beleid', 'niet-beslist-beleid'],
  ['beleid', 'beleid-in-ontwikkeling'],
];

const RELATION = relatedness(RELATED);

/** 1 when the question names the object, 0.5 when it names a related one, else 0. */
export function objectFit(asked: readonly string[], statementObject: string): number {
  return RELATION.fit(asked, statementObject);
}

/**
 * How many of the statement's objects the question names, each question word counted once
 * (exact matches first, then related ones at half weight).
 */
export function objectHits(
  asked: readonly string[],
  sources: Readonly<Record<string, number>> | undefined,
  statementObjects: readonly string[],
  weights: Readonly<Record<string, number>> = {},
): number {
  const used = new Set<number | string>();
  let hits = 0;
  for (const o of statementObjects) {
    if (!asked.includes(o)) continue;
    const source = sources?.[o] ?? o;
    if (used.has(source)) continue;
    used.add(source);
    hits += weights[o] ?? 1;
  }
  for (const o of statementObjects) {
    if (asked.includes(o)) continue;
    const related = RELATION.related(o);
    const via = related && asked.find((a) => related.has(a) && !used.has(sources?.[a] ?? a));
    if (!via) continue;
    used.add(sources?.[via] ?? via);
    hits += 0.5 * (weights[via] ?? 1);
  }
  return hits;
}

// The named features of the scope model (issue 13: near misses the note does not govern — the
// canteen, leave, IT accounts, a broken lift — must be refused honestly). The rule in
// out-of-scope.ts refuses what plainly matches nothing; this model learns, from the development
// questions the note does not cover and every question it does, when the matches a question does
// have are too thin: one borrowed object ("de radio" read as the press), no communication act,
// low example similarity, an unsure second stage.
import { isSubjectWord, isWorkplaceWord } from '../../language';
import { askAnalyzer } from '../analyzer';
import type { ReadQuestion } from '../interpret';
import type { Ranked } from '../rank';
import { saysNothing } from '../fillers';
import { askingSentence } from './asking-sentence';
import type { SecondStage } from './second-stage';

export const SCOPE_FEATURES = [
  'log-evidence',
  'example-similarity',
  'objects',
  'objects-asked',
  'actions-asked',
  'communication-role',
  'subject-word',
  'workplace-word',
  'confidence',
  'first-probability',
  'kind-who',
  'kind-permission',
  'statement-object-hit',
  'asking-sentence-names-nothing',
] as const;

const COMMUNICATION_ROLES = new Set<string>([
  'communicatiedienst',
  'communicatieverantwoordelijke',
  'redactieraad',
  'redacteur',
  'kabinet',
  'pers',
  'schepen-van-communicatie',
  'burgemeester',
  'schepen',
  'mandataris',
  'college',
]);

export function scopeFeatures(read: ReadQuestion, ranked: readonly Ranked[], stage: SecondStage): number[] {
  const i = read.interpretation;
  const words = read.analysis.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  let evidence = 0;
  let similarity = 0;
  for (const r of ranked.slice(0, 10)) {
    if (r.evidence > evidence) evidence = r.evidence;
    if (r.exampleScore > similarity) similarity = r.exampleScore;
  }
  const asked = i.objects.filter((o) => (i.objectWeights?.[o] ?? 1) >= 1).length;
  const actionsAsked = i.actions.filter((a) => (i.actionWeights?.[a] ?? 1) >= 1).length;
  const first = stage.reranked[0];
  const s = first?.candidate.ranked.statement;
  const asking = askingSentenceReading(read, words);
  return [
    Math.log1p(evidence),
    similarity,
    Math.min(3, i.objects.length),
    Math.min(3, asked),
    Math.min(3, actionsAsked),
    i.roles.some((r) => COMMUNICATION_ROLES.has(r)) ? 1 : 0,
    words.some(isSubjectWord) ? 1 : 0,
    asking.workplace ? 1 : 0,
    stage.confidence,
    first?.probability ?? 0,
    i.kind === 'who' ? 1 : 0,
    i.kind === 'permission' ? 1 : 0,
    s && s.objects.some((o) => i.objects.includes(o)) ? 1 : 0,
    asking.namesNothing ? 1 : 0,
  ];
}

/**
 * Whether the asking sentence of a context-first message names nothing of the agreements (no object,
 * action or communication role) although it asks something of its own ("De lift is stuk. Wie belt de
 * firma?"), and whether it has a workplace word: "Ik werk op de personeelsdienst. Mag ik de vacature op
 * Facebook zetten?" is asked by HR, not about HR. A one-sentence message, or an asking sentence that
 * only points back at the situation ("Mag dat?"), is read whole.
 */
function askingSentenceReading(
  read: ReadQuestion,
  words: readonly string[],
): { namesNothing: boolean; workplace: boolean } {
  const whole = { namesNothing: false, workplace: words.some(isWorkplaceWord) };
  const asking = askingSentence(read.analysis.text);
  if (asking === undefined) return whole;
  const analysis = askAnalyzer().analyse(asking);
  const own = analysis.tokens.filter((t) => t.kind === 'word').map((t) => t.norm);
  if (saysNothing(own)) return whole;
  const named = analysis.matches.some(
    (m) => m.kind === 'object' || m.kind === 'action' || (m.kind === 'role' && COMMUNICATION_ROLES.has(m.id)),
  );
  return { namesNothing: !named, workplace: own.some(isWorkplaceWord) };
}

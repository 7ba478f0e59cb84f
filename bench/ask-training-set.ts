// What ask's second stage is trained on: the development questions (those the note does not govern
// teach only the scope model) and the catalogue's example questions that apply to the organisation (bench/train-ask.ts, test/shared/ask/model.test.ts).
// Never a held-out set: they measure the model, they do not teach it.
import type { TrainingQuestion } from '../shared/ask/model/train';
import { allExamples } from '../shared/catalogue/examples';
import type { EffectiveOrganisation } from '../shared/organisation';
import { loadQuestions } from './ask-accuracy';

/** The development questions (in scope) and every example question that applies to the organisation. */
export function trainingQuestions(org: EffectiveOrganisation): TrainingQuestion[] {
  const out: TrainingQuestion[] = [];
  for (const d of [
    ...loadQuestions('dev'),
    ...loadQuestions('dev-voices'),
    ...loadQuestions('dev-near-misses'),
  ]) {
    if (d.outOfScope) out.push({ q: d.q, agreements: [], source: 'development', outOfScope: true });
    else if (d.agreements?.length)
      out.push({
        q: d.q,
        agreements: d.agreements,
        ...(d.verdict ? { verdict: d.verdict } : {}),
        source: 'development',
      });
  }
  const omitted = new Set(org.omitted);
  for (const [agreement, list] of allExamples()) {
    const a = org.byNumber.get(agreement);
    if (!a && !omitted.has(agreement)) continue;
    for (const e of list) {
      if (e.variant !== undefined && e.variant !== (a?.variant ?? null)) continue;
      out.push({ q: e.q, agreements: [agreement], verdict: e.verdict, source: 'example' });
    }
  }
  return out;
}

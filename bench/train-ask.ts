// Trains ask's second stage (shared/ask/model/train.ts) on the development questions and the
// catalogue's example questions, and writes the weights to shared/ask/model/trained.ts as data.
// Run: npx tsx bench/train-ask.ts [--check]   (--check: only compare with the committed weights)
// Never add a held-out set here: they measure the model, they do not teach it.
import { readFileSync, writeFileSync } from 'node:fs';
import { format, resolveConfig } from 'prettier';
import { resolve } from 'node:path';
import { allExamples } from '../shared/catalogue/examples';
import { trainAskModel, type FoldOutcome } from '../shared/ask/model/train';
import type { TrainedModel } from '../shared/ask/model/types';
import { exampleOrganisation } from './ask-accuracy';
import { trainingQuestions } from './ask-training-set';

export const TRAINED_FILE = resolve(__dirname, '../shared/ask/model/trained.ts');

/** The weights as a TypeScript module, formatted as the repository's prettier would (npm run lint). */
export async function trainedFileText(model: TrainedModel): Promise<string> {
  const text = [
    '// Written by bench/train-ask.ts from the development questions and the catalogue examples: do not',
    '// edit by hand, retrain (test/shared/ask/model.test.ts checks that retraining gives these numbers).',
    "import type { TrainedModel } from './types';",
    '',
    `export const TRAINED_MODEL: TrainedModel = ${JSON.stringify(model, null, 2)};`,
    '',
  ].join('\n');
  const options = (await resolveConfig(TRAINED_FILE)) ?? {};
  return format(text, { ...options, filepath: TRAINED_FILE });
}

function calibrationTable(outcomes: readonly FoldOutcome[]): string[] {
  const bins = [0, 0.2, 0.4, 0.6, 0.8, 0.9, 0.95, 1.0001];
  const lines = ['confidence bin   n     mean conf  right (out of fold)'];
  for (let b = 0; b < bins.length - 1; b++) {
    const inBin = outcomes.filter((o) => o.confidence >= bins[b] && o.confidence < bins[b + 1]);
    if (!inBin.length) continue;
    const mean = inBin.reduce((s, o) => s + o.confidence, 0) / inBin.length;
    const right = inBin.filter((o) => o.agreementRight && o.polarityRight).length / inBin.length;
    lines.push(
      `${bins[b].toFixed(2)}–${Math.min(1, bins[b + 1]).toFixed(2)}      ${String(inBin.length).padStart(5)}  ${mean.toFixed(3)}      ${right.toFixed(3)}`,
    );
  }
  return lines;
}

async function main(): Promise<void> {
  const org = exampleOrganisation();
  const started = Date.now();
  const { model, outcomes, scopeOutcomes } = trainAskModel(trainingQuestions(org), org, allExamples());
  const text = await trainedFileText(model);
  console.log(
    `trained on ${model.trainedOn.questions} questions in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  for (const line of calibrationTable(outcomes)) console.log(line);
  const answered = outcomes.filter((o) => o.confidence >= model.answerAt);
  const right = answered.filter((o) => o.agreementRight && o.polarityRight).length;
  console.log(
    `answer at confidence >= ${model.answerAt}: ${((answered.length / outcomes.length) * 100).toFixed(1)} % answered, ` +
      `${((right / Math.max(1, answered.length)) * 100).toFixed(1)} % of those right (out of fold)`,
  );
  const outside = scopeOutcomes.filter((o) => o.outOfScope);
  const governed = scopeOutcomes.filter((o) => !o.outOfScope);
  const refused = (list: typeof scopeOutcomes) => list.filter((o) => o.probability < model.scopeAt).length;
  console.log(
    `scope model, refuse below ${model.scopeAt} (out of fold): ${refused(outside)}/${outside.length} near misses refused, ` +
      `${refused(governed)}/${governed.length} governed questions refused`,
  );
  if (process.argv.includes('--check')) {
    const same = readFileSync(TRAINED_FILE, 'utf8') === text;
    console.log(same ? 'committed weights reproduced' : 'committed weights differ: retrain and commit');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(TRAINED_FILE, text);
  console.log(`wrote ${TRAINED_FILE}`);
}

if (require.main === module) void main();

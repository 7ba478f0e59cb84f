// Time per rule family on a realistic municipal text of 1 000, 10 000 and 200 000 words, next to
// one plain tokenisation pass (issue 6: all families on 10 000 words under 50 ms, growth linear).
// The text repeats the labelled b- documents of the check corpus, so findings are as dense as in
// real writing. Run: npx tsx bench/check-rule-families.ts
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { loadEffectiveOrganisation } from '../cli/organisation-file';
import { FAMILIES, buildContext, documentFromText, type Rule } from '../shared/checks';
import { aiRules } from '../shared/checks/rules/ai';
import { neutralityRules } from '../shared/checks/rules/neutrality';
import { styleRules } from '../shared/checks/rules/style';
import { tokenise } from '../shared/language';

const DIR = resolve(__dirname, '../test/fixtures/documents');

function sample(words: number): string {
  const texts = readdirSync(DIR)
    .filter((f) => /^b-.*\.(txt|md)$/.test(f))
    .sort()
    .map((f) => readFileSync(join(DIR, f), 'utf8'));
  const parts: string[] = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const t = texts[i % texts.length];
    parts.push(t);
    count += t.split(/\s+/).filter(Boolean).length;
  }
  return parts.join('\n');
}

/** Median of several runs, in milliseconds. */
function time(fn: () => unknown, runs: number): number {
  fn();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    fn();
    ms.push(performance.now() - t0);
  }
  ms.sort((a, b) => a - b);
  return ms[Math.floor(ms.length / 2)];
}

function main(): void {
  const org = loadEffectiveOrganisation();
  const families: [string, Rule][] = [
    ['neutrality', neutralityRules],
    ['style', styleRules],
    ['ai', aiRules],
  ];
  const out = (l: string) => process.stdout.write(`${l}\n`);
  out('woorden   tokenise  neutrality  style    ai       alle families  verhouding');
  for (const words of [1_000, 10_000, 200_000]) {
    const text = sample(words);
    const ctx = buildContext(documentFromText(text), org, 'infoblad');
    const runs = words > 50_000 ? 5 : 21;
    const tok = time(() => tokenise(text), runs);
    const per = families.map(([, rule]) => time(() => rule(ctx), runs));
    const all = time(() => FAMILIES.forEach((f) => f(ctx)), runs);
    const cells = [tok, ...per, all].map((ms) => `${ms.toFixed(2)} ms`.padStart(9));
    out(`${String(words).padStart(7)}  ${cells.join('  ')}  ${(all / tok).toFixed(1)}×`);
  }
}

main();

// Prints triage route and kind accuracy on the development set and, separately, on the held-out
// set that the cues were never tuned on. Usage: npx tsx bench/triage-accuracy.ts [--misses]
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveOrganisation, parseOrganisation } from '../shared/organisation';
import { measure, readSituations, type Accuracy } from './triage-accuracy-core';

const orgFile = path.join(__dirname, '..', 'organisations', 'zilverbeek.yaml');
const parsed = parseOrganisation(readFileSync(orgFile, 'utf8'), orgFile);
if (!parsed.ok) throw new Error(`organisation file invalid: ${JSON.stringify(parsed.errors)}`);
const org = effectiveOrganisation(parsed.organisation);
const showMisses = process.argv.includes('--misses');

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
function report(name: string, a: Accuracy): void {
  console.log(
    `${name.padEnd(9)} n=${String(a.total).padStart(3)}  route ${pct(a.routeAccuracy).padStart(7)} (${a.routeCorrect}/${a.total})  kind ${pct(a.kindAccuracy).padStart(7)} (${a.kindCorrect}/${a.total})`,
  );
  if (showMisses)
    for (const m of a.misses)
      console.log(
        `  expected ${m.expected.kind}/${m.expected.route}, got ${m.got.kind}/${m.got.route}: ${m.text}`,
      );
}

const dev = [...readSituations('dev.jsonl'), ...readSituations('dev-hard.jsonl')];
const heldOut = readSituations('held-out.jsonl');
const started = performance.now();
const devAcc = measure(dev, org);
const heldAcc = measure(heldOut, org);
const ms = performance.now() - started;
report('dev', devAcc);
report('held-out', heldAcc);
console.log(
  `targets: route >= 97 %, kind >= 92 %; ${((ms * 1000) / (dev.length + heldOut.length)).toFixed(0)} µs per situation`,
);

// Prints triage route, kind and inform accuracy per labelled set, and the speed of triage.
// The development sets are the ones the cues were tuned on; held-out, blind and held-out-2 were
// written by others and never tuned on (held-out-2 by a labeller who never saw the code).
// Usage: npx tsx bench/triage-accuracy.ts [--dev] [--misses] [--roles] [--set <name>]
// --dev: only the development sets (dev*.jsonl), the ones tuning may look at; held-out, blind and
// held-out-N are neither scored nor read, and the speed is measured on the development sets.
// --set limits the figures (and misses) to one set, e.g. while tuning on a development set.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveOrganisation, parseOrganisation } from '../shared/organisation';
import { triage } from '../shared/triage';
import {
  FIXTURES,
  measure,
  readSituations,
  type Accuracy,
  type LabelledSituation,
} from './triage-accuracy-core';

const orgFile = path.join(__dirname, '..', 'organisations', 'zilverbeek.yaml');
const parsed = parseOrganisation(readFileSync(orgFile, 'utf8'), orgFile);
if (!parsed.ok) throw new Error(`organisation file invalid: ${JSON.stringify(parsed.errors)}`);
const org = effectiveOrganisation(parsed.organisation);
const showMisses = process.argv.includes('--misses');
const showRoles = process.argv.includes('--roles');

const pct = (x: number) => `${(x * 100).toFixed(1)} %`;
function report(name: string, a: Accuracy): void {
  const inform = a.inform
    ? `  inform exact ${pct(a.inform.exactAccuracy).padStart(7)} (${a.inform.exact}/${a.inform.labelled})`
    : '  inform (not labelled)';
  console.log(
    `${name.padEnd(13)} n=${String(a.total).padStart(3)}  route ${pct(a.routeAccuracy).padStart(7)} (${a.routeCorrect}/${a.total})  kind ${pct(a.kindAccuracy).padStart(7)} (${a.kindCorrect}/${a.total})${inform}  asked back ${a.askedBack.total} (labelled facts ${a.askedBack.facts}, other ${a.askedBack.other})`,
  );
  if (showRoles && a.inform)
    for (const [role, f] of Object.entries(a.inform.perRole))
      console.log(
        `    ${role.padEnd(20)} precision ${pct(f.precision).padStart(7)} (${f.correct}/${f.got})  recall ${pct(f.recall).padStart(7)} (${f.correct}/${f.expected})`,
      );
  if (showMisses)
    for (const m of a.misses) {
      const inform = (x: { inform?: string[] }) => (x.inform ? ` [${x.inform.join(',')}]` : '');
      console.log(
        `  expected ${m.expected.kind}/${m.expected.route}${inform(m.expected)}, got ${m.got.kind}/${m.got.route}${inform(m.got)}: ${m.text}`,
      );
    }
}

const devOnly = process.argv.includes('--dev');
// Every development set: dev.jsonl with dev-hard.jsonl (one set since the start), then each
// dev-voices*.jsonl in its own line, found by name so a new one is scored without an edit here.
const setNumber = (file: string) => Number(/-(\d+)\.jsonl$/.exec(file)?.[1] ?? 1);
const devVoices = readdirSync(FIXTURES)
  .filter((f) => /^dev-voices(?:-\d+)?\.jsonl$/.test(f))
  .sort((a, b) => setNumber(a) - setNumber(b));
const sets: [string, LabelledSituation[]][] = [
  ['dev', [...readSituations('dev.jsonl'), ...readSituations('dev-hard.jsonl')]],
  ...devVoices.map((f): [string, LabelledSituation[]] => [f.replace(/\.jsonl$/, ''), readSituations(f)]),
];
if (!devOnly) {
  // The blind set (test/fixtures/blind/triage.json) is a JSON array with the same fields.
  const blindFile = path.join(FIXTURES, '..', 'blind', 'triage.json');
  const blind = JSON.parse(readFileSync(blindFile, 'utf8')) as LabelledSituation[];
  sets.push(['held-out', readSituations('held-out.jsonl')], ['blind', blind]);
  for (const n of [2, 3, 4])
    if (existsSync(path.join(FIXTURES, `held-out-${n}.jsonl`)))
      sets.push([`held-out-${n}`, readSituations(`held-out-${n}.jsonl`)]);
}

const only = process.argv.includes('--set') ? process.argv[process.argv.indexOf('--set') + 1] : undefined;
for (const [name, situations] of sets) if (!only || name === only) report(name, measure(situations, org));
console.log('targets on unseen sets: route >= 97 %, kind >= 95 %, inform as the agreements say');

// Speed: every situation of every set, after one warm-up round, so module loading and the first
// compilation of the patterns are not counted. CPU time of this process, the best of five runs:
// on a shared machine wall time mostly measures the neighbours.
const texts = sets.flatMap(([, s]) => s.map((x) => x.text));
for (const t of texts) triage(t, org);
const rounds = 5;
let best = Infinity;
for (let run = 0; run < 5; run++) {
  const before = process.cpuUsage();
  for (let i = 0; i < rounds; i++) for (const t of texts) triage(t, org);
  const used = process.cpuUsage(before);
  best = Math.min(best, (used.user + used.system) / (rounds * texts.length));
}
console.log(
  `speed: ${best.toFixed(0)} µs CPU per situation, ${Math.round(1e6 / best)} situations/s on one core (${texts.length} situations, best of 5 runs of ${rounds} rounds)`,
);

// Questions per second of `ask` in-process, on one core: the development and held-out questions,
// first pass (cold caches) and then repeated for a few seconds. Run: npx tsx bench/ask.ts
// The HTTP part (through the bot, with a local connector) is in bench/ask-http.ts.
import { performance } from 'node:perf_hooks';
import { ask } from '../shared/ask';
import { exampleOrganisation, loadQuestions } from './ask-accuracy';

function main(): void {
  const questions = [...loadQuestions('dev'), ...loadQuestions('held-out')].map((q) => q.q);
  const t0 = performance.now();
  const org = exampleOrganisation();
  ask(questions[0], org); // builds the analyzer and the organisation's index
  const setup = performance.now() - t0;

  const c0 = performance.now();
  for (const q of questions) ask(q, org);
  const cold = performance.now() - c0;

  let n = 0;
  const latencies: number[] = [];
  const s0 = performance.now();
  while (performance.now() - s0 < 3000) {
    for (const q of questions) {
      const a = performance.now();
      ask(q, org);
      latencies.push(performance.now() - a);
      n++;
    }
  }
  const elapsed = performance.now() - s0;

  // After warm-up: variations the caches have not seen: each question with a different trailing word.
  const fresh = questions.map((q, k) => `${q} extra${k}woord`);
  const f0 = performance.now();
  for (const q of fresh) ask(q, org);
  const unseen = performance.now() - f0;

  latencies.sort((x, y) => x - y);
  const p = (f: number) =>
    latencies[Math.min(latencies.length - 1, Math.floor(f * latencies.length))].toFixed(3);
  const rss = Math.round(process.memoryUsage().rss / 1024 / 1024);
  console.log(`setup (analyzer + index):      ${setup.toFixed(0)} ms`);
  console.log(
    `first pass, ${questions.length} questions:   ${((questions.length / cold) * 1000).toFixed(0)} q/s`,
  );
  console.log(`unseen variations:             ${((fresh.length / unseen) * 1000).toFixed(0)} q/s`);
  console.log(
    `steady state:                  ${((n / elapsed) * 1000).toFixed(0)} q/s (${n} questions in ${(elapsed / 1000).toFixed(1)} s)`,
  );
  console.log(`latency p50 / p99:             ${p(0.5)} ms / ${p(0.99)} ms`);
  console.log(`rss:                           ${rss} MB`);
  // CPU time of this process, best of five rounds over all questions: on a shared machine the wall
  // clock above mostly measures the neighbours; this is what one core spends on a question.
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const before = process.cpuUsage();
    for (const q of questions) ask(q, org);
    const used = process.cpuUsage(before);
    best = Math.min(best, (used.user + used.system) / questions.length);
  }
  console.log(
    `CPU per question (best of 5):  ${best.toFixed(0)} µs, ${Math.round(1e6 / best)} q/s on one core`,
  );
}

main();

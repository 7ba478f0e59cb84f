// Bench of the Teams tab in browser mode, in headless Debian chromium against the real server:
//   initial JavaScript: every script the page loads before the first agreement is shown, gzipped
//                       (target ≤ 300 KB); teams-js is not in it outside Teams (loaded lazily)
//   first list shown:   navigation start → the first [data-agreement] element in the DOM, with a
//                       cold browser cache each run (target ≤ 1 s); median and worst of the runs
//   composer:           the scripts /tab/?pagina=samenstellen loads beyond the initial ones (its
//                       lazy chunk), gzipped, and the time until its 87 agreements are shown
//
//   npx tsx bench/tab.ts [--runs 7] [--rebuild]
import { gzipSync } from 'node:zlib';
import { ensureTabBuilt, launchChromium, startTabServer } from '../test/e2e/tab-harness';

const TARGET_GZIP_KB = 300;
const TARGET_FIRST_LIST_MS = 1000;

function argValue(name: string, fallback: number): number {
  const i = process.argv.indexOf(name);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

async function main(): Promise<void> {
  const runs = argValue('--runs', 7);
  await ensureTabBuilt(process.argv.includes('--rebuild'));
  const tab = await startTabServer();
  const browser = await launchChromium();
  const times: number[] = [];
  let scripts: { url: string; raw: number; gzip: number }[] = [];
  let composerScripts: { url: string; raw: number; gzip: number }[];
  let composerMs: number;
  try {
    for (let run = 0; run < runs; run++) {
      // A new context per run: an empty cache, as a user opening the tab for the first time.
      const context = await browser.newContext();
      const page = await context.newPage();
      await page.addInitScript(() => {
        const w = window as unknown as { __firstList?: number };
        new MutationObserver((_m, observer) => {
          if (document.querySelector('[data-agreement]')) {
            w.__firstList = performance.now();
            observer.disconnect();
          }
        }).observe(document, { childList: true, subtree: true });
      });
      const loaded: Promise<{ url: string; raw: number; gzip: number }>[] = [];
      page.on('response', (response) => {
        if (response.request().resourceType() !== 'script') return;
        loaded.push(
          response.body().then((body) => ({
            url: response.url(),
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
          })),
        );
      });
      await page.goto(`${tab.server.url}/tab/`);
      await page.waitForFunction(
        () => (window as unknown as { __firstList?: number }).__firstList !== undefined,
      );
      times.push(await page.evaluate(() => (window as unknown as { __firstList: number }).__firstList));
      if (run === 0) scripts = await Promise.all(loaded);
      await context.close();
    }
    // The composer, cold, as the communication service opens it.
    const context = await browser.newContext();
    const page = await context.newPage();
    const loaded: Promise<{ url: string; raw: number; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      loaded.push(
        response.body().then((body) => ({
          url: response.url(),
          raw: body.length,
          gzip: gzipSync(body, { level: 9 }).length,
        })),
      );
    });
    await page.goto(`${tab.server.url}/tab/?pagina=samenstellen`);
    await page.waitForFunction(() => document.querySelectorAll('[data-agreement]').length >= 87, undefined, {
      timeout: 60_000,
    });
    composerMs = await page.evaluate(() => performance.now());
    const initialPaths = new Set(scripts.map((x) => new URL(x.url).pathname));
    composerScripts = (await Promise.all(loaded)).filter((x) => !initialPaths.has(new URL(x.url).pathname));
    await context.close();
  } finally {
    await browser.close();
    await tab.close();
  }
  const gzipKb = scripts.reduce((n, s) => n + s.gzip, 0) / 1024;
  const rawKb = scripts.reduce((n, s) => n + s.raw, 0) / 1024;
  console.log('Teams tab, browser mode, headless chromium');
  for (const s of scripts) {
    console.log(
      `  ${new URL(s.url).pathname}: ${(s.raw / 1024).toFixed(1)} KB, gzip ${(s.gzip / 1024).toFixed(1)} KB`,
    );
  }
  console.log(
    `initial JavaScript: ${gzipKb.toFixed(1)} KB gzipped (${rawKb.toFixed(0)} KB raw) in ${scripts.length} file(s); target ≤ ${TARGET_GZIP_KB} KB: ${gzipKb <= TARGET_GZIP_KB ? 'met' : 'NOT met'}`,
  );
  const composerKb = composerScripts.reduce((n, x) => n + x.gzip, 0) / 1024;
  for (const x of composerScripts) {
    console.log(
      `  composer: ${new URL(x.url).pathname}: ${(x.raw / 1024).toFixed(1)} KB, gzip ${(x.gzip / 1024).toFixed(1)} KB`,
    );
  }
  console.log(
    `composer (?pagina=samenstellen): ${composerKb.toFixed(1)} KB gzipped beyond the initial JavaScript, in ${composerScripts.length} lazy file(s); its 87 agreements shown after ${composerMs.toFixed(0)} ms (cold)`,
  );
  const med = median(times);
  console.log(
    `first list shown: median ${med.toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms over ${runs} cold runs; target ≤ ${TARGET_FIRST_LIST_MS} ms: ${med <= TARGET_FIRST_LIST_MS ? 'met' : 'NOT met'}`,
  );
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

// Every one-click fix the checker offers on the real published texts (issue 15) is correct Dutch.
// The texts stay outside the repository; test/fixtures/real-texts/fixes.reviewed.json holds each
// fix as a short window of its sentence before and after, read line by line by a Dutch-speaking
// reviewer. Where the corpus is present (bench/check-real-texts.ts: $CHECK_REAL_CORPUS or the
// team's notes folder) the checker's fixes must be exactly that list: a new, lost or changed fix
// shows as a diff to review. Everywhere, each window checked on its own must still get its
// reviewed fix, so the list keeps guarding the fixes without the texts.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { MANIFEST, realCorpusDir, realTextFixes, type RealTextFix } from '../../../../bench/check-real-texts';
import { checkDocument, documentFromText } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import { zilverbeek } from '../zilverbeek';

const REVIEWED = resolve(__dirname, '../../../fixtures/real-texts/fixes.reviewed.json');
const reviewed = JSON.parse(readFileSync(REVIEWED, 'utf8')) as RealTextFix[];
const corpus = realCorpusDir();

/** Every text the windows' fixes would write, each fix applied on its own. */
function fixedVersions(fix: RealTextFix): string[] {
  const doc = documentFromText(fix.before);
  const out: string[] = [];
  for (const f of checkDocument(doc, zilverbeek(), { type: fix.type }).findings)
    for (const p of placesOf(f))
      if (p.fix) out.push(doc.text.slice(0, p.start) + p.fix.replacement + doc.text.slice(p.end));
  return out;
}

it('holds a reviewed fix list for the real texts of the manifest', () => {
  const files = new Set(
    (JSON.parse(readFileSync(MANIFEST, 'utf8')) as { file: string }[]).map((e) => e.file),
  );
  expect(reviewed.length).toBeGreaterThanOrEqual(100);
  for (const fix of reviewed) expect(files.has(fix.file)).toBe(true);
});

it('still offers every reviewed fix when its window is checked on its own', () => {
  const lost = reviewed.filter((fix) => !fixedVersions(fix).includes(fix.after));
  expect(lost.map((f) => `${f.file}: ${f.before} => ${f.after}`)).toEqual([]);
});

(existsSync(resolve(corpus, 'asse-bib.txt')) ? it : it.skip)(
  'offers on the real texts exactly the reviewed fixes',
  () => {
    expect(realTextFixes(corpus)).toEqual(reviewed);
  },
);

// Every one-click fix the checker offers on the committed fixture documents, each applied on its
// own inside its sentence, as "file: sentence before => sentence after" lines. The expected
// list (fixes.expected.json beside the documents) was read line by line by a Dutch-speaking
// reviewer: each "after" is correct Dutch that keeps the meaning (issue 15).
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readDocumentFile } from '../../../../cli/document-file';
import { checkDocument } from '../../../../shared/checks';
import { placesOf } from '../../../../shared/checks/finding';
import type { EffectiveOrganisation } from '../../../../shared/organisation';

function sentenceAt(text: string, start: number, end: number): [number, number] {
  let a = start;
  while (a > 0 && !/[.!?\n]/.test(text[a - 1])) a--;
  let b = end;
  while (b < text.length && !/[.!?\n]/.test(text[b])) b++;
  if (b < text.length && text[b] !== '\n') b++;
  return [a, b];
}

export async function fixtureFixes(dir: string, org: EffectiveOrganisation): Promise<string[]> {
  const lines: string[] = [];
  const files = readdirSync(dir);
  // The labelled documents only (each beside its .expected.json), not the folder's README.
  for (const name of files
    .filter(
      (n) => /\.(txt|md|docx)$/.test(n) && files.includes(n.replace(/\.(txt|md|docx)$/, '.expected.json')),
    )
    .sort()) {
    const doc = await readDocumentFile(join(dir, name));
    for (const f of checkDocument(doc, org).findings) {
      for (const p of placesOf(f)) {
        if (!p.fix) continue;
        const [a, b] = sentenceAt(doc.text, p.start, p.end);
        const before = doc.text.slice(a, b).trim();
        const after = (doc.text.slice(a, p.start) + p.fix.replacement + doc.text.slice(p.end, b)).trim();
        lines.push(`${name}: ${before} => ${after}`);
      }
    }
  }
  return lines;
}

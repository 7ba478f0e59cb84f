// `fix` tells a replacement from advice (issue 6 follow-up): the task pane's "Pas toe" writes
// fix.replacement over exactly start..end, so it must be present only where the rule knows the text.
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { checkDocument, documentFromText, type CheckReport, type DocumentType } from '../../../shared/checks';
import { readDocumentFile } from '../../../cli/document-file';
import { zilverbeek } from './zilverbeek';

const org = zilverbeek();
const check = (text: string, type: DocumentType): CheckReport =>
  checkDocument(documentFromText(text), org, { type });

describe('fix: replacement or advice', () => {
  it('gives a replacement for jargon, the dient…te rewrite, address form and the organisation name', () => {
    const letter = check(
      'Geachte mevrouw\n\nTeneinde uw aanvraag te behandelen, dient u het formulier in te vullen. Heb je vragen? Bel gemeente Zilverbek.\n',
      'brief',
    );
    const byRule = (rule: string) => letter.findings.filter((f) => f.rule === rule);
    const fixes = letter.findings.filter((f) => f.fix).map((f) => [f.rule, f.excerpt, f.fix?.replacement]);
    expect(fixes).toEqual(
      expect.arrayContaining([
        ['style.jargon', 'Teneinde', 'Om'],
        ['style.jargon', 'dient u het formulier in te vullen', 'moet u het formulier invullen'],
        ['address.form', 'Heb je', 'Hebt u'],
      ]),
    );
    expect(byRule('style.organisation-name').map((f) => f.fix?.replacement)).toEqual(['gemeente Zilverbeek']);
  });

  it('keeps advice without fix: signature, contact block, readability, sentence length, neutrality', () => {
    const release = check(
      'Persbericht\n\nDe burgemeester An Peeters opent de nieuwe sporthal. Het college heeft beslist dat de afvalbelasting stijgt.\n',
      'persbericht',
    );
    const advice = release.findings.filter((f) =>
      /^(press|signature|neutrality|style\.readability)/.test(f.rule),
    );
    expect(advice.length).toBeGreaterThan(1);
    for (const f of advice) expect(f.fix).toBeUndefined();
    const letter = check('Beste\n\nWe sturen je dit.\n', 'brief');
    for (const f of letter.findings.filter((x) => x.rule.startsWith('signature.'))) {
      expect(f.suggestion).toBeDefined();
      expect(f.fix).toBeUndefined();
    }
  });

  it('on the whole corpus: every fix replaces a non-empty excerpt with other text and equals the suggestion', async () => {
    const dir = resolve(__dirname, '../../fixtures/documents');
    let fixes = 0;
    for (const name of readdirSync(dir).filter((n) => /\.(txt|md|docx)$/.test(n))) {
      const doc = await readDocumentFile(join(dir, name));
      const report = checkDocument(doc, org);
      for (const f of report.findings) {
        if (!f.fix) continue;
        fixes++;
        expect(f.excerpt).not.toBe('');
        expect(doc.text.slice(f.start, f.end)).toBe(f.excerpt);
        expect(f.fix.replacement).not.toBe(f.excerpt);
        expect(f.suggestion).toBe(f.fix.replacement);
        expect(f.rule).toMatch(/^(style\.jargon|address\.form|style\.organisation-name)$/);
      }
    }
    expect(fixes).toBeGreaterThan(10);
  });
});

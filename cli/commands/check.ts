// `afspraak check <bestand>`: a document against the organisation's agreements (CONTRACT §2).
// Human output groups the findings by rule family, with the line, the excerpt and the fix;
// --json prints the contract's report. Exit 1 when a finding has severity error.
import { basename } from 'node:path';
import {
  checkDocument,
  DOCUMENT_TYPES,
  lineNumberAt,
  type CheckReport,
  type DocumentType,
  type Finding,
} from '../../shared/checks';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand } from '../command';
import { readDocumentFile } from '../document-file';

const FAMILY_TITLES: Record<string, string> = {
  signature: 'Ondertekening',
  address: 'Aanspreekvorm',
  neutrality: 'Neutraliteit',
  press: 'Persbericht',
  style: 'Stijl en huisstijl',
  ai: 'Artificiële intelligentie',
};
const FAMILY_ORDER = Object.keys(FAMILY_TITLES);

const SEVERITY_LABELS = { error: 'fout', warning: 'let op', info: 'tip' } as const;

const TYPE_LABELS: Record<DocumentType, string> = {
  brief: 'brief',
  persbericht: 'persbericht',
  infoblad: 'artikel voor het infoblad',
  website: 'webtekst',
  'sociale-media': 'bericht voor sociale media',
  uitnodiging: 'uitnodiging',
};

function parseType(value: string | boolean | undefined): DocumentType | undefined {
  if (value === undefined || value === false) return undefined;
  const type = String(value).trim().toLowerCase();
  if ((DOCUMENT_TYPES as readonly string[]).includes(type)) return type as DocumentType;
  throw new UsageError(`onbekend documenttype '${String(value)}'; kies uit ${DOCUMENT_TYPES.join(', ')}`);
}

function shorten(excerpt: string, max = 140): string {
  const flat = excerpt.replace(/\s*\n\s*/g, ' ⏎ ').replace(/\t+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function humanReport(file: string, text: string, report: CheckReport): string[] {
  const { findings, stats } = report;
  const lines = [
    `${file}: ${TYPE_LABELS[report.type]}${report.typeDetected ? ' (herkend uit de tekst; kies een ander type met --type)' : ''} · ${count(stats.words, 'woord', 'woorden')}, ${count(stats.sentences, 'zin', 'zinnen')}`,
  ];
  if (!findings.length) {
    lines.push('', 'Geen opmerkingen: de tekst volgt de afspraken die we automatisch kunnen nakijken.');
    return lines;
  }
  const family = (f: Finding) => f.rule.split('.')[0];
  const families = [...new Set(findings.map(family))].sort(
    (a, b) => (FAMILY_ORDER.indexOf(a) + 1 || 99) - (FAMILY_ORDER.indexOf(b) + 1 || 99),
  );
  for (const name of families) {
    lines.push('', FAMILY_TITLES[name] ?? name);
    for (const f of findings.filter((x) => family(x) === name)) {
      const where = f.excerpt ? `regel ${lineNumberAt(text, f.start)}` : 'hele document';
      lines.push(`  ${SEVERITY_LABELS[f.severity]} · ${where} · afspraak ${f.agreement} · ${f.rule}`);
      if (f.excerpt) lines.push(`    “${shorten(f.excerpt)}”`);
      lines.push(`    ${f.message}`);
      if (f.fix) {
        // A replacement for the excerpt: the writer can paste it as is.
        lines.push(`    → ${f.fix.replacement} (vervangt “${shorten(f.excerpt)}”)`);
      } else if (f.suggestion) {
        const [first, ...rest] = f.suggestion.split('\n');
        lines.push(`    → ${first}`, ...rest.map((l) => `      ${l}`));
      }
    }
  }
  const by = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(
    '',
    `${count(findings.length, 'opmerking', 'opmerkingen')}: ${count(by('error'), 'fout', 'fouten')}, ${by('warning')} om na te kijken, ${count(by('info'), 'tip', 'tips')}.`,
  );
  return lines;
}

export const checkCommand: CliCommand = {
  name: 'check',
  summary: 'kijk een brief, persbericht of tekst (.docx, .txt, .md) na tegen de afspraken',
  usage: 'check <bestand> [--type brief|persbericht|infoblad|website|sociale-media|uitnodiging]',
  options: { type: { type: 'string' } },
  async run(ctx) {
    const file = ctx.args[0];
    if (!file)
      throw new UsageError('geef een bestand om na te kijken: afspraak check <bestand.docx|.txt|.md>');
    if (ctx.args.length > 1) throw new UsageError(`één bestand tegelijk, niet ${ctx.args.length}`);
    const type = parseType(ctx.flags.type);
    const org = ctx.org();
    const doc = await readDocumentFile(file);
    const report = checkDocument(doc, org, type ? { type } : {});
    if (ctx.json) {
      ctx.out(
        JSON.stringify(
          {
            file: basename(file),
            type: report.type,
            typeDetected: report.typeDetected,
            findings: report.findings,
            stats: report.stats,
          },
          null,
          2,
        ),
      );
    } else {
      humanReport(file, doc.text, report).forEach((l) => ctx.out(l));
    }
    return report.findings.some((f) => f.severity === 'error') ? EXIT_FINDINGS : EXIT_OK;
  },
};

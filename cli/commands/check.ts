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
import { placesOf } from '../../shared/checks/finding';
import {
  DOCUMENT_TYPE_LABELS,
  FAMILY_LABELS,
  familyLabel,
  familyOf,
  readabilityText,
  SEVERITY_LABELS,
  typeAlternatives,
  UNSURE_TYPE_NOTE,
} from '../../shared/checks/labels';
import { EXIT_FINDINGS, EXIT_OK, UsageError, type CliCommand } from '../command';
import { readDocumentFile } from '../document-file';

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

const FAMILY_ORDER = Object.keys(FAMILY_LABELS);

/** One block per finding; a finding with several places lists each with its line and fix. */
function findingBlock(text: string, f: Finding): string[] {
  const places = placesOf(f);
  const where = !f.excerpt
    ? 'hele document'
    : places.length > 1
      ? `${places.length} plaatsen`
      : `regel ${lineNumberAt(text, f.start)}`;
  const lines = [`  ${SEVERITY_LABELS[f.severity].one} · ${where} · afspraak ${f.agreement} · ${f.rule}`];
  if (places.length > 1) {
    lines.push(`    ${f.message}`);
    for (const p of places) {
      const line = `    regel ${lineNumberAt(text, p.start)}: “${shorten(p.excerpt, 80)}”`;
      if (p.fix) lines.push(`${line} → ${p.fix.replacement}`);
      else lines.push(line, ...(p.suggestion ? [`      → ${p.suggestion}`] : []));
    }
    if (places.every((p) => p.fix))
      lines.push(
        '    → Alle plaatsen hebben een voorstel: pas ze samen toe in het taakvenster in Word (Pas alles toe).',
      );
    return lines;
  }
  if (f.excerpt) lines.push(`    “${shorten(f.excerpt)}”`);
  lines.push(`    ${f.message}`);
  if (f.fix) {
    // A replacement for the excerpt: the writer can paste it as is.
    lines.push(`    → ${f.fix.replacement} (vervangt “${shorten(f.excerpt)}”)`);
  } else if (f.suggestion) {
    const [first, ...rest] = f.suggestion.split('\n');
    lines.push(`    → ${first}`, ...rest.map((l) => `      ${l}`));
  }
  return lines;
}

function humanReport(file: string, text: string, report: CheckReport): string[] {
  const { findings, stats } = report;
  const size = `${count(stats.words, 'woord', 'woorden')}, ${count(stats.sentences, 'zin', 'zinnen')}`;
  const lines = report.typeCandidates
    ? [
        `${file}: niet zeker herkend: ${typeAlternatives(report.typeCandidates)} · ${size}`,
        `${UNSURE_TYPE_NOTE} (--type).`,
      ]
    : [
        `${file}: ${DOCUMENT_TYPE_LABELS[report.type].name.toLowerCase()}${report.typeDetected ? ' (herkend uit de tekst; kies een ander type met --type)' : ''} · ${size}`,
      ];
  if (report.readability)
    lines.push(readabilityText(report.typeCandidates ?? report.type, report.readability));
  if (!findings.length) {
    lines.push('', 'Geen opmerkingen: de tekst volgt de afspraken die we automatisch kunnen nakijken.');
    return lines;
  }
  const families = [...new Set(findings.map((f) => familyOf(f.rule)))].sort(
    (a, b) => (FAMILY_ORDER.indexOf(a) + 1 || 99) - (FAMILY_ORDER.indexOf(b) + 1 || 99),
  );
  for (const name of families) {
    lines.push('', familyLabel(name));
    for (const f of findings.filter((x) => familyOf(x.rule) === name)) lines.push(...findingBlock(text, f));
  }
  const by = (s: Finding['severity']) => findings.filter((f) => f.severity === s).length;
  lines.push(
    '',
    `${count(findings.length, 'opmerking', 'opmerkingen')}: ${count(by('error'), 'fout', 'fouten')}, ${count(by('warning'), 'aandachtspunt', 'aandachtspunten')}, ${count(by('info'), 'tip', 'tips')}.`,
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
            ...(report.typeCandidates ? { typeCandidates: report.typeCandidates } : {}),
            findings: report.findings,
            stats: report.stats,
            ...(report.readability ? { readability: report.readability } : {}),
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

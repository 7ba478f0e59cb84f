// `afspraak nota`: the organisation's own afsprakennota as a document (.docx for the college, .md),
// or as an organisation file (--yaml). From --org or the example file, or with --versie from a
// stored version of the note, then with its number, date, author and the changes since the
// version before it.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { notaMarkdown } from '../../shared/organisation';
import { notaDocx } from '../../shared/organisation/nota-docx';
import {
  notaDocument,
  notaDocumentMarkdownBlocks,
  type NotaVersionInfo,
} from '../../shared/organisation/nota-document';
import { organisationYaml } from '../../shared/organisation/organisation-yaml';
import { versionYaml } from '../../bot/note/export';
import { UsageError, type CliCommand, type CliContext } from '../command';

const FORMATS = ['.docx', '.md', '.yaml', '.yml'];

export const notaCommand: CliCommand = {
  name: 'nota',
  summary:
    'maak de afsprakennota van je organisatie als Word-document (.docx), Markdown (.md) of organisatiebestand (--yaml); --versie N voor een bewaarde versie',
  usage: 'nota --out <bestand.docx|bestand.md|bestand.yaml> [--versie <n>] [--yaml]',
  options: { out: { type: 'string' }, yaml: { type: 'boolean' } },
  async run(ctx) {
    const out = typeof ctx.flags.out === 'string' ? ctx.flags.out : undefined;
    const format = ctx.flags.yaml === true ? '.yaml' : out ? extname(out).toLowerCase() : '.md';
    if (!FORMATS.includes(format))
      throw new UsageError(`'${out}': kies een bestand dat eindigt op .docx, .md of .yaml`);
    const org = ctx.org();
    const version = versionInfo(ctx);
    let content: string | Uint8Array;
    if (format === '.yaml' || format === '.yml')
      content = ctx.storedVersion
        ? versionYaml(ctx.storedVersion)
        : organisationYaml(org.organisation, [`Afsprakennota van ${org.organisation.organisation.name}.`]);
    else {
      const doc = notaDocument(org, version);
      content = format === '.docx' ? await notaDocx(doc) : notaMarkdown(notaDocumentMarkdownBlocks(doc));
    }
    if (!out) {
      // No file: text on stdout, so it can be piped or read at once.
      if (ctx.json) throw new UsageError('--json heeft een --out-bestand nodig');
      if (typeof content !== 'string') throw new UsageError('een .docx heeft een --out-bestand nodig');
      ctx.out(content.trimEnd());
      return 0;
    }
    try {
      writeFileSync(out, content);
    } catch (e) {
      throw new UsageError(
        `kan '${out}' niet schrijven: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`,
      );
    }
    const summary = {
      file: out,
      format: format === '.yml' ? 'yaml' : format.slice(1),
      agreements: org.agreements.length,
      omitted: org.omitted,
      ...(version ? { version: version.number, changes: version.changes?.length ?? 0 } : {}),
    };
    if (ctx.json) ctx.out(JSON.stringify(summary, null, 2));
    else
      ctx.out(
        `${out} geschreven: afsprakennota met ${org.agreements.length} afspraken${version ? `, versie ${version.number}` : ''}.`,
      );
    return 0;
  },
};

function versionInfo(ctx: CliContext): NotaVersionInfo | undefined {
  const v = ctx.storedVersion;
  if (!v) return undefined;
  return {
    number: v.number,
    date: v.createdAt,
    by: v.createdBy,
    ...(v.changeNote ? { changeNote: v.changeNote } : {}),
    changes: v.changes,
  };
}

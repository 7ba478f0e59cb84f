// `afspraak nota --out <file.docx|file.md>`: the organisation's own afsprakennota as a document.
import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { notaBlocks, notaMarkdown } from '../../shared/organisation';
import { UsageError, type CliCommand } from '../command';
import { notaDocx } from '../nota-docx';

export const notaCommand: CliCommand = {
  name: 'nota',
  summary: 'maak de afsprakennota van je organisatie als Word-document (.docx) of Markdown (.md)',
  usage: 'nota --out <bestand.docx|bestand.md>',
  options: { out: { type: 'string' } },
  async run(ctx) {
    const out = typeof ctx.flags.out === 'string' ? ctx.flags.out : undefined;
    const format = out ? extname(out).toLowerCase() : '.md';
    if (format !== '.docx' && format !== '.md')
      throw new UsageError(`'${out}': kies een bestand dat eindigt op .docx of .md`);
    const org = ctx.org();
    const blocks = notaBlocks(org);
    const title = blocks[0]?.kind === 'title' ? blocks[0].text : 'Afsprakennota';
    const content = format === '.docx' ? await notaDocx(blocks, title) : notaMarkdown(blocks);
    if (!out) {
      // No file: Markdown on stdout, so it can be piped or read at once.
      if (ctx.json) throw new UsageError('--json heeft een --out-bestand nodig');
      ctx.out(String(content).trimEnd());
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
      format: format.slice(1),
      agreements: org.agreements.length,
      omitted: org.omitted,
    };
    if (ctx.json) ctx.out(JSON.stringify(summary, null, 2));
    else ctx.out(`${out} geschreven: afsprakennota met ${org.agreements.length} afspraken.`);
    return 0;
  },
};

// `afspraak validate <file>`: checks an organisation file and lists every error with file:line: field.
import { UsageError, type CliCommand } from '../command';
import { formatOrganisationError } from '../../shared/organisation';
import { OrganisationFileError, readOrganisationFile } from '../organisation-file';

export const validateCommand: CliCommand = {
  name: 'validate',
  summary: 'controleer een afsprakennota (YAML): elke fout met bestand, regel en veld',
  usage: 'validate <bestand.yaml>',
  async run(ctx) {
    if (ctx.args.length > 1) throw new UsageError('geef één bestand om te controleren');
    const file = ctx.args[0] ?? (typeof ctx.flags.org === 'string' ? ctx.flags.org : undefined);
    if (!file)
      throw new UsageError('geef het bestand om te controleren, bv. afspraak validate afsprakennota.yaml');
    try {
      const { organisation: org, warnings } = readOrganisationFile(file);
      const variants = Object.keys(org.agreements.variants).length;
      const summary = {
        name: org.organisation.name,
        people: org.people.length,
        omitted: org.agreements.omit.length,
        variants,
        added: org.agreements.add?.length ?? 0,
        edited: Object.keys(org.agreements.edit ?? {}).length,
      };
      // Own agreements and own wording are named only when used, so older summaries read the same.
      const own = [
        summary.added ? `${summary.added} eigen ${summary.added === 1 ? 'afspraak' : 'afspraken'}` : '',
        summary.edited
          ? `${summary.edited} ${summary.edited === 1 ? 'afspraak' : 'afspraken'} aangepast`
          : '',
      ].filter(Boolean);
      if (ctx.json)
        ctx.out(JSON.stringify({ file, valid: true, errors: [], warnings, organisation: summary }, null, 2));
      else
        ctx.out(
          `${file} is in orde: ${summary.name}, ${summary.people} personen, ` +
            `${summary.omitted} weggelaten afspraken, ${variants} gekozen varianten` +
            (own.length ? `, ${own.join(', ')}.` : '.'),
        );
      // Warnings go to stderr as file:line: field: waarschuwing: …, and never change the exit code.
      warnings.forEach((w) =>
        ctx.err(formatOrganisationError({ ...w, message: `waarschuwing: ${w.message}` })),
      );
      return 0;
    } catch (e) {
      if (!(e instanceof OrganisationFileError)) throw e;
      if (ctx.json) ctx.out(JSON.stringify({ file, valid: false, errors: e.errors }, null, 2));
      // Every error, so one edit fixes them all; the first line alone is the contract's reason.
      e.lines.forEach((l) => ctx.err(l));
      return 2;
    }
  },
};

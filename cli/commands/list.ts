// `afspraak list`: the sections and their agreements, marking omitted ones and chosen variants.
import { catalogueEntries, sections } from '../../shared/catalogue';
import type { CliCommand } from '../command';

/** A short title from the agreement's first words, since the seed gives agreements no titles. */
export function shortTitle(text: string, max = 90): string {
  const first = text.split('\n')[0];
  if (first.length <= max) return first;
  const cut = first.slice(0, max);
  return `${cut.slice(0, cut.lastIndexOf(' '))} …`;
}

export const listCommand: CliCommand = {
  name: 'list',
  summary: 'toon de hoofdstukken en afspraken, met weggelaten afspraken en gekozen varianten',
  usage: 'list',
  async run(ctx) {
    const org = ctx.org();
    const result = sections.map((section) => ({
      id: section.id,
      title: section.title,
      agreements: section.agreements.map((a) => {
        const effective = org.byNumber.get(a.number);
        return {
          number: a.number,
          subsection: a.subsection ?? null,
          title: shortTitle(effective?.text ?? a.lead),
          omitted: !effective,
          variant: effective?.variant ?? null,
        };
      }),
    }));
    if (ctx.json) {
      ctx.out(
        JSON.stringify({ organisation: org.organisation.organisation.name, sections: result }, null, 2),
      );
      return 0;
    }
    ctx.out(
      `Afsprakennota van ${org.organisation.organisation.name}: ${org.agreements.length} van de ${catalogueEntries().length} afspraken`,
    );
    for (const s of result) {
      ctx.out('');
      ctx.out(`${s.id} ${s.title}`);
      for (const a of s.agreements) {
        const mark = a.omitted ? ' [weggelaten]' : a.variant !== null ? ` [variant ${a.variant}]` : '';
        ctx.out(`  ${String(a.number).padStart(2)}. ${a.title}${mark}`);
      }
    }
    return 0;
  },
};

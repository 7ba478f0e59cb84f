// `afspraak list`: the sections and their agreements, marking omitted ones and chosen variants.
import { catalogueEntries, sections } from '../../shared/catalogue';
import type { EffectiveAgreement } from '../../shared/organisation';
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
    const result = sections.map((section) => {
      // The organisation's own agreements (>= 1000) sit where the nota puts them: after the
      // catalogue agreement they follow in the effective list.
      const ownAfter = new Map<number | null, EffectiveAgreement[]>();
      let previous: number | null = null;
      for (const a of org.agreements.filter((x) => x.section.id === section.id)) {
        if (a.origin !== 'added') previous = a.number;
        else ownAfter.set(previous, [...(ownAfter.get(previous) ?? []), a]);
      }
      const ownRows = (after: number | null) =>
        (ownAfter.get(after) ?? []).map((a) => ({
          number: a.number,
          subsection: a.subsection ?? null,
          title: shortTitle(a.text),
          omitted: false,
          variant: null,
          origin: 'added' as const,
        }));
      return {
        id: section.id,
        title: section.title,
        agreements: [
          ...ownRows(null),
          ...section.agreements.flatMap((a) => {
            const effective = org.byNumber.get(a.number);
            const row = {
              number: a.number,
              subsection: a.subsection ?? null,
              title: shortTitle(effective?.text ?? a.lead),
              omitted: !effective,
              variant: effective?.variant ?? null,
              origin: effective?.origin ?? 'catalogue',
            };
            return [row, ...ownRows(a.number)];
          }),
        ],
      };
    });
    const own = org.agreements.filter((a) => a.origin === 'added').length;
    if (ctx.json) {
      ctx.out(
        JSON.stringify({ organisation: org.organisation.organisation.name, sections: result }, null, 2),
      );
      return 0;
    }
    ctx.out(
      `Afsprakennota van ${org.organisation.organisation.name}: ${org.agreements.length - own} van de ${catalogueEntries().length} afspraken` +
        (own ? ` en ${own} eigen ${own === 1 ? 'afspraak' : 'afspraken'}` : ''),
    );
    for (const s of result) {
      ctx.out('');
      ctx.out(`${s.id} ${s.title}`);
      for (const a of s.agreements) {
        const mark = a.omitted
          ? ' [weggelaten]'
          : a.variant !== null
            ? ` [variant ${a.variant}]`
            : a.origin === 'added'
              ? ' [eigen afspraak]'
              : a.origin === 'edited'
                ? ' [aangepast]'
                : '';
        ctx.out(`  ${String(a.number).padStart(2)}. ${a.title}${mark}`);
      }
    }
    return 0;
  },
};

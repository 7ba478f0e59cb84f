import { catalogueEntries, renderText } from '../../../shared/catalogue';
import { EXPANSION_ROWS, matchStem, normalise, tokenise } from '../../../shared/language';

const catalogueStems = new Set<string>();
for (const { agreement: a } of catalogueEntries()) {
  const texts = [renderText(a.lead, a.points, a.tail), ...a.variants.map((v) => v.text)];
  for (const s of [...a.statements, ...a.variants.flatMap((v) => v.statements)])
    texts.push(s.summary, ...(s.conditions ?? []));
  for (const t of tokenise(texts.join('\n'))) if (t.kind === 'word') catalogueStems.add(matchStem(t.norm));
}

describe('search expansions (lexicon/expansions.ts)', () => {
  it('writes every term in normalised form', () => {
    const bad = EXPANSION_ROWS.flatMap((r) => r.terms).filter((t) => normalise(t) !== t);
    expect(bad).toEqual([]);
  });

  it('only adds words that the agreements or their statements actually use', () => {
    const unused = EXPANSION_ROWS.flatMap((r) => r.id.split(' ')).filter(
      (w) => !catalogueStems.has(matchStem(w)),
    );
    expect(unused).toEqual([]);
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { catalogueEntries, sections } from '../../../shared/catalogue';

// The seed as handed over; the catalogue must keep its words exactly.
const seed = readFileSync(join(__dirname, '../../fixtures/seed/inspiratienota.txt'), 'utf8');
const words = (s: string) => s.split(/\s+/).filter(Boolean);
// Bullets ('·') are structure in the catalogue, not words.
const seedWords = ` ${words(seed.replace(/^\s*· /gm, '')).join(' ')} `;

describe('catalogue texts', () => {
  it('holds 87 agreements numbered 1 to 87 in 14 sections', () => {
    expect(sections.map((s) => s.id)).toEqual(Array.from({ length: 14 }, (_, i) => `5.${i + 1}`));
    expect(catalogueEntries().map((e) => e.agreement.number)).toEqual(
      Array.from({ length: 87 }, (_, i) => i + 1),
    );
  });

  it.each(catalogueEntries().map((e) => [e.agreement.number, e.agreement] as const))(
    'agreement %i matches the seed word for word',
    (_n, a) => {
      const parts = [a.lead, ...a.points.flatMap((p) => (p.title ? [p.title, p.text] : [p.text]))];
      if (a.tail) parts.push(a.tail);
      expect(seedWords).toContain(` ${words(parts.join(' ')).join(' ')} `);
      for (const v of a.variants) expect(seedWords).toContain(` ${v.label}: ${words(v.text).join(' ')} `);
    },
  );

  it('keeps the variants of 5, 13, 36, 45 and 46', () => {
    const withVariants = catalogueEntries()
      .filter((e) => e.agreement.variants.length)
      .map((e) => [e.agreement.number, e.agreement.variants.map((v) => v.label)]);
    expect(withVariants).toEqual([
      [5, ['Variant']],
      [13, ['Variant']],
      [36, ['Variant']],
      [45, ['Variant']],
      [46, ['Variant 1', 'Variant 2']],
    ]);
  });

  it('keeps sub-points as structure', () => {
    const pointCounts = Object.fromEntries(
      catalogueEntries()
        .filter((e) => e.agreement.points.length)
        .map((e) => [e.agreement.number, e.agreement.points.length]),
    );
    expect(pointCounts).toEqual({ 30: 3, 32: 6, 34: 1, 37: 6, 48: 3, 59: 1, 85: 2, 86: 1 });
  });
});

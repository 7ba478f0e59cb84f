import {
  effectiveOrganisation,
  notaBlocks,
  notaMarkdown,
  parseOrganisation,
  type NotaBlock,
} from '../../../shared/organisation';

const org = (() => {
  const r = parseOrganisation(
    'organisation:\n  name: Gemeente Proef\npeople:\n  - name: Mia Verhoeven\n    role: burgemeester\n    portfolio: [veiligheid]\nagreements:\n  omit: [38, 39, 67]\n  variants: {36: 1}\n',
    'a.yaml',
  );
  if (!r.ok) throw new Error('fixture invalid');
  return effectiveOrganisation(r.organisation);
})();

const agreementNumbers = (blocks: NotaBlock[]) =>
  blocks.flatMap((b) => (b.kind === 'agreement' ? [b.number] : []));

describe('the organisation’s afsprakennota', () => {
  const blocks = notaBlocks(org);

  it('keeps the catalogue numbers and leaves omitted agreements and empty sections out', () => {
    const numbers = agreementNumbers(blocks);
    expect(numbers).toHaveLength(84);
    expect(numbers).not.toContain(67);
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    const sectionTitles = blocks.filter((b) => b.kind === 'section').map((b) => b.text);
    expect(sectionTitles.some((t) => t.startsWith('5.6'))).toBe(false);
    expect(sectionTitles.at(-1)).toBe('Wie is wie');
  });

  it('puts the chosen variant in place of the main text', () => {
    const a36 = blocks.find((b) => b.kind === 'agreement' && b.number === 36);
    expect(a36 && a36.text).toMatch(/^Alle briefwisseling en uitnodigingen/);
  });

  it('writes Markdown with the numbers, points as a list and subsections', () => {
    const md = notaMarkdown(blocks);
    expect(md).toMatch(/^# Afsprakennota Gemeente Proef\n/);
    expect(md).toContain('## 5.8 Perscommunicatie');
    expect(md).toContain('### Overheid zoekt pers');
    expect(md).toContain(
      '**45.** Persuitnodigingen en -berichten worden verstuurd door de communicatiedienst.',
    );
    expect(md).toMatch(/- \*\*Beslist beleid\*\*: .*\n- \*\*Beleid-in-ontwikkeling\*\*/);
    expect(md).toContain('- Mia Verhoeven, burgemeester: veiligheid');
  });
});

import { findAgreement, renderText } from '../../../shared/catalogue';
import { effectiveOrganisation, parseOrganisation, type Organisation } from '../../../shared/organisation';

function org(agreements: string): Organisation {
  const r = parseOrganisation(`organisation:\n  name: Gemeente Proef\nagreements:\n${agreements}`, 'a.yaml');
  if (!r.ok) throw new Error(JSON.stringify(r.errors));
  return r.organisation;
}

describe('effectiveOrganisation', () => {
  it('adopts the whole catalogue by default, main texts in order', () => {
    const e = effectiveOrganisation(org('  omit: []\n'));
    expect(e.agreements.map((a) => a.number)).toEqual(Array.from({ length: 87 }, (_, i) => i + 1));
    expect(e.omitted).toEqual([]);
    const a36 = e.byNumber.get(36)!;
    expect(a36.variant).toBeNull();
    expect(a36.text).toBe(findAgreement(36)!.agreement.lead);
    expect(a36.section).toEqual({ id: '5.5', title: findAgreement(36)!.section.title });
  });

  it('leaves out omitted agreements', () => {
    const e = effectiveOrganisation(org('  omit: [67, 13]\n'));
    expect(e.byNumber.has(13)).toBe(false);
    expect(e.byNumber.has(67)).toBe(false);
    expect(e.agreements).toHaveLength(85);
    expect(e.omitted).toEqual([13, 67]);
  });

  it('puts the chosen variant text and statements in place of the main text', () => {
    const e = effectiveOrganisation(org('  variants: {36: 1, 46: 2}\n'));
    const a36 = e.byNumber.get(36)!;
    expect(a36).toMatchObject({ variant: 1, variantLabel: 'Variant', points: [] });
    expect(a36.text).toMatch(/^Alle briefwisseling en uitnodigingen vanwege het stadsbestuur/);
    expect(a36.statements).toBe(findAgreement(36)!.agreement.variants[0].statements);
    expect(a36.statements.some((s) => s.actor === 'burgemeester' && s.action === 'ondertekenen')).toBe(true);
    expect(e.byNumber.get(46)!.text).toBe('de persberichten bevatten een quote van de mandataris.');
    expect(e.byNumber.get(46)!.variantLabel).toBe('Variant 2');
  });

  it('renders sub-points and closing paragraphs into the quoted text', () => {
    const e = effectiveOrganisation(org('  omit: []\n'));
    const a32 = findAgreement(32)!.agreement;
    expect(e.byNumber.get(32)!.text).toBe(renderText(a32.lead, a32.points));
    expect(e.byNumber.get(32)!.text.split('\n')).toHaveLength(7);
    expect(e.byNumber.get(61)!.tail).toBeDefined();
  });

  it('carries the reason when an agreement has no statements', () => {
    const a10 = effectiveOrganisation(org('  omit: []\n')).byNumber.get(10)!;
    expect(a10.statements).toEqual([]);
    expect(a10.noStatements).toMatch(/rollen van de communicatiedienst/);
  });
});

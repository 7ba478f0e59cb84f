// Agreement 22 at its edges, with exact expectations: a press release (no form fixed) that uses
// je and u equally often, and the "bijlage U" exemption, which holds within a sentence only.
import { addressRules } from '../../../../shared/checks/rules/address';
import { runRule } from './run-rule';

describe('address: a press release with as many je as u', () => {
  const text = [
    'Het zwembad van Zilverbeek gaat op 1 maart weer open.',
    'Vanaf dan kan je er elke dag terecht.',
    'Heeft u vragen? Bel de sportdienst.',
  ].join('\n');

  it('reports one mix, counts both forms and rewrites the u to je (a tie goes to je)', () => {
    const findings = runRule(addressRules, text, 'persbericht');
    expect(findings).toHaveLength(1);
    expect(findings[0].message).toBe(
      "Deze tekst gebruikt zowel 'je' (1 keer) als 'u' (1 keer). Kies één aanspreekvorm (afspraak 22: je-vorm in de publiekskanalen, u-vorm in correspondentie en dossiers).",
    );
    const places = findings[0].places ?? [findings[0]];
    expect(places.map((p) => text.slice(p.start, p.end))).toEqual(['Heeft u']);
    expect(places.map((p) => p.fix?.replacement)).toEqual(['Heb je']);
  });

  it('with one more u than je, rewrites the je to u instead', () => {
    const more = `${text}\nU vindt de uren op de website.`;
    const findings = runRule(addressRules, more, 'persbericht');
    expect(findings[0].message).toContain("zowel 'je' (1 keer) als 'u' (2 keer)");
    const places = findings[0].places ?? [findings[0]];
    expect(places.map((p) => more.slice(p.start, p.end))).toEqual(['kan je']);
  });
});

describe('address: "bijlage U" is a letter only in the same sentence', () => {
  const flagged = (text: string) =>
    runRule(addressRules, text, 'website').flatMap((f) =>
      (f.places ?? [f]).map((p) => text.slice(p.start, p.end)),
    );

  it('leaves "bijlage U" in one sentence alone', () => {
    expect(flagged('Het inschrijvingsformulier vind je in bijlage U bij dit artikel.')).toEqual([]);
  });

  it('flags a U that starts the sentence after "bijlage"', () => {
    const found = flagged('Het formulier zit in de bijlage. U vult het in en stuurt het terug.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^U\b/);
  });

  it('flags a U that starts the paragraph after one ending in "bijlage"', () => {
    const found = flagged('Alles staat in de bijlage\nU vult het formulier in.');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^U\b/);
  });
});

import { loadEffectiveOrganisation } from '../../../cli/organisation-file';
import { AUDIENCES, involvedRoles, MODALITY_ORDER, rulesFor } from '../../../taskpane/tab/audience';

const org = loadEffectiveOrganisation('organisations/zilverbeek.yaml');
const actors = (audience: Parameters<typeof rulesFor>[1]) =>
  new Set(MODALITY_ORDER.flatMap((m) => rulesFor(org, audience)[m].map((r) => r.statement.actor)));

describe('"Voor wie": the rules that bind one kind of reader', () => {
  it('gives a medewerker the rules for staff, services and everyone, not those of mandatarissen', () => {
    const found = actors('medewerker');
    expect(found).toEqual(new Set(['medewerker', 'dienst', 'iedereen']));
  });

  it('gives a schepen the rules for mandatarissen and everyone, not those of staff', () => {
    const found = actors('schepen');
    expect(found.has('mandataris')).toBe(true);
    expect(found.has('schepen')).toBe(true);
    expect(found.has('medewerker')).toBe(false);
    expect(found.has('dienst')).toBe(false);
  });

  it('puts the rules that name the reader’s own role first within each modality', () => {
    const notAllowed = rulesFor(org, 'kabinet')['mag-niet'];
    expect(notAllowed[0].statement.actor).toBe('kabinet');
    expect(notAllowed[0].agreement.number).toBe(45);
    const firstGroupRule = notAllowed.findIndex((r) => r.fit < 1);
    expect(notAllowed.slice(firstGroupRule).every((r) => r.fit < 1)).toBe(true);
  });

  it('keeps responsibility statements (info) on the agreement, not in a reader’s list', () => {
    for (const { id } of AUDIENCES) {
      const rules = rulesFor(org, id);
      expect(Object.keys(rules).sort()).toEqual([...MODALITY_ORDER].sort());
      expect(MODALITY_ORDER.reduce((n, m) => n + rules[m].length, 0)).toBeGreaterThan(10);
    }
  });

  it('leaves out agreements the organisation omitted', () => {
    const base = loadEffectiveOrganisation('organisations/zilverbeek.yaml');
    const without45 = { ...base, agreements: base.agreements.filter((a) => a.number !== 45) };
    const numbers = MODALITY_ORDER.flatMap((m) =>
      rulesFor(without45, 'kabinet')[m].map((r) => r.agreement.number),
    );
    expect(numbers).not.toContain(45);
  });

  it('names each role to involve once per agreement, in the order the statements name them', () => {
    expect(involvedRoles(org.byNumber.get(26)!)).toEqual(['burgemeester', 'schepen', 'diensthoofd']);
    expect(involvedRoles(org.byNumber.get(27)!)).toEqual(['college']);
  });
});

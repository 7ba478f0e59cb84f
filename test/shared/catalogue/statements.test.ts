import { catalogueEntries, isAction, isObject, isRole, type Statement } from '../../../shared/catalogue';

// Every text the bot can cite: each agreement's main text and each of its variants.
const texts = catalogueEntries().flatMap(({ agreement: a }) => [
  { id: `${a.number}`, statements: a.statements, noStatements: a.noStatements },
  ...a.variants.map((v) => ({
    id: `${a.number}/${v.number}`,
    statements: v.statements,
    noStatements: v.noStatements,
  })),
]);
const all: [string, Statement][] = texts.flatMap((t) =>
  t.statements.map((s) => [t.id, s] as [string, Statement]),
);
const of = (id: string) => texts.find((t) => t.id === id)!.statements;

describe('who-may-do-what statements', () => {
  it.each(texts.map((t) => [t.id, t] as const))(
    'agreement %s has statements or says why it has none',
    (_id, t) => {
      const hasStatements = t.statements.length > 0;
      const hasReason = typeof t.noStatements === 'string' && t.noStatements.trim().length > 10;
      expect(hasStatements !== hasReason).toBe(true);
    },
  );

  it('use only vocabulary ids and known roles', () => {
    const bad = all.flatMap(([id, s]) => [
      ...(isRole(s.actor) ? [] : [`${id}: actor ${s.actor}`]),
      ...(isAction(s.action) ? [] : [`${id}: action ${s.action}`]),
      ...s.objects.filter((o) => !isObject(o)).map((o) => `${id}: object ${o}`),
      ...(s.involve ?? []).filter((r) => !isRole(r)).map((r) => `${id}: involve ${r}`),
    ]);
    expect(bad).toEqual([]);
  });

  it('each has a one-sentence Dutch summary, and conditions when the modality is mag-mits', () => {
    for (const [id, s] of all) {
      expect(`${id}: ${s.summary}`).toMatch(/^\d+(\/\d)?: [A-Z‘'].{15,}[.!?]$/);
      if (s.modality === 'mag-mits') expect(s.conditions?.length ?? 0).toBeGreaterThan(0);
    }
  });

  it('say that only the communicatiedienst sends press releases (45)', () => {
    expect(of('45')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'communicatiedienst', modality: 'moet', action: 'versturen' }),
        expect.objectContaining({ actor: 'dienst', modality: 'mag-niet', action: 'versturen' }),
        expect.objectContaining({ actor: 'kabinet', modality: 'mag-niet', action: 'doorsturen' }),
      ]),
    );
    expect(of('45/1')).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'dienst', modality: 'mag-mits', action: 'versturen' }),
      ]),
    );
  });

  it('say who signs letters, under the main text and the variant of 36', () => {
    const signers = (id: string) =>
      of(id)
        .filter((s) => s.action === 'ondertekenen' && s.modality === 'moet')
        .map((s) => s.actor)
        .sort();
    expect(signers('36')).toEqual(['algemeen-directeur', 'bevoegde-mandataris']);
    expect(signers('36/1')).toEqual(['algemeen-directeur', 'burgemeester']);
    expect(of('36/1').find((s) => s.modality === 'moet')?.objects).toEqual(['brief', 'uitnodiging']);
  });

  it('let a staff member give an interview only with consent (54)', () => {
    const s = of('54').find((x) => x.modality === 'mag-mits')!;
    expect(s).toMatchObject({ actor: 'medewerker', action: 'interview-geven' });
    expect(s.involve).toEqual(expect.arrayContaining(['bevoegde-mandataris', 'communicatiedienst']));
  });

  it('number at least 200 and leave few agreements without', () => {
    expect(all.length).toBeGreaterThanOrEqual(200);
    expect(texts.filter((t) => !t.statements.length).map((t) => t.id)).toEqual(['10']);
  });
});

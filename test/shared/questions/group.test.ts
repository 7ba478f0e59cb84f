import {
  groupQuestions,
  questionStems,
  similarity,
  type QuestionRecord,
} from '../../../shared/questions/group';

const at = (day: number) => new Date(Date.UTC(2026, 10, day, 10));
const rec = (
  question: string,
  reason: QuestionRecord['reason'],
  day = 1,
  agreement: number | null = null,
): QuestionRecord => ({
  question,
  reason,
  agreement,
  at: at(day),
});

describe('questionStems and similarity', () => {
  it('keeps what a question is about, without function words, capitals or accents', () => {
    expect([...questionStems('Mag ik de gemeenteraad filmen?')]).toEqual([
      ...questionStems('gemeenteraad filmen, mag dat?'),
    ]);
    expect(questionStems('Mag ik dat?').size).toBe(0);
    expect(
      similarity(questionStems('de gemeenteraad live filmen'), questionStems('gemeenteraad filmen')),
    ).toBeCloseTo(2 / 3);
    expect(similarity(new Set(), new Set(['x']))).toBe(0);
  });
});

describe('groupQuestions', () => {
  const records = [
    rec('Mag ik de gemeenteraad filmen?', 'refused', 1),
    rec('mag ik de gemeenteraad filmen', 'refused', 3),
    rec('Gemeenteraad live filmen, mag dat?', 'unsure', 2, 54),
    rec('Wie beheert de Instagram van de bib?', 'not-helpful', 4, 58),
    rec('wie beheert instagram van de bibliotheek', 'unsure', 5, 58),
    rec('Mag ik de gemeenteraad filmen?', 'not-helpful', 6, 12),
    rec('Hoe laat sluit het containerpark?', 'refused', 2),
  ];

  it('puts alike questions in one group, counted per reason, the most asked wording first', () => {
    const groups = groupQuestions(records);
    expect(groups.map((g) => [g.question, g.count])).toEqual([
      ['Mag ik de gemeenteraad filmen?', 4],
      // A tie between two wordings: the most recent one leads.
      ['wie beheert instagram van de bibliotheek', 2],
      ['Hoe laat sluit het containerpark?', 1],
    ]);
    expect(groups[0]).toMatchObject({
      reasons: { refused: 2, unsure: 1, notHelpful: 1 },
      variants: [
        { question: 'Mag ik de gemeenteraad filmen?', count: 3 },
        { question: 'Gemeenteraad live filmen, mag dat?', count: 1 },
      ],
      agreements: [12, 54],
      lastAskedAt: at(6),
    });
    expect(groups[1].agreements).toEqual([58]);
  });

  it('gives the same ids and groups whatever the order the questions arrived in', () => {
    const a = groupQuestions(records);
    const b = groupQuestions([...records].reverse());
    expect(b.map((g) => [g.id, g.count])).toEqual(a.map((g) => [g.id, g.count]));
    expect(new Set(a.map((g) => g.id)).size).toBe(a.length);
  });

  it('keeps unlike questions apart and ignores empty ones', () => {
    const groups = groupQuestions([
      rec('persbericht over de kermis', 'refused'),
      rec('foto op facebook', 'refused'),
      rec('  ', 'refused'),
    ]);
    expect(groups).toHaveLength(2);
  });
});

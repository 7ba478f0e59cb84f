// The three modes of an answer (issue 13, CONTRACT §2 mode/confidence/choices): answer when sure,
// a question back with two or three situations when not, refuse what the note does not cover.
import { ask } from '../../../shared/ask';
import { MAX_LABEL_LENGTH, SITUATIONS } from '../../../shared/ask/situations';
import { catalogueEntries } from '../../../shared/catalogue';
import { effective } from './org';

const org = effective();

describe('modes', () => {
  it.each([
    'Mag ik zelf een persbericht naar de krant sturen?',
    'Hoeveel verlofdagen heb ik nog?',
    'Mag ik?',
    'wie beheert de website?',
  ])('gives every answer a mode and a confidence between 0 and 1: %s', (question) => {
    const r = ask(question, org);
    expect(['answer', 'clarify', 'refuse']).toContain(r.mode);
    expect(r.confidence).toBeGreaterThanOrEqual(0);
    expect(r.confidence).toBeLessThanOrEqual(1);
    expect(r.outOfScope).toBe(r.mode === 'refuse');
  });

  it('answers a clear question with a verdict and its parts', () => {
    const r = ask('Mag ik zelf een persbericht naar de krant sturen?', org);
    expect(r.mode).toBe('answer');
    expect(r.parts).toMatchObject({ agreement: 45, verdict: 'mag-niet' });
    expect(r.parts?.verdictLine).toMatch(/^Nee/);
    expect(r.parts?.involve.map((x) => x.role)).toContain('communicatiedienst');
  });

  it.each(['Mag ik?', 'kan dat?', 'mag dat eigenlijk wel?', 'mag ik dat posten?', 'wie beslist dat?'])(
    'asks back instead of refusing an under-specified question: %s',
    (question) => {
      const r = ask(question, org);
      expect(r.mode).toBe('clarify');
      expect(r.outOfScope).toBe(false);
      expect(r.clarification?.choices.length).toBeGreaterThanOrEqual(2);
      expect(r.reply).not.toMatch(/^(Ja|Nee)\b/);
      expect(r.reply).not.toContain('zeggen de communicatieafspraken');
    },
  );

  it('refuses what the agreements do not cover', () => {
    const r = ask('Hoeveel verlofdagen heb ik nog?', org);
    expect(r.mode).toBe('refuse');
    expect(r.answers).toEqual([]);
  });

  it('asks back with the situations a bare verb reaches ("mag ik dat posten?"), still refusing a short workplace question', () => {
    expect(ask('mag ik dat posten?', org).clarification?.choices.map((c) => c.agreement)).toContain(56);
    // A separable verb's span ("vraag … aan") does not hide the noun between its parts.
    expect(ask('hoe vraag ik ouderschapsverlof aan', org).mode).toBe('refuse');
  });

  it('offers two or three distinct situations of at most 40 characters when unsure, without a yes or no', () => {
    // Any question in clarify mode will do; these are general enough to be unsure about.
    const asked = [
      'mag ik iets op facebook zetten over ons jeugdkamp?',
      'wie beslist daarover?',
      'de kalender van het infoblad, hoe zit dat?',
      'mag ik een foto van de schepen gebruiken?',
      'is er een afspraak over affiches?',
    ]
      .map((q) => ask(q, org))
      .filter((r) => r.mode === 'clarify');
    expect(asked.length).toBeGreaterThan(0);
    for (const r of asked) {
      const choices = r.clarification!.choices;
      expect(choices.length).toBeGreaterThanOrEqual(2);
      expect(choices.length).toBeLessThanOrEqual(3);
      expect(new Set(choices.map((c) => c.agreement)).size).toBe(choices.length);
      for (const c of choices) expect(c.label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
      expect(r.reply).not.toMatch(/^(Ja|Nee)\b/);
      // Unsure between situations, or (a bare "wie beslist daarover?") asked what it is about.
      expect(r.reply.split('\n')[0]).toMatch(/^(Gaat het over .+\?|Waarover gaat je vraag\? .+\.)$/);
    }
  });

  it('answers from the situation the asker picked', () => {
    const r = ask('mag ik iets op facebook zetten over ons jeugdkamp?', org, { agreement: 57 });
    expect(r.mode).toBe('answer');
    expect(r.answers[0].agreement).toBe(57);
    expect(r.parts?.agreement).toBe(57);
  });

  it('explains which features decided when asked (ask --uitleg)', () => {
    const r = ask('Mag ik zelf een persbericht naar de krant sturen?', org, { explain: true });
    expect(r.explanation?.ranking.length).toBeGreaterThan(5);
    expect(r.explanation?.confidence.map((c) => c.feature)).toContain('first-probability');
  });
});

describe('an agreement the organisation left out of its note', () => {
  const without = effective((o) => {
    o.agreements.omit = [67];
  });

  it('is never answered from a neighbour: the note has no agreement about it, and whom to ask', () => {
    const question =
      'mag ik onze activiteit in de activiteitenkalender van het infoblad zetten als ze niet in de UiTdatabank staat?';
    expect(ask(question, org).answers[0].agreement).toBe(67);
    const r = ask(question, without);
    expect(r.mode).toBe('refuse');
    expect(r.omitted?.agreement).toBe(67);
    expect(r.reply).toContain('heeft geen afspraak over de activiteitenkalender van het infoblad');
    expect(r.reply).toContain('communicatie@zilverbeek.be');
  });
});

describe('situation labels', () => {
  it('names every catalogue agreement in at most 40 characters', () => {
    for (const { agreement } of catalogueEntries()) {
      const label = SITUATIONS[agreement.number];
      expect(label).toBeDefined();
      expect(label.length).toBeLessThanOrEqual(MAX_LABEL_LENGTH);
    }
  });
});

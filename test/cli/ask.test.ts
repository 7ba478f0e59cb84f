import { run } from './run';

describe('afspraak ask', () => {
  it('prints the reply for a question', async () => {
    const r = await run(['ask', 'Mag ik zelf een persbericht naar de krant sturen?']);
    expect(r.code).toBe(0);
    expect(r.stdout.split('\n')[0]).toBe('Nee, dat doet de communicatiedienst.');
    expect(r.stdout).toContain('Afspraak 45: ');
  });

  it('prints exactly the contract object with --json', async () => {
    const r = await run(['ask', '--json', 'Mag ik zelf een persbericht naar de krant sturen?']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['question', 'outOfScope', 'answers', 'reply', 'mode', 'confidence']);
    expect(json.outOfScope).toBe(false);
    expect(json.mode).toBe('answer');
    expect(json.confidence).toBeGreaterThan(0);
    expect(json.confidence).toBeLessThanOrEqual(1);
    expect(json.answers.length).toBeGreaterThan(0);
    expect(json.answers.length).toBeLessThanOrEqual(5);
    expect(Object.keys(json.answers[0])).toEqual(['agreement', 'variant', 'verdict', 'who', 'text', 'score']);
    expect(json.answers[0]).toMatchObject({ agreement: 45, variant: null, verdict: 'mag-niet' });
    expect(json.answers[0].who).toContain('communicatiedienst');
  });

  it('answers one question a line with `ask -`, as JSON Lines in order, a blank line included', async () => {
    const r = await run(
      ['ask', '-'],
      'wie tekent een brief aan een bewoner over een bouwvergunning\n\nhoeveel verlofdagen heb ik nog?\r\nmag ik een persbericht versturen\n',
    );
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.question)).toEqual([
      'wie tekent een brief aan een bewoner over een bouwvergunning',
      '',
      'hoeveel verlofdagen heb ik nog?',
      'mag ik een persbericht versturen',
    ]);
    expect(lines.map((l) => l.outOfScope)).toEqual([false, true, true, false]);
    expect(lines[1].answers).toEqual([]);
    expect(lines[1].reply).toContain('Stel je vraag');
    expect(lines[2].answers).toEqual([]);
  });

  it('asks back with two or three choices for an under-specified question (mode clarify)', async () => {
    const r = await run(['ask', '--json', 'Mag ik?']);
    const json = JSON.parse(r.stdout);
    expect(json.mode).toBe('clarify');
    expect(json.outOfScope).toBe(false);
    expect(json.choices.length).toBeGreaterThanOrEqual(2);
    expect(json.choices.length).toBeLessThanOrEqual(3);
    for (const c of json.choices) {
      expect(Object.keys(c)).toEqual(['label', 'agreement']);
      expect(c.label.length).toBeLessThanOrEqual(40);
    }
  });

  it('prints the features that decided with --uitleg', async () => {
    const r = await run(['ask', '--uitleg', 'Mag ik zelf een persbericht naar de krant sturen?']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Modus: answer, zekerheid');
    expect(r.stdout).toContain('example-similarity');
    // Which features weigh most changes with each retraining; that the confidence is explained does not.
    expect(r.stdout).toMatch(/Waarom deze zekerheid:\n\s+[a-z-]+\s+waarde\s+\S+\s+effect [+-]/);
  });

  it('says honestly when the agreements do not cover a question', async () => {
    const r = await run(['ask', '--json', 'Hoeveel verlofdagen heb ik nog?']);
    const json = JSON.parse(r.stdout);
    expect(json.outOfScope).toBe(true);
    expect(json.mode).toBe('refuse');
    expect(json.answers).toEqual([]);
    expect(json.reply).toContain('communicatie@zilverbeek.be');
  });

  it('refuses an empty question with exit code 2 and a Dutch reason', async () => {
    const r = await run(['ask', '   ']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('stel een vraag');
    expect(r.stdout).toBe('');
  });

  it('refuses an invalid organisation file with exit code 2', async () => {
    const r = await run(['ask', '--org', 'bestaat-niet.yaml', 'mag ik een persbericht sturen']);
    expect(r.code).toBe(2);
  });
});

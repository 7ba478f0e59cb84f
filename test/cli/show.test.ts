import { join } from 'node:path';
import { run } from './run';

const variant36 = join(__dirname, '../fixtures/organisations/variant-36.yaml');

describe('afspraak show', () => {
  it('prints agreement 36 as JSON with its statements', async () => {
    const r = await run(['show', '36', '--json']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({
      agreement: 36,
      organisation: 'Gemeente Zilverbeek',
      omitted: false,
      variant: null,
      section: { id: '5.5' },
    });
    expect(json.text).toMatch(/^Briefwisseling wordt ondertekend door de algemeen directeur/);
    expect(json.statements.map((s: { actor: string }) => s.actor)).toContain('bevoegde-mandataris');
    expect(json.variants).toEqual([expect.objectContaining({ number: 1, label: 'Variant' })]);
  });

  it('prints the variant the organisation chose', async () => {
    const r = await run(['show', '36', '--org', variant36]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Variant van de catalogus, gekozen door Gemeente Testdorp');
    expect(r.stdout).toContain(
      'Alle briefwisseling en uitnodigingen vanwege het stadsbestuur worden ondertekend door de algemeen directeur en de burgemeester.',
    );
    // Statements in plain words, with the organisation's names for whom to involve.
    expect(r.stdout).toContain('Wie mag wat:');
    expect(r.stdout).toContain('betrek: burgemeester Mia Verhoeven');
    expect(r.stdout).toContain('de hoofdtekst');
  });

  it('shows an omitted agreement as omitted, exit 0', async () => {
    const human = await run(['show', '13', '--org', variant36]);
    expect(human.code).toBe(0);
    expect(human.stdout).toContain('Gemeente Testdorp heeft deze afspraak niet opgenomen');
    const json = JSON.parse((await run(['show', '13', '--org', variant36, '--json'])).stdout);
    expect(json).toMatchObject({ agreement: 13, omitted: true });
  });

  it('explains an agreement without statements', async () => {
    expect((await run(['show', '10'])).stdout).toContain('Geen afspraak over wie wat mag:');
  });

  it.each([
    [['show', '99'], 'afspraak 99 bestaat niet; de catalogus telt afspraken 1 tot 87'],
    [['show', 'persbericht'], "'persbericht' is geen afspraaknummer; geef een getal van 1 tot 87"],
    [['show'], 'geef een afspraaknummer, bv. afspraak show 36'],
  ])('refuses %j with exit 2', async (argv, message) => {
    const r = await run(argv);
    expect(r).toEqual({ code: 2, stdout: '', stderr: message });
  });

  it('counts the example questions, and lists them with their verdict for review with --voorbeelden', async () => {
    const brief = await run(['show', '45']);
    expect(brief.stdout).toMatch(/Voorbeeldvragen: \d+ \(toon ze met --voorbeelden\)/);
    const all = await run(['show', '45', '--voorbeelden']);
    expect(all.code).toBe(0);
    const listed = all.stdout
      .split('\n')
      .filter(
        (l) =>
          l.startsWith('  • ') &&
          / \((mag niet|mag|mag, onder voorwaarden|moet|is verantwoordelijk)\)$/.test(l),
      );
    expect(listed.length).toBeGreaterThanOrEqual(10);
    const json = JSON.parse((await run(['show', '45', '--json'])).stdout);
    expect(json.examples.length).toBe(listed.length);
    expect(json.examples[0]).toEqual({ q: expect.any(String), verdict: expect.any(String) });
  });

  it('accepts "afspraak 45" as the number', async () => {
    expect(JSON.parse((await run(['show', 'afspraak', '45', '--json'])).stdout).agreement).toBe(45);
  });
});

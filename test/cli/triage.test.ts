import { main, type CliIo } from '../../cli/main';

async function run(argv: string[], stdin = ''): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = { out: (l) => out.push(l), err: (l) => err.push(l), stdin: async () => stdin };
  const code = await main(argv, io);
  return { code, out, err };
}

describe('afspraak triage', () => {
  it('prints the contract JSON with --json', async () => {
    const r = await run(['triage', '--json', 'Radio 2 vraagt hoeveel bezoekers de bib had']);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.out.join('\n'));
    expect(Object.keys(json)).toEqual(['kind', 'route', 'agreements', 'inform', 'reply']);
    expect(json).toMatchObject({ kind: 'informatieve-vraag', route: 'dienst', agreements: [52] });
  });

  it('reads one situation a line with `triage -` and writes JSON Lines in order, skipping blank lines', async () => {
    const r = await run(
      ['triage', '-'],
      'VRT wil morgen filmen in de raadzaal\n\nHLN belt over het zwembad\r\n',
    );
    expect(r.code).toBe(0);
    expect(r.out.map((l) => JSON.parse(l).kind)).toEqual(['beeldopname', 'reactie-of-standpunt']);
  });

  it('prints a readable answer without --json', async () => {
    const r = await run(['triage', 'TV Oost wil de schepen van sport interviewen']);
    expect(r.out[0]).toBe('Soort: interview · Route: naar de communicatiedienst · Afspraken: 54, 50');
    expect(r.out.join('\n')).toContain('Sofie Claes');
  });

  it('adds clarify to the contract JSON, and a line to the readable answer, when the route is open', async () => {
    const text = 'HLN belde over de sluiting van het zwembad';
    const json = JSON.parse((await run(['triage', '--json', text])).out.join('\n'));
    expect(Object.keys(json)).toEqual(['kind', 'route', 'agreements', 'inform', 'reply', 'clarify']);
    expect(json.clarify.choices.map((c: { route: string }) => c.route)).toEqual([
      'dienst',
      'communicatiedienst',
    ]);
    const human = await run(['triage', text]);
    expect(human.out[1]).toBe(
      'Hangt af van: Wat wil de journalist weten? Alleen feiten of cijfers → de dienst mag zelf antwoorden; Ook een reactie, of ik twijfel → naar de communicatiedienst',
    );
  });

  it('refuses an empty description with exit code 2 and a Dutch reason', async () => {
    const r = await run(['triage', '  ']);
    expect(r.code).toBe(2);
    expect(r.err.join('\n')).toContain('geef een beschrijving');
  });
});

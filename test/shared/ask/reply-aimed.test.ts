// The reply as the user reads it, line by line, for each kind of verdict (issue 18: the survivors
// of the ask-reply mutation run). Each verdict is given, not decided: these tests are about what
// the reply says for a verdict (shared/ask/reply.ts), whatever shared/ask/verdict.ts decides.
// Statements and names are the example organisation's (organisations/zilverbeek.yaml).
import { ask } from '../../../shared/ask';
import {
  buildReply,
  composeAnswer,
  joinDutch,
  omittedReply,
  outOfScopeReply,
  renderClarification,
  whoToInvolve,
  type ReplyInput,
} from '../../../shared/ask/reply';
import type { Verdict } from '../../../shared/ask/verdict';
import type { Role, Statement } from '../../../shared/catalogue/types';
import { effective } from './org';

const org = effective();
const agreement = (n: number) => org.byNumber.get(n)!;
const statement = (n: number, k: number) => agreement(n).statements[k];
const SERVICE = 'de dienst Communicatie (communicatie@zilverbeek.be, 016 00 10 00)';

/** The reply's lines for a verdict on agreement `n`; a permission question unless said otherwise. */
function reply(n: number, verdict: Verdict, input: Partial<ReplyInput> = {}): string[] {
  return buildReply(
    {
      verdict,
      kind: 'permission',
      agreement: agreement(n),
      who: [],
      question: 'vraag',
      alsoSee: [],
      ...input,
    },
    org,
  ).split('\n');
}
const firstLine = (n: number, verdict: Verdict, input: Partial<ReplyInput> = {}) =>
  reply(n, verdict, input)[0];

describe('the verdict line', () => {
  it('says no, and who else must sign, when what the question names does not suffice', () => {
    const s = statement(36, 0);
    expect(firstLine(36, { verdict: 'mag-niet', statement: s, alsoNeeded: ['algemeen-directeur'] })).toBe(
      'Nee, dat volstaat niet: ook algemeen directeur Hilde Dewilde is nodig.',
    );
    expect(
      firstLine(36, {
        verdict: 'mag-niet',
        statement: s,
        alsoNeeded: ['algemeen-directeur', 'burgemeester'],
      }),
    ).toBe(
      'Nee, dat volstaat niet: ook algemeen directeur Hilde Dewilde en burgemeester An Peeters zijn nodig.',
    );
  });

  it('says no and who does it instead, the service without its contact details', () => {
    const s = statement(45, 2);
    expect(firstLine(45, { verdict: 'mag-niet', statement: s, doer: 'communicatiedienst' })).toBe(
      'Nee, dat doet de communicatiedienst.',
    );
    expect(
      firstLine(45, { verdict: 'mag-niet', statement: s, doers: ['communicatiedienst', 'burgemeester'] }),
    ).toBe('Nee, dat doen de communicatiedienst en burgemeester An Peeters.');
    expect(firstLine(74, { verdict: 'mag-niet', statement: statement(74, 1) })).toBe('Nee.');
  });

  it('says yes with the conditions, the coordinator or the route of a mag-mits', () => {
    expect(firstLine(54, { verdict: 'mag-mits', statement: statement(54, 0) })).toBe(
      'Ja, onder voorwaarden: na overleg met de bevoegde mandataris en de communicatiedienst; met hun uitdrukkelijke toestemming.',
    );
    const routed = statement(45, 1);
    expect(firstLine(45, { verdict: 'mag-mits', statement: routed, coordinator: 'communicatiedienst' })).toBe(
      'Ja, volgens de afspraken van de communicatiedienst:',
    );
    expect(firstLine(45, { verdict: 'mag-mits', statement: routed })).toBe(
      'Ja, maar via de communicatiedienst.',
    );
    expect(firstLine(45, { verdict: 'mag-mits', statement: { ...routed, involve: [] } })).toBe(
      'Ja, onder voorwaarden.',
    );
    expect(firstLine(45, { verdict: 'mag-mits' })).toBe('Ja, onder voorwaarden.');
    expect(firstLine(74, { verdict: 'mag', statement: statement(74, 0) })).toBe('Ja.');
  });

  it('answers "moet ik dat via jullie doen?" with the route only where the statement forbids doing it oneself', () => {
    const obligation = { kind: 'obligation' as const };
    expect(
      firstLine(45, { verdict: 'moet', statement: statement(45, 2), doer: 'communicatiedienst' }, obligation),
    ).toBe('Ja, via de communicatiedienst.');
    expect(
      firstLine(45, { verdict: 'moet', statement: statement(45, 0), doer: 'communicatiedienst' }, obligation),
    ).toBe('Ja, dat moet.');
    expect(firstLine(45, { verdict: 'moet', statement: statement(45, 2) }, obligation)).toBe('Ja, dat moet.');
    expect(
      firstLine(
        45,
        { verdict: 'moet', statement: statement(45, 2), doer: 'communicatiedienst' },
        { kind: 'how' },
      ),
    ).toBe('Zo is het afgesproken:');
  });

  it.each([
    ['Wat moet ik in een persbericht zetten?', 'Zo is het afgesproken:'],
    ['hoe dient een dienst dat te doen?', 'Zo is het afgesproken:'],
    ['Welke persberichten moeten via jullie?', 'Zo is het afgesproken:'],
    ['Moet ik een persbericht via jullie sturen?', 'Ja, dat moet.'],
    ['Moet ik dat doen, wat denk je?', 'Ja, dat moet.'],
  ])('reads an obligation question asked openly as asking for the rule: %s', (question, line) => {
    const v: Verdict = { verdict: 'moet', statement: statement(45, 0) };
    expect(firstLine(45, v, { kind: 'obligation', question })).toBe(line);
  });

  it('gives no verdict line for information, nor for an either/or question', () => {
    const info = reply(45, { verdict: 'info', statement: statement(45, 0) }, { kind: 'who' });
    expect(info[0]).toBe('Persberichten en persuitnodigingen worden verstuurd door de communicatiedienst.');
    const choice = reply(45, { verdict: 'mag-niet', statement: statement(45, 2) }, { choice: true });
    expect(choice[0]).toBe(
      'Een medewerker stuurt nooit zelf een persbericht of persuitnodiging; dat doet de communicatiedienst.',
    );
  });
});

describe('the explanation', () => {
  it('gives, for an either/or question, each case of the same act, the chosen one first and at most three', () => {
    const s = statement(22, 1);
    const lines = reply(22, { verdict: 'info', statement: s }, { choice: true });
    expect(lines.slice(0, 2)).toEqual([
      'In brieven en uitnodigingen gebruiken we de zakelijke u-vorm.',
      'In het infoblad, de website en sociale media spreken we de lezer aan met je.',
    ]);
    // 45 has five statements about sending press releases: three cases, not five.
    const many = reply(45, { verdict: 'info', statement: statement(45, 2) }, { choice: true });
    expect(many.slice(0, 4)).toEqual([
      statement(45, 2).summary,
      statement(45, 0).summary,
      statement(45, 1).summary,
      expect.stringMatching(/^Afspraak 45/),
    ]);
    // Conditions of the cases are not repeated as one "Voorwaarde" for all of them.
    expect(lines.join('\n')).not.toContain('Voorwaarde');
  });

  it('ends a statement written without a full stop with one', () => {
    const bare: Statement = { ...statement(74, 1), summary: 'Mandatarissen gebruiken het logo niet' };
    const asked: Statement = { ...statement(74, 1), summary: 'Gebruikt een mandataris het logo?' };
    expect(reply(74, { verdict: 'mag-niet', statement: bare })[1]).toBe(
      'Mandatarissen gebruiken het logo niet.',
    );
    expect(reply(74, { verdict: 'mag-niet', statement: asked })[1]).toBe('Gebruikt een mandataris het logo?');
  });

  it('names the exception the question did not claim, or the condition it shows is not met', () => {
    const s = statement(74, 0);
    expect(
      reply(74, {
        verdict: 'mag-niet',
        statement: s,
        exception: ['een eigen huisstijl', 'het cultuurcentrum'],
      })[2],
    ).toBe('Uitzondering: een eigen huisstijl; het cultuurcentrum.');
    expect(
      reply(74, {
        verdict: 'mag-niet',
        statement: s,
        unmet: ['vanuit het lokaal bestuur', 'met toestemming'],
      })[2],
    ).toBe('Dat mag enkel zo: vanuit het lokaal bestuur; met toestemming.');
  });

  it('adds the statement’s conditions as a condition for a yes and as the scope of a no, not again for a mag-mits', () => {
    expect(reply(74, { verdict: 'mag', statement: statement(74, 0) })[2]).toBe(
      'Voorwaarde: enkel voor communicatie vanuit het lokaal bestuur.',
    );
    expect(reply(36, { verdict: 'mag-niet', statement: statement(36, 2) })[2]).toBe(
      'Dat geldt: als de schepen niet bevoegd is voor het onderwerp van de brief.',
    );
    const mits = reply(54, { verdict: 'mag-mits', statement: statement(54, 0) });
    expect(mits.filter((l) => /^(Voorwaarde|Dat geldt)/.test(l))).toEqual([]);
  });

  it('quotes the organisation’s own sentence where it filled in the service a statement leaves open (13)', () => {
    const v: Verdict = { verdict: 'info', statement: statement(13, 0) };
    expect(reply(13, v, { kind: 'who', who: ['dienst'] })).toEqual([
      'De communicatiedienst is geen klachtencoördinator, deze taak wordt opgenomen door de dienst Burgerzaken.',
      'Betrek de dienst Burgerzaken.',
      // The lead stands above in full: the number and variant say where it is from.
      'Afspraak 13 (variant).',
    ]);
  });

  it('keeps the summary where nothing was filled in, or the statement is about someone else', () => {
    const unfilled = effective((o) => {
      delete o.agreements.fill;
    });
    const v: Verdict = { verdict: 'info', statement: unfilled.byNumber.get(13)!.statements[0] };
    const lines = buildReply(
      {
        verdict: v,
        kind: 'who',
        agreement: unfilled.byNumber.get(13)!,
        who: [],
        question: 'wie?',
        alsoSee: [],
      },
      unfilled,
    ).split('\n');
    expect(lines[0]).toBe(v.statement!.summary);
    // 60 names the place ("Ge zijt van Zilverbeek"), a fill, but its statements are the service's.
    expect(reply(60, { verdict: 'info', statement: statement(60, 0) }, { kind: 'who' })[0]).toBe(
      statement(60, 0).summary,
    );
  });
});

describe('whom to involve, and the lines after', () => {
  it('says "Neem contact op met" for a no and "Betrek" otherwise, with names and contact details', () => {
    const no = reply(
      45,
      { verdict: 'mag-niet', statement: statement(45, 2), doer: 'communicatiedienst' },
      {
        who: ['communicatiedienst'],
      },
    );
    expect(no[2]).toBe(`Neem contact op met ${SERVICE}.`);
    const yes = reply(
      54,
      { verdict: 'mag-mits', statement: statement(54, 0) },
      {
        who: ['bevoegde-mandataris', 'communicatiedienst'],
        question: 'mag ik een interview geven over de bibliotheek?',
      },
    );
    // The competent schepen follows from the question's subject (the library: Koen Maes).
    expect(yes[2]).toMatch(
      /^Betrek schepen Koen Maes \(koen\.maes@zilverbeek\.be, 016 00 10 02\).* en de dienst Communicatie/,
    );
  });

  it('names a chosen variant in lower case, the agreements to see too, and no empty line', () => {
    const lines = reply(
      46,
      { verdict: 'moet', statement: agreement(46).statements[0] },
      { alsoSee: [44, 50] },
    );
    expect(lines.find((l) => l.startsWith('Afspraak 46'))).toMatch(/^Afspraak 46 \(variant 2\): /);
    expect(lines.at(-1)).toBe('Zie ook afspraak 44 en 50.');
    expect(reply(74, { verdict: 'mag', statement: statement(74, 0) }).at(-1)).toMatch(/^Afspraak 74: /);
    expect(lines).not.toContain('');
  });

  it('keeps the parts for the card: the verdict, the agreement’s section and full text', () => {
    const p = composeAnswer(
      {
        verdict: { verdict: 'mag', statement: statement(74, 0) },
        kind: 'permission',
        agreement: agreement(74),
        who: [],
        question: 'mag ik het logo gebruiken?',
        alsoSee: [],
      },
      org,
    );
    expect(p).toMatchObject({
      verdict: 'mag',
      agreement: 74,
      fullText: agreement(74).text,
      section: agreement(74).section,
    });
    expect(p.variantLabel).toBeUndefined();
  });
});

describe('whoToInvolve', () => {
  const who = (v: Verdict, asker: Role, kind: ReplyInput['kind'], named: Role[] = []) =>
    whoToInvolve(v, asker, kind, named);

  it('puts whoever else is needed first, then who does it, then the statement’s list, each once', () => {
    expect(
      who(
        {
          verdict: 'mag-niet',
          statement: statement(45, 2),
          alsoNeeded: ['burgemeester'],
          doer: 'communicatiedienst',
        },
        'medewerker',
        'permission',
      ),
    ).toEqual(['burgemeester', 'communicatiedienst']);
    expect(
      who(
        {
          verdict: 'mag-niet',
          statement: statement(45, 2),
          doers: ['algemeen-directeur', 'communicatiedienst'],
        },
        'medewerker',
        'permission',
      ),
    ).toEqual(['algemeen-directeur', 'communicatiedienst']);
  });

  it('answers a who question with the statement’s actor, but never the asker, everyone or staff', () => {
    const v: Verdict = { verdict: 'info', statement: statement(36, 0) };
    expect(who(v, 'medewerker', 'who')).toEqual(['algemeen-directeur', 'bevoegde-mandataris']);
    expect(who(v, 'algemeen-directeur', 'who')).toEqual(['bevoegde-mandataris']);
    expect(who({ verdict: 'info', statement: statement(72, 0) }, 'medewerker', 'who')).toEqual([]);
  });

  it('names "a service" only as the answer to who does it, not as someone to involve', () => {
    const s = statement(57, 0);
    expect(who({ verdict: 'mag-mits', statement: s }, 'medewerker', 'permission')).toEqual([
      'communicatiedienst',
    ]);
    expect(who({ verdict: 'mag-mits', statement: s }, 'medewerker', 'who')).toEqual([
      'dienst',
      'communicatiedienst',
    ]);
    expect(who({ verdict: 'info', statement: s }, 'medewerker', 'permission')).toEqual([
      'dienst',
      'communicatiedienst',
    ]);
    expect(who({ verdict: 'mag-niet', doer: 'dienst' }, 'medewerker', 'permission')).toEqual([]);
  });

  it('leaves out whom the question itself names, except the communication service', () => {
    const v: Verdict = {
      verdict: 'mag-niet',
      statement: statement(45, 4),
      doers: ['burgemeester', 'communicatiedienst'],
    };
    expect(who(v, 'medewerker', 'permission', ['burgemeester', 'communicatiedienst'])).toEqual([
      'communicatiedienst',
    ]);
    expect(who(v, 'communicatiedienst', 'permission')).toEqual(['burgemeester']);
  });
});

describe('the other replies', () => {
  it('names the agreement once when every situation of a question back is in it', () => {
    const q = 'Gaat het over een brief of over de website?';
    expect(
      renderClarification({
        question: q,
        choices: [
          { label: 'een brief', agreement: 22 },
          { label: 'de website', agreement: 22 },
        ],
      }).split('\n'),
    ).toEqual([
      `${q} (afspraak 22)`,
      '- een brief',
      '- de website',
      'Kies een situatie, of stel je vraag opnieuw met wat meer uitleg.',
    ]);
    expect(
      renderClarification({
        question: q,
        choices: [
          { label: 'een brief', agreement: 36 },
          { label: 'de website', agreement: 22 },
        ],
      }).split('\n'),
    ).toEqual([
      q,
      '- een brief (afspraak 36)',
      '- de website (afspraak 22)',
      'Kies een situatie, of stel je vraag opnieuw met wat meer uitleg.',
    ]);
    expect(
      renderClarification({ question: q, choices: [{ label: 'een brief', agreement: 36 }] }).split('\n')[1],
    ).toBe('- een brief (afspraak 36)');
  });

  it('says the note has no agreement about a left-out subject, and whom to ask', () => {
    expect(omittedReply('de klachten', org).split('\n')).toEqual([
      'De afsprakennota van Gemeente Zilverbeek heeft geen afspraak over de klachten.',
      `Vraag het aan ${SERVICE}.`,
    ]);
  });

  it('refuses honestly, naming the service and its communication officer when there is one', () => {
    expect(outOfScopeReply(org).split('\n')[1]).toBe(
      `Gaat het over communicatie, vraag het dan aan ${SERVICE} of Lies Wouters, communicatieverantwoordelijke.`,
    );
    const without = effective((o) => {
      o.people = o.people.filter((p) => p.role !== 'communicatieverantwoordelijke');
    });
    expect(outOfScopeReply(without).split('\n')[1]).toBe(
      `Gaat het over communicatie, vraag het dan aan ${SERVICE}.`,
    );
  });

  it('asks for a question in plain words when the question is empty', () => {
    const r = ask('   ', org);
    expect(r.mode).toBe('refuse');
    expect(r.reply).toMatch(/^Stel je vraag in gewone woorden, bijvoorbeeld: ".+\?"$/);
  });

  it('joins names the Dutch way', () => {
    expect([[], ['a'], ['a', 'b'], ['a', 'b', 'c']].map(joinDutch)).toEqual(['', 'a', 'a en b', 'a, b en c']);
  });
});

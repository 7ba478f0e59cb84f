// The general mechanisms behind ask's reading of everyday questions (issue 4 follow-up): question
// kind from the opening verb, rules with exceptions, conditions a question breaks, who acts.
import { ask } from '../../../shared/ask';
import { interpretQuestion } from '../../../shared/ask/interpret';
import { CONDITION_BREAKER_ROWS } from '../../../shared/language/lexicon';
import { normalise } from '../../../shared/language';
import { effective } from './org';

const org = effective();
const top = (q: string) => {
  const r = ask(q, org);
  expect(r.outOfScope).toBe(false);
  return r.answers[0];
};

describe('question kind', () => {
  it('lets a modal verb that opens the question decide, even with "wie" later on', () => {
    expect(interpretQuestion('moet er bij elk collegebesluit staan wie communiceert?').kind).toBe(
      'obligation',
    );
    expect(interpretQuestion('mag ik vragen wie het infoblad maakt?').kind).toBe('permission');
  });

  it('reads questions about how things are arranged as information', () => {
    expect(interpretQuestion('zit de communicatieverantwoordelijke in het MT?').kind).toBe('who');
    expect(interpretQuestion('krijgt de comdienst de collegeagenda?').kind).toBe('who');
    // … unless they ask for permission or an obligation after all.
    expect(interpretQuestion('is het verplicht om een persbericht te laten nalezen?').kind).toBe(
      'obligation',
    );
  });
});

describe('rules with an exception', () => {
  it('answers a department without its own house style with the rule, and names the exception', () => {
    const a = ask('mag de milieudienst een eigen huisstijl gebruiken voor haar folders?', org);
    expect(a.answers[0].agreement).toBe(72);
    expect(a.answers[0].verdict).toBe('mag-niet');
    expect(a.reply).toContain('Uitzondering: enkel diensten die een eigen huisstijl hebben');
    // The rule comes first, then the exception.
    expect(a.reply.split('\n')[1]).toContain('huisstijl van de gemeente');
  });

  it('answers the exception holder itself with yes', () => {
    expect(top('mag het cultuurcentrum zijn eigen huisstijl houden op affiches?')).toMatchObject({
      agreement: 72,
      verdict: 'mag',
    });
  });

  it('answers a mandataris in the municipal magazine with the rule unless the question names an exception', () => {
    expect(top('mag de schepen met zijn foto in het infoblad?').verdict).toBe('mag-niet');
    expect(top('mag de burgemeester een kort voorwoord in het infoblad schrijven?').verdict).toBe('mag');
  });
});

describe('conditions a question breaks', () => {
  it('says no to a picture found on the internet (24: copyright)', () => {
    expect(top('ik heb een mooie foto op google gevonden, mag ik die in onze folder zetten?')).toMatchObject({
      agreement: 24,
      verdict: 'mag-niet',
    });
  });

  it('names the condition that is not met in the reply', () => {
    const r = ask('mag ik een foto die ik op pinterest vond in het infoblad zetten?', org);
    expect(r.reply.split('\n')[0]).toBe('Nee.');
    expect(r.reply).toContain('Dat mag enkel zo: met respect voor de auteursrechten');
  });

  it('keeps its lexicon in normalised form', () => {
    for (const row of CONDITION_BREAKER_ROWS)
      for (const t of [row.id, ...row.terms]) expect(normalise(t)).toBe(t);
  });
});

describe('who acts', () => {
  it('tells the communication service using AI (85) from a department using it (87)', () => {
    expect(top('de communicatiedienst wil copilot uitproberen').agreement).toBe(85);
    expect(
      top('onze sportdienst maakte een filmpje met een AI-stem, moeten we dat vermelden?'),
    ).toMatchObject({
      agreement: 87,
      verdict: 'moet',
    });
  });

  it('reads staff abbreviations: MAT, pb, CBS', () => {
    expect(top('zit er iemand van communicatie in het MAT?').agreement).toBe(5);
    expect(top('mag ik zelf een pb naar de krant sturen?')).toMatchObject({
      agreement: 45,
      verdict: 'mag-niet',
    });
    expect(interpretQuestion('krijgt het CBS een kopie van de persberichten?').roles).toContain('college');
  });

  it('answers an obligation to refer a film crew (53) to "mag ik ja zeggen" with no', () => {
    expect(top('een tv-ploeg wil filmen in de bib, mag ik ja zeggen?')).toMatchObject({
      agreement: 53,
      verdict: 'mag-niet',
    });
  });
});

describe('everyday names for the communication service, events and the workplace', () => {
  it('reads "communicatie" as the service where staff address it by that name', () => {
    expect(interpretQuestion('kan communicatie ons helpen met een affiche?').actor).toBe(
      'communicatiedienst',
    );
    expect(interpretQuestion('wij van communicatie, mogen wij dat zelf posten?').roles).toContain(
      'communicatiedienst',
    );
    // As the subject matter it stays the subject matter.
    expect(interpretQuestion('is onze communicatie duidelijk genoeg?').roles).not.toContain(
      'communicatiedienst',
    );
  });

  it('knows a dorpsfeest or a braderie as a project to announce in time, not the staff party', () => {
    expect(
      interpretQuestion('we organiseren een dorpsfeest, wanneer verwittigen we de comdienst?').objects,
    ).toContain('project');
    expect(interpretQuestion('de braderie komt eraan').objects).toContain('project');
    expect(ask('wanneer is het personeelsfeest?', org).outOfScope).toBe(true);
  });

  it('refuses questions about office chairs and work phones', () => {
    expect(ask('wie bestelt een nieuwe bureaustoel?', org).outOfScope).toBe(true);
    expect(ask('mijn dienstgsm is kapot, wat nu?', org).outOfScope).toBe(true);
  });
});

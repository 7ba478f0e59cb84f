// decideVerdict on small constructed statements and interpretations, one rule per test, exact
// expectations: the verdict, the statement it rests on, and what the reply will name.
import type { Statement } from '../../../shared/catalogue/types';
import { matchStem } from '../../../shared/language';
import type { Interpretation } from '../../../shared/ask/types';
import {
  breaksCondition,
  decideVerdict,
  leavesOutRequirement,
  negatesCondition,
  unclaimedException,
} from '../../../shared/ask/verdict';

function asked(over: Partial<Interpretation> & Pick<Interpretation, 'kind'>): Interpretation {
  return {
    actor: 'medewerker',
    actorExplicit: false,
    roles: [],
    actions: [],
    objects: [],
    corrections: [],
    stems: [],
    ...over,
  };
}
const stems = (...words: string[]) => words.map(matchStem);

describe('verdict: an exception the question does not claim', () => {
  // 72-like: a department designs in its own house style only when it has one, like the library.
  const exception: Statement = {
    actor: 'dienst',
    modality: 'mag-mits',
    action: 'ontwerpen',
    objects: ['huisstijl'],
    conditions: ['enkel voor diensten met een eigen huisstijl zoals de bibliotheek'],
    summary: 'Een dienst met een eigen huisstijl mag die gebruiken.',
  };

  it('answers no, naming the exception, when the asker does not say it applies', () => {
    const i = asked({ kind: 'permission', actor: 'dienst', actions: ['ontwerpen'], stems: stems('affiche') });
    expect(decideVerdict([exception], exception, i)).toEqual({
      verdict: 'mag-niet',
      statement: exception,
      exception: exception.conditions,
    });
  });

  it('answers yes-but when the asker names the holder of the exception', () => {
    const i = asked({
      kind: 'permission',
      actor: 'dienst',
      actions: ['ontwerpen'],
      stems: stems('bibliotheek'),
    });
    expect(decideVerdict([exception], exception, i)).toEqual({ verdict: 'mag-mits', statement: exception });
  });

  it("answers with the rule itself when the question names the exception's subject", () => {
    const rule: Statement = {
      actor: 'dienst',
      modality: 'moet',
      action: 'ontwerpen',
      objects: ['huisstijl'],
      summary: 'Alles wordt ontworpen in de huisstijl van de gemeente.',
    };
    const i = asked({ kind: 'permission', actor: 'dienst', actions: ['ontwerpen'], objects: ['huisstijl'] });
    expect(decideVerdict([rule, exception], exception, i)).toEqual({
      verdict: 'mag-niet',
      statement: rule,
      exception: exception.conditions,
    });
    const library = { ...i, stems: stems('bibliotheek') };
    expect(decideVerdict([rule, exception], exception, library)).toEqual({
      verdict: 'mag',
      statement: exception,
    });
  });
});

describe("verdict: someone else's job", () => {
  // 45-like: press releases are sent by the communication service.
  const theirs: Statement = {
    actor: 'communicatiedienst',
    modality: 'moet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'De communicatiedienst verstuurt de persberichten.',
  };

  it.each(['permission', 'how'] as const)(
    'answers a %s question about that act with no, naming who does it',
    (kind) => {
      const i = asked({ kind, actions: ['versturen'], objects: ['persbericht'] });
      expect(decideVerdict([theirs], theirs, i)).toEqual({
        verdict: 'mag-niet',
        statement: theirs,
        doer: 'communicatiedienst',
      });
    },
  );

  it('answers the same for a description of their role (info)', () => {
    const info = { ...theirs, modality: 'info' as const };
    const i = asked({ kind: 'how', actions: ['versturen'], objects: ['persbericht'] });
    expect(decideVerdict([info], info, i)).toMatchObject({ verdict: 'mag-niet', doer: 'communicatiedienst' });
  });

  it('only tells who is responsible when the question asks about another act', () => {
    const i = asked({ kind: 'how', actions: ['ontwerpen'], objects: ['persbericht'] });
    expect(decideVerdict([theirs], theirs, i)).toEqual({ verdict: 'info', statement: theirs });
  });
});

describe('verdict: an obligation of the asker, asked as "mag ik"', () => {
  const must = (over: Partial<Statement> = {}): Statement => ({
    actor: 'medewerker',
    modality: 'moet',
    action: 'publiceren',
    objects: ['website'],
    summary: 'Een medewerker zet zijn nieuws op de website.',
    ...over,
  });
  const i = asked({ kind: 'permission', actions: ['publiceren'], objects: ['website'] });

  it('is yes-but when it names people to involve', () => {
    const s = must({ involve: ['communicatiedienst'] });
    expect(decideVerdict([s], s, i)).toEqual({ verdict: 'mag-mits', statement: s });
  });

  it('is yes-but when it has conditions', () => {
    const s = must({ conditions: ['na overleg met de webredactie'] });
    expect(decideVerdict([s], s, i)).toEqual({ verdict: 'mag-mits', statement: s });
  });

  it('is a plain yes without either', () => {
    const s = must();
    expect(decideVerdict([s], s, i)).toEqual({ verdict: 'mag', statement: s });
  });

  it('stays an obligation when asked as "moet ik"', () => {
    const s = must({ involve: ['communicatiedienst'] });
    expect(decideVerdict([s], s, { ...i, kind: 'obligation' })).toEqual({ verdict: 'moet', statement: s });
  });
});

describe('verdict: a "who" question, or nothing to rest on', () => {
  const s: Statement = {
    actor: 'communicatiedienst',
    modality: 'moet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'De communicatiedienst verstuurt de persberichten.',
  };

  it('answers "who" with information, on the statement when there is one', () => {
    expect(decideVerdict([s], s, asked({ kind: 'who' }))).toEqual({ verdict: 'info', statement: s });
    expect(decideVerdict([s], undefined, asked({ kind: 'who' }))).toEqual({ verdict: 'info' });
  });

  it('answers information without a statement for the asker', () => {
    expect(decideVerdict([s], undefined, asked({ kind: 'how' }))).toEqual({ verdict: 'info' });
  });
});

describe('verdict: an obligation to pass it on, asked as "mag ik"', () => {
  // 53-like: staff refer a journalist to the communication service.
  const refer: Statement = {
    actor: 'medewerker',
    modality: 'moet',
    action: 'doorverwijzen',
    objects: ['journalist'],
    involve: ['communicatiedienst'],
    summary: 'Een medewerker verwijst een journalist door naar de communicatiedienst.',
  };

  it('is no for handling it yourself', () => {
    const i = asked({ kind: 'permission', actions: ['beantwoorden'], objects: ['journalist'] });
    expect(decideVerdict([refer], refer, i)).toMatchObject({ verdict: 'mag-niet', statement: refer });
  });

  it('is yes-but for passing it on', () => {
    const i = asked({ kind: 'permission', actions: ['doorverwijzen'], objects: ['journalist'] });
    expect(decideVerdict([refer], refer, i)).toEqual({ verdict: 'mag-mits', statement: refer });
  });
});

describe('verdict: a permission on conditions, asked as "hoe" or "moet ik"', () => {
  const allowed: Statement = {
    actor: 'dienst',
    modality: 'mag-mits',
    action: 'aanmaken',
    objects: ['sociale-media'],
    conditions: ['na overleg met de communicatiedienst'],
    summary: 'Een dienst kan een eigen pagina aanmaken na overleg met de communicatiedienst.',
  };

  it('"hoe pak ik dat aan?": the conditions are what to do', () => {
    const i = asked({ kind: 'how', actor: 'dienst', actions: ['aanmaken'] });
    expect(decideVerdict([allowed], allowed, i)).toEqual({ verdict: 'moet', statement: allowed });
  });

  it('"moet ik een eigen pagina maken?": allowed on conditions, not required', () => {
    const i = asked({ kind: 'obligation', actor: 'dienst', actions: ['aanmaken'] });
    expect(decideVerdict([allowed], allowed, i)).toEqual({ verdict: 'mag-mits', statement: allowed });
  });

  it('"moet ik daarvoor overleggen?": another act than the permitted one is what one must do', () => {
    const i = asked({ kind: 'obligation', actor: 'dienst', actions: ['overleggen'] });
    expect(decideVerdict([allowed], allowed, i)).toEqual({ verdict: 'moet', statement: allowed });
  });
});

describe("verdict: someone else's statement, asked as an obligation or about another act", () => {
  const coordinates: Statement = {
    actor: 'communicatiedienst',
    modality: 'info',
    action: 'coordineren',
    objects: ['beeldmateriaal'],
    summary: 'De communicatiedienst legt het beeldbeleid vast.',
  };

  it('"moet de dienst …?" gets that statement\'s own modality', () => {
    const i = asked({ kind: 'obligation', actions: ['coordineren'], objects: ['beeldmateriaal'] });
    expect(decideVerdict([coordinates], coordinates, i)).toEqual({ verdict: 'info', statement: coordinates });
  });

  it('"mogen we foto\'s posten?" answered by what the service lays down: yes, within it', () => {
    const i = asked({ kind: 'permission', actions: ['delen'], objects: ['beeldmateriaal'] });
    expect(decideVerdict([coordinates], coordinates, i)).toEqual({
      verdict: 'mag-mits',
      statement: coordinates,
      coordinator: 'communicatiedienst',
    });
  });

  it('the same question from a mandataris only tells who is responsible', () => {
    const i = asked({
      kind: 'permission',
      actor: 'schepen',
      actions: ['delen'],
      objects: ['beeldmateriaal'],
    });
    expect(decideVerdict([coordinates], coordinates, i)).toEqual({ verdict: 'info', statement: coordinates });
  });
});

describe('verdict: doing it without what the statement requires', () => {
  const withService: Statement = {
    actor: 'dienst',
    modality: 'mag-mits',
    action: 'organiseren',
    objects: ['inspraak'],
    involve: ['communicatiedienst'],
    conditions: ['na overleg met de communicatiedienst'],
    summary: 'Een dienst organiseert inspraak samen met de communicatiedienst.',
  };
  const base = {
    kind: 'permission' as const,
    actor: 'dienst' as const,
    actions: ['organiseren'],
    objects: ['inspraak'],
  };

  it('is no without the people to involve', () => {
    const i = asked({ ...base, without: { roles: ['communicatiedienst'], actions: [], stems: [] } });
    expect(decideVerdict([withService], withService, i)).toEqual({
      verdict: 'mag-niet',
      statement: withService,
    });
  });

  it('is no, naming the condition, without what the condition names', () => {
    const i = asked({ ...base, without: { roles: [], actions: [], stems: stems('overleg') } });
    expect(decideVerdict([withService], withService, i)).toEqual({
      verdict: 'mag-niet',
      statement: withService,
      unmet: withService.conditions,
    });
  });

  it('stays yes-but without something the statement does not ask', () => {
    const i = asked({ ...base, without: { roles: [], actions: [], stems: stems('affiche') } });
    expect(decideVerdict([withService], withService, i)).toEqual({
      verdict: 'mag-mits',
      statement: withService,
    });
  });
});

// Issue 18: one test per rule of verdict.ts that decides what a user is told, so that a one-line
// change in any of them (a mutant) changes an asserted verdict.

describe('verdict: "volstaat …?", "is … genoeg?" (sufficiency)', () => {
  // 36-like: the algemeen directeur and the competent mandataris both sign letters.
  const director: Statement = {
    actor: 'algemeen-directeur',
    modality: 'moet',
    action: 'ondertekenen',
    objects: ['brief'],
    involve: ['bevoegde-mandataris'],
    summary: 'De algemeen directeur ondertekent de brieven.',
  };
  const mandatary: Statement = {
    actor: 'bevoegde-mandataris',
    modality: 'moet',
    action: 'ondertekenen',
    objects: ['brief'],
    involve: ['algemeen-directeur'],
    summary: 'De bevoegde mandataris ondertekent de brieven.',
  };
  const statements = [director, mandatary];
  const sufficiency = (roles: Interpretation['roles']) =>
    asked({ kind: 'permission', sufficiency: true, roles, actions: ['ondertekenen'], objects: ['brief'] });

  it('is no, naming who else signs, when the question names only the schepen', () => {
    expect(decideVerdict(statements, director, sufficiency(['schepen']))).toEqual({
      verdict: 'mag-niet',
      statement: mandatary,
      alsoNeeded: ['algemeen-directeur'],
    });
  });

  it('is no, naming the competent mandataris, when it names only the algemeen directeur', () => {
    expect(decideVerdict(statements, mandatary, sufficiency(['algemeen-directeur']))).toEqual({
      verdict: 'mag-niet',
      statement: director,
      alsoNeeded: ['bevoegde-mandataris'],
    });
  });

  it('is yes when the question names both', () => {
    expect(decideVerdict(statements, director, sufficiency(['algemeen-directeur', 'schepen']))).toEqual({
      verdict: 'mag',
      statement: director,
    });
  });

  it("is read as usual when the question names nobody in particular: someone else's job", () => {
    const i = sufficiency(['medewerker', 'dienst']);
    expect(decideVerdict(statements, director, i)).toEqual({
      verdict: 'mag-niet',
      statement: director,
      doer: 'algemeen-directeur',
    });
  });

  it('is read as usual when the act requires nobody in particular', () => {
    const anyone: Statement = { ...director, actor: 'iedereen', involve: ['dienst'] };
    expect(decideVerdict([anyone], anyone, sufficiency(['schepen']))).toEqual({
      verdict: 'mag-mits',
      statement: anyone,
    });
  });

  it('counts only the duties on the same act', () => {
    const other: Statement = { ...mandatary, action: 'versturen' };
    expect(decideVerdict([director, other], director, sufficiency(['algemeen-directeur']))).toEqual({
      verdict: 'mag-niet',
      statement: director,
      alsoNeeded: ['bevoegde-mandataris'],
    });
  });
});

describe('verdict: no fitting statement, a rule for the asker instead', () => {
  const describes: Statement = {
    actor: 'medewerker',
    modality: 'info',
    action: 'informeren',
    objects: ['communicatie'],
    summary: 'Medewerkers zijn informeringsgevoelig.',
  };
  const rule: Statement = { ...describes, modality: 'moet', summary: 'Medewerkers geven onderwerpen door.' };
  const service: Statement = { ...describes, actor: 'communicatiedienst', modality: 'moet' };

  it("answers from the asker's rule, before a description of their role", () => {
    const i = asked({ kind: 'obligation' });
    expect(decideVerdict([service, describes, rule], undefined, i)).toEqual({
      verdict: 'moet',
      statement: rule,
    });
  });

  it('falls back on the description when the agreement has no rule for the asker', () => {
    const i = asked({ kind: 'obligation' });
    expect(decideVerdict([service, describes], undefined, i)).toEqual({
      verdict: 'moet',
      statement: describes,
    });
  });

  it('answers information for a "hoe" question, which asks for no rule', () => {
    expect(decideVerdict([rule], undefined, asked({ kind: 'how' }))).toEqual({ verdict: 'info' });
  });

  it("answers information when no statement is the asker's", () => {
    expect(decideVerdict([service], undefined, asked({ kind: 'permission' }))).toEqual({ verdict: 'info' });
  });
});

describe('verdict: the asker picked the situation (a clarifying click)', () => {
  const notAllowed: Statement = {
    actor: 'medewerker',
    modality: 'mag-niet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'Een medewerker verstuurt geen persberichten.',
  };
  const service: Statement = {
    actor: 'communicatiedienst',
    modality: 'moet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'De communicatiedienst verstuurt de persberichten.',
  };
  const chosen = { chosen: true };

  it("gives the asker's own statement its plain reading, naming who does it instead", () => {
    const i = asked({ kind: 'permission', actions: ['versturen'], objects: ['persbericht'] });
    expect(decideVerdict([notAllowed, service], notAllowed, i, chosen)).toEqual({
      verdict: 'mag-niet',
      statement: notAllowed,
      doer: 'communicatiedienst',
      doers: ['communicatiedienst'],
    });
  });

  it("is no for someone else's job, asked as may I or how", () => {
    for (const kind of ['permission', 'how'] as const)
      expect(decideVerdict([notAllowed, service], service, asked({ kind }), chosen)).toEqual({
        verdict: 'mag-niet',
        statement: service,
        doer: 'communicatiedienst',
      });
  });

  it("keeps someone else's prohibition a no, and their job information otherwise", () => {
    const theirs: Statement = { ...notAllowed, actor: 'schepen' };
    const i = asked({ kind: 'obligation' });
    expect(decideVerdict([theirs], theirs, i, chosen)).toEqual({ verdict: 'mag-niet', statement: theirs });
    expect(decideVerdict([service], service, i, chosen)).toEqual({ verdict: 'info', statement: service });
  });

  it('names no exception or broken condition the question did not choose', () => {
    const only: Statement = {
      actor: 'dienst',
      modality: 'mag-mits',
      action: 'ontwerpen',
      objects: ['huisstijl'],
      conditions: ['enkel diensten met een eigen huisstijl zoals de bibliotheek'],
      summary: 'Een dienst met een eigen huisstijl mag die gebruiken.',
    };
    const i = asked({ kind: 'permission', actor: 'dienst', actions: ['ontwerpen'], objects: ['huisstijl'] });
    expect(decideVerdict([only], only, i, chosen)).toEqual({ verdict: 'mag-mits', statement: only });
  });
});

describe('verdict: "je of u?" (an either/or question)', () => {
  const je: Statement = {
    actor: 'iedereen',
    modality: 'moet',
    action: 'aanspreken',
    objects: ['website'],
    conditions: ['je-vorm'],
    summary: 'Op de website spreken we de lezer aan met je.',
  };
  const u: Statement = { ...je, objects: ['brief'], conditions: ['u-vorm'], summary: 'In brieven met u.' };

  it('gives the rule for each case, no yes or no', () => {
    const i = asked({ kind: 'permission', choice: true, objects: ['website'] });
    expect(decideVerdict([je, u], je, i)).toEqual({ verdict: 'info', statement: je });
  });

  it('answers an obligation when the agreement has one rule only', () => {
    const i = asked({ kind: 'obligation', choice: true, objects: ['website'] });
    expect(decideVerdict([je], je, i)).toEqual({ verdict: 'moet', statement: je });
  });

  it('answers "moet ik je of u schrijven?" with the rule for each case too: no "Ja" to either/or', () => {
    const i = asked({ kind: 'obligation', choice: true, objects: ['website'] });
    expect(decideVerdict([je, u], je, i)).toEqual({ verdict: 'info', statement: je });
  });
});

describe('verdict: a form of address on a named channel', () => {
  const letters: Statement = {
    actor: 'iedereen',
    modality: 'moet',
    action: 'aanspreken',
    objects: ['brief'],
    conditions: ['u-vorm'],
    summary: 'In brieven gebruiken we de u-vorm.',
  };
  const site: Statement = { ...letters, objects: ['website'], conditions: ['je-vorm'] };
  const proposes = (addressForm: 'je' | 'u', kind: 'permission' | 'obligation' = 'permission') =>
    asked({ kind, addressForm, objects: ['brief'] });

  it('is no to "mag ik die burger met je aanspreken in mijn brief?"', () => {
    expect(decideVerdict([letters], letters, proposes('je'))).toEqual({
      verdict: 'mag-niet',
      statement: letters,
    });
  });

  it('is yes to the prescribed form', () => {
    expect(decideVerdict([letters], letters, proposes('u'))).toEqual({ verdict: 'mag', statement: letters });
    expect(decideVerdict([site], site, proposes('je'))).toEqual({ verdict: 'mag', statement: site });
    expect(decideVerdict([site], site, proposes('u'))).toEqual({ verdict: 'mag-niet', statement: site });
  });

  it('reads a rule without a form, or a question that asks whether one must, as usual', () => {
    const plain: Statement = { ...letters, conditions: ['zakelijk'] };
    expect(decideVerdict([plain], plain, proposes('je'))).toEqual({ verdict: 'mag-mits', statement: plain });
    expect(decideVerdict([letters], letters, proposes('je', 'obligation'))).toEqual({
      verdict: 'moet',
      statement: letters,
    });
  });

  it('reads a permission that names a form as a permission, not as a prescription', () => {
    const may: Statement = { ...letters, modality: 'mag' };
    expect(decideVerdict([may], may, proposes('je'))).toEqual({ verdict: 'mag-mits', statement: may });
  });
});

describe('verdict: a general rule with listed exceptions (32)', () => {
  const rule: Statement = {
    actor: 'iedereen',
    modality: 'mag-niet',
    action: 'vermelden',
    objects: ['mandataris', 'infoblad'],
    summary: 'Mandatarissen komen niet voor in de gemeentelijke kanalen.',
  };
  const exceptions: Statement = {
    ...rule,
    modality: 'mag-mits',
    conditions: [
      'een (kort) voorwoord in het infoblad',
      'in een crisis: de burgemeester die het woord voert',
    ],
    summary: 'Een mandataris mag wel in de kanalen bij de uitzonderingen.',
  };
  const crisis: Statement = {
    actor: 'burgemeester',
    modality: 'mag',
    action: 'woord-voeren',
    objects: ['crisis', 'gemeentelijke-kanalen'],
    summary: 'In een crisis voert de burgemeester het woord.',
  };
  const statements = [rule, exceptions, crisis];
  const question = (over: Partial<Interpretation>) =>
    asked({ kind: 'permission', actor: 'schepen', objects: ['mandataris'], ...over });

  it('is no, listing the exceptions, when the question claims none', () => {
    expect(decideVerdict(statements, rule, question({ stems: stems('affiche') }))).toEqual({
      verdict: 'mag-niet',
      statement: rule,
      exception: exceptions.conditions,
    });
  });

  it('is yes when the question names an exception by its first word ("een voorwoord")', () => {
    expect(decideVerdict(statements, rule, question({ stems: stems('voorwoord') }))).toEqual({
      verdict: 'mag',
      statement: exceptions,
    });
  });

  it("is yes, from the burgemeester's own statement, when a storm is read as a crisis", () => {
    const storm = question({
      actor: 'burgemeester',
      objects: ['crisis', 'mandataris'],
      stems: stems('storm'),
    });
    expect(decideVerdict(statements, rule, storm)).toEqual({ verdict: 'mag', statement: crisis });
  });

  it('is no for an asker the exceptions are not about', () => {
    const forMandataries: Statement = { ...exceptions, actor: 'mandataris' };
    const staff = question({ actor: 'communicatiedienst', stems: stems('voorwoord') });
    expect(decideVerdict([rule, forMandataries], rule, staff)).toEqual({
      verdict: 'mag-niet',
      statement: rule,
    });
  });

  it('does not treat a prohibition with its own condition as such a rule', () => {
    const conditional: Statement = { ...rule, conditions: ['zonder overleg'] };
    const i = question({ stems: stems('affiche') });
    expect(decideVerdict([conditional, exceptions], conditional, i)).toEqual({
      verdict: 'mag-niet',
      statement: conditional,
    });
  });

  it('applies when the rule fits best, even if the question does not name its subject', () => {
    // "De foto van het schepencollege op de overzichtspagina?": the college, not the word mandataris.
    const i = question({ objects: ['infoblad'], stems: stems('voorwoord') });
    expect(decideVerdict(statements, rule, i)).toEqual({ verdict: 'mag', statement: exceptions });
    expect(decideVerdict(statements, rule, { ...i, stems: stems('affiche') })).toEqual({
      verdict: 'mag-niet',
      statement: rule,
      exception: exceptions.conditions,
    });
  });

  it('needs the subject, or a list of exceptions, when another statement fits best', () => {
    const i = question({ objects: ['infoblad'], stems: stems('voorwoord') });
    expect(decideVerdict(statements, exceptions, i)).toEqual({ verdict: 'mag-mits', statement: exceptions });
    // One condition is when, not a list of exceptions (31: "pas na goedkeuring door de gemeenteraad").
    const when: Statement = { ...exceptions, conditions: ['pas na goedkeuring door de gemeenteraad'] };
    expect(decideVerdict([rule, when], rule, { ...i, stems: stems('affiche') })).toEqual({
      verdict: 'mag-niet',
      statement: rule,
    });
  });
});

describe('verdict: an exception for communication "vanuit het lokaal bestuur" (74)', () => {
  const logo: Statement = {
    actor: 'iedereen',
    modality: 'mag-mits',
    action: 'gebruiken',
    objects: ['logo'],
    conditions: ['enkel voor communicatie vanuit het lokaal bestuur'],
    summary: 'Het logo wordt enkel gebruikt voor communicatie vanuit het lokaal bestuur.',
  };
  const question = (actor: Interpretation['actor']) =>
    asked({ kind: 'permission', actor, actions: ['gebruiken'], objects: ['logo'] });

  it('is yes-but for staff, who speak for the organisation', () => {
    expect(decideVerdict([logo], logo, question('medewerker'))).toEqual({
      verdict: 'mag-mits',
      statement: logo,
    });
  });

  it('is no for a mandataris, naming the exception', () => {
    expect(decideVerdict([logo], logo, question('mandataris'))).toEqual({
      verdict: 'mag-niet',
      statement: logo,
      exception: logo.conditions,
    });
  });
});

describe('verdict: a question that breaks the condition itself (condition-breakers)', () => {
  const images: Statement = {
    actor: 'iedereen',
    modality: 'mag-mits',
    action: 'gebruiken',
    objects: ['beeldmateriaal'],
    conditions: ['met respect voor de auteursrechten'],
    summary: 'Beelden gebruiken mag met respect voor de auteursrechten.',
  };
  const question = (...words: string[]) =>
    asked({
      kind: 'permission',
      actions: ['gebruiken'],
      objects: ['beeldmateriaal'],
      stems: stems(...words),
    });

  it('is no, naming the condition, for a photo found on Google', () => {
    expect(decideVerdict([images], images, question('foto', 'google'))).toEqual({
      verdict: 'mag-niet',
      statement: images,
      unmet: images.conditions,
    });
  });

  it('needs every word of a phrase ("zonder toestemming")', () => {
    expect(decideVerdict([images], images, question('zonder', 'toestemming'))).toMatchObject({
      verdict: 'mag-niet',
    });
    expect(decideVerdict([images], images, question('toestemming'))).toEqual({
      verdict: 'mag-mits',
      statement: images,
    });
  });

  it('stays yes-but when the condition is not one the breaker is about', () => {
    const other: Statement = { ...images, conditions: ['in overleg met de communicatiedienst'] };
    expect(decideVerdict([other], other, question('google'))).toEqual({
      verdict: 'mag-mits',
      statement: other,
    });
  });

  it('reads a one-word term as the head of a compound, not the reverse', () => {
    expect(decideVerdict([images], images, question('internetfotootje'))).toEqual({
      verdict: 'mag-mits',
      statement: images,
    });
    expect(decideVerdict([images], images, question('stockinternet'))).toMatchObject({ verdict: 'mag-niet' });
  });
});

describe('verdict: doing without what an obligation requires', () => {
  const refer: Statement = {
    actor: 'medewerker',
    modality: 'moet',
    action: 'doorverwijzen',
    objects: ['pers'],
    summary: 'Een medewerker verwijst de pers door naar de communicatiedienst.',
  };

  it('is no to "mag ik antwoorden zonder door te verwijzen?"', () => {
    const i = asked({
      kind: 'permission',
      actions: ['doorverwijzen'],
      objects: ['pers'],
      without: { roles: [], actions: ['doorverwijzen'], stems: [] },
    });
    expect(decideVerdict([refer], refer, i)).toEqual({ verdict: 'mag-niet', statement: refer });
  });

  it('stays yes-but when what is left out is another act', () => {
    const i = asked({
      kind: 'permission',
      actions: ['doorverwijzen'],
      objects: ['pers'],
      without: { roles: [], actions: ['ontwerpen'], stems: [] },
    });
    expect(
      decideVerdict(
        [{ ...refer, involve: ['communicatiedienst'] }],
        { ...refer, involve: ['communicatiedienst'] },
        i,
      ),
    ).toMatchObject({ verdict: 'mag-mits' });
  });
});

describe('verdict: a prohibition asked as "wat moet ik doen?" (50)', () => {
  const noReaction: Statement = {
    actor: 'medewerker',
    modality: 'mag-niet',
    action: 'reageren',
    objects: ['pers'],
    summary: 'Een medewerker reageert niet zelf aan de pers.',
  };
  const refer: Statement = {
    actor: 'medewerker',
    modality: 'moet',
    action: 'doorverwijzen',
    objects: ['pers'],
    involve: ['communicatiedienst'],
    summary: 'Een medewerker verwijst de journalist door naar de communicatiedienst.',
  };
  const unrelated: Statement = { ...refer, objects: ['website'], summary: 'Iets anders.' };

  it.each(['how', 'other'] as const)('answers a %s question with what to do instead', (kind) => {
    const i = asked({ kind, actions: ['reageren'], objects: ['pers'] });
    expect(decideVerdict([noReaction, unrelated, refer], noReaction, i)).toEqual({
      verdict: 'moet',
      statement: refer,
    });
  });

  it('answers "wat moet ik doen?" the same, but "moet ik reageren?" with the prohibition', () => {
    const what = asked({ kind: 'obligation', actions: ['reageren'], objects: ['pers'], stems: stems('wat') });
    expect(decideVerdict([noReaction, refer], noReaction, what)).toEqual({
      verdict: 'moet',
      statement: refer,
    });
    const whether = { ...what, stems: stems('reageren') };
    expect(decideVerdict([noReaction, refer], noReaction, whether)).toEqual({
      verdict: 'mag-niet',
      statement: noReaction,
    });
  });

  it("stays no when the asker's obligation is about another subject, or someone else's", () => {
    const i = asked({ kind: 'how', actions: ['reageren'], objects: ['pers'] });
    expect(decideVerdict([noReaction, unrelated], noReaction, i)).toEqual({
      verdict: 'mag-niet',
      statement: noReaction,
    });
    const theirs: Statement = { ...refer, actor: 'schepen' };
    expect(decideVerdict([noReaction, theirs], noReaction, i)).toEqual({
      verdict: 'mag-niet',
      statement: noReaction,
    });
  });
});

describe('verdict: "moet ik dat via jullie doen?" answered by a prohibition with its doers (45)', () => {
  const notStaff: Statement = {
    actor: 'medewerker',
    modality: 'mag-niet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'Diensten versturen zelf geen persberichten.',
  };
  const service: Statement = {
    actor: 'communicatiedienst',
    modality: 'moet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'De communicatiedienst verstuurt de persberichten.',
  };
  const statements = [notStaff, service];
  const doers = { doer: 'communicatiedienst', doers: ['communicatiedienst'] };

  it('is yes, through the doers, to "ben ik verplicht mijn persbericht te bezorgen?"', () => {
    const i = asked({ kind: 'obligation', actions: ['aanleveren'], objects: ['persbericht'] });
    expect(decideVerdict(statements, notStaff, i)).toEqual({
      verdict: 'moet',
      statement: notStaff,
      ...doers,
    });
  });

  it('is yes when the question names the route ("moet ik het via jullie versturen?")', () => {
    // The service's own statement is about a related act (forwarding), not the one asked.
    const forwards: Statement = { ...service, action: 'doorsturen' };
    const via = asked({
      kind: 'obligation',
      roles: ['medewerker', 'communicatiedienst'],
      actions: ['versturen'],
      objects: ['persbericht'],
    });
    expect(decideVerdict([notStaff, forwards], notStaff, via)).toEqual({
      verdict: 'moet',
      statement: notStaff,
      ...doers,
    });
    // The same question without the route asks whether one must send it oneself: no.
    const alone = { ...via, roles: ['medewerker' as const] };
    expect(decideVerdict([notStaff, forwards], notStaff, alone)).toEqual({
      verdict: 'mag-niet',
      statement: notStaff,
      ...doers,
    });
    // Naming someone who is neither a doer nor involved is no route.
    const other = { ...via, roles: ['medewerker' as const, 'schepen' as const] };
    expect(decideVerdict([notStaff, forwards], notStaff, other)).toMatchObject({ verdict: 'mag-niet' });
  });

  it('stays no when the question asks about the very act the doers do ("moet ik het versturen?")', () => {
    const i = asked({ kind: 'obligation', actions: ['versturen'], objects: ['persbericht'] });
    expect(decideVerdict(statements, notStaff, i)).toEqual({
      verdict: 'mag-niet',
      statement: notStaff,
      ...doers,
    });
  });

  it('stays no to "mag ik …?", naming every doer once', () => {
    const cabinet: Statement = { ...service, actor: 'kabinet', modality: 'info' };
    const i = asked({ kind: 'permission', actions: ['versturen'], objects: ['persbericht'] });
    expect(decideVerdict([notStaff, service, cabinet, { ...service }], notStaff, i)).toEqual({
      verdict: 'mag-niet',
      statement: notStaff,
      doer: 'communicatiedienst',
      doers: ['communicatiedienst', 'kabinet'],
    });
  });

  it('names as doers neither the asker, nor permissions, nor other acts', () => {
    const i = asked({ kind: 'permission', actions: ['versturen'], objects: ['persbericht'] });
    const mayToo: Statement = { ...service, actor: 'kabinet', modality: 'mag' };
    const otherAct: Statement = { ...service, actor: 'schepen', action: 'ondertekenen' };
    const asker: Statement = { ...service, actor: 'medewerker' };
    expect(decideVerdict([notStaff, mayToo, otherAct, asker], notStaff, i)).toEqual({
      verdict: 'mag-niet',
      statement: notStaff,
    });
  });
});

describe('verdict: reading each modality for the asker', () => {
  const statement = (modality: Statement['modality'], over: Partial<Statement> = {}): Statement => ({
    actor: 'medewerker',
    modality,
    action: 'aanleveren',
    objects: ['intranet'],
    summary: 'Een medewerker levert berichten aan.',
    ...over,
  });
  const question = (kind: Interpretation['kind'], over: Partial<Interpretation> = {}) =>
    asked({ kind, actions: ['aanleveren'], objects: ['intranet'], ...over });
  const read = (s: Statement, i: Interpretation) => decideVerdict([s], s, i).verdict;

  it('a description of what the asker does: yes to "mag ik", must to "moet ik", else information', () => {
    const s = statement('info');
    expect(read(s, question('permission'))).toBe('mag');
    expect(read(s, question('obligation'))).toBe('moet');
    expect(read(s, question('how'))).toBe('info');
  });

  it('"kan de comdienst ons helpen?" asks what the service does: information, not a yes', () => {
    const s = statement('info', { actor: 'communicatiedienst' });
    expect(read(s, question('permission', { actor: 'communicatiedienst' }))).toBe('info');
    const officer = statement('info', { actor: 'communicatieverantwoordelijke' });
    expect(read(officer, question('permission', { actor: 'communicatieverantwoordelijke' }))).toBe('info');
  });

  it('a permission: yes, yes-but with conditions, and how it goes to "hoe"', () => {
    expect(read(statement('mag'), question('permission'))).toBe('mag');
    expect(
      read(statement('mag', { conditions: ['via de afgesproken kanalen'] }), question('permission')),
    ).toBe('mag-mits');
    expect(read(statement('mag'), question('how'))).toBe('info');
    expect(read(statement('mag'), question('obligation'))).toBe('mag');
  });

  it('a permission on conditions: yes-but to "mag ik" and to other questions', () => {
    const s = statement('mag-mits', { conditions: ['na overleg'] });
    expect(read(s, question('permission'))).toBe('mag-mits');
    expect(read(s, question('other'))).toBe('mag-mits');
  });

  it('a prohibition: no, whatever is asked', () => {
    expect(read(statement('mag-niet'), question('permission'))).toBe('mag-niet');
    expect(read(statement('mag-niet'), question('obligation'))).toBe('mag-niet');
  });

  it('an obligation to refer: no for handling it another way, yes-but for the related act', () => {
    const refer = statement('moet', { action: 'doorverwijzen' });
    expect(read(refer, question('permission', { actions: ['versturen'] }))).toBe('mag-niet');
    expect(read(refer, question('permission', { actions: ['doorverwijzen'] }))).toBe('mag');
  });
});

describe("verdict: someone else's statement about another act", () => {
  const service: Statement = {
    actor: 'communicatiedienst',
    modality: 'moet',
    action: 'versturen',
    objects: ['persbericht'],
    summary: 'De communicatiedienst verstuurt de persberichten.',
  };

  it('tells who is responsible, without a yes or no, for a permission question', () => {
    const i = asked({ kind: 'permission', actions: ['ontwerpen'], objects: ['persbericht'] });
    expect(decideVerdict([service], service, i)).toEqual({ verdict: 'info', statement: service });
  });

  it('is no to a permission question about their act, read through a related action', () => {
    const i = asked({ kind: 'permission', actions: ['doorsturen'], objects: ['persbericht'] });
    expect(decideVerdict([service], service, i)).toEqual({
      verdict: 'mag-niet',
      statement: service,
      doer: 'communicatiedienst',
    });
  });

  it('answers a "moet …?" about someone else\'s permission with information', () => {
    const may: Statement = { ...service, modality: 'mag' };
    const i = asked({ kind: 'obligation', actions: ['versturen'], objects: ['persbericht'] });
    expect(decideVerdict([may], may, i)).toEqual({ verdict: 'info', statement: may });
  });

  it("does not turn someone else's prohibition into a yes-but", () => {
    const i = asked({ kind: 'permission', actions: ['ontwerpen'], objects: ['persbericht'] });
    const not: Statement = { ...service, modality: 'mag-niet' };
    expect(decideVerdict([not], not, i)).toEqual({ verdict: 'info', statement: not });
  });
});

describe('verdict: exported helpers', () => {
  const s: Statement = {
    actor: 'dienst',
    modality: 'mag-mits',
    action: 'organiseren',
    objects: ['inspraak'],
    conditions: ['na overleg met de communicatiedienst'],
    summary: 'Een dienst organiseert inspraak na overleg.',
  };

  it('leavesOutRequirement: nothing left out without a "zonder"', () => {
    expect(leavesOutRequirement(s, asked({ kind: 'permission' }))).toBeUndefined();
  });

  it('leavesOutRequirement: short words of the condition do not count', () => {
    const i = asked({ kind: 'permission', without: { roles: [], actions: [], stems: stems('met', 'de') } });
    expect(leavesOutRequirement(s, i)).toBeUndefined();
  });

  it('unclaimedException and breaksCondition on a statement without conditions', () => {
    const plain: Statement = { ...s, conditions: undefined };
    expect(unclaimedException(plain, asked({ kind: 'permission' }))).toBeUndefined();
    expect(breaksCondition(plain, asked({ kind: 'permission', stems: stems('google') }))).toBe(false);
  });
});

describe('verdict: a question that says a condition does not hold ("niet", "geen")', () => {
  // 67-like: an activity appears in the calendar only when it is in the UiTdatabank.
  const calendar: Statement = {
    actor: 'iedereen',
    modality: 'mag-mits',
    action: 'publiceren',
    objects: ['activiteitenkalender'],
    conditions: ['de activiteit staat in de UiTdatabank'],
    summary: 'Een activiteit komt enkel in de kalender als ze in de UiTdatabank staat.',
  };
  const question = (...words: string[]) =>
    asked({
      kind: 'permission',
      actions: ['publiceren'],
      objects: ['activiteitenkalender'],
      stems: stems(...words),
    });

  it('is no, naming the condition, for "als het niet in de UiTdatabank staat"', () => {
    const i = question(
      'kan',
      'het',
      'in',
      'de',
      'kalender',
      'als',
      'het',
      'niet',
      'in',
      'de',
      'uitdatabank',
      'staat',
    );
    expect(decideVerdict([calendar], calendar, i)).toEqual({
      verdict: 'mag-niet',
      statement: calendar,
      unmet: calendar.conditions,
    });
  });

  it('stays yes-but when the negation is about something else, or too far from the condition', () => {
    expect(decideVerdict([calendar], calendar, question('het', 'staat', 'in', 'de', 'uitdatabank'))).toEqual({
      verdict: 'mag-mits',
      statement: calendar,
    });
    const far = question('niet', 'vergeten', 'dat', 'het', 'in', 'de', 'uitdatabank');
    expect(negatesCondition(calendar, far)).toBe(false);
    expect(negatesCondition(calendar, question('geen', 'uitdatabank'))).toBe(true);
    expect(negatesCondition(calendar, question('niet', 'de', 'uitdatabank'))).toBe(true);
  });

  it('never reads a negative condition, or a short word, as negated', () => {
    const negative: Statement = { ...calendar, conditions: ['niet in de kalender van een andere gemeente'] };
    expect(negatesCondition(negative, question('niet', 'kalender'))).toBe(false);
    const short: Statement = { ...calendar, conditions: ['via UiT'] };
    expect(negatesCondition(short, question('niet', 'uit'))).toBe(false);
    const none: Statement = { ...calendar, conditions: undefined };
    expect(negatesCondition(none, question('niet', 'uitdatabank'))).toBe(false);
  });
});

describe("verdict: whether one must do what the note says is not done (someone else's prohibition)", () => {
  // 60-like: the communication service does not react on local pages other than the municipality's.
  const notThere: Statement = {
    actor: 'communicatiedienst',
    modality: 'mag-niet',
    action: 'reageren',
    objects: ['lokale-pagina'],
    summary: 'De communicatiedienst reageert niet op andere lokale pagina’s.',
  };

  it('is no to "moeten wij daar reageren?"', () => {
    const i = asked({ kind: 'obligation', actions: ['reageren'], objects: ['lokale-pagina'] });
    expect(decideVerdict([notThere], notThere, i)).toEqual({ verdict: 'mag-niet', statement: notThere });
  });

  it('only tells who is concerned when the question asks about another act', () => {
    const i = asked({ kind: 'obligation', actions: ['monitoren'], objects: ['lokale-pagina'] });
    expect(decideVerdict([notThere], notThere, i)).toEqual({ verdict: 'info', statement: notThere });
  });
});

// decideVerdict on small constructed statements and interpretations, one rule per test, exact
// expectations: the verdict, the statement it rests on, and what the reply will name.
import type { Statement } from '../../../shared/catalogue/types';
import { matchStem } from '../../../shared/language';
import type { Interpretation } from '../../../shared/ask/types';
import { decideVerdict } from '../../../shared/ask/verdict';

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

import { interpretQuestion } from '../../../shared/ask';

describe('interpretQuestion', () => {
  it.each([
    ['Mag ik zelf een persbericht sturen?', 'medewerker', 'permission'],
    ['mag de schepen zijn foto in het infoblad zetten?', 'schepen', 'permission'],
    ['kan de burgervader het logo gebruiken', 'burgemeester', 'permission'],
    ['moet de algemeen directeur mee ondertekenen?', 'algemeen-directeur', 'obligation'],
    ['een journalist vraagt hoeveel bezoekers er waren, mag ik dat zeggen?', 'medewerker', 'permission'],
    ['kan onze dienst een eigen facebookpagina maken', 'dienst', 'permission'],
    ['wie beheert de website?', 'medewerker', 'who'],
  ])('%s -> actor %s, kind %s', (question, actor, kind) => {
    const i = interpretQuestion(question);
    expect(i.actor).toBe(actor);
    expect(i.kind).toBe(kind);
  });

  it('finds actions and objects through the lexicon, with typos repaired', () => {
    const i = interpretQuestion('mag ik een persbricht naar VRT mailen');
    expect(i.objects).toEqual(expect.arrayContaining(['persbericht', 'pers']));
    expect(i.actions).toContain('versturen');
    expect(i.corrections).toEqual([{ from: 'persbricht', to: 'persbericht' }]);
  });

  it('weighs the action of the clause that asks the question above a side clause', () => {
    const i = interpretQuestion('wie moet een persbericht goedkeuren voor het verstuurd wordt?');
    expect(i.actionWeights?.goedkeuren).toBe(1);
    expect(i.actionWeights?.versturen).toBeLessThan(1);
  });

  it('defaults to a staff member when nobody is named', () => {
    const i = interpretQuestion('foto van een kind in het infoblad, mag dat');
    expect(i.actor).toBe('medewerker');
    expect(i.actorExplicit).toBe(false);
  });
});

describe('question words before the modal verb', () => {
  it('reads "wat moet er … staan" and "hoe moet ik …" as asking for the rule, not yes or no', () => {
    expect(interpretQuestion('wat moet er op de website staan over een nieuw reglement?').kind).toBe('how');
    expect(interpretQuestion('hoe moet ik een persbericht aanvragen?').kind).toBe('how');
  });

  it('keeps "wat moet die doen?" an obligation question', () => {
    expect(interpretQuestion('een inwoner belt een gemeenteraadslid, wat moet die doen?').kind).toBe(
      'obligation',
    );
  });
});

describe('round four: where to find, whom to inform, doing without', () => {
  it('reads "waar vind ik …" and "kan ik … ergens vinden" as asking who keeps it', () => {
    expect(interpretQuestion('kan ik de huisstijl-templates ergens vinden?').kind).toBe('who');
    expect(interpretQuestion('waar staan de sjablonen voor een brief?').kind).toBe('who');
    expect(interpretQuestion('kan ik een eigen logo laten maken?').kind).toBe('permission');
  });

  it('reads "wie moet hij verwittigen" as what the subject must do, not who acts', () => {
    expect(interpretQuestion('de krant belde de schepen, wie moet hij inlichten?').kind).toBe('how');
    expect(interpretQuestion('wie moet een persbericht goedkeuren?').kind).toBe('who');
  });

  it('keeps what the question would do without', () => {
    const i = interpretQuestion('mag ik een inspraakavond organiseren zonder de communicatiedienst?');
    expect(i.without?.roles).toContain('communicatiedienst');
    expect(interpretQuestion('mag ik een inspraakavond organiseren?').without).toBeUndefined();
  });
});

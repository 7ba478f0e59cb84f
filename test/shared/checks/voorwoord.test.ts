// The voorwoord (agreement 32's exception for the infoblad): recognised by its title or by its
// greeting to all readers and first person, without a letter's parts; what changes for it.
import { checkDocument, detectType, documentFromText } from '../../../shared/checks';
import { isVoorwoord, voorwoordAt } from '../../../shared/checks/voorwoord';
import { zilverbeek } from './zilverbeek';

const FOREWORD = `Beste inwoners,

Wat een zomer hebben we achter de rug. Ik denk met plezier terug aan de zomerfeesten, waar duizenden inwoners samen feest vierden. Ik ben trots op onze vrijwilligers die dat mogelijk maakten.

Dit najaar werken we verder aan de nieuwe sporthal. Heb je een vraag of een idee? Mijn deur staat altijd open.

Ik wens je een fijne herfst.

An Peeters
burgemeester`;

const STREET_LETTER = `Beste buurtbewoner,

Betreft: werken in de Kerkstraat

Op maandag 3 maart starten de werken in de Kerkstraat. Ik vraag je om je wagen elders te parkeren; mijn dienst helpt je graag.

Met vriendelijke groeten,

Hilde Dewilde, algemeen directeur
Tom Mertens, schepen van openbare werken`;

describe('voorwoord', () => {
  it.each([
    [FOREWORD, true],
    [FOREWORD.replace('Beste inwoners,', 'Beste Zilverbekenaren,'), true],
    ['Voorwoord\n\nDe zomer staat voor de deur. In dit nummer lees je alles over de zomerfeesten.', true],
    [STREET_LETTER, false],
    // No first person: a notice to all inhabitants, not a foreword.
    ['Beste inwoners,\n\nHet recyclagepark is op 1 mei gesloten. De ophaling gaat gewoon door.', false],
    // One addressee: a letter.
    [FOREWORD.replace('Beste inwoners,', 'Beste Jan,'), false],
  ])('%#: recognised as a voorwoord: %s', (text, expected) => {
    expect(isVoorwoord(text)).toBe(expected);
  });

  it('reads a voorwoord without a title as an infoblad text, not as a letter to sign', () => {
    const doc = documentFromText(FOREWORD);
    expect(detectType(doc)).toBe('infoblad');
    const report = checkDocument(doc, zilverbeek());
    expect(report.findings.filter((f) => f.severity === 'error')).toEqual([]);
    expect(report.findings.map((f) => f.rule)).not.toContain('signature.director-missing');
    expect(detectType(documentFromText(STREET_LETTER))).toBe('brief');
  });

  it('lets the mandataris speak of pride in the voorwoord, but keeps superlatives and the opposition out', () => {
    const rules = (text: string) =>
      checkDocument(documentFromText(text), zilverbeek(), { type: 'infoblad' })
        .findings.filter((f) => f.rule === 'neutrality.promotional')
        .map((f) => f.excerpt);
    const proud = FOREWORD.replace(
      'Ik ben trots op onze vrijwilligers',
      'Ik ben trots op onze gemeente en haar vrijwilligers',
    );
    expect(rules(proud)).toEqual([]);
    // The same pride in an ordinary article is the municipality praising itself.
    expect(
      rules('Nieuwe sporthal\n\nDe gemeente is trots op onze nieuwe sporthal. Ze opent op 1 mei.'),
    ).toEqual(['trots op onze']);
    const boast = FOREWORD.replace(
      'Dit najaar werken',
      'Onze gemeente is de mooiste van de streek. Dit najaar werken',
    );
    expect(rules(boast)).toEqual(['mooiste']);
  });

  it('marks only the section under a Voorwoord title in a whole infoblad', () => {
    const doc = documentFromText(
      'Voorwoord\n\nIk ben trots op onze gemeente.\n\nSport\n\nDe sporthal is vernieuwd.',
    );
    const at = voorwoordAt(doc);
    expect(at(doc.text.indexOf('trots'))).toBe(true);
    expect(at(doc.text.indexOf('sporthal'))).toBe(false);
  });
});

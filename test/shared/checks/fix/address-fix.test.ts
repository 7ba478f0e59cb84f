// The Dutch rewrite of the address form (agreement 22, issue 15): each row is a real sentence
// shape from municipal letters and web pages, with the text after "Pas alles toe" or, where the
// rewrite is not safe, the advice it gives instead (null = no fix at that place).
import { placesOf } from '../../../../shared/checks/finding';
import { addressRules } from '../../../../shared/checks/rules/address';
import type { DocumentType, Finding } from '../../../../shared/checks';
import { runRule } from '../rules/run-rule';

/** The text with every exact fix of the findings applied, from the end backwards. */
function applyAll(text: string, findings: Finding[]): string {
  const fixes = findings
    .flatMap(placesOf)
    .filter((p) => p.fix)
    .sort((a, b) => b.start - a.start);
  let out = text;
  for (const p of fixes) out = out.slice(0, p.start) + p.fix!.replacement + out.slice(p.end);
  return out;
}

const rewrite = (text: string, type: DocumentType) => applyAll(text, runRule(addressRules, text, type));

describe('u -> je (a web text, an infoblad article)', () => {
  it.each<[string, string]>([
    // inversion: the je-form loses its -t
    ['Wat brengt u mee?', 'Wat breng je mee?'],
    ['Kunt u niet komen? Bel ons.', 'Kun je niet komen? Bel ons.'],
    ['Heeft u vragen? Mail ons.', 'Heb je vragen? Mail ons.'],
    ['Bent u ouder dan 65?', 'Ben je ouder dan 65?'],
    ['Wilt u meer weten?', 'Wil je meer weten?'],
    ['Vindt u het formulier niet?', 'Vind je het formulier niet?'],
    ['Op de website vindt u alle info.', 'Op de website vind je alle info.'],
    ['In de bibliotheek krijgt u een kaart.', 'In de bibliotheek krijg je een kaart.'],
    ['Daarna ontvangt u een bevestiging.', 'Daarna ontvang je een bevestiging.'],
    ['Als u vragen heeft, kunt u ons bellen.', 'Als je vragen hebt, kun je ons bellen.'],
    ['Wanneer gaat u op reis?', 'Wanneer ga je op reis?'],
    ['Moet u een parkeerkaart hebben?', 'Moet je een parkeerkaart hebben?'],
    ['Weet u het niet zeker?', 'Weet je het niet zeker?'],
    ['Wordt u zestig dit jaar?', 'Word je zestig dit jaar?'],
    ['Zult u er zijn?', 'Zal je er zijn?'],
    // u before the verb: only heeft changes
    ['U heeft recht op een premie.', 'Je hebt recht op een premie.'],
    ['U kunt zich inschrijven tot 1 mei.', 'Je kunt je inschrijven tot 1 mei.'],
    ['U betaalt 5 euro.', 'Je betaalt 5 euro.'],
    ['Als u een kind heeft, krijgt u korting.', 'Als je een kind hebt, krijg je korting.'],
    // u as an object: the verb stays
    ['De gemeente stuurt u een brief.', 'De gemeente stuurt je een brief.'],
    ['Dat geeft u recht op een premie.', 'Dat geeft je recht op een premie.'],
    ['Wij nodigen u graag uit.', 'Wij nodigen je graag uit.'],
    ['De dienst helpt u verder.', 'De dienst helpt je verder.'],
    // possessives and capitals
    ['Uw aanvraag is binnen.', 'Je aanvraag is binnen.'],
    ['Breng uw identiteitskaart mee.', 'Breng je identiteitskaart mee.'],
    ['Wij danken U voor uw steun.', 'Wij danken je voor je steun.'],
    ['Het is voor u en uw gezin.', 'Het is voor jou en je gezin.'],
    ['Meld u aan via het loket.', 'Meld je aan via het loket.'],
    ['Zorg goed voor uzelf.', 'Zorg goed voor jezelf.'],
  ])('%s -> %s', (before, after) => {
    expect(rewrite(before, 'website')).toBe(after);
  });
});

describe('je -> u (a letter, an invitation)', () => {
  it.each<[string, string]>([
    ['Heb je vragen? Bel ons.', 'Hebt u vragen? Bel ons.'],
    ['Kan je niet komen?', 'Kunt u niet komen?'],
    ['Wat breng je mee?', 'Wat brengt u mee?'],
    ['Ben je het niet eens?', 'Bent u het niet eens?'],
    ['Je kan bezwaar indienen.', 'U kunt bezwaar indienen.'],
    ['Je betaalt binnen een maand.', 'U betaalt binnen een maand.'],
    ['Als je vragen hebt, bel ons.', 'Als u vragen hebt, bel ons.'],
    ['Jouw aanvraag is binnen.', 'Uw aanvraag is binnen.'],
    ['Wij helpen je graag.', 'Wij helpen u graag.'],
    ['Wij helpen jou graag.', 'Wij helpen u graag.'],
    ['Breng je fiets mee.', 'Breng uw fiets mee.'],
    ['Breng je je fiets mee?', 'Brengt u uw fiets mee?'],
    ['Met je kaart kan je binnen.', 'Met uw kaart kunt u binnen.'],
    ['Vergeet jezelf niet.', 'Vergeet uzelf niet.'],
    ['Op de website vind je alles.', 'Op de website vindt u alles.'],
  ])('%s -> %s', (before, after) => {
    expect(rewrite(before, 'brief')).toBe(after);
  });
});

describe('where a safe rewrite is not possible: advice, no fix', () => {
  it.each<[string, DocumentType, string]>([
    ['U dient het formulier in te vullen.', 'website', 'moet'],
    ['Gelieve u te melden aan het loket.', 'website', 'Herschrijf'],
    ['Het formulier dat u heeft ingevuld, is binnen.', 'website', 'hebt'],
    ['Jullie zijn welkom.', 'brief', 'u bent'],
  ])('%s', (text, type, advice) => {
    const [f] = runRule(addressRules, text, type);
    const places = placesOf(f);
    expect(places).toHaveLength(1);
    expect(places[0].fix).toBeUndefined();
    expect(places[0].suggestion).toContain(advice);
    expect(f.fix).toBeUndefined();
  });
});

describe('one finding per text', () => {
  it('groups every place of a text in u-vorm into one finding with every place', () => {
    const text =
      'Heeft u vragen? Uw kinderen zwemmen gratis. U heeft recht op één financiële tegemoetkoming.';
    const findings = runRule(addressRules, text, 'infoblad');
    expect(findings).toHaveLength(1);
    const [f] = findings;
    expect(f.message).toBe(
      'Deze tekst spreekt de lezer aan met u; voor een artikel voor het infoblad is dat je. Afspraak 22: In het infoblad, de website en sociale media spreken we de lezer aan met je.',
    );
    expect(f.places?.map((p) => [p.excerpt, p.fix?.replacement])).toEqual([
      ['Heeft u', 'Heb je'],
      ['Uw', 'Je'],
      ['U heeft', 'Je hebt'],
    ]);
    expect([f.start, f.end, f.excerpt]).toEqual([f.places![0].start, f.places![0].end, 'Heeft u']);
    for (const p of f.places!) expect(text.slice(p.start, p.end)).toBe(p.excerpt);
    expect(f.fix).toBeUndefined();
  });

  it('says how many places use the other form in a mixed text', () => {
    const [f] = runRule(addressRules, 'Je kan bellen. Je kan mailen. Heeft u vragen?', 'website');
    expect(f.message).toContain('op 1 van de 3 plaatsen');
  });

  it('never lets two places of one finding overlap', () => {
    const [f] = runRule(addressRules, 'Kunt u zich inschrijven? U kunt zich ook aanmelden.', 'website');
    const ps = placesOf(f);
    for (let i = 1; i < ps.length; i++) expect(ps[i].start).toBeGreaterThanOrEqual(ps[i - 1].end);
  });
});

describe('shapes met in real municipal pages', () => {
  it.each<[string, string]>([
    ['U doet dit door u online te registreren.', 'Je doet dit door je online te registreren.'],
    ['Vervolgens maken wij voor u een omslag.', 'Vervolgens maken wij voor jou een omslag.'],
    ['Onder Downloads hiernaast vindt u een overzicht.', 'Onder Downloads hiernaast vind je een overzicht.'],
    ['Zo weet u beter wat u kan verwachten.', 'Zo weet je beter wat je kan verwachten.'],
  ])('%s -> %s', (before, after) => {
    expect(rewrite(before, 'website')).toBe(after);
  });

  it('gives advice for a stressed subject in brackets', () => {
    const [f] = runRule(
      addressRules,
      'Om een kaart te krijgen, moeten u (als aanvrager) én uw wagen aan voorwaarden voldoen.',
      'website',
    );
    const first = placesOf(f)[0];
    expect(first.excerpt).toBe('u');
    expect(first.fix).toBeUndefined();
  });
});

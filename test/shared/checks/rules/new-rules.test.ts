// The rules of issue 15: neutrality.promotional (30), style.link-text (19, 75),
// style.abbreviation (19) and style.repetition (19). Valid and invalid cases per rule; every
// excerpt slices back out of the text (rule-context.ts).
import { promotionalRule } from '../../../../shared/checks/rules/neutrality-promotional';
import { abbreviationRule } from '../../../../shared/checks/rules/style-abbreviation';
import { linkTextRule } from '../../../../shared/checks/rules/style-link-text';
import { repetitionRule } from '../../../../shared/checks/rules/style-repetition';
import { contextOf, run, table } from './rule-context';

describe('neutrality.promotional (agreement 30)', () => {
  table('neutrality.promotional', promotionalRule, [
    {
      name: 'plain news',
      text: 'Vanaf 1 maart is het recyclagepark ook op zaterdag open.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'season greetings',
      text: 'Het college wenst je de beste wensen voor het nieuwe jaar.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'a quote of the schepen',
      text: '"Dit is de mooiste speeltuin van de regio", zegt schepen Koen Maes.',
      type: 'persbericht',
      excerpts: [],
    },
    { name: 'the empty document', text: '', type: 'website', excerpts: [] },
    {
      name: 'a superlative about the municipality',
      text: 'Zilverbeek is zonder twijfel de gezelligste gemeente: onze gemeente heeft de mooiste markt.',
      type: 'infoblad',
      excerpts: ['gezelligste'],
      severities: ['warning'],
    },
    {
      name: 'a comparison with other municipalities',
      text: 'Bij ons betaal je minder dan in de naburige gemeenten.',
      type: 'website',
      excerpts: ['minder dan in de naburige gemeenten'],
    },
    {
      name: 'a comparison with most of the neighbours',
      text: 'Daarmee betalen inwoners minder dan in de meeste omliggende gemeenten.',
      type: 'infoblad',
      excerpts: ['minder dan in de meeste omliggende gemeenten'],
    },
    {
      name: "a superlative next to the organisation's own name",
      text: 'Zilverbeek is de mooiste en meest dynamische werkgever van de regio.',
      type: 'website',
      excerpts: ['mooiste'],
    },
    {
      name: 'a superlative about something else',
      text: 'De mooiste foto van de wedstrijd komt op de cover.',
      type: 'infoblad',
      excerpts: [],
    },
    {
      name: 'arguing with the opposition',
      text: 'In tegenstelling tot wat de oppositie beweert, is de sporthal betaalbaar.',
      type: 'infoblad',
      excerpts: ['In tegenstelling tot wat de oppositie beweert'],
    },
  ]);

  it('is not about letters to one person', () => {
    expect(run(promotionalRule, contextOf('Onze gemeente heeft de mooiste markt.', 'brief'))).toEqual([]);
  });
});

describe('style.link-text (agreements 19, 75)', () => {
  table('style.link-text', linkTextRule, [
    {
      name: 'a link that names its page',
      text: 'Bekijk de afvalkalender op www.zilverbeek.be/afval.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'hier without a verb of clicking',
      text: 'Hier vind je de openingsuren.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'klik hier',
      text: 'Wil je een parkeerkaart? Klik hier om ze aan te vragen.',
      type: 'website',
      excerpts: ['Klik hier'],
    },
    {
      name: 'lees hier',
      text: 'Het volledige reglement lees je niet hier maar lees hier de samenvatting.',
      type: 'infoblad',
      excerpts: ['lees hier'],
    },
    {
      name: 'a bare "Meer info" line',
      text: 'Het zwembad gaat dicht.\nMeer info',
      type: 'website',
      excerpts: ['Meer info'],
    },
    {
      name: 'hier at the end',
      text: 'Als je lid wordt, ga je akkoord met het reglement. Lees het hier na.',
      type: 'website',
      excerpts: ['Lees het hier na'],
    },
    {
      name: 'kan je hier terugvinden',
      text: 'De tijdelijke verkeersreglementen kan je hier terugvinden.',
      type: 'website',
      excerpts: ['kan je hier terugvinden'],
    },
    {
      name: 'via deze link',
      text: 'Schrijf je in via deze link.',
      type: 'sociale-media',
      excerpts: ['via deze link'],
    },
  ]);
});

describe('style.abbreviation (agreement 19)', () => {
  table('style.abbreviation', abbreviationRule, [
    {
      name: 'household abbreviations',
      text: 'De prijs is inclusief btw. Het OCMW en de VDAB helpen je. Neem je gsm mee.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'written out before',
      text: 'Het autonoom gemeentebedrijf (AGB) beheert de sporthal. Het AGB int de huur.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'written out after',
      text: 'Het AGB (autonoom gemeentebedrijf) beheert de sporthal.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'a heading in capitals',
      text: 'WAT JE MOET WETEN OVER DE WERKEN\nDe straat gaat dicht.',
      type: 'website',
      excerpts: [],
    },
    { name: 'a party name', text: 'De PVDA diende een voorstel in.', type: 'website', excerpts: [] },
    {
      name: 'not written out, flagged once',
      text: 'Het AGB beheert de sporthal. Het AGB int ook de huur van het BIN.',
      type: 'website',
      excerpts: ['AGB', 'BIN'],
    },
  ]);
});

describe('style.repetition (agreement 19)', () => {
  table('style.repetition', repetitionRule, [
    {
      name: 'no repetition',
      text: 'Het zwembad gaat dicht op maandag. Het opent opnieuw op dinsdag om negen uur.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'short sentences may repeat',
      text: 'Meer info volgt. Tot dan. Meer info volgt.',
      type: 'website',
      excerpts: [],
    },
    {
      name: 'a lead repeated in the body',
      text: 'Het zwembad gaat drie weken dicht voor onderhoud.\nDe werken starten in juni. Het zwembad gaat drie weken dicht voor onderhoud.',
      type: 'website',
      excerpts: [
        'Het zwembad gaat drie weken dicht voor onderhoud.',
        'Het zwembad gaat drie weken dicht voor onderhoud.',
      ],
    },
  ]);

  it('makes one finding of a repeated passage', () => {
    const a =
      'De werken aan de Kerkstraat starten op maandag 3 juni. De straat is dan afgesloten voor alle verkeer.';
    const found = run(
      repetitionRule,
      contextOf(`${a}\nTussendoor iets anders over de markt.\n${a}`, 'website'),
    );
    expect(found).toHaveLength(1);
    expect(found[0].places?.map((p) => p.excerpt)).toEqual([a, a]);
    expect(found[0].message).toContain('passage');
  });
});

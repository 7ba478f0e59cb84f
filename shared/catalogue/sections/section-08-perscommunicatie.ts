import type { Section } from '../types';

// Section 5.8 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.8',
  title: `Perscommunicatie`,
  readMore: [`Dossier – Pers en media`],
  agreements: [
    {
      number: 43,
      lead: `De communicatiedienst is samen met het college van burgemeester en schepenen verantwoordelijk voor de persplanning (met wekelijkse/maandelijkse terugkoppeling).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'plannen',
          objects: ['persplanning'],
          involve: ['college'],
          summary:
            'De communicatiedienst is samen met het college verantwoordelijk voor de persplanning, met een wekelijkse of maandelijkse terugkoppeling.',
        },
      ],
    },
    {
      number: 44,
      subsection: `Overheid zoekt pers`,
      lead: `De opmaak van de persberichten en het beslissen over de nieuwswaardigheid daarvan gebeurt door de communicatiedienst. De betrokken dienst is inhoudelijk verantwoordelijk en reikt info aan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'opmaken',
          objects: ['persbericht'],
          summary: 'De communicatiedienst schrijft en maakt de persberichten op.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'beslissen',
          objects: ['persbericht'],
          summary:
            'De communicatiedienst beslist of een onderwerp nieuwswaardig genoeg is voor een persbericht.',
        },
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'aanleveren',
          objects: ['persbericht', 'documenten'],
          involve: ['communicatiedienst'],
          summary:
            'De betrokken dienst is inhoudelijk verantwoordelijk en levert de informatie voor het persbericht aan bij de communicatiedienst.',
        },
      ],
    },
    {
      number: 45,
      subsection: `Overheid zoekt pers`,
      lead: `Persuitnodigingen en -berichten worden verstuurd door de communicatiedienst. In geen geval mogen andere diensten of kabinetten zelf een persbericht, documenten, informatie naar de pers doorsturen.`,
      points: [],
      variants: [
        {
          number: 1,
          label: 'Variant',
          text: `Enkel de communicatiedienst staat in voor het versturen van de persberichten voor de organisatie, tenzij bij vooraf bepaalde uitzonderingen (vb. het cultuurcentrum onderhoudt over haar programmatie zelf contacten met de pers).`,
          statements: [
            {
              actor: 'communicatiedienst',
              modality: 'moet',
              action: 'versturen',
              objects: ['persbericht', 'persuitnodiging'],
              summary:
                'Enkel de communicatiedienst verstuurt de persberichten van de organisatie, behalve bij vooraf bepaalde uitzonderingen.',
            },
            {
              actor: 'dienst',
              modality: 'mag-mits',
              action: 'versturen',
              objects: ['persbericht', 'persuitnodiging'],
              conditions: [
                'enkel bij een vooraf bepaalde uitzondering (bv. het cultuurcentrum over zijn eigen programmatie)',
              ],
              involve: ['communicatiedienst'],
              summary:
                'Een dienst mag zelf persberichten versturen als dat vooraf als uitzondering is afgesproken (bv. het cultuurcentrum over zijn programmatie).',
            },
            {
              actor: 'dienst',
              modality: 'mag-mits',
              action: 'contact-opnemen',
              objects: ['pers'],
              conditions: [
                'enkel bij een vooraf bepaalde uitzondering (bv. het cultuurcentrum over zijn eigen programmatie)',
              ],
              involve: ['communicatiedienst'],
              summary:
                'Een dienst mag zelf contact met de pers onderhouden als dat vooraf als uitzondering is afgesproken (bv. het cultuurcentrum over zijn programmatie).',
            },
            {
              actor: 'dienst',
              modality: 'mag-niet',
              action: 'versturen',
              objects: ['persbericht', 'persuitnodiging'],
              conditions: ['buiten de vooraf bepaalde uitzonderingen'],
              involve: ['communicatiedienst'],
              summary:
                'Zonder vooraf afgesproken uitzondering verstuurt een dienst geen persberichten; dat doet de communicatiedienst.',
            },
            {
              actor: 'medewerker',
              modality: 'mag-niet',
              action: 'versturen',
              objects: ['persbericht', 'persuitnodiging'],
              conditions: ['buiten de vooraf bepaalde uitzonderingen'],
              involve: ['communicatiedienst'],
              summary:
                'Zonder vooraf afgesproken uitzondering verstuurt een medewerker geen persberichten; dat doet de communicatiedienst.',
            },
            {
              actor: 'kabinet',
              modality: 'mag-niet',
              action: 'versturen',
              objects: ['persbericht', 'persuitnodiging'],
              involve: ['communicatiedienst'],
              summary:
                'Een kabinet verstuurt geen persberichten van de organisatie; dat doet de communicatiedienst.',
            },
          ],
        },
      ],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'versturen',
          objects: ['persbericht', 'persuitnodiging'],
          summary: 'Persberichten en persuitnodigingen worden verstuurd door de communicatiedienst.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'versturen',
          objects: ['persbericht', 'persuitnodiging'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst stuurt nooit zelf een persbericht of persuitnodiging; dat doet de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'versturen',
          objects: ['persbericht', 'persuitnodiging'],
          involve: ['communicatiedienst'],
          summary:
            'Een medewerker stuurt nooit zelf een persbericht of persuitnodiging; dat doet de communicatiedienst.',
        },
        {
          actor: 'kabinet',
          modality: 'mag-niet',
          action: 'versturen',
          objects: ['persbericht', 'persuitnodiging'],
          involve: ['communicatiedienst'],
          summary:
            'Een kabinet stuurt nooit zelf een persbericht of persuitnodiging; dat doet de communicatiedienst.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'versturen',
          objects: ['persbericht', 'persuitnodiging'],
          involve: ['communicatiedienst'],
          summary:
            'Ook een schepen of de burgemeester stuurt (via het kabinet) niet zelf een persbericht van de gemeente; dat doet de communicatiedienst.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'doorsturen',
          objects: ['documenten', 'pers'],
          involve: ['communicatiedienst'],
          summary: 'Een dienst stuurt in geen geval zelf documenten of informatie door naar de pers.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'doorsturen',
          objects: ['documenten', 'pers'],
          involve: ['communicatiedienst'],
          summary: 'Een medewerker stuurt in geen geval zelf documenten of informatie door naar de pers.',
        },
        {
          actor: 'kabinet',
          modality: 'mag-niet',
          action: 'doorsturen',
          objects: ['documenten', 'pers'],
          involve: ['communicatiedienst'],
          summary: 'Een kabinet stuurt in geen geval zelf documenten of informatie door naar de pers.',
        },
      ],
    },
    {
      number: 46,
      subsection: `Overheid zoekt pers`,
      lead: `Persberichten: worden enkel ter goedkeuring voorgelegd aan de burgemeester, de algemeen directeur en de betrokken dienst.`,
      points: [],
      variants: [
        {
          number: 1,
          label: 'Variant 1',
          text: `De persberichten worden vooraf nagelezen door de bevoegde schepen(en) of kabinetsmedewerker. De burgemeester (of kabinetschef) geeft de finale goedkeuring.`,
          statements: [
            {
              actor: 'bevoegde-schepen',
              modality: 'moet',
              action: 'nalezen',
              objects: ['persbericht'],
              conditions: ['vooraf, voor de finale goedkeuring'],
              involve: ['burgemeester'],
              summary: 'De bevoegde schepen (of een kabinetsmedewerker) leest het persbericht vooraf na.',
            },
            {
              actor: 'kabinet',
              modality: 'mag',
              action: 'nalezen',
              objects: ['persbericht'],
              involve: ['bevoegde-schepen'],
              summary:
                'In plaats van de bevoegde schepen mag een kabinetsmedewerker het persbericht vooraf nalezen.',
            },
            {
              actor: 'burgemeester',
              modality: 'moet',
              action: 'goedkeuren',
              objects: ['persbericht'],
              summary:
                'De burgemeester (of de kabinetschef) geeft de finale goedkeuring van het persbericht.',
            },
          ],
        },
        {
          number: 2,
          label: 'Variant 2',
          text: `de persberichten bevatten een quote van de mandataris.`,
          statements: [
            {
              actor: 'communicatiedienst',
              modality: 'moet',
              action: 'vermelden',
              objects: ['quote', 'persbericht'],
              involve: ['bevoegde-mandataris'],
              summary: 'Een persbericht bevat een quote van de (bevoegde) mandataris.',
            },
          ],
        },
      ],
      readMore: [],
      statements: [
        {
          actor: 'burgemeester',
          modality: 'moet',
          action: 'goedkeuren',
          objects: ['persbericht'],
          involve: ['algemeen-directeur', 'dienst'],
          summary:
            'Een persbericht wordt ter goedkeuring voorgelegd aan de burgemeester, de algemeen directeur en de betrokken dienst.',
        },
        {
          actor: 'algemeen-directeur',
          modality: 'moet',
          action: 'goedkeuren',
          objects: ['persbericht'],
          involve: ['burgemeester', 'dienst'],
          summary:
            'De algemeen directeur keurt het persbericht goed, samen met de burgemeester en de betrokken dienst.',
        },
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'goedkeuren',
          objects: ['persbericht'],
          involve: ['burgemeester', 'algemeen-directeur'],
          summary:
            'De betrokken dienst keurt het persbericht goed, samen met de burgemeester en de algemeen directeur.',
        },
        {
          actor: 'schepen',
          modality: 'mag-niet',
          action: 'goedkeuren',
          objects: ['persbericht'],
          involve: ['burgemeester'],
          summary:
            'Een persbericht gaat enkel ter goedkeuring naar de burgemeester, de algemeen directeur en de betrokken dienst, niet naar de schepen.',
        },
      ],
    },
    {
      number: 47,
      subsection: `Overheid zoekt pers`,
      lead: `Bij het uitsturen van persberichten staan leden CBS, GR en Bijzonder Comité in kopie zodat ze op de hoogte zijn van de perscommunicatie.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'informeren',
          objects: ['persbericht'],
          conditions: ['leden van college, gemeenteraad en bijzonder comité in kopie'],
          involve: ['college', 'gemeenteraad'],
          summary:
            'Bij het uitsturen van een persbericht staan de leden van het college, de gemeenteraad en het bijzonder comité in kopie.',
        },
      ],
    },
    {
      number: 48,
      subsection: `Overheid zoekt pers`,
      lead: `Als contactpersoon op een persbericht vermelden we:`,
      points: [
        {
          text: `Voor interviews, quotes, beleidsvragen: de bevoegde mandataris (vermeld met telefoonnummer, e-mailadres en gsm-nummer).`,
        },
        { text: `Voor andere vragen: de communicatiedienst.` },
        {
          text: `De communicatiedienst kan een beroep doen op de bevoegde ambtenaar om verduidelijkende info op te zoeken of een antwoord te formuleren voor een journalist.`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'vermelden',
          objects: ['contactpersoon', 'persbericht'],
          conditions: [
            'voor interviews, quotes en beleidsvragen',
            'met telefoonnummer, e-mailadres en gsm-nummer',
          ],
          involve: ['bevoegde-mandataris'],
          summary:
            'Voor interviews, quotes en beleidsvragen staat de bevoegde mandataris als contactpersoon op het persbericht, met telefoonnummer, e-mailadres en gsm-nummer.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'vermelden',
          objects: ['contactpersoon', 'persbericht'],
          conditions: ['voor andere vragen dan interviews, quotes en beleidsvragen'],
          summary: 'Voor andere vragen staat de communicatiedienst als contactpersoon op het persbericht.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'mag',
          action: 'contact-opnemen',
          objects: ['persvraag'],
          involve: ['medewerker'],
          summary:
            'De communicatiedienst kan de bevoegde ambtenaar vragen om info op te zoeken of een antwoord voor een journalist te formuleren.',
        },
      ],
    },
    {
      number: 49,
      subsection: `Overheid zoekt pers`,
      lead: `We gaan spaarzaam om met persconferenties: enkel indien ze echt voldoende nieuwswaardig zijn om journalisten te engageren. Een persconferentie houden we enkel als het onderwerp veel uitleg nodig heeft, veel vragen kan oproepen, of als er iets belangwekkend te tonen valt. De communicatiedienst helpt inschatten of een persconferentie al dan niet nuttig is.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'organiseren',
          objects: ['persconferentie'],
          conditions: [
            'het onderwerp is echt nieuwswaardig',
            'het vraagt veel uitleg, roept veel vragen op of er valt iets belangwekkends te tonen',
          ],
          involve: ['communicatiedienst'],
          summary:
            'Een persconferentie houden we enkel als het onderwerp echt nieuwswaardig is: veel uitleg nodig, veel vragen, of iets belangwekkends te tonen.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'adviseren',
          objects: ['persconferentie'],
          summary: 'De communicatiedienst helpt inschatten of een persconferentie nuttig is.',
        },
      ],
    },
    {
      number: 50,
      subsection: `Pers zoekt overheid`,
      lead: `Wanneer de pers rechtstreeks met een dienst contact opneemt voor een reactie of met een vraag, verwijst deze dienst door naar de communicatiedienst. De communicatiedienst neemt hierover contact op met de burgemeester en/of bevoegde schepen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'doorverwijzen',
          objects: ['persvraag'],
          involve: ['communicatiedienst'],
          summary:
            'Neemt de pers rechtstreeks contact op met een dienst voor een reactie of een vraag, dan verwijst die dienst door naar de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'moet',
          action: 'doorverwijzen',
          objects: ['persvraag'],
          involve: ['communicatiedienst'],
          summary:
            'Belt of mailt een journalist je voor een reactie of een vraag, verwijs dan door naar de communicatiedienst.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'reageren',
          objects: ['persvraag'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst geeft zelf geen reactie aan de pers; die vraag gaat naar de communicatiedienst.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'contact-opnemen',
          objects: ['persvraag'],
          involve: ['burgemeester', 'bevoegde-schepen'],
          summary:
            'De communicatiedienst neemt over een persvraag contact op met de burgemeester en/of de bevoegde schepen.',
        },
      ],
    },
    {
      number: 51,
      subsection: `Pers zoekt overheid`,
      lead: `Indien de pers een schepen telefoneert voor reactie, gebeurt er een terugkoppeling naar de burgemeester, het betrokken diensthoofd en de communicatiedienst, zodat er geen tegenstrijdige communicatie ontstaat.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'schepen',
          modality: 'moet',
          action: 'terugkoppelen',
          objects: ['persvraag'],
          involve: ['burgemeester', 'diensthoofd', 'communicatiedienst'],
          summary:
            'Belt de pers een schepen voor een reactie, dan koppelt die terug naar de burgemeester, het betrokken diensthoofd en de communicatiedienst, zodat er geen tegenstrijdige communicatie ontstaat.',
        },
        {
          actor: 'schepen',
          modality: 'mag-mits',
          action: 'reageren',
          objects: ['persvraag'],
          conditions: [
            'met terugkoppeling naar de burgemeester, het betrokken diensthoofd en de communicatiedienst',
          ],
          involve: ['burgemeester', 'diensthoofd', 'communicatiedienst'],
          summary:
            'Een schepen die door de pers gebeld wordt, kan reageren, mits terugkoppeling naar de burgemeester, het betrokken diensthoofd en de communicatiedienst.',
        },
      ],
    },
    {
      number: 52,
      subsection: `Pers zoekt overheid`,
      lead: `Louter informatieve vragen van de pers (vb. over bezoekersaantallen, welke dingen er in bibliotheekboeken worden achtergelaten, …) kan de dienst zelf beantwoorden, met vooraf even een terugkoppeling naar de burgemeester, de bevoegde schepen en het diensthoofd.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'beantwoorden',
          objects: ['informatieve-persvraag', 'persvraag'],
          conditions: [
            'enkel louter informatieve vragen (bv. bezoekersaantallen), geen reactie of standpunt',
            'vooraf even terugkoppelen naar de burgemeester, de bevoegde schepen en het diensthoofd',
          ],
          involve: ['burgemeester', 'bevoegde-schepen', 'diensthoofd'],
          summary:
            'Louter informatieve vragen van de pers mag de dienst zelf beantwoorden, na een korte terugkoppeling vooraf naar de burgemeester, de bevoegde schepen en het diensthoofd.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-mits',
          action: 'beantwoorden',
          objects: ['informatieve-persvraag', 'persvraag'],
          conditions: [
            'enkel louter informatieve vragen (bv. bezoekersaantallen), geen reactie of standpunt',
            'vooraf even terugkoppelen naar de burgemeester, de bevoegde schepen en het diensthoofd',
          ],
          involve: ['burgemeester', 'bevoegde-schepen', 'diensthoofd'],
          summary:
            'Een louter informatieve vraag van de pers (bv. bezoekersaantallen) mag je zelf beantwoorden, na een korte terugkoppeling vooraf naar de burgemeester, de bevoegde schepen en je diensthoofd.',
        },
      ],
    },
    {
      number: 53,
      subsection: `Pers zoekt overheid`,
      lead: `Aanvragen door externen van beeldopnames worden steeds doorgegeven aan de communicatiedienst die hierover terugkoppelt met het college van burgemeester en schepenen.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'doorverwijzen',
          objects: ['beeldopname'],
          involve: ['communicatiedienst'],
          summary:
            'Vragen van externen om beeldopnames te maken geef je altijd door aan de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'moet',
          action: 'doorverwijzen',
          objects: ['beeldopname'],
          involve: ['communicatiedienst'],
          summary:
            'Vraagt een externe (tv, filmploeg, fotograaf) om beelden op te nemen, geef dat dan door aan de communicatiedienst.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'terugkoppelen',
          objects: ['beeldopname'],
          involve: ['college'],
          summary: 'De communicatiedienst koppelt een aanvraag voor beeldopnames terug met het college.',
        },
        {
          actor: 'externe',
          modality: 'moet',
          action: 'aanvragen',
          objects: ['beeldopname'],
          involve: ['communicatiedienst'],
          summary: 'Externen die beeldopnames willen maken, vragen dat aan via de communicatiedienst.',
        },
      ],
    },
    {
      number: 54,
      subsection: `Pers zoekt overheid`,
      lead: `Medewerkers geven zelf geen interviews tenzij dit overlegd is met en na uitdrukkelijke toestemming van de bevoegde mandataris en de communicatiedienst.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'medewerker',
          modality: 'mag-mits',
          action: 'interview-geven',
          objects: ['interview', 'pers'],
          conditions: [
            'na overleg met de bevoegde mandataris en de communicatiedienst',
            'met hun uitdrukkelijke toestemming',
          ],
          involve: ['bevoegde-mandataris', 'communicatiedienst'],
          summary:
            'Een medewerker geeft enkel een interview na overleg met en uitdrukkelijke toestemming van de bevoegde mandataris en de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'interview-geven',
          objects: ['interview', 'pers'],
          conditions: ['zonder overleg en uitdrukkelijke toestemming'],
          involve: ['bevoegde-mandataris', 'communicatiedienst'],
          summary:
            'Medewerkers geven zelf geen interviews zonder overleg met en uitdrukkelijke toestemming van de bevoegde mandataris en de communicatiedienst.',
        },
      ],
    },
    {
      number: 55,
      subsection: `Pers zoekt overheid`,
      lead: `Alle contacten voor mediadeals en advertenties (betalend én gratis) verlopen via de communicatiedienst, tenzij dit vooraf anders is afgesproken.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'contact-opnemen',
          objects: ['advertentie', 'mediadeal'],
          summary:
            'Alle contacten voor mediadeals en advertenties, betalend of gratis, verlopen via de communicatiedienst.',
        },
        {
          actor: 'dienst',
          modality: 'mag-niet',
          action: 'contact-opnemen',
          objects: ['advertentie', 'mediadeal'],
          conditions: ['tenzij dit vooraf anders is afgesproken'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst regelt zelf geen advertenties of mediadeals (betalend of gratis); dat loopt via de communicatiedienst, tenzij vooraf anders afgesproken.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'contact-opnemen',
          objects: ['advertentie', 'mediadeal'],
          conditions: ['tenzij dit vooraf anders is afgesproken'],
          involve: ['communicatiedienst'],
          summary:
            'Een medewerker regelt zelf geen advertenties of mediadeals; dat loopt via de communicatiedienst, tenzij vooraf anders afgesproken.',
        },
      ],
    },
  ],
};

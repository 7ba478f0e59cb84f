import type { Section } from '../types';

// Section 5.9 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.9',
  title: `Sociale media`,
  intro: `Zie met betrekking tot dit onderdeel ook het luik ‘Politieke neutraliteit’, eerder in dit document bij afspraak 37.`,
  readMore: [],
  agreements: [
    {
      number: 56,
      lead: `De communicatiedienst coördineert de sociale media van het lokaal bestuur.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'coordineren',
          objects: ['sociale-media'],
          summary: 'De communicatiedienst coördineert de sociale media van het lokaal bestuur.',
        },
      ],
    },
    {
      number: 57,
      lead: `Diensten en projecten die zich richten tot specifieke doelgroepen kunnen hun eigen socialmediapagina’s ontwikkelen, mits principiële goedkeuring door de communicatiedienst. De communicatiedienst vermijdt hierbij wildgroei.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'aanmaken',
          objects: ['socialemediapagina'],
          conditions: [
            'de dienst of het project richt zich tot een specifieke doelgroep',
            'na principiële goedkeuring door de communicatiedienst',
          ],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst of project voor een specifieke doelgroep mag een eigen socialemediapagina maken, mits principiële goedkeuring door de communicatiedienst.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-mits',
          action: 'aanmaken',
          objects: ['socialemediapagina'],
          conditions: [
            'de dienst of het project richt zich tot een specifieke doelgroep',
            'na principiële goedkeuring door de communicatiedienst',
          ],
          involve: ['communicatiedienst'],
          summary:
            'Een eigen socialemediapagina voor je dienst of project kan, als die zich tot een specifieke doelgroep richt en de communicatiedienst ze principieel goedkeurt.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'goedkeuren',
          objects: ['socialemediapagina'],
          summary:
            'De communicatiedienst keurt eigen socialemediapagina’s principieel goed en vermijdt wildgroei.',
        },
      ],
    },
    {
      number: 58,
      lead: `De communicatiedienst monitort de publieke gesprekken en reacties die ontstaan op berichten op hun eigen pagina. Bij belangrijke issues rapporteert de communicatiedienst hierover aan het college van burgermeester en schepenen, het managementteam en/of de betrokken dienst.`,
      points: [],
      variants: [],
      readMore: [`Hoe reageer je op berichten op sociale media?`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'monitoren',
          objects: ['reactie-sociale-media', 'sociale-media'],
          summary:
            'De communicatiedienst volgt de gesprekken en reacties op de eigen pagina’s van de gemeente op.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'rapporteren',
          objects: ['reactie-sociale-media'],
          involve: ['college', 'managementteam', 'dienst'],
          summary:
            'Bij belangrijke issues rapporteert de communicatiedienst aan het college, het managementteam en/of de betrokken dienst.',
        },
      ],
    },
    {
      number: 59,
      lead: `De communicatiedienst beantwoordt vragen en opmerkingen van burgers op de socialemediapagina’s van de gemeente. Hier interveniëren politici niet. Indien de burgemeester of schepenen een dringende tussenkomst wensen, dan contacteren zij hiervoor de communicatieverantwoordelijke.`,
      points: [
        {
          text: `De communicatiedienst ontwikkelt richtlijnen over hoe er wordt omgegaan met reacties op berichten op sociale media. Diensten die een eigen pagina hebben, houden zich aan dezelfde afspraken.`,
        },
      ],
      variants: [],
      readMore: [`Hoe ga je om met polarisatie op sociale media?`],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'beantwoorden',
          objects: ['reactie-sociale-media', 'sociale-media'],
          summary:
            'De communicatiedienst beantwoordt vragen en opmerkingen van burgers op de socialemediapagina’s van de gemeente.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'reageren',
          objects: ['reactie-sociale-media', 'sociale-media'],
          summary:
            'Politici komen niet tussen in vragen en reacties op de socialemediapagina’s van de gemeente.',
        },
        {
          actor: 'schepen',
          modality: 'moet',
          action: 'contact-opnemen',
          objects: ['reactie-sociale-media'],
          conditions: ['bij een dringende tussenkomst'],
          involve: ['communicatieverantwoordelijke'],
          summary:
            'Wil een schepen dringend tussenkomen op de sociale media van de gemeente, dan contacteert hij of zij de communicatieverantwoordelijke.',
        },
        {
          actor: 'burgemeester',
          modality: 'moet',
          action: 'contact-opnemen',
          objects: ['reactie-sociale-media'],
          conditions: ['bij een dringende tussenkomst'],
          involve: ['communicatieverantwoordelijke'],
          summary:
            'Wil de burgemeester dringend tussenkomen op de sociale media van de gemeente, dan contacteert hij of zij de communicatieverantwoordelijke.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'beantwoorden',
          objects: ['reactie-sociale-media', 'sociale-media'],
          involve: ['communicatiedienst'],
          summary:
            'Vragen en opmerkingen op de socialemediapagina’s van de gemeente beantwoordt de communicatiedienst, niet een andere medewerker.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'opmaken',
          objects: ['reactie-sociale-media'],
          summary:
            'De communicatiedienst maakt richtlijnen over hoe we omgaan met reacties op sociale media.',
        },
        {
          actor: 'dienst',
          modality: 'mag-mits',
          action: 'beantwoorden',
          objects: ['reactie-sociale-media', 'socialemediapagina'],
          conditions: ['volgens de richtlijnen van de communicatiedienst over reacties'],
          involve: ['communicatiedienst'],
          summary:
            'Een dienst met een eigen pagina beantwoordt reacties volgens dezelfde richtlijnen van de communicatiedienst.',
        },
      ],
    },
    {
      number: 60,
      lead: `De communicatiedienst monitort de publieke gesprekken op lokale socialemediapagina’s (andere dan deze van het gemeentebestuur, bijvoorbeeld ‘Ge zijt van xxx’, pagina’s van lokale nieuwsmedia ...). Bij zich ontwikkelende, belangwekkende issues rapporteert de communicatiedienst hierover aan het college van burgemeester en schepenen, het managementteam en/of de betrokken dienst.  De communicatiedienst reageert alleen op berichten die op ‘gemeentelijke sociale media’ gepost worden.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'communicatiedienst',
          modality: 'info',
          action: 'monitoren',
          objects: ['lokale-socialemediapagina'],
          summary:
            'De communicatiedienst volgt de publieke gesprekken op andere lokale socialemediapagina’s op (bv. ‘Ge zijt van …’, lokale nieuwsmedia).',
        },
        {
          actor: 'communicatiedienst',
          modality: 'moet',
          action: 'rapporteren',
          objects: ['lokale-socialemediapagina'],
          involve: ['college', 'managementteam', 'dienst'],
          summary:
            'Bij belangrijke issues op lokale socialemediapagina’s rapporteert de communicatiedienst aan het college, het managementteam en/of de betrokken dienst.',
        },
        {
          actor: 'communicatiedienst',
          modality: 'mag-niet',
          action: 'reageren',
          objects: ['lokale-socialemediapagina'],
          summary:
            'De communicatiedienst reageert alleen op berichten op de gemeentelijke sociale media, niet op andere lokale pagina’s.',
        },
      ],
    },
    {
      number: 61,
      lead: `Gemeentelijke medewerkers stellen zich terughoudend op indien er op sociale media kritiek komt over gemeentebestuur of gemeentediensten.`,
      points: [],
      tail: `Op je privé-account je eigen mening geven kan, maar hou rekening met de integriteit die de gemeente als werkgever van jou verwacht. Je kan een open en kritische houding aannemen, maar je blijft daarbij loyaal tegenover de gemeente en vermijdt kritiek op collega’s en beleidspersonen van de gemeente.`,
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'medewerker',
          modality: 'mag-mits',
          action: 'reageren',
          objects: ['kritiek-sociale-media', 'prive-account'],
          conditions: [
            'op je privé-account, als je eigen mening',
            'terughoudend en loyaal tegenover de gemeente',
            'met oog voor de integriteit die de gemeente als werkgever verwacht',
          ],
          summary:
            'Op je privé-account mag je je eigen mening geven, ook bij kritiek op de gemeente, als je loyaal blijft en geen kritiek geeft op collega’s of beleidspersonen.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'reageren',
          objects: ['kritiek-sociale-media', 'prive-account'],
          conditions: ['kritiek op collega’s of beleidspersonen van de gemeente'],
          summary: 'Op sociale media vermijd je kritiek op collega’s en beleidspersonen van de gemeente.',
        },
      ],
    },
  ],
};

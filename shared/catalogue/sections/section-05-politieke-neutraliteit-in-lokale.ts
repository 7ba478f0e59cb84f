import type { Section } from '../types';

// Section 5.5 of the inspiration note; texts word for word from the seed.
export const section: Section = {
  id: '5.5',
  title: `Politieke neutraliteit in lokale overheidscommunicatie`,
  readMore: [],
  agreements: [
    {
      number: 30,
      lead: `We communiceren in de gemeentelijke kanalen enkel over beslist beleid of beleid-in-ontwikkeling.`,
      points: [
        {
          title: `Beslist beleid`,
          text: `Communicatie over beslist beleid kan gaan over de bestuurlijke organisatie, beslissingen, regelgeving, dienstverlening of de rechten van de burger. Die zaken worden systematisch, neutraal, objectief, tijdig en toegankelijk gecommuniceerd.`,
        },
        {
          title: `Beleid-in-ontwikkeling`,
          text: `Met communicatie over beleid-in-ontwikkeling stimuleren we de publieke discussie. Zo willen we de participatie van burgers bevorderen.  Van die communicatie is de afzender altijd duidelijk het bestuur. Ze is niet wervend, beperkt zich tot de weergave van de feiten en is zakelijk van toon.`,
        },
        {
          title: `Niet-beslist beleid`,
          text: `Beleidspunten waarover nog geen beslissing genomen is komen niet in aanmerking voor bekendmaking via de gemeentelijke communicatiemiddelen.`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag',
          action: 'communiceren',
          objects: ['beslist-beleid', 'gemeentelijke-kanalen'],
          summary:
            'Over beslist beleid communiceren we in de gemeentelijke kanalen: systematisch, neutraal, objectief, tijdig en toegankelijk.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'communiceren',
          objects: ['beleid-in-ontwikkeling', 'gemeentelijke-kanalen'],
          conditions: [
            'het bestuur is duidelijk de afzender',
            'niet wervend, enkel de feiten, zakelijk van toon',
          ],
          summary:
            'Over beleid in ontwikkeling mag je communiceren om de discussie en participatie te stimuleren, als het bestuur duidelijk de afzender is en de tekst zakelijk en niet wervend is.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'communiceren',
          objects: ['niet-beslist-beleid', 'gemeentelijke-kanalen'],
          summary: 'Beleid waarover nog niet beslist is, maken we niet bekend via de gemeentelijke kanalen.',
        },
      ],
    },
    {
      number: 31,
      lead: `Meerderheidsstandpunten of adviezen van het schepencollege mogen niet worden gecommuniceerd alsof het lijkt dat de beslissing reeds effectief genomen is. Dat kan pas na goedkeuring door de gemeenteraad.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'communiceren',
          objects: ['advies-college', 'gemeentelijke-kanalen'],
          involve: ['gemeenteraad'],
          summary:
            'Een standpunt of advies van het college breng je niet alsof de beslissing al genomen is zolang de gemeenteraad het nog moet goedkeuren.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'communiceren',
          objects: ['advies-college', 'collegebeslissing'],
          conditions: ['pas na goedkeuring door de gemeenteraad'],
          summary: 'Als beslissing communiceren kan pas na goedkeuring door de gemeenteraad.',
        },
      ],
    },
    {
      number: 32,
      lead: `Politieke mandatarissen komen niet voor in de gemeentelijke kanalen, tenzij in vooraf bepaalde uitzonderingen, zoals:`,
      points: [
        { text: `Overzichtspagina schepencollege (vb. in informatieblad en website).` },
        { text: `Voorstelling van het gemeentelijke beleidsplan` },
        {
          text: `Voorstelling nieuwe gemeenteraad/ schepencollege; in de loop van de legislatuur: voorstelling van nieuwe leden, die mandatarissen die ontslag nemen vervangen.`,
        },
        { text: `Duiding van beleid.` },
        { text: `In infoblad: (kort) voorwoord.` },
        {
          text: `In crisissituaties verwacht de bevolking dat de burgemeester een leidende rol opneemt, en is het wel wenselijk dat deze regelmatig het woord voert.`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'vermelden',
          objects: [
            'mandataris',
            'gemeentelijke-kanalen',
            'infoblad',
            'website',
            'sociale-media',
            'nieuwsbrief',
          ],
          summary:
            'Politieke mandatarissen komen niet voor in de gemeentelijke kanalen, behalve in vooraf bepaalde uitzonderingen.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'vermelden',
          objects: [
            'mandataris',
            'gemeentelijke-kanalen',
            'infoblad',
            'website',
            'sociale-media',
            'nieuwsbrief',
          ],
          conditions: [
            'een overzichtspagina van het schepencollege (infoblad, website)',
            'de voorstelling van het gemeentelijke beleidsplan',
            'de voorstelling van een nieuwe gemeenteraad of een nieuw schepencollege, of van nieuwe leden',
            'duiding van beleid',
            'een (kort) voorwoord in het infoblad',
            'in een crisis: de burgemeester die het woord voert',
          ],
          summary:
            'Een mandataris mag wel in de gemeentelijke kanalen bij de vooraf bepaalde uitzonderingen, zoals het overzicht van het college, het beleidsplan, duiding van beleid en een kort voorwoord.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-mits',
          action: 'publiceren',
          objects: ['infoblad'],
          conditions: ['enkel een (kort) voorwoord'],
          summary: 'In het infoblad mag een mandataris een kort voorwoord schrijven.',
        },
        {
          actor: 'burgemeester',
          modality: 'mag',
          action: 'woord-voeren',
          objects: ['crisis', 'gemeentelijke-kanalen'],
          summary:
            'In een crisis neemt de burgemeester een leidende rol op en voert hij of zij regelmatig het woord, ook in de gemeentelijke kanalen.',
        },
      ],
    },
    {
      number: 33,
      lead: `Politieke communicatie werkt liefst ondersteunend aan gemeentelijke communicatie en kan deze op een positieve manier versterken. Politieke communicatie kan pas na de gemeentelijke communicatie (vb. nieuwe beslissing van het schepencollege, lancering van projecten, …).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'mandataris',
          modality: 'mag-mits',
          action: 'communiceren',
          objects: ['politieke-communicatie'],
          conditions: ['pas nadat de gemeente zelf gecommuniceerd heeft'],
          summary:
            'Politieke communicatie over een beslissing of project kan pas na de gemeentelijke communicatie en werkt die liefst ondersteunend.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'communiceren',
          objects: ['politieke-communicatie', 'collegebeslissing', 'project'],
          conditions: ['voor de gemeentelijke communicatie'],
          summary:
            'Een mandataris communiceert niet politiek over een nieuwe beslissing of een nieuw project voordat de gemeente dat zelf deed.',
        },
      ],
    },
    {
      number: 34,
      lead: `Mandatarissen interveniëren niet in maar versterken gemeentelijke communicatie:`,
      points: [
        {
          text: `Mandatarissen kunnen berichten van het lokaal bestuur delen, maar gaan zelf niet reageren op vragen of reacties. Tevens worden er geen bronnen van het lokaal bestuur (vb. foto's, teksten, documenten ...) gebruikt in politieke communicatie.`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'mandataris',
          modality: 'mag',
          action: 'delen',
          objects: ['bericht-lokaal-bestuur', 'sociale-media'],
          summary: 'Mandatarissen mogen berichten van het lokaal bestuur delen.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'reageren',
          objects: ['reactie-sociale-media', 'bericht-lokaal-bestuur'],
          summary:
            'Mandatarissen reageren zelf niet op vragen of reacties bij berichten van het lokaal bestuur.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'gebruiken',
          objects: ['bronnen-lokaal-bestuur', 'politieke-communicatie'],
          summary:
            'Foto’s, teksten en documenten van het lokaal bestuur worden niet gebruikt in politieke communicatie.',
        },
      ],
    },
    {
      number: 35,
      lead: `Mandatarissen die een melding of vraag ontvangen van een burger engageren zich om deze de weg te tonen naar de kanalen voor meldingen, vragen en klachten, zonder daarbij zelf al een antwoord te formuleren naar de betrokken burger. De verantwoordelijke dienst engageert zich om de burger een antwoord op de melding te bezorgen en informeert de schepen hiervan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'mandataris',
          modality: 'moet',
          action: 'doorverwijzen',
          objects: ['melding', 'klacht'],
          summary:
            'Een mandataris die een melding of vraag van een burger krijgt, wijst de burger de weg naar de kanalen voor meldingen, vragen en klachten.',
        },
        {
          actor: 'mandataris',
          modality: 'mag-niet',
          action: 'beantwoorden',
          objects: ['melding', 'klacht'],
          involve: ['dienst'],
          summary:
            'Een mandataris formuleert zelf geen antwoord op een melding of vraag van een burger; de verantwoordelijke dienst antwoordt.',
        },
        {
          actor: 'dienst',
          modality: 'moet',
          action: 'beantwoorden',
          objects: ['melding'],
          involve: ['schepen'],
          summary:
            'De verantwoordelijke dienst bezorgt de burger een antwoord op de melding en informeert de schepen.',
        },
      ],
    },
    {
      number: 36,
      lead: `Briefwisseling wordt ondertekend door de algemeen directeur en de bevoegde mandataris (burgemeester, schepen, voorzitter vast bureau, GR-/OCMW-voorzitter …). We werken niet met medeondertekening door niet-bevoegde schepenen of leden van het vast bureau.`,
      points: [],
      variants: [
        {
          number: 1,
          label: 'Variant',
          text: `Alle briefwisseling en uitnodigingen vanwege het stadsbestuur worden ondertekend door de algemeen directeur en de burgemeester.`,
          statements: [
            {
              actor: 'algemeen-directeur',
              modality: 'moet',
              action: 'ondertekenen',
              objects: ['brief', 'uitnodiging'],
              involve: ['burgemeester'],
              summary:
                'Alle brieven en uitnodigingen van het bestuur worden ondertekend door de algemeen directeur en de burgemeester.',
            },
            {
              actor: 'burgemeester',
              modality: 'moet',
              action: 'ondertekenen',
              objects: ['brief', 'uitnodiging'],
              involve: ['algemeen-directeur'],
              summary:
                'De burgemeester ondertekent alle brieven en uitnodigingen van het bestuur, samen met de algemeen directeur.',
            },
            {
              actor: 'schepen',
              modality: 'mag-niet',
              action: 'ondertekenen',
              objects: ['brief', 'uitnodiging'],
              involve: ['burgemeester'],
              summary:
                'Een schepen ondertekent geen brieven of uitnodigingen van het bestuur; dat doen de burgemeester en de algemeen directeur.',
            },
          ],
        },
      ],
      readMore: [],
      statements: [
        {
          actor: 'algemeen-directeur',
          modality: 'moet',
          action: 'ondertekenen',
          objects: ['brief'],
          involve: ['bevoegde-mandataris'],
          summary:
            'Briefwisseling wordt ondertekend door de algemeen directeur, samen met de bevoegde mandataris.',
        },
        {
          actor: 'bevoegde-mandataris',
          modality: 'moet',
          action: 'ondertekenen',
          objects: ['brief'],
          involve: ['algemeen-directeur'],
          summary:
            'De mandataris die bevoegd is voor het onderwerp (burgemeester, schepen, voorzitter) ondertekent de brief, samen met de algemeen directeur.',
        },
        {
          actor: 'schepen',
          modality: 'mag-niet',
          action: 'ondertekenen',
          objects: ['brief'],
          conditions: ['als de schepen niet bevoegd is voor het onderwerp van de brief'],
          summary: 'Een schepen die niet bevoegd is voor het onderwerp ondertekent niet mee.',
        },
      ],
    },
    {
      number: 37,
      lead: `Gemeentelijke medewerkers en gemeentelijke communicatiekanalen stellen zich politiek terughoudend op:`,
      points: [
        {
          text: `In hun keuze van ‘vrienden’, het ‘leuk vinden’ en het delen van berichten van andere pagina’s stellen gemeentelijke sociale media zich politiek neutraal op.`,
        },
        {
          text: `Functiegebonden profielpagina’s op Facebook (bijvoorbeeld van de centrum-coach, de jongerenwerker…) kunnen politici of politieke verenigingen te vriend hebben/volgen maar mogen daarbij geen onderscheid maken in de partijen. Ze blijven zich neutraal opstellen.`,
        },
        {
          text: `Gemeentelijke sociale media kunnen geen pagina’s of berichten van politici of politieke partijen/verenigingen/belangengroepen leuk vinden of delen.`,
        },
        {
          text: `Dit geldt eveneens voor pagina’s of berichten van merken of commerciële bedrijven en handelszaken. Dit laatste is enkel mogelijk indien dit professioneel noodzakelijk is en indien de onafhankelijkheid gewaarborgd blijft.`,
        },
        {
          text: `Binnen de lokale overheid wordt door medewerkers geen reclame gemaakt voor één of andere politicus, noch bij medewerkers noch bij cliënten of bezoekers. Dit kan noch gedrukt, noch digitaal noch mondeling.`,
        },
        {
          text: `Gemeentepersoneel werkt niet mee aan de persoonlijke kanalen van mandatarissen (vb. hun persoonlijke Facebookpagina).`,
        },
      ],
      variants: [],
      readMore: [],
      statements: [
        {
          actor: 'iedereen',
          modality: 'moet',
          action: 'volgen',
          objects: ['sociale-media', 'politieke-pagina'],
          conditions: ['politiek neutraal'],
          summary:
            'Gemeentelijke sociale media blijven politiek neutraal in hun keuze van vrienden, likes en gedeelde berichten.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-mits',
          action: 'volgen',
          objects: ['politieke-pagina', 'socialemediapagina'],
          conditions: ['zonder onderscheid tussen partijen', 'neutraal blijven'],
          summary:
            'Een functiegebonden profiel (bv. van de jongerenwerker) mag politici of politieke verenigingen volgen of als vriend hebben, zonder onderscheid tussen de partijen.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'leuk-vinden',
          objects: ['politieke-pagina', 'sociale-media'],
          summary:
            'Gemeentelijke sociale media vinden geen pagina’s of berichten van politici, partijen, politieke verenigingen of belangengroepen leuk.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-niet',
          action: 'delen',
          objects: ['politieke-pagina', 'sociale-media'],
          summary:
            'Gemeentelijke sociale media delen geen pagina’s of berichten van politici, partijen, politieke verenigingen of belangengroepen.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'delen',
          objects: ['commerciele-pagina', 'sociale-media'],
          conditions: [
            'enkel als het professioneel noodzakelijk is',
            'de onafhankelijkheid blijft gewaarborgd',
          ],
          summary:
            'Gemeentelijke sociale media delen geen berichten van merken, bedrijven of handelszaken, tenzij dat professioneel noodzakelijk is en de onafhankelijkheid gewaarborgd blijft.',
        },
        {
          actor: 'iedereen',
          modality: 'mag-mits',
          action: 'leuk-vinden',
          objects: ['commerciele-pagina', 'sociale-media'],
          conditions: [
            'enkel als het professioneel noodzakelijk is',
            'de onafhankelijkheid blijft gewaarborgd',
          ],
          summary:
            'Pagina’s of berichten van merken, bedrijven of handelszaken leuk vinden kan enkel als dat professioneel noodzakelijk is en de onafhankelijkheid gewaarborgd blijft.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'reclame-maken',
          objects: ['politicus'],
          summary:
            'Medewerkers maken binnen de gemeente geen reclame voor een politicus, niet bij collega’s, cliënten of bezoekers, niet gedrukt, digitaal of mondeling.',
        },
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'meewerken',
          objects: ['persoonlijke-kanalen-mandataris', 'politieke-communicatie'],
          summary:
            'Gemeentepersoneel werkt niet mee aan de persoonlijke kanalen van mandatarissen, zoals hun eigen Facebookpagina.',
        },
      ],
    },
  ],
};

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
        { title: `Beslist beleid`, text: `Communicatie over beslist beleid kan gaan over de bestuurlijke organisatie, beslissingen, regelgeving, dienstverlening of de rechten van de burger. Die zaken worden systematisch, neutraal, objectief, tijdig en toegankelijk gecommuniceerd.` },
        { title: `Beleid-in-ontwikkeling`, text: `Met communicatie over beleid-in-ontwikkeling stimuleren we de publieke discussie. Zo willen we de participatie van burgers bevorderen.  Van die communicatie is de afzender altijd duidelijk het bestuur. Ze is niet wervend, beperkt zich tot de weergave van de feiten en is zakelijk van toon.` },
        { title: `Niet-beslist beleid`, text: `Beleidspunten waarover nog geen beslissing genomen is komen niet in aanmerking voor bekendmaking via de gemeentelijke communicatiemiddelen.` },
      ],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 31,
      lead: `Meerderheidsstandpunten of adviezen van het schepencollege mogen niet worden gecommuniceerd alsof het lijkt dat de beslissing reeds effectief genomen is. Dat kan pas na goedkeuring door de gemeenteraad.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 32,
      lead: `Politieke mandatarissen komen niet voor in de gemeentelijke kanalen, tenzij in vooraf bepaalde uitzonderingen, zoals:`,
      points: [
        { text: `Overzichtspagina schepencollege (vb. in informatieblad en website).` },
        { text: `Voorstelling van het gemeentelijke beleidsplan` },
        { text: `Voorstelling nieuwe gemeenteraad/ schepencollege; in de loop van de legislatuur: voorstelling van nieuwe leden, die mandatarissen die ontslag nemen vervangen.` },
        { text: `Duiding van beleid.` },
        { text: `In infoblad: (kort) voorwoord.` },
        { text: `In crisissituaties verwacht de bevolking dat de burgemeester een leidende rol opneemt, en is het wel wenselijk dat deze regelmatig het woord voert.` },
      ],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 33,
      lead: `Politieke communicatie werkt liefst ondersteunend aan gemeentelijke communicatie en kan deze op een positieve manier versterken. Politieke communicatie kan pas na de gemeentelijke communicatie (vb. nieuwe beslissing van het schepencollege, lancering van projecten, …).`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 34,
      lead: `Mandatarissen interveniëren niet in maar versterken gemeentelijke communicatie:`,
      points: [
        { text: `Mandatarissen kunnen berichten van het lokaal bestuur delen, maar gaan zelf niet reageren op vragen of reacties. Tevens worden er geen bronnen van het lokaal bestuur (vb. foto's, teksten, documenten ...) gebruikt in politieke communicatie.` },
      ],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 35,
      lead: `Mandatarissen die een melding of vraag ontvangen van een burger engageren zich om deze de weg te tonen naar de kanalen voor meldingen, vragen en klachten, zonder daarbij zelf al een antwoord te formuleren naar de betrokken burger. De verantwoordelijke dienst engageert zich om de burger een antwoord op de melding te bezorgen en informeert de schepen hiervan.`,
      points: [],
      variants: [],
      readMore: [],
      statements: [],
    },
    {
      number: 36,
      lead: `Briefwisseling wordt ondertekend door de algemeen directeur en de bevoegde mandataris (burgemeester, schepen, voorzitter vast bureau, GR-/OCMW-voorzitter …). We werken niet met medeondertekening door niet-bevoegde schepenen of leden van het vast bureau.`,
      points: [],
      variants: [
        { number: 1, label: 'Variant', text: `Alle briefwisseling en uitnodigingen vanwege het stadsbestuur worden ondertekend door de algemeen directeur en de burgemeester.`, statements: [] },
      ],
      readMore: [],
      statements: [],
    },
    {
      number: 37,
      lead: `Gemeentelijke medewerkers en gemeentelijke communicatiekanalen stellen zich politiek terughoudend op:`,
      points: [
        { text: `In hun keuze van ‘vrienden’, het ‘leuk vinden’ en het delen van berichten van andere pagina’s stellen gemeentelijke sociale media zich politiek neutraal op.` },
        { text: `Functiegebonden profielpagina’s op Facebook (bijvoorbeeld van de centrum-coach, de jongerenwerker…) kunnen politici of politieke verenigingen te vriend hebben/volgen maar mogen daarbij geen onderscheid maken in de partijen. Ze blijven zich neutraal opstellen.` },
        { text: `Gemeentelijke sociale media kunnen geen pagina’s of berichten van politici of politieke partijen/verenigingen/belangengroepen leuk vinden of delen.` },
        { text: `Dit geldt eveneens voor pagina’s of berichten van merken of commerciële bedrijven en handelszaken. Dit laatste is enkel mogelijk indien dit professioneel noodzakelijk is en indien de onafhankelijkheid gewaarborgd blijft.` },
        { text: `Binnen de lokale overheid wordt door medewerkers geen reclame gemaakt voor één of andere politicus, noch bij medewerkers noch bij cliënten of bezoekers. Dit kan noch gedrukt, noch digitaal noch mondeling.` },
        { text: `Gemeentepersoneel werkt niet mee aan de persoonlijke kanalen van mandatarissen (vb. hun persoonlijke Facebookpagina).` },
      ],
      variants: [],
      readMore: [],
      statements: [],
    },
  ],
};

// Example questions for section 5.11.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  68: [
    {
      q: 'We willen een folder over de nieuwe afvalkalender in elke brievenbus. Is drukwerk daarvoor wel nodig?',
      verdict: 'mag-mits',
    },
    { q: 'Mag ik voor elke activiteit van de bib affiches laten drukken?', verdict: 'mag-mits' },
    { q: 'Wie beslist of iets op papier moet of enkel digitaal', verdict: 'info' },
    { q: 'flyer of gewoon online, wat raden jullie aan', verdict: 'info' },
    {
      q: 'Kan de sportdienst een brochure laten drukken over het zomeraanbod of moet dat digitaal?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mijn schepen wil een glanzende folder over het nieuwe mobiliteitsplan. Wie adviseert of dat zinvol is?',
      verdict: 'info',
    },
    { q: 'Waarom drukken we niet meer voor alles een flyer?', verdict: 'info' },
    { q: 'mogen wij nog affiches laten maken voor ons seniorenfeest', verdict: 'mag-mits' },
    {
      q: 'Is het ok als we voor de infoavond enkel een nieuwsbrief sturen en geen flyers drukken?',
      verdict: 'info',
    },
    { q: 'drukwerk nodig voor jeugdkamp?', verdict: 'mag-mits' },
    {
      q: 'De technische dienst wil een huis-aan-huisbrief over de wegenwerken. Moet die gedrukt worden of volstaat de webiste?',
      verdict: 'mag-mits',
    },
    { q: 'bij wie kan ik advies vragen over wanneer drukwerk nuttig is', verdict: 'info' },
  ],
  69: [
    {
      q: 'Hoe lang op voorhand moet ik communicatie verwittigen als we een nieuwe folder willen?',
      verdict: 'info',
    },
    {
      q: 'Onze dienst organiseert in mei een grote opendeurdag. Wanneer moeten we met communicatie beginnen overleggen?',
      verdict: 'info',
    },
    { q: 'Moeten we een nieuwe brochure eerst met de comunicatiedienst bespreken?', verdict: 'moet' },
    {
      q: 'mag ik zelf een flyer maken in canva en die pas op het einde aan communicatie laten zien',
      verdict: 'moet',
    },
    { q: 'Volgende week hebben we affiches nodig voor ons event. Is dat nog op tijd?', verdict: 'moet' },
    {
      q: 'Moet de jeugddienst ook voor een digitale campagne op voorhand met communicatie overleggen, of alleen voor drukwerk?',
      verdict: 'moet',
    },
    { q: 'wanneer communicatie inschakelen voor een nieuwe folder?', verdict: 'info' },
    {
      q: 'We willen een filmpje en een affiche voor de heropening van het zwembad. Moet dat in overleg met communicatie gepland worden?',
      verdict: 'moet',
    },
    { q: 'Kan ik last minute nog een flyer vragen bij de communicatiedienst?', verdict: 'moet' },
    {
      q: 'Het cultuurcentrum plant een nieuwe seizoensbrochure. Moeten we dat ruim vooraf afstemmen met communicatie?',
      verdict: 'moet',
    },
    {
      q: 'moet ik echt maanden op voorhand overlegen voor een nieuwe mailing naar de inwoners',
      verdict: 'moet',
    },
    { q: 'Wat is de werkwijze om samen met communicatie een campagne te plannen?', verdict: 'info' },
  ],
  70: [
    { q: 'Wat moet ik aanleveren als ik een affiche wil laten maken?', verdict: 'info' },
    {
      q: "Moet ik zelf de teksten en foto's bezorgen voor onze nieuwe folder?",
      verdict: 'moet',
    },
    { q: 'wat is een goede briefing voor de communicatiedienst', verdict: 'info' },
    {
      q: "Moeten wij de logo's van onze partners zelf doorsturen voor de flyer van het buurtfeest?",
      verdict: 'moet',
    },
    {
      q: 'Tegen wanneer moeten de teksten voor de brochure van de sportdienst bij communicatie zijn?',
      verdict: 'info',
    },
    {
      q: 'Ik heb de tekst voor de uitnodiging nog niet klaar en de deadline is vandaag. Moet ik dat echt vandaag bezorgen?',
      verdict: 'moet',
    },
    { q: 'briefing flyer aanleveren, wat hebben jullie nodig', verdict: 'info' },
    {
      q: 'Moet ik een duidelijke briefing meegeven als ik een folder aanvraag bij communicatie?',
      verdict: 'moet',
    },
    {
      q: "kan communicatie zelf foto's zoeken voor onze affiche of moeten wij die aanleveren",
      verdict: 'moet',
    },
    {
      q: 'Onze dienst organiseert een week van de mantelzorger. Wat moeten we aan communicatie bezorgen voor de folder en de affiche?',
      verdict: 'info',
    },
    { q: 'moet ik mijn tekst op tijd aanleveren voor de nieuwe brochure?', verdict: 'moet' },
    {
      q: 'De deadline voor het aanleveren van beelden voor de campagne is gemist. Wat nu?',
      verdict: 'moet',
    },
  ],
  71: [
    {
      q: 'Communicatie heeft het ontwerp van onze affiche gestuurd. Moet ik dat nog laten goedkeuren door de schepen?',
      verdict: 'moet',
    },
    { q: 'Moet mijn diensthoofd de flyer nog nakijke voor hij gedrukt wordt?', verdict: 'moet' },
    {
      q: 'Krijgen wij het ontwerp van de brochure nog te zien voor ze naar de drukker gaat?',
      verdict: 'moet',
    },
    { q: 'wie legt de proef van de folder voor aan de schepen, wij of communicatie', verdict: 'info' },
    {
      q: 'Moet de bevoegde schepen een affiche van de sportdienst goedkeuren?',
      verdict: 'moet',
    },
    {
      q: 'Mag ik het ontwerp van de uitnodiging zelf goedkeuren zonder het aan iemand voor te leggen?',
      verdict: 'moet',
    },
    { q: 'goedkeuring ontwerp flyer, wie?', verdict: 'info' },
    {
      q: 'Ik heb het ontwerp van onze nieuwe folder nagekeken. Aan wie moet ik het nu ter goedkeuring voorleggen?',
      verdict: 'info',
    },
    {
      q: 'De burgemeester en de schepen van jeugd zijn allebei bevoegd voor ons project. Moeten ze het ontwerp van de campagne allebei goedkeuren?',
      verdict: 'moet',
    },
    {
      q: 'moet het managementteam ook akkoord geven op het ontwerp van een affische',
      verdict: 'moet',
    },
    {
      q: 'Hoe verloopt de controle van een ontwerp tussen communicatie en onze dienst?',
      verdict: 'info',
    },
    {
      q: 'Stuurt de communicatiedienst de ontwerpen altijd eerst naar ons ter controle?',
      verdict: 'moet',
    },
  ],
  72: [
    { q: 'Moet onze flyer in de huisstijl van de gemeente?', verdict: 'moet' },
    {
      q: 'Mag ik voor de affiche van de sportdienst een ander letterype en andere kleuren gebruiken?',
      verdict: 'moet',
    },
    {
      q: 'Het cultuurcentrum heeft een eigen huisstijl. Moeten we voor onze programmabrochure toch de gemeentekleuren gebruiken?',
      verdict: 'mag-mits',
    },
    { q: 'mag de bib in haar eigen huisstijl communiceren', verdict: 'mag-mits' },
    {
      q: 'Ik maak zelf een uitnodiging in Word voor een infoavond. Moet die volgens de huisstijl?',
      verdict: 'moet',
    },
    { q: 'huisstijl verplicht voor powerpoint naar inwoners?', verdict: 'moet' },
    {
      q: 'Mag de jeugddienst een hippe eigen stijl gebruiken voor de affiches van het speelplein?',
      verdict: 'moet',
    },
    {
      q: 'Welke diensten mogen een eigen huisstijl gebruiken in plaats van die van de gemeente?',
      verdict: 'info',
    },
    { q: 'moeten de kleuren van de gemeente op ons roll-up banner', verdict: 'moet' },
    {
      q: 'De bibliotheek maakt een folder over de leesclub. Is het ok als ze hun eigen logo en stijl gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'Kan ik voor de nieuwsbrief van het sociaal huis een sjabloon nemen dat ik zelf mooier vind dan de huistijl?',
      verdict: 'moet',
    },
    {
      q: 'Het cultuurcentrum maakt een affiche voor een voorstelling in de sporthal. Welke huisstijl gebruiken ze?',
      verdict: 'info',
    },
    { q: 'Gelden ons lettertype en de kleuren van de gemeente voor al onze communicatie?', verdict: 'moet' },
    {
      q: 'allee, moet echt alles in die huisstijl, ook een simpel A4-tje voor het prikbord?',
      verdict: 'moet',
    },
    {
      q: 'Geldt de huisstijl ook voor digitale communicatiemiddelen zoals een banner op de website?',
      verdict: 'moet',
    },
  ],
  73: [
    { q: 'wie belt de drukker voor onze flyers', verdict: 'info' },
    {
      q: 'Ik ken een goeie grafisch ontwerper. Mag onze dienst die rechtstreeks contacteren voor een nieuwe brochure?',
      verdict: 'mag-niet',
    },
    { q: 'Moet het contact met de drukker via de communicatiedienst lopen?', verdict: 'moet' },
    { q: 'kan ik zelf offerte vragen bij een drukkerij', verdict: 'mag-niet' },
    {
      q: 'De sportdienst wil een videograaf voor een promofilmpje van de sportkampen. Mogen we die zelf aanspreken?',
      verdict: 'mag-niet',
    },
    { q: 'Wie neemt contact op met de fotograaf voor de nieuwjaarsreceptie?', verdict: 'info' },
    {
      q: 'Mijn diensthoofd wil dat ik rechtstreeks met de drukker afspreek over de proef. Is dat ok?',
      verdict: 'mag-niet',
    },
    { q: 'zelf grafici contacteren voor het ontwerp van onze folder?', verdict: 'mag-niet' },
    {
      q: 'Het sociaal huis wil een campagne laten maken door een reclamebureau. Via wie loopt dat contact?',
      verdict: 'info',
    },
    {
      q: 'Mag de bib zelf haar bladwijzers bestellen bij de drukerij?',
      verdict: 'mag-niet',
    },
    {
      q: 'Verloopt elk contact met externe leveranciers zoals drukkers en fotografen via communicatie?',
      verdict: 'moet',
    },
    {
      q: 'onze fotograaf van vorig jaar was heel goed, mag ik hem gewoon opnieuw mailen voor het sportgala',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een collega van de technische dienst zelf een drukkerij kiezen voor de werfborden?',
      verdict: 'mag-niet',
    },
  ],
  74: [
    {
      q: 'Mag een schepen het gemeentelogo op zijn verkiezingsfolder zeten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag ik het logo van de gemeente gebruiken in de nieuwsbrief van onze dienst?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een gemeenteraadslid wil het logo van Zilverbeek op zijn persoonlijke Facebookpagina. Kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'in welke gevallen mogen wij als dienst het gemeentelogo gebruiken', verdict: 'mag-mits' },
    {
      q: 'De burgemeester stuurt een nieuwjaarskaart namens haar partij. Mag daar het gemeentelogo op?',
      verdict: 'mag-niet',
    },
    { q: 'logo gemeente op flyer van een vereniging?', verdict: 'mag-niet' },
    {
      q: 'De jeugddienst maakt een affiche voor het speelplein. Moet daar het gemeentelijk logo op of mag dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag nen schepen het logo van de gemeente in zijn eigen nieuwsbrief naar de inwoners gebruiken',
      verdict: 'mag-niet',
    },
    {
      q: 'Een externe partner organiseert een event in onze sporthal en vraagt ons logo voor hun flyer. Wat zeg ik?',
      verdict: 'mag-niet',
    },
    { q: 'Mag een fractie het logo van de gemeente op haar website zetten?', verdict: 'mag-niet' },
    {
      q: 'Kan ik het gemeentelogo gebruiken op de uitnodiging voor de receptie van het college?',
      verdict: 'mag-mits',
    },
    {
      q: 'Een lokale handelaar wil het logo van de gemeente op zijn folder voor de braderie. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Is het ok als een schepen het gemeentelogo in zijn email-handtekening van zijn partij zet?',
      verdict: 'mag-niet',
    },
    { q: 'voor welke communicatie gebruiken we het logo van het lokaal bestuur', verdict: 'info' },
  ],
};

// Example questions for section 5.9.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  56: [
    { q: 'Wie beheert eigenlijk de Facebookpagina van de gemeente?', verdict: 'info' },
    { q: 'wie zit er achter het insta-account van de gemeente', verdict: 'info' },
    {
      q: 'Bij wie moet ik zijn als ik iets op de sociale media van de gemeente wil krijgen?',
      verdict: 'info',
    },
    {
      q: 'Wie bepaalt wat er op onze gemeentelijke kanalen op Facebook en Instragram verschijnt?',
      verdict: 'info',
    },
    { q: 'hoe zit het met sociale media bij ons, wie doet dat?', verdict: 'info' },
    { q: 'Wie coördineert de socials van het lokaal bestuur?', verdict: 'info' },
    {
      q: 'Ik ben nieuw op de sportdienst. Wie houdt de TikTok en de Facebook van de gemeente bij?',
      verdict: 'info',
    },
    { q: 'wie is verantwoordleijk voor de linkedin-pagina van de gemeente', verdict: 'info' },
    { q: 'Wie plant de posts op de gemeentelijke faceboekpagina?', verdict: 'info' },
    { q: 'wie regelt da allemaal met die sociale media van de gemeente', verdict: 'info' },
    {
      q: 'Onze dienst wil een reel over de nieuwe speeltuin op de gemeentepagina. Wie coördineert dat?',
      verdict: 'info',
    },
    { q: 'Wie heeft het overzicht over alle socialemedia-accounts van de gemeente?', verdict: 'info' },
    { q: 'wie post er iets op de gemeentelijke facebook als wij een activiteit hebben', verdict: 'info' },
    {
      q: 'Is er één dienst die alle socialemediakanalen van de gemeente in goede banen leidt?',
      verdict: 'info',
    },
    {
      q: 'Onze schepen wil dat er meer over sport op de Instagram van de gemeente komt. Bij wie moet hij daarvoor zijn?',
      verdict: 'info',
    },
  ],
  57: [
    { q: 'Mag de jeugdienst een eigen Instagram-account starten?', verdict: 'mag-mits' },
    { q: 'kunnen wij als bib een eigen facebookpagina maken', verdict: 'mag-mits' },
    {
      q: 'Het jeugdhuis wil een TikTok-account om jongeren te bereiken. Mag dat, en wat moeten we daarvoor doen?',
      verdict: 'mag-mits',
    },
    { q: 'eigen insta voor de speelpleinwerking?', verdict: 'mag-mits' },
    {
      q: 'Mag ik voor ons seniorenproject een aparte Facebookpagina aanmaken zonder het eerst te vargen?',
      verdict: 'mag-mits',
    },
    { q: 'Wie moet een nieuwe socialemediapagina van een dienst goedkeuren?', verdict: 'info' },
    {
      q: 'Moet de communicatiedienst een nieuwe pagina van een dienst eerst principieel goedkeuren?',
      verdict: 'moet',
    },
    { q: 'Kan de sportdienst een eigen Facebookgroep openen voor de sportkampen?', verdict: 'mag-mits' },
    {
      q: 'Het sociaal huis wil een eigen pagina voor jonge gezinnen, is dat ok of moet alles via de gemeentepagina?',
      verdict: 'mag-mits',
    },
    { q: 'mag ik een faceboekpagina aanmaken voor ons buurtproject', verdict: 'mag-mits' },
    {
      q: 'Waarom mag niet elke dienst zomaar een eigen pagina hebben op sociale media?',
      verdict: 'info',
    },
    {
      q: 'Ons cultuurcentrum wil naast Facebook ook een LinkedIn-pagina voor de zaalverhuur. Moeten we dat eerst voorleggen?',
      verdict: 'mag-mits',
    },
    { q: 'allee, mogen wij als jeugddienst nu wel of niet een eigen insta', verdict: 'mag-mits' },
    {
      q: 'Mijn diensthoofd vraagt of ik een YouTube-kanaal kan opstarten voor de filmpjes van de bib. Kan dat?',
      verdict: 'mag-mits',
    },
    { q: 'Hoe vraag ik goedkeuring voor een eigen socialemediapagina voor onze dienst?', verdict: 'info' },
  ],
  58: [
    { q: 'Wie houdt de reacties onder de posts van de gemeente in het oog?', verdict: 'info' },
    { q: 'leest er iemand de commentaren onder onze facebookberichen', verdict: 'info' },
    {
      q: 'Onder onze post over de nieuwe parkeerregeling is een hevige discussie losgebarsten. Wordt het college daarover ingelicht?',
      verdict: 'moet',
    },
    {
      q: 'Moet de communicatiedienst het managementteam verwittigen als er een shitstorm ontstaat op onze pagina?',
      verdict: 'moet',
    },
    { q: 'Wie volgt de gesprekken op onze eigen gemeentepagina op?', verdict: 'info' },
    {
      q: 'Als er onder een post van de gemeente veel klachten over onze dienst komen, horen wij dat dan van communicatie?',
      verdict: 'moet',
    },
    { q: 'monitoring reacties gemeentepagina, wie doet da?', verdict: 'info' },
    {
      q: 'Aan wie rapporteert de communicatiedienst als er iets belangrijks opduikt in de reacties op Insta?',
      verdict: 'info',
    },
    {
      q: 'De burgmeester vraagt of ze op de hoogte gebracht wordt als een bericht van de gemeente veel negatieve reacties krijgt',
      verdict: 'moet',
    },
    { q: 'Hoe zit het met het opvolgen van commments op onze eigen kanalen?', verdict: 'info' },
    {
      q: 'Moet iemand het college verwittigen als er op onze Facebookpagina een discussie over de sluiting van het zwembad ontstaat?',
      verdict: 'moet',
    },
    {
      q: 'Wat gebeurt er als er onder een gemeentepost over de nieuwe belastingen honderden boze comments komen?',
      verdict: 'info',
    },
    {
      q: 'wordt de sportdienst verwittigd als er op de gemeentepagina veel klachten over de sporthal binnenkomen',
      verdict: 'moet',
    },
    { q: 'Zijn er mensen van de gemeente die de reacties op onze Insta-posts lezen?', verdict: 'info' },
  ],
  59: [
    { q: 'Wie beantwoordt vragen van burgers op de Facebookpagina van de gemeente?', verdict: 'info' },
    {
      q: 'Er staat een vraag over de ophaling van het grofvuil onder onze post. Mag ik daar als medewerker van de technische dienst zelf op antwoorden?',
      verdict: 'mag-niet',
    },
    {
      q: 'De burgemeester wil dringend reageren op een bericht op de gemeentelijke pagina. Wat moet ze doen?',
      verdict: 'moet',
    },
    { q: 'mag een gemeenteraadslid commentaar geven onder een post van de gemeente', verdict: 'mag-niet' },
    {
      q: 'Wij hebben als jeugddienst een eigen Insta. Mogen wij zelf de berichtjes en reacties beantwoorden?',
      verdict: 'mag-mits',
    },
    {
      q: 'Onze schepen wil een foute reactie op de gemeentepagina rechtzetten, kan hij dat zelf doen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Moet de communicatiedients antwoorden op vragen die burgers op Facebook stellen?',
      verdict: 'moet',
    },
    {
      q: 'Is het ok als ik via mijn eigen account antwoord geef op een vraag onder een post van de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Een schepen vindt dat er dringend gereageerd moet worden op een rel onder een gemeentepost. Wie moet hij contacteren?',
      verdict: 'info',
    },
    { q: 'Zijn er richtlijnen over hoe we omgaan met reacties op sociale media?', verdict: 'info' },
    {
      q: 'de bib heeft een eigen facebook, moeten wij dezelfde regels volgen voor het antwoorden op raecties als communicatie',
      verdict: 'mag-mits',
    },
    { q: 'burgemeester reageert op facebook gemeente, mag dat?', verdict: 'mag-niet' },
    {
      q: 'Iemand stelt een vraag over de openingsuren van het containerpark in de comments op de gemeentepagina, wie antwoordt?',
      verdict: 'info',
    },
    {
      q: 'mag ne collega van burgerzaken antwoorden op een vraag in de comments van de gemeente',
      verdict: 'mag-niet',
    },
  ],
  60: [
    {
      q: "Reageert de communicatiedienst op berichten in de groep 'Ge zijt van Zilverbeek als'?",
      verdict: 'mag-niet',
    },
    { q: 'Volgt iemand de lokale Facebookgroepen over onze gemeente op?', verdict: 'info' },
    {
      q: 'Op de Facebookpagina van de regionale krant staan veel boze reacties over de wegenwerken. Wordt de betrokken dienst daarvan op de hoogte gebracht?',
      verdict: 'moet',
    },
    {
      q: 'Kan communicatie niet even reageren in die facebookgroep van het dorp om dat fake nieuws recht te zetten?',
      verdict: 'mag-niet',
    },
    { q: "wie houdt 'ge zijt van' in de gaten", verdict: 'info' },
    {
      q: 'Wordt het college verwittigd als er in een lokale Facebookgroep een discussie over het nieuwe zwembad oplaait?',
      verdict: 'moet',
    },
    {
      q: 'Er staat een post over onze dienst in een buurtgroep op Facebook. Zal de communicatiedienst daarop antwoorden namens de gemeente?',
      verdict: 'mag-niet',
    },
    {
      q: 'Hoe zit het met de reacties onder de berichten van ROB-tv op Facebook, volgt de gemeente dat op?',
      verdict: 'info',
    },
    {
      q: 'Als er op een lokale pagina iets groots over de gemeete begint te leven, hoort het managementteam dat dan?',
      verdict: 'moet',
    },
    { q: 'reageert de gemeente op posts in andere groepen dan haar eigen pagina?', verdict: 'mag-niet' },
    {
      q: "Monitort de communicatiedienst ook wat er op de Facebookpagina van 't Nieuwsblad over ons gezegd wordt?",
      verdict: 'info',
    },
    {
      q: 'Er gaat in een buurtgroep op Facebook een gerucht rond over de sluiting van de bib, moet communicatie dat melden aan de betrokken dienst?',
      verdict: 'moet',
    },
    {
      q: 'Mag de communicatiedienst reageren onder een artikel van Het Belang van Limburg op Facebook?',
      verdict: 'mag-niet',
    },
    {
      q: "Hoort het college het als er op lokale pagina's een storm opsteekt over de verkeersplannen?",
      verdict: 'moet',
    },
    { q: 'monitort communicatie ook facebookgroepen die niet van de gemeente zijn', verdict: 'info' },
  ],
  61: [
    {
      q: "Mag ik in 'Ge zijt van' reageren dat de schepen er niks van kent?",
      verdict: 'mag-niet',
    },
    {
      q: 'Iemand kraakt onze dienst af op Facebook. Mag ik daar privé op reageren?',
      verdict: 'mag-mits',
    },
    { q: 'kritiek op mijn diensthoofd posten op linkedin, kan da?', verdict: 'mag-niet' },
    {
      q: 'Ik ben het niet eens met een beslissing van het college. Mag ik dat op mijn privé-Instagram zeggen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Hoe moet ik me opstellen als ik op sociale media kritiek zie op de gemeente?',
      verdict: 'info',
    },
    {
      q: 'Mag ik als medewerker een boze post over een collega van de technische dienst delen op Facebook?',
      verdict: 'mag-niet',
    },
    { q: 'eigen mening op prive facebok als gemeentepersoneel?', verdict: 'mag-mits' },
    {
      q: 'Een buurman zet op Facebook dat de gemeente niks doet aan de putten in de straat. Mag ik daar als medewerker onder reageren?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik op X laten weten dat ik de burgemeetser een slechte bestuurder vind?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag ik als werknemer van de gemeente gewoon mijn mening zeggen op mijn eigen account of moet ik zwijgen',
      verdict: 'mag-mits',
    },
    {
      q: 'Is het ok als ik een kritische opiniepost over het mobiliteitsplan deel op mijn persoonlijke LinkedIn?',
      verdict: 'mag-mits',
    },
    {
      q: 'In een Facebookgroep wordt gescholden op het college. Ik werk bij de gemeente, moet ik daar iets op zeggen?',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag ik onder een post van de krant zetten dat mijn collega van de dienst omgeving zijn werk niet doet?',
      verdict: 'mag-niet',
    },
    { q: 'mag ik als personeelslid de schepen van financien afkraken op faceboek', verdict: 'mag-niet' },
  ],
};

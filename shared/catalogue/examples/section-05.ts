// Example questions for section 5.5.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  30: [
    {
      q: 'Mogen we in het infoblad al schrijven over de plannen voor een nieuw zwembad als het college nog niets beslist heeft?',
      verdict: 'mag-niet',
    },
    {
      q: 'de gemeenteraad heeft het nieuwe parkeerreglement goedgekeurd, mogen we dat op de webiste zetten',
      verdict: 'mag',
    },
    {
      q: 'kan ik op facebok al iets posten over een idee van de schepen dat nog niet beslist is?',
      verdict: 'mag-niet',
    },
    {
      q: 'Wij willen inwoners laten meedenken over het mobiliteitsplan dat nog in opmaak is. Mogen we daar al over communiceren?',
      verdict: 'mag-mits',
    },
    { q: 'waarover mogen we communiceren in de gemeentelijke kanalen', verdict: 'info' },
    { q: 'nieuwe belastingreglement beslist, mag da in de nieuwsbrief', verdict: 'mag' },
    {
      q: 'We schrijven over beleid dat nog in ontwikkeling is. Mag die tekst wervend zijn?',
      verdict: 'mag-mits',
    },
    {
      q: 'is het ok als ik in de nieuwsbief schrijf dat de sporthal misschien gerenoveerd word, er is nog niks beslist',
      verdict: 'mag-niet',
    },
    {
      q: 'De burgemeester wil een artikel over een project dat nog in de onderzoeksfase zit, om de discussie bij de inwoners op gang te brengen. Kan dat?',
      verdict: 'mag-mits',
    },
    {
      q: 'mogen wij een beslissing over nieuwe openingsuren van het recyclagepark delen op insta en de website?',
      verdict: 'mag',
    },
    {
      q: 'Wat is het verschil tussen beslist beleid en beleid in ontwikkeling voor onze communicatie?',
      verdict: 'info',
    },
    {
      q: 'plannen die nog niet beslist zijn in het infoblat van de gemeente zetten, kan dat',
      verdict: 'mag-niet',
    },
    {
      q: 'we willen een filmpje maken over de nieuwe dienstverlening in het sociaal huis die vanaf januari start, mag dat?',
      verdict: 'mag',
    },
    {
      q: 'mag een affiche over een ontwerp van het dorpsplein dat nog besproken wordt een beetje enthousiast klinken',
      verdict: 'mag-mits',
    },
    {
      q: 'Kunnen we in een reel laten zien wat de schepen graag zou willen doen met het oude gemeentehuis, ook al ligt er nog geen beslissing?',
      verdict: 'mag-niet',
    },
    {
      q: 'welke toon gebruiken we als we schrijven over beleidt dat nog in ontwikkeling is',
      verdict: 'info',
    },
  ],
  31: [
    {
      q: 'Het college heeft een advies gegeven over de nieuwe retributies, maar de gemeenteraad moet nog stemmen. Mogen we dat al als beslist communiceren?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag ik al op de website zetten dat de belasting omlaag gaat, het schepencollege is akoord maar de raad moet nog',
      verdict: 'mag-niet',
    },
    {
      q: 'wanneer mogen we een collegebeslissing die nog naar de gemeenteraad moet naar buiten brengen als beslissing?',
      verdict: 'mag-mits',
    },
    { q: 'standpunt meerderheid communiceren voor de gemeenteraad?', verdict: 'mag-niet' },
    {
      q: 'de schepen wil in het infoblad zeggen dat de nieuwe sporthal er komt maar de gemeenteraad moet het budget nog goedkeuren, kan da',
      verdict: 'mag-niet',
    },
    {
      q: 'Na de gemeenteraad van maandag is het reglement goedgekeurd. Mogen we het nu communiceren als beslist?',
      verdict: 'mag-mits',
    },
    {
      q: 'kunnen we een persberich uitsturen over een voorstel van het college voor het de raad passeert',
      verdict: 'mag-niet',
    },
    {
      q: 'is het ok om op faceboek te schrijven "het college besliste" als het eigenlijk nog een advies aan de gemeenteraad is',
      verdict: 'mag-niet',
    },
    {
      q: 'Wanneer is een beslissing van het schepencollege officieel genoeg om in de nieuwsbrief te zetten?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag de meerderheid haar standpunt over het nieuwe subsidiereglemnet al via de gemeentelijke kanalen brengen',
      verdict: 'mag-niet',
    },
    {
      q: 'ons tarief voor de kinderopvang wijzigt, college heeft het goedgekeurd, de raad stemt volgende week. wat mogen we nu al zeggen?',
      verdict: 'mag-niet',
    },
    {
      q: 'Hoe communiceren we over een agendapunt van de gemeenteraad dat het college voorstelt?',
      verdict: 'info',
    },
    {
      q: 'moet de gemeenteraad eerst goedkeuren voor we iets als beslist mogen brengen',
      verdict: 'mag-mits',
    },
    {
      q: 'allee, de burgmeester zegt dat het toch zeker gestemd wordt, mogen we het dan al als beslist aankondigen?',
      verdict: 'mag-niet',
    },
  ],
  32: [
    { q: 'Mag er een foto van de schepen bij een artikel in het infoblad?', verdict: 'mag-niet' },
    {
      q: 'de burgemeester vraagt of ze vooraan in het infoblad een woordje mag schrijven',
      verdict: 'mag-mits',
    },
    {
      q: 'kunnen we de schepn van sport citeren in de nieuwsbrief over de opening van de nieuwe sporthal',
      verdict: 'mag-niet',
    },
    {
      q: 'Na de verkiezingen is er een nieuw college. Mogen we de schepenen voorstellen op de website?',
      verdict: 'mag-mits',
    },
    { q: 'schepen op gemeentelijke facebook?', verdict: 'mag-niet' },
    {
      q: 'Er is een nieuw gemeenteraadslid dat iemand vervangt die ontslag nam. Mogen we die voorstellen in het infoblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'de schepen wil zelf in beeld komen in het filmpje over de nieuwe bib, is dat ok?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mogen we een pagina met alle schepenen en hun bevoegdheden op de website hebben?',
      verdict: 'mag-mits',
    },
    { q: 'mag de burgemeester in een crisis het woord voeren op onze gemeentelijke kanalen', verdict: 'mag' },
    {
      q: 'Bij de voorstelling van het meerjarenplan willen we de schepenen aan het woord laten in het infoblad. Mag dat?',
      verdict: 'mag-mits',
    },
    { q: 'wanneer mogen mandatarissen in de gemeentelijke kanalen verschijnen', verdict: 'info' },
    {
      q: 'kan ik een schepen laten uitleggen waarom het nieuwe afvalreglement er komt, in een artikel van de gemeente?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag er een gemeenteraadslid op de fot bij het artikel over de opening van het speelplein op onze insta',
      verdict: 'mag-niet',
    },
    {
      q: 'De schepen wil in elk nummer van het infoblad een eigen rubriek met zijn nieuws. Kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'ne schepen vraagt of zijn foto bij elk artikel over zijn bevoegdheid in de nieuwsbrief kan, mag da',
      verdict: 'mag-niet',
    },
    { q: 'is een voorwoord van de schepen in het infoblad toegestaan', verdict: 'mag-mits' },
  ],
  33: [
    {
      q: 'Mag een schepen op zijn eigen Facebook al over een collegebeslissing posten voor de gemeente dat gedaan heeft?',
      verdict: 'mag-niet',
    },
    {
      q: 'wanneer mag de partij van de schepen communiseren over een nieuw project van de gemeente',
      verdict: 'mag-mits',
    },
    {
      q: 'de burgemeester wil de nieuwe fietsstraat al aankondigen op haar persoonlijke insta, wij hebben nog niks gepubliceerd. kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'mogen mandatarissen politiek communiceren over iets wat de gemeente al bekendgemaakt heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'wie komt eerst: de gemeente of de politicus, als er een nieuw project gelanceerd wordt',
      verdict: 'info',
    },
    {
      q: 'Een schepen stuurt een nieuwsbrief naar zijn partijleden over de nieuwe speeltuin, de gemeente communiceert er pas volgende week over. Is dat ok?',
      verdict: 'mag-niet',
    },
    { q: 'politieke post over collegebeslissing voor gemeentelijke communicatie?', verdict: 'mag-niet' },
    {
      q: 'kan een gemeenteraadslid van de meerderheid een bericht over de nieuwe subsidie delen met eigen tekst nadat wij het op de website zette',
      verdict: 'mag-mits',
    },
    {
      q: 'Mag een schepen in zijn partijblaadje schrijven over de heraanleg van de markt?',
      verdict: 'mag-mits',
    },
    { q: 'hoe verhoudt de communicatie van de partijen zich tot die van de gemeente', verdict: 'info' },
    {
      q: 'de schepen wil een tiktok over de nieuwe jeugdruimte posten voor onze officiele lancering, wat zeg ik hem?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag een mandataris in de krant al iets zeggen over een project voor de gemeente het gelanceerd heeft?',
      verdict: 'mag-niet',
    },
    {
      q: 'is het ok als de schepen na ons persbericht een eigen post maakt op linkedin over dezelfde beslissing',
      verdict: 'mag-mits',
    },
    {
      q: 'kan de burgmeester op zijn eigen pagina de beslissing van gisteren aankondigen voor wij het doen',
      verdict: 'mag-niet',
    },
  ],
  34: [
    { q: 'mag een schepen een bericht van de gemeentelijke facebookpagina delen?', verdict: 'mag' },
    {
      q: 'Een gemeenteraadslid beantwoordt vragen van inwoners onder onze Facebookpost over de wegenwerken. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag de schepen onze foto van de opening van het cultuurcentrum gebruiken op zijn persoonlijke pagina',
      verdict: 'mag-niet',
    },
    { q: 'kan een mandatris reageren op een comment onder een post van de gemeente', verdict: 'mag-niet' },
    {
      q: 'De burgemeester wil onze tekst over de nieuwe afvalkalender overnemen in een folder van haar partij. Kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'delen door schepen van gemeentepost ok?', verdict: 'mag' },
    {
      q: "mogen politici de foto's van de gemeentefotograaf gebruiken voor hun verkiezingsfolder",
      verdict: 'mag-niet',
    },
    {
      q: 'Een schepen wil ons filmpje over de nieuwe fietsbrug op zijn eigen kanaal zetten met het partijlogo erbij. Mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'hoe zit het met schepenen die onder onze berichten gaan antwoorden op klachten',
      verdict: 'mag-niet',
    },
    {
      q: 'mag een gemeenteraadslid ons bericht over de bloedinzamelling delen in zijn whatsapp-groep?',
      verdict: 'mag',
    },
    {
      q: 'de schepen vraagt of hij de pdf van het mobiliteitsplan in zijn partijnieuwsbrief mag steken',
      verdict: 'mag-niet',
    },
    {
      q: 'Wat mogen mandatarissen doen met berichten van het lokaal bestuur op sociale media?',
      verdict: 'info',
    },
    { q: 'kan de burgemeester onze insta story reposten', verdict: 'mag' },
    {
      q: 'ge ziet dat een schepen onder onze post over de werken zelf begint uit te leggen wanneer de straat open gaat, is dat de bedoeling?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag een partij beelden van onze drone-opnames gebruiken in een politieke post',
      verdict: 'mag-niet',
    },
  ],
  35: [
    {
      q: 'Een inwoner stuurt de schepen een berichtje over een kapotte straatlamp. Wat moet de schepen doen?',
      verdict: 'moet',
    },
    { q: 'mag een schepen zelf antwoorden op een klagt van een burger', verdict: 'mag-niet' },
    { q: 'wie antwoordt op een melding die bij een gemeenteraadslid binnenkomt', verdict: 'info' },
    {
      q: 'de burgemeester kreeg op de markt een vraag over de afvalophaling, moet zij die doorgeven?',
      verdict: 'moet',
    },
    {
      q: 'Moeten wij als dienst de schepen laten weten dat we de melding hebben beantwoord?',
      verdict: 'moet',
    },
    { q: 'melding via schepen, wie antwoordt', verdict: 'info' },
    {
      q: 'kan een gemeenteraadslid een burger al zeggen dat het voetpad volgende week hersteld word',
      verdict: 'mag-niet',
    },
    {
      q: 'Een schepen stuurt ons een klacht door die hij via Messenger kreeg. Moeten wij de inwoner antwoorden?',
      verdict: 'moet',
    },
    { q: 'wat doet een mandataris met een vraag van een inwoner over zijn bouwvergunning', verdict: 'info' },
    { q: 'mag de schepen de burger beloven dat de technische dienst morgen langskomt?', verdict: 'mag-niet' },
    {
      q: 'Hoe verloopt het als een burger met een klacht rechtstreeks naar een schepen stapt?',
      verdict: 'info',
    },
    {
      q: 'moet de technische dienst de schepen informeren als we een melding over een put in de weg hebben afgehandeld',
      verdict: 'moet',
    },
    {
      q: 'ne burger stuurt een mail naar de burgemeester over lawaaioverlast, mag zij da zelf beantwoorden?',
      verdict: 'mag-niet',
    },
    { q: 'waar moet een schepen een inwoner naar doorverwijzen met een klacht', verdict: 'moet' },
  ],
  36: [
    { q: 'wie moet een brief van de gemeente ondertekenen?', verdict: 'info' },
    {
      q: 'Onze brief gaat over sport, mag de schepen van financien er ook zijn handtekening onder zetten?',
      verdict: 'mag-niet',
    },
    { q: 'moet de algemeen directuer elke brief van de gemeente mee tekenen', verdict: 'moet' },
    {
      q: 'de schepen van cultuur wil ook onder de brief aan de verenigingen over de subsidies, maar dat is bevoegdheid van financien. kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Onze brief over de nieuwe sportsubsidies: tekent de schepen van sport samen met de algemeen directeur?',
      verdict: 'moet',
    },
    { q: 'handteking onder brief, wie?', verdict: 'info' },
    { q: 'kan de burgemeester alleen een brief ondertekennen zonder de algemeen directeur', verdict: 'moet' },
    {
      q: 'Mogen alle schepenen samen een brief aan de inwoners tekenen om te tonen dat het college erachter staat?',
      verdict: 'mag-niet',
    },
    { q: 'wie zet zijn handtekening onder een brief van het OCMW over de thuiszorg', verdict: 'info' },
    {
      q: 'moet de voorziter van het vast bureau tekenen als de brief over het sociaal huis gaat',
      verdict: 'moet',
    },
    {
      q: 'mijn diensthoofd vraagt of een tweede schepen mee mag ondertekenen omdat het project ook zijn dossier raakt een beetje, hoe zit dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'Ik maak een brief voor de bewoners over de wegenwerken. Welke handtekeningen moeten er onder?',
      verdict: 'moet',
    },
    {
      q: 'Ik ben diensthoofd: kan ik een brief aan een vereniging zelf tekenen of moeten de algemeen directeur en de schepen dat doen?',
      verdict: 'moet',
    },
    { q: 'tekent de gemeenteraadsvoorzitter mee onder een brief over de gemeenteraad?', verdict: 'moet' },
    { q: 'brieven tekenen door schepen die niet bevoegd is, ok?', verdict: 'mag-niet' },
    {
      q: 'Wie ondertekent de brieven van het stadsbestuur, ook de uitnodigingen?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'mag de schepen van jeugd de uitnoding voor de opening van de jeugdruimte ondertekenen',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'moet de burgemeester ook tekenen als de brief over sport gaat en niet over haar bevoegdheid?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'Moet de burgemeester de uitnodiging voor de nieuwjaarsreceptie mee ondertekenen?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'kan de bevoegde schepen een brief aan de buurtbewoners tekenen samen met de algemeen directeur',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  37: [
    { q: 'mag ik als jongerenwerker met mijn werkprofiel politici volgen op facebook', verdict: 'mag-mits' },
    { q: 'kunnen we op de insta van de jeugddienst een bericht van de schepen delen', verdict: 'mag-niet' },
    {
      q: 'Een collega hangt een affiche van een kandidaat-gemeenteraadslid op in de wachtzaal van het sociaal huis. Mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'mag ik de facebookpagina van de schepen helpen bij houden', verdict: 'mag-niet' },
    {
      q: 'Een schepen vraagt of ik even een foto wil bewerken voor zijn persoonlijke pagina. Kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'mogen wij als bib een post van de locale boekhandel delen', verdict: 'mag-mits' },
    { q: 'gemeentepagina liket partijpagina ok?', verdict: 'mag-niet' },
    {
      q: 'kan de centrummanager op de gemeentelijke pagina een bericht van een winkel in de dorpskern delen',
      verdict: 'mag-mits',
    },
    {
      q: 'mag ik aan ne bezoeker aan het loket zeggen dat hij voor een bepaalde schepen moet stemmen',
      verdict: 'mag-niet',
    },
    {
      q: 'Ons functieprofiel van de buurtwerker volgt alleen politici van de meerderheid. Is dat een probleem?',
      verdict: 'mag-mits',
    },
    {
      q: 'moeten de sociale media van de gemeente politiek neutraal blijven bij het volgen en liken van andere paginas',
      verdict: 'moet',
    },
    {
      q: 'mag de sportdienst de post van een belangengroep die actie voert tegen het nieuwe zwembad liken',
      verdict: 'mag-niet',
    },
    {
      q: "kan ik in de whatsapp-groep van mijn collega's de verkiezingsflyer van mijn schoonbroer doorsturen, hij is kandidaat",
      verdict: 'mag-niet',
    },
    { q: 'mag het cultuurcentrum een post van een sponsor liken op insta', verdict: 'mag-mits' },
    {
      q: 'De burgemeester vraagt of de communicatiedienst een tekst wil schrijven voor haar persoonlijke nieuwsbrief. Mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'volgt de gemeentelijke faceboek pagina best alle partijen of geen enkele', verdict: 'moet' },
  ],
};

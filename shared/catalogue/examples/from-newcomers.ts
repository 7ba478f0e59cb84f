// Example questions in the voice of newcomers, students and interns (second round).
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  1: [
    {
      q: 'wie maakt hier eigelijk het communicatieplan? in mijn vorige job deed marketing dat',
      verdict: 'info',
    },
    { q: 'bestaat er zoiets als een comms strategy voor de hele gemeente?', verdict: 'info' },
    {
      q: 'moet het team van PR zelf de strategie voor communicatie uitschrijven of doet de baas van de gemeente dat?',
      verdict: 'moet',
    },
    {
      q: 'Is het de taak van de mensen van communicatie om een plan op te maken dat vertrekt van de goals van de organisatie?',
      verdict: 'moet',
    },
    {
      q: 'waar vertrekt ons communicatie plan eigenlijk van, van de doelen van de organisatie?',
      verdict: 'info',
    },
  ],
  2: [
    { q: 'wie is owner van het communicatieplan, ook van de uitvoering?', verdict: 'info' },
    { q: 'wie checkt achteraf of het coms plan gewerkt heeft? is er een soort evaluatie', verdict: 'info' },
    { q: 'Wie volgt de timing van de communicatiestrategie op?', verdict: 'info' },
    { q: 'wordt het plan voor communicatie ook ergens geëvalueerd en door wie', verdict: 'info' },
    { q: 'wie zorgt dat de acties uit het comms plan ook echt uitgevoerd worden', verdict: 'info' },
  ],
  3: [
    {
      q: 'zit onze communicatiemanager regelmatig samen met de politicus die over communicatie gaat?',
      verdict: 'moet',
    },
    {
      q: 'hoe vaak heeft de head of communication een meeting met de politieker van communicatie?',
      verdict: 'info',
    },
    {
      q: 'Moet de baas van het comms team de targest bespreken met de politicus die bevoegd is voor communicatie?',
      verdict: 'moet',
    },
    { q: 'wie stuurt de communicatiedoelen bij als we ze niet halen', verdict: 'info' },
    { q: 'is er een vaste sync tussen de politiek en ons communicatieteam over de doelen?', verdict: 'moet' },
    { q: 'met wie bespreekt onze comms lead de KPIs eigenlijk?', verdict: 'info' },
  ],
  4: [
    { q: 'wie beslist welke campagnes er komen? de politici of het communicatieteam?', verdict: 'info' },
    { q: 'moeten de campagnes van het comms team eerst ter info naar de politieke top?', verdict: 'moet' },
    {
      q: 'moet het team van communicatie de burgemeester en zijn ploeg laten weten welke acties ze plannen?',
      verdict: 'moet',
    },
    { q: 'wie bepaalt wat we communiceren naar de inwoners, is dat marketing?', verdict: 'info' },
    { q: 'hoe wordt er hier bepaald welke communcatie nodig is voor de burger', verdict: 'info' },
    { q: 'krijgen de politici de belangrijke communicatie-acties vooraf te zien?', verdict: 'moet' },
  ],
  5: [
    { q: 'zit onze head of comms in het MT?', verdict: 'info' },
    { q: 'is de manager van communicatie deel van de management meetings?', verdict: 'info' },
    { q: 'wie van het communicatieteam zit er mee aan tafel bij de directie', verdict: 'info' },
    { q: 'is de comms manager een volwaardig lid van het management team of niet', verdict: 'info' },
    {
      q: 'mag de comms lead erbij zitten als het MT over een gevoelig personeelsdossier praat?',
      verdict: 'mag-niet',
      variant: 1,
    },
    {
      q: 'ik hoorde dat onze communicatiemanager enkel als observer in het MT zit, mag die dan gewoon meevergaderen?',
      verdict: 'mag-mits',
      variant: 1,
    },
  ],
  6: [
    {
      q: 'kan de head of communication de agenda van de wekelijkse meeting van de politici inkijken?',
      verdict: 'mag',
    },
    {
      q: 'moet het comms team vooraf advies geven over de punten die het bestuur gaat bespreken?',
      verdict: 'moet',
    },
    {
      q: 'Krijgt communicatie meteen na de meeting van de burgemeester en zijn team te horen wat er beslist is?',
      verdict: 'moet',
    },
    { q: 'heeft de communicatieverantwoordelijke acces tot de agenda van het MT?', verdict: 'mag' },
    {
      q: 'wie brieft het communicatieteam na een bestuursmeeting over wat er naar buiten moet?',
      verdict: 'info',
    },
    { q: 'geeft comms op voorhand PR-advies over wat het bestuur gaat beslissen?', verdict: 'moet' },
  ],
  7: [
    {
      q: 'ik moet een nota voor het bestuur schrijven, moet daar ook iets over communicatie in?',
      verdict: 'moet',
    },
    {
      q: 'wat is dat stukje over communicatie dat in elke beslissing van de politici moet staan?',
      verdict: 'info',
    },
    {
      q: 'Moet bij elk voorstel aan het bestuur vermeld worden wie er geïnformeerd moet worden?',
      verdict: 'moet',
    },
    {
      q: 'wie schrijft er in een beslissing wie verantwoordelijk is voor de communicatie erover',
      verdict: 'info',
    },
    {
      q: 'mijn manager zegt dat k in het voorstel moet zetten wie het nieuws brengt, is dat echt verplicht?',
      verdict: 'moet',
    },
    { q: 'bestaat er een vaste sectie rond communicatie in de voorstellen aan het MT?', verdict: 'info' },
  ],
  8: [
    { q: 'is er iemand die ons kan helpen met de communicatie rond ons event?', verdict: 'info' },
    { q: 'kan het comms team mij helpen met de promo van onze workshop?', verdict: 'info' },
    { q: 'doet het communicatieteam alles zelf of werke ze ook met een extern bureau?', verdict: 'info' },
    { q: 'wie ondersteunt onze dienst bij het maken van content over onze activiteiten', verdict: 'info' },
    {
      q: 'hoe werkt de samenwerking met het team van communicatie als wij iets willen promoten',
      verdict: 'info',
    },
    { q: 'Kunnen we via communicatie een agency inschakelen voor onze campagne?', verdict: 'info' },
  ],
  9: [
    {
      q: 'we starten een nieuw project met veel communicatie, wanneer moet ik het PR-team briefen?',
      verdict: 'info',
    },
    { q: 'is het ok als ik de comms mensen pas een week voor de launch contacteer?', verdict: 'moet' },
    { q: 'moeten we het communicatieteam van bij de strat mee in het project nemen?', verdict: 'moet' },
    {
      q: 'moet ik het budget voor communicatie al vroeg afspreken met het team dat de socials doet?',
      verdict: 'moet',
    },
    {
      q: 'wat moet ik allemaal bespreken met communicatie als ik een project opstart? doelen, timing, kosten?',
      verdict: 'info',
    },
    {
      q: 'moet ik de planning van mijn campagne vooraf afstemmen met communicatie of kan ik gewoon beginnen?',
      verdict: 'moet',
    },
  ],
  11: [
    { q: 'ik sta aan de balie, is er iemand die mij helpt om burgers juist te informeren?', verdict: 'info' },
    {
      q: 'wie helpt de mensen van het onthaal met de info die ze aan inwoners moeten geven?',
      verdict: 'info',
    },
    {
      q: 'als jobstudent bij de buitendienst krijg ik veel vragen van mensen, kan communicatie mij daarbij ondersteunen?',
      verdict: 'info',
    },
    { q: 'is er support voor frontoffice collegas om burgers goed te informeren', verdict: 'info' },
    { q: 'wat doet het comms team voor de mensen aan het lokket?', verdict: 'info' },
  ],
  12: [
    {
      q: 'iemand vraagt via mail een kopie van een document van de gemeente, wie handelt dat af?',
      verdict: 'info',
    },
    {
      q: 'moet het communicatieteam zo een aanvraag om documenten in te kijken registreren?',
      verdict: 'moet',
    },
    { q: 'wat is die openbaarheid van bestuur eigenlijk, en wie kan mij dat uitleggen?', verdict: 'info' },
    { q: 'wordt elke vraag van een burger om een dossier in te kijken ergens bijgehouden?', verdict: 'moet' },
    {
      q: 'is er iemand die ons team uitleg geeft over transparantie en het opvragen van documenten door burgers',
      verdict: 'info',
    },
    {
      q: 'bestaat er een procedure voor als een inwoner documenten opvraagt via de transparantieregels?',
      verdict: 'info',
    },
  ],
  13: [
    { q: 'een inwoner is boos en wil een klacht indiennen, naar wie stuur ik die door?', verdict: 'info' },
    { q: 'wie beantwoordt hier klachten van burgers?', verdict: 'info' },
    {
      q: 'moet communicatie mij om feedback vragen als er een klacht over mijn dienst binnenkomt?',
      verdict: 'moet',
    },
    { q: 'worden klachten ergens centraal geregistreerd?', verdict: 'moet' },
    { q: 'is het team van communicatie ook de klachtendienst?', verdict: 'info' },
    {
      q: 'bij ons doet een andere dienst de klachten en niet communicatie, wie coördineert dat dan?',
      verdict: 'info',
      variant: 1,
    },
    {
      q: 'in onze gemeente is er een aparte dienst voor klachten, moet die dan alles opvolgen?',
      verdict: 'moet',
      variant: 1,
    },
  ],
  14: [
    { q: 'waar vind ik goeie fotos van de gemeente voor mijn presentatie?', verdict: 'info' },
    { q: 'hebben we een fotobank of een soort image library?', verdict: 'info' },
    { q: 'wie beheert de foto’s van de gemeente eigenlijk?', verdict: 'info' },
    { q: 'Is er een centrale plek met beelden die ik kan gebruiken voor een post?', verdict: 'info' },
    { q: 'wie kan mij toegang geven tot die databse met foto’s', verdict: 'info' },
  ],
  15: [
    { q: 'wat doet dat redactie-overleg waar iedereen het over heeft?', verdict: 'info' },
    { q: 'wie beslist welke content er in de newsletter en op de socials komt?', verdict: 'info' },
    { q: 'is er een soort editorial board die de contentplanning doet?', verdict: 'info' },
    { q: 'wie plant de contnet voor alle kanalen, het blad, de site en insta?', verdict: 'info' },
    { q: 'wie zit er in het team dat beslist welke artikels er verschijnen', verdict: 'info' },
    { q: 'kan ik een idee voor content pitchen bij de groep die de kanalen plant?', verdict: 'info' },
  ],
  16: [
    { q: 'ik heb een leuk idee voor een post, bij wie moet ik dat droppen?', verdict: 'info' },
    { q: 'moet ik als nieuwe collega zelf ideeën voor communicatie doorgeven?', verdict: 'moet' },
    {
      q: 'als ik iets hoor dat interessant is voor de newsletter, moet ik dat melden aan communicatie?',
      verdict: 'moet',
    },
    {
      q: 'wordt er verwacht dat iedereen hier content-ideeën aanbrengt bij het comms team?',
      verdict: 'moet',
    },
    { q: 'ik ben maar stagair, moet ik ook suggesties voor communicatie doorspelen?', verdict: 'moet' },
    { q: 'naar wie stuur ik tips voor de interne communicatie', verdict: 'info' },
  ],
  17: [
    {
      q: 'is het de taak van mijn manager om ons op de hoogte te houden van wat er speelt?',
      verdict: 'moet',
    },
    {
      q: 'ik hoor nooit iets van wat er beslist wordt, moet mijn teamleader dat niet doorgeven?',
      verdict: 'moet',
    },
    { q: 'moeten leidinggevenden zorgen dat de info doorstroomt binnen hun team?', verdict: 'moet' },
    {
      q: 'wordt bij de evaluatie van een manager gekeken naar hoe goed die info doorgeeft aan het team?',
      verdict: 'info',
    },
    { q: 'wie zorgt voor de interne info flow binnen een afdeling', verdict: 'info' },
  ],
  18: [
    { q: 'wie checkt of onze teksten duidelijk genoeg zijn en neutraal?', verdict: 'info' },
    { q: 'moet het comms team nakijken of een post politiek neutraal is?', verdict: 'moet' },
    { q: 'wie bewaakt dat we in onze communicatie geen reclame maken voor een bedrijf?', verdict: 'info' },
    {
      q: 'zijn er regels voor hoe de gemeente communiceert, zoals duidelijke taal en herkenbaar zijn als gemeente?',
      verdict: 'info',
    },
    {
      q: 'moet in onze copy duidelijk zijn of iets al beslist is of nog maar een plan is? wie let daarop?',
      verdict: 'info',
    },
    { q: 'checkt communicatie ook of we kranen en andere media juist inzetten?', verdict: 'moet' },
  ],
  19: [
    {
      q: 'is er iemand die let op de toegankelijkheid van onze content, bv voor mensen die moeilijk lezen?',
      verdict: 'info',
    },
    { q: 'wie zorgt ervoor dat de site ook bruikbaar is voor mensen met een beperking', verdict: 'info' },
    { q: 'doen we alles digitaal of ook nog op papier? wie beslist dat', verdict: 'info' },
    { q: 'wat is hier de aanpak rond inclusieve communicatie?', verdict: 'info' },
    { q: 'bestaat er hulp om mijn copy in simpele taal te schrijven?', verdict: 'info' },
  ],
  20: [
    { q: 'moeten er op onze visuals vooral inwoners staan in plaats van collega’s?', verdict: 'moet' },
    {
      q: 'wat voor foto’s kiezen we best voor een campagne, mensen van de gemeente of de inwoners?',
      verdict: 'info',
    },
    { q: 'moet ik letten op diverstiteit als ik beelden kies voor een flyer?', verdict: 'moet' },
    {
      q: 'is het ok om een groepsfoto van onze dienst als hoofdbeeld van de post te gebruiken?',
      verdict: 'moet',
    },
    {
      q: 'moeten de visuals de inwoners tonen in al hun verschillen, jong, oud, met en zonder migratie-achtergrond?',
      verdict: 'moet',
    },
    { q: 'wat is de richtlijn voor wie er op onze fotos staat', verdict: 'info' },
  ],
  21: [
    { q: 'wie is verantwoordelijk voor onze branding?', verdict: 'info' },
    { q: 'waar vind ik de brand guidlines van de gemeente?', verdict: 'info' },
    { q: 'wie checkt of ik de huisstijl juist gebruik in mijn powerpoint?', verdict: 'info' },
    {
      q: 'bij wie kan ik terecht voor templates met de juiste kleuren en het juiste lettertype',
      verdict: 'info',
    },
    { q: 'wie bewaakt de corporate identity hier', verdict: 'info' },
    { q: 'is er iemand die mijn layout kan nakijken op branding?', verdict: 'info' },
    { q: 'wie helpt mij om de look & feel van de gemeente toe te passen op een affiche?', verdict: 'info' },
    { q: 'wie beheert het brandbook van de gemeente', verdict: 'info' },
  ],
  22: [
    { q: "schrijf ik 'je' of 'u' in een post op facebook?", verdict: 'moet' },
    { q: 'in een brief naar een burger, gebruik ik dan u of jij?', verdict: 'moet' },
    { q: 'wat is de tone of voice van de gemeente? eerder informeel?', verdict: 'info' },
    { q: 'moet ik in de newsletter voor inwoners de lezer met je aanspreken?', verdict: 'moet' },
    { q: 'in een mail over iemand zn dossier, moet dat formeel met u?', verdict: 'moet' },
    { q: 'mag ik op de website de lezer tutoyeren?', verdict: 'moet' },
  ],
  23: [
    { q: 'mag ik fotos van bezoekers op ons event posten op insta?', verdict: 'mag-mits' },
    {
      q: 'ik heb foto’s gemaakt van kinderen op de speelpleinwerking, mag ik die in een story gebruiken?',
      verdict: 'mag-mits',
    },
    { q: 'wie maakt de regels rond foto’s en privacy?', verdict: 'info' },
    {
      q: 'bestaat er een procedure voor het gebruiken van foto’s waar mensen herkenbaar op staan?',
      verdict: 'info',
    },
    { q: 'is er een beeldpolicy voor de gemeente?', verdict: 'info' },
    { q: 'mag ik een close-up van een inwoner op de webiste zetten?', verdict: 'mag-mits' },
    { q: 'welke kwaliteit moeten fotos hebben voor onze kanalen? wie bepaalt dat', verdict: 'info' },
    { q: 'kan ik zomaar foto’s van collega’s gebruiken in een post voor de socials?', verdict: 'mag-mits' },
  ],
  24: [
    { q: 'mag ik een foto van google images gebruiken voor onze post?', verdict: 'mag-mits' },
    { q: 'kan ik stockfoto’s gebruiken of moeten het eigen foto’s zijn?', verdict: 'mag-mits' },
    {
      q: 'ik vond een mooie foto van een fotograaf op insta, mag ik die reposten op onze pagina?',
      verdict: 'mag-mits',
    },
    {
      q: 'moet ik rekening houden met copyright bij beelden in een presentatie voor inwoners?',
      verdict: 'mag-mits',
    },
    { q: 'zijn eigen foto’s beter dan gekochte beelden?', verdict: 'info' },
    { q: 'mag een foto van pinterest in de nieuwsletter?', verdict: 'mag-mits' },
    { q: 'hoe zit het met de rechten als ik een beeld van een andere website haal', verdict: 'info' },
    { q: 'is het ok om een foto van een nieuwssite te gebruiken in onze story', verdict: 'mag-mits' },
  ],
  25: [
    { q: 'volgt het comms team ook opleidingen?', verdict: 'info' },
    { q: 'hoe blijven de communicatiemensen up to date met de trends?', verdict: 'info' },
    { q: 'gaan de mensen van marketing ook naar trainingen en events over communicatie?', verdict: 'info' },
    { q: 'wie houdt de kennis over nieuwe socials en tools bij', verdict: 'info' },
    { q: 'doet communicatie aan bijscholling?', verdict: 'info' },
  ],
  26: [
    {
      q: 'heeft mijn baas een maandelijkse meeting met de burgmeester en de andere politici?',
      verdict: 'moet',
    },
    {
      q: 'moet onze manager de politicus van ons domein op de hoogte houden van hoe het project loopt?',
      verdict: 'moet',
    },
    { q: 'houden de politici de managers ook op de hoogte van hun plannen?', verdict: 'moet' },
    { q: 'is er een vaste overlegstructuur tussen het management en de politiek?', verdict: 'info' },
    { q: 'bestaat er een monthly sync tussen de diensthoofden en het bestuur', verdict: 'info' },
  ],
  27: [
    {
      q: 'de politicus van sport vroeg mij rechtstreeks om iets te regelen, mag ik dat gewoon met hem afspreken?',
      verdict: 'mag-niet',
    },
    {
      q: 'kan een politicus zomaar met mij iets over beleid afspreken zonder dat het via het bestuur gaat?',
      verdict: 'mag-niet',
    },
    { q: 'hoe worden afspraken over beleid gemaakt, via wie?', verdict: 'info' },
    { q: 'mag een politieker mijn manager zelf opdrachten geven over nieuw beleid?', verdict: 'mag-niet' },
    { q: 'moeten beleidskeuzes altijd via de burgemeester en de politici samen?', verdict: 'moet' },
    {
      q: 'ik kreeg een dm van een politieker die wil dat we een regel aanpassen, wat doe ik daarmee',
      verdict: 'info',
    },
  ],
  28: [
    { q: 'hoe hoor ik wat het bestuur beslist heeft over mijn project?', verdict: 'info' },
    { q: 'wie laat ons weten wat de politici beslist hebben?', verdict: 'info' },
    { q: 'moet de burgemeester ons snel laten weten wat er beslist is over ons dossier?', verdict: 'moet' },
    { q: 'krijgen de diensten een terugkoppeling na elke meeting van het bestuur?', verdict: 'moet' },
    { q: 'moet de algemene baas van de gemeente ons de beslissingen doorgeven?', verdict: 'moet' },
    {
      q: 'hoe snel na de meeting krijgen we de beslissingen te horen, en via welk systeem?',
      verdict: 'info',
    },
  ],
  29: [
    { q: 'wie vertelt mij of mijn contract verlengd wordt, de politici of de directeur?', verdict: 'info' },
    { q: 'mag een politicus mij zelf laten weten dat ik aangenomen ben?', verdict: 'mag-niet' },
    {
      q: 'een politieker zei al tegen mijn collega dat haar promotie goedgekeurd is, mag dat eigenlijk?',
      verdict: 'mag-niet',
    },
    { q: 'via wie horen we beslissingen over personeel?', verdict: 'info' },
    {
      q: 'moet de algemene directeur ons laten weten wat er beslist is over de aanwervingen in ons team?',
      verdict: 'moet',
    },
    { q: 'kan de burgemeester zelf vertellen wie de nieuwe colega wordt?', verdict: 'mag-niet' },
  ],
  30: [
    {
      q: 'de politici denken erover om een nieuw zwembad te bouwen, mag ik daar al een post over maken?',
      verdict: 'mag-niet',
    },
    { q: 'het nieuwe parkeerplan is goedgekeurd, mogen we dat nu op de site zetten?', verdict: 'mag' },
    {
      q: 'we willen inwoners laten meedenken over een plan dat nog niet af is, mag ik daar content over maken?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag ik over een project dat nog in de maak is een enthousiaste promo-post maken?',
      verdict: 'mag-mits',
    },
    {
      q: 'kan ik in de newsletter al teasen dat er misschien een nieuw jeugdhuis komt, ook al is er nog niks beslist?',
      verdict: 'mag-niet',
    },
    { q: 'wat mogen we wel en niet communiceren over beleid?', verdict: 'info' },
    {
      q: 'over welke onderwerpen communiceert de gemeente eigenlijk, enkel dingen die al vastliggen?',
      verdict: 'info',
    },
    { q: 'mogen we een nieuw reglement dat al beslist is op insta zettten?', verdict: 'mag' },
    {
      q: 'er circuleert een idee van het bestuur, mogen wij daar al iets over posten om het goed te framen?',
      verdict: 'mag-niet',
    },
  ],
  31: [
    {
      q: 'het bestuur is voor een nieuw plan maar de gemeenteraad moet nog stemmen, mag ik het al aankondigen als beslist?',
      verdict: 'mag-niet',
    },
    {
      q: 'wanneer mogen we iets als echte beslissing communiceren, pas na de stemming in de raad?',
      verdict: 'info',
    },
    {
      q: "mag ik posten 'de gemeente voert een nieuwe taks in' als enkel de burgemeester en zijn team het al goedkeurden?",
      verdict: 'mag-niet',
    },
    {
      q: 'kan ik de nieuwe tarieven posten zodra de gemeenteraad ze goedgekeurd heeft?',
      verdict: 'mag-mits',
    },
    {
      q: 'het advies van de politieke meerderheid is duidelijk, mag ik dat brengen alsof het al vastligt?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag de newsletter een voorstel dat nog naar de raad moet al als done deal brengen?',
      verdict: 'mag-niet',
    },
    {
      q: 'wat is het verschil tussen een voorstel van het bestuur en een echte beslissing, voor wat we mogen posten?',
      verdict: 'info',
    },
  ],
  32: [
    {
      q: 'mag ik een foto van de burgemeester in een post over ons nieuwe speelplein zetten?',
      verdict: 'mag-niet',
    },
    { q: 'mogen politici gewoon in de newsletter van de gemeente verschijnen?', verdict: 'mag-niet' },
    {
      q: 'mag de politicus van cultuur een kort woordje schrijfen vooraan in het gemeenteblad?',
      verdict: 'mag-mits',
    },
    {
      q: 'op de website staat een pagina met alle politici van het bestuur, is dat ok?',
      verdict: 'mag-mits',
    },
    { q: 'bij een grote brand, mag de burgemeester dan in onze kanalen het woord voeren?', verdict: 'mag' },
    {
      q: 'er is een nieuwe politicus bijgekomen in het bestuur, mogen we die voorstellen op de site?',
      verdict: 'mag-mits',
    },
    {
      q: 'ik wil een quote van de politicus van sport in onze insta post over de sportdag, mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'wanneer mogen politici wel in onze kanalen verschijnen?', verdict: 'info' },
    {
      q: 'mag de burgemeester in een video op onze socials het nieuwe meerjarenplan voorstellen?',
      verdict: 'mag-mits',
    },
    { q: 'waarom staan de politici bijna nooit op de socials van de gemeente?', verdict: 'info' },
  ],
  33: [
    {
      q: 'een politicus wil al op zijn eigen facebook posten over een nieuw project voor wij het gelanceerd hebben, mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'mag een politieker na onze officiële post er zelf ook over communiceren?', verdict: 'mag-mits' },
    { q: 'wie communiceert eerst over een nieuwe beslissing, de gemeente of de partij?', verdict: 'info' },
    {
      q: 'de politicus van jeugd wil de launch van ons project al aankondigen op zijn partijpagina, kan dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag een politcus onze campagne achteraf ondersteunen via zijn eigen kanalen?',
      verdict: 'mag-mits',
    },
    {
      q: 'in welke volgorde gaat de communicatie als het bestuur iets nieuws beslist: eerst wij of eerst de politici?',
      verdict: 'info',
    },
  ],
  34: [
    { q: 'mogen politici onze posts delen op hun eigen profiel?', verdict: 'mag' },
    {
      q: 'een politicus antwoordt onder onze facebookpost op vragen van inwoners, mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'mag een politieke partij onze fotos gebruiken in hun flyer?', verdict: 'mag-niet' },
    {
      q: 'kan een politicus een artikel van onze website gebruiken in zijn eigen campagnemateriaal?',
      verdict: 'mag-niet',
    },
    { q: 'is het oke dat de burgemeester onze insta story repost?', verdict: 'mag' },
    { q: 'mag een politicus reageren op een comment onder een post van de gemeente?', verdict: 'mag-niet' },
    {
      q: 'een politieker vraagt de foto’s van ons event voor zijn eigen pagina, mag ik die doorsturen?',
      verdict: 'mag-niet',
    },
    { q: 'wat mogen politici wel doen met onze berichten op sociale media?', verdict: 'info' },
  ],
  35: [
    {
      q: 'een inwoner stuurde een politicus een vraag over een kapotte straatlamp, moet die politicus dat zelf beantwoorden?',
      verdict: 'mag-niet',
    },
    { q: 'wat moet een politieker doen als een burger hem iets meldt?', verdict: 'info' },
    {
      q: 'de politicus stuurde een melding van een burger door naar ons team, moeten wij de burger antwoorden?',
      verdict: 'moet',
    },
    { q: 'moet onze dienst de politicus laten weten dat we de burger geantwoord hebben?', verdict: 'moet' },
    { q: 'mag een politicus een burger zelf al een antwoord geven op een klacht?', verdict: 'mag-niet' },
    { q: 'moet een politicus een burger doorverwijzen naar het meldpunt van de gemeente?', verdict: 'moet' },
    { q: 'wie antwoordt de burger als die zijn vraag aan een politicus gesteld heeft?', verdict: 'info' },
  ],
  36: [
    { q: 'wie moet een officiële brief van de gemeente ondertekenen?', verdict: 'info' },
    { q: 'ik heb een brief voor een vereniging klaar, moet de directeur die tekennen?', verdict: 'moet' },
    {
      q: 'moet de politicus die over sport gaat mee tekenen onder een brief over de sporthal?',
      verdict: 'moet',
    },
    {
      q: 'kan de politicus van cultuur mee signeren op een brief over de nieuwe wegenwerken?',
      verdict: 'mag-niet',
    },
    {
      q: 'mogen er meerdere politici onderaan een brief staan, zodat iedereen erop staat?',
      verdict: 'mag-niet',
    },
    { q: 'wie zet zijn handtekening onder een uitnodiging van de gemeente?', verdict: 'info' },
    { q: 'tekenen de directeur en de politicus van de bib samen een brief over de bib?', verdict: 'moet' },
    {
      q: 'welke handtekeningen moeten er onder een brief naar een inwoner staan? sign-off door wie',
      verdict: 'info',
    },
    {
      q: 'bij ons tekent de burgemeester alle brieven, moet dat altijd samen met de directeur?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'mag de politicus van sport een uitnodiging voor de sportraad zelf tekenen, of doet de burgemeester dat bij ons?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  37: [
    {
      q: 'mag ik met het account van de jeugddienst de pagina van een politieke partij liken?',
      verdict: 'mag-niet',
    },
    { q: 'mag de instagram van de gemeente een post van een politicus delen?', verdict: 'mag-niet' },
    { q: 'mag ik als jeugdwerker met mijn werkprofiel politici volgen?', verdict: 'mag-mits' },
    { q: 'onze pagina wil een post van een lokale bakker delen, kan dat?', verdict: 'mag-mits' },
    {
      q: 'mag de gemeentepagina een bedrijf liken dat partner is in een project van ons?',
      verdict: 'mag-mits',
    },
    { q: 'een collega deelt flyers van een politicus uit aan de ballie, mag dat?', verdict: 'mag-niet' },
    {
      q: 'de politicus van mijn dienst vraagt of ik zijn persoonlijke facebook kan bijhouden, mag dat?',
      verdict: 'mag-niet',
    },
    { q: 'moet onze dienstpagina neutraal blijven in wie ze volgt en liket?', verdict: 'moet' },
    { q: 'kan ik aan bezoekers zeggen dat ze best op een bepaalde politieker stemmen?', verdict: 'mag-niet' },
    { q: 'mag ik content maken voor de persoonlijke insta van de burgemeester?', verdict: 'mag-niet' },
  ],
  38: [
    {
      q: 'we organiseren een inspraakavond over een nieuw plein, moet ik communicatie daar op voorhand bij betrekken?',
      verdict: 'moet',
    },
    { q: 'wanneer betrek ik de mensen van communicatie bij een bevraging van inwoners?', verdict: 'info' },
    {
      q: 'kan het comms team ons helpen met de communicatie voor, tijdens en na ons co-creatieproject?',
      verdict: 'info',
    },
    { q: 'moet de PR-dienst mee in de boot bij een burgerbevraging?', verdict: 'moet' },
    { q: 'mag ik een online survey voor inwoners lanceren zonder communicatie te briefen?', verdict: 'moet' },
    { q: 'wie helpt ons met de promo van een meedenktraject?', verdict: 'info' },
  ],
  39: [
    {
      q: 'na onze bevraging van inwoners, moeten we ook laten weten wat we met de resultaten doen?',
      verdict: 'moet',
    },
    {
      q: 'moeten we na een inspraakmoment communiceren wat er met de ideeën van de mensen gebeurt?',
      verdict: 'moet',
    },
    { q: 'wie helpt ons om de resultaten van een burgerbevraging te communiceren?', verdict: 'info' },
    {
      q: 'is het verplicht om terug te koppelen naar de mensen die meededen aan ons meedenkproject?',
      verdict: 'moet',
    },
    { q: 'hoe laten we inwoners weten wat er met hun input gebeurd is?', verdict: 'info' },
  ],
  40: [
    { q: 'wat is de rol van onze communicatiemanager als er een noodsituatie is?', verdict: 'info' },
    { q: 'wat betekent D5?? iemand zei dat onze comms manager dat is bij een crisis', verdict: 'info' },
    {
      q: 'moet de head of comms direct naar het crisiscentrum als de noodfase afgekondigd wordt?',
      verdict: 'moet',
    },
    {
      q: 'wordt de communicatiemanager meteen ingeschakeld als het noodplan in werking treedt?',
      verdict: 'moet',
    },
    { q: 'wie is de link voor communicatie in het crisisteam?', verdict: 'info' },
  ],
  41: [
    { q: 'wie beslist tijdens een crisis wat er wanneer naar buiten gaat?', verdict: 'info' },
    {
      q: 'van wie krijgt de comms manager info tijdes een crisis, de politie, de brandweer?',
      verdict: 'info',
    },
    { q: 'bij een crisis, wie bepaalt de timing van de berichten?', verdict: 'info' },
    { q: 'hoe wordt tijdens een noodsituatie beslist welke info we posten?', verdict: 'info' },
    { q: 'wie kiest welke info de inwoners krijgen als er een gaslek is', verdict: 'info' },
  ],
  42: [
    {
      q: 'als er een grote brand is, mag ik dan zelf een upate posten op de pagina van onze dienst?',
      verdict: 'mag-niet',
    },
    { q: 'wie is bij een crisis het gezicht van de gemeente naar buiten toe?', verdict: 'info' },
    {
      q: 'mag de politicus van milieu bij een chemisch incident zelf de boodschap naar buiten brengen?',
      verdict: 'mag-niet',
    },
    { q: 'mag de woordvoerder van communicatie in een crisis zelf een bericht uitsturen?', verdict: 'mag' },
    { q: 'moet de communicatie bij een ramp vanuit de burgemeester vertrekken?', verdict: 'moet' },
    {
      q: 'er is stormschade en inwoners vragen mij via DM wat er aan de hand is, mag ik zelf een update geven?',
      verdict: 'mag-niet',
    },
    { q: 'met wie stemt de burgemeester de boodschap af bij een noodsituatie?', verdict: 'info' },
  ],
  43: [
    { q: 'wie plant wanneer er iets naar de kranten gaat?', verdict: 'info' },
    { q: 'is er een planing voor PR naar de media en wie maakt die?', verdict: 'info' },
    { q: 'wie bepaalt de timing van onze momenten met de media?', verdict: 'info' },
    { q: 'hoe vaak bespreekt het bestuur de mediaplanning met het comms team?', verdict: 'info' },
    { q: 'wie houdt de PR-kalender bij, het communicatieteam of de politici?', verdict: 'info' },
    { q: 'is er een wekelijkse check-in over wat er naar de media gaat?', verdict: 'info' },
    { q: 'wie is er verantwoordelijk voor de media planning van de gemeente', verdict: 'info' },
    { q: 'Krijgt het bestuur regelmatig een update over de geplande mediaberichten?', verdict: 'info' },
  ],
  44: [
    {
      q: 'ik wil dat de krant schrijft over ons nieuwe project, moet ik zelf een persbericht schrijven?',
      verdict: 'moet',
    },
    { q: 'wie beslist of ons verhaal interessant genoeg is voor de media?', verdict: 'info' },
    { q: 'moet ik de info voor een mediabericht aanleveren bij communicatie?', verdict: 'moet' },
    { q: 'wie schrijft de press release als wij een nieuw project lanceren?', verdict: 'info' },
    {
      q: 'is onze dienst verantwoordelijk voor de inhoud van een persbericht over ons project?',
      verdict: 'moet',
    },
    { q: 'moet het comms team de copy en layout van een press release doen?', verdict: 'moet' },
    { q: 'wat moet ik aanleveren zodat communicatie een bericht voor de pers kan maken?', verdict: 'info' },
    { q: 'kan ik zelf beslissen dat ons event nieuwswaardig is voor de krant?', verdict: 'info' },
    { q: 'wie doet de opmaak van berichten voor journalisten?', verdict: 'info' },
  ],
  45: [
    { q: 'mag ik zelf een mail naar de krant sturen over ons event?', verdict: 'mag-niet' },
    {
      q: 'ik ken een journalsit van de regionale krant, mag ik hem ons bericht gewoon doorsturen?',
      verdict: 'mag-niet',
    },
    { q: 'wie stuurt de berichten naar de media uit?', verdict: 'info' },
    { q: 'mogen de medewerkers van de burgemeester zelf iets naar de media sturen?', verdict: 'mag-niet' },
    {
      q: 'kan ik een document met cijfers van ons project zelf doorsturen naar een journalist?',
      verdict: 'mag-niet',
    },
    { q: 'moet een persuitnodiging voor onze opening via het communicatieteam vertrekken?', verdict: 'moet' },
    {
      q: 'mag de politicus van sport zelf een bericht over de nieuwe sporthal naar de media sturen?',
      verdict: 'mag-niet',
    },
    {
      q: 'ik wil een press release droppen bij de lokale tv, mag ik dat zelf doen of moet dat via PR?',
      verdict: 'mag-niet',
    },
    {
      q: 'bij ons stuurt het cultuurcentrum zelf zijn persberichten over de voorstellingen, mag dat?',
      verdict: 'mag-mits',
      variant: 1,
    },
    {
      q: 'ik werk bij de sportdienst en er is geen uitzondering voor ons afgesproken, mag ik zelf naar de pers mailen?',
      verdict: 'mag-niet',
      variant: 1,
    },
  ],
  46: [
    { q: 'wie moet een persbericht approven voor het naar buiten gaat?', verdict: 'info' },
    { q: 'moet de burgemeester echt elk bericht voor de pers goedkeuren?', verdict: 'moet' },
    { q: 'moet onze dienst ook sign-off geven op een persbericht over ons project?', verdict: 'moet' },
    { q: 'moet de politicus van ons domein het persbericht ook goedkeuren?', verdict: 'mag-niet' },
    { q: 'moet de algemene directeur een press release nog nalezen en approven?', verdict: 'moet' },
    { q: 'wie geeft de finale approval voor een bericht aan de media?', verdict: 'info' },
    { q: 'gaat een persbericht ter goedkeuring langs alle politici?', verdict: 'mag-niet' },
    {
      q: 'leest bij ons de politicus die over het onderwerp gaat het persbericht eerst na?',
      verdict: 'moet',
      variant: 1,
    },
    {
      q: 'mag iemand van het team van die politicus het persbericht nalezen in zijn plaats?',
      verdict: 'mag',
      variant: 1,
    },
    { q: 'moet er in elk persbericht een quote van de politicus staan?', verdict: 'moet', variant: 2 },
  ],
  47: [
    { q: 'als er een persbericht vertrekt, krijgen de politici dat dan ook?', verdict: 'moet' },
    { q: 'wie staat er allemaal in cc bij een press release?', verdict: 'info' },
    { q: 'moeten de gemeenteraadsleden in kopie staan als we iets naar de pers sturen?', verdict: 'moet' },
    { q: 'waarom staan er zo veel politici in cc bij de persmails?', verdict: 'info' },
    { q: 'krijgen de leden van het bestuur en de raad een kopie van elk persbericht?', verdict: 'moet' },
    { q: 'moet het comms team de politici van alle partijen in cc zetten bij persmails', verdict: 'moet' },
  ],
  48: [
    { q: 'wiens gegevens komen er onderaan een persbericht als contactpersoon?', verdict: 'info' },
    { q: 'moet de politicus zijn gsm-nummer op het persbericht zetten voor interviews?', verdict: 'moet' },
    {
      q: 'als een journalist praktische vragen heeft, wie staat dan als contact op de press release?',
      verdict: 'info',
    },
    {
      q: 'moet het communicatieteam als contactpersoon vermeld staan voor andere vragen dan interviews?',
      verdict: 'moet',
    },
    {
      q: 'een journalist heeft een technische vraag over ons project, mag communicatie mij vragen om het antwoord op te zoeken?',
      verdict: 'mag',
    },
    { q: 'wie staat er als contact op een persbericht voor quotes?', verdict: 'info' },
    {
      q: 'kan het comms team een collega van de dienst vragen om een antwoord voor de krant te formuleren?',
      verdict: 'mag',
    },
    {
      q: 'staat er bij een persbericht een telefoonnummer en mailadres van de politicus voor interviews?',
      verdict: 'moet',
    },
  ],
  49: [
    {
      q: 'we openen een nieuwe bib, mogen we daar een persconferentie voor organiseren?',
      verdict: 'mag-mits',
    },
    { q: 'wanneer is een persconferentie zinvol?', verdict: 'info' },
    { q: 'kunnen we voor elke kleine activitiet een perscon houden?', verdict: 'mag-mits' },
    { q: 'wie helpt inschatten of een persmoment nodig is?', verdict: 'info' },
    { q: 'mag ik een press event organiseren voor de launch van onze app?', verdict: 'mag-mits' },
    {
      q: 'ons project is vrij complex en roept veel vragen op, kan een persconferentie dan?',
      verdict: 'mag-mits',
    },
    { q: 'wie beslist of we journalisten uitnodigen of gewoon een bericht sturen?', verdict: 'info' },
    { q: 'is een persconferentie de standaard als we iets nieuws lanceren?', verdict: 'mag-mits' },
  ],
  50: [
    {
      q: 'een journalist belde mij voor een reactie, moet ik die doorverwijzen naar communicatie?',
      verdict: 'moet',
    },
    {
      q: 'iemand van de krant mailde onze dienst met een vraag, mogen wij zelf reageren?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag ik antwoorden op een DM van een journalist die een reactie wil over de wegenwerken?',
      verdict: 'mag-niet',
    },
    { q: 'als de media ons contacteren, naar wie stuur ik ze door?', verdict: 'info' },
    { q: 'contacteert het comms team de burgemeester als een journalist een vraag stelt?', verdict: 'moet' },
    { q: 'een reporter staat aan de balie en vraagt een reactie, wat doe ik dan?', verdict: 'info' },
    { q: 'moet ik een journalist altijd doorsturen naar het PR-team?', verdict: 'moet' },
    { q: 'mag onze afdeling zelf een statment geven aan de lokale tv?', verdict: 'mag-niet' },
  ],
  51: [
    {
      q: 'als een journalist een politicus belt voor een reactie, moet die dan iemand verwittigen?',
      verdict: 'moet',
    },
    { q: 'mag een politicus zelf een reactie geven aan de krant als die hem belt?', verdict: 'mag-mits' },
    { q: 'wie moet een politicus informeren na een telefoontje van de pers?', verdict: 'info' },
    {
      q: 'de politicus van onze dienst gaf een reactie aan de krant, moet hij dat laten weten aan ons diensthoofd?',
      verdict: 'moet',
    },
    { q: 'waarom moet een politieker terugkoppelen na contact met de media?', verdict: 'info' },
    { q: 'kan een politicus gewoon een quote geven aan een journalist die hem opbelt?', verdict: 'mag-mits' },
  ],
  52: [
    {
      q: 'de krant wil weten hoeveel boeken we uitlenen, mag de bib dat zelf doorgeven?',
      verdict: 'mag-mits',
    },
    {
      q: 'moet ik iemand verwittigen voor ik een simpele feitelijke vraag van een journalist beantwoord?',
      verdict: 'mag-mits',
    },
    { q: 'voor pure facts naar de pers, moet dat ook via communicatie?', verdict: 'mag-mits' },
    { q: 'wie moet ik op de hoogte brengen als ik een cijfer doorgeef aan een reporter?', verdict: 'info' },
    { q: 'mag ik een vraag van een journalist over de openingsuren zelf beantwoorden?', verdict: 'mag-mits' },
  ],
  53: [
    { q: 'een filmploeg wil opnames maken in ons gebouw, mag ik dat zelf regelen?', verdict: 'moet' },
    {
      q: 'een student van de filmschool vraagt of ze in het gemeentehuis mag filmen, naar wie stuur ik haar?',
      verdict: 'info',
    },
    {
      q: 'moet een aanvraag van tv om te filmen in de bib doorgegeven worden aan communicatie?',
      verdict: 'moet',
    },
    { q: 'wie beslist of een extern bedrijf beelden mag maken in ons park?', verdict: 'info' },
    { q: 'een youtuber wil vloggen in het zwembad, moet ik dat aan het comms team melden?', verdict: 'moet' },
    { q: "koppelt communicatie zo'n aanvraag om te filmen terug met het bestuur?", verdict: 'moet' },
    {
      q: 'moeten externen die willen filmen in onze gebouwen dat via communicatie aanvragen?',
      verdict: 'moet',
    },
  ],
  54: [
    { q: 'een journalist wil mij interviewen over mijn job bij de gemeente, mag dat?', verdict: 'mag-mits' },
    { q: 'mag ik zomaar een interview geven aan de lokale radio over ons project?', verdict: 'mag-niet' },
    { q: 'wie moet er toestemming geven als ik een interview wil doen?', verdict: 'info' },
    {
      q: 'een podcast wil mij als stagiair interviewen over mijn stage bij de gemeente, mag ik ja zeggen?',
      verdict: 'mag-mits',
    },
    {
      q: 'mag ik een interview geven als de politicus van mijn dienst en communicatie akkoord zijn?',
      verdict: 'mag-mits',
    },
    {
      q: 'kan ik zonder iemand te verwittigen een intervieuw geven aan de studentenkrant?',
      verdict: 'mag-niet',
    },
    { q: 'moet ik approval vragen voor een interview met de krant?', verdict: 'mag-mits' },
  ],
  55: [
    { q: 'mag ik zelf een advertentie plaatsen in het lokale weekblad voor ons event?', verdict: 'mag-niet' },
    { q: 'wie regelt de ads in de krant of op de radio?', verdict: 'info' },
    {
      q: 'een lokaal blad biedt ons gratis advertentieruimte aan, mag ik daar zelf op ingaan?',
      verdict: 'mag-niet',
    },
    { q: 'mag ik een betaalde campagne op een nieuwssite boeken voor onze workshop?', verdict: 'mag-niet' },
    { q: 'moeten alle mediadeals via het comms team lopen?', verdict: 'moet' },
    { q: 'kan ik met een radiozender een deal maken om ons festival te promoten?', verdict: 'mag-niet' },
    { q: 'zijn er uitzonderingen waarbij een dienst zelf advertenties mag regelen?', verdict: 'info' },
    { q: 'moet een gratis vermelding in een magazine ook via communicatie?', verdict: 'moet' },
  ],
  56: [
    { q: 'welk team doet de socials hier?', verdict: 'info' },
    { q: 'bij wie moet ik zijn als ik iets op de socials van de gemeente wil krijgen?', verdict: 'info' },
    { q: 'is er één team dat alle socials van de gemeente overziet?', verdict: 'info' },
    { q: 'wie is de social media manager van de gemeente', verdict: 'info' },
    { q: "wie houdt overzicht over alle pagina's van de diensten op sociale media?", verdict: 'info' },
    { q: 'wie runt de social acounts van de gemeente?', verdict: 'info' },
  ],
  57: [
    { q: 'mag ik een instagram account starten voor onze jeugddienst?', verdict: 'mag-mits' },
    { q: 'we willen een tiktok voor het jeugdhuis, mag da?', verdict: 'mag-mits' },
    { q: 'kan onze bib een eigen facebookpagina hebben?', verdict: 'mag-mits' },
    {
      q: 'moet ik toestemming vragen om een nieuwe social media pagina aan te maken voor ons project?',
      verdict: 'mag-mits',
    },
    { q: 'wie keurt nieuwe social accounts goed?', verdict: 'info' },
    { q: 'waarom mag niet elke dienst zomaar een eigen insta maken?', verdict: 'info' },
    { q: 'moet het comms team elke nieuwe pagina van een dienst eerst zijn akkoord geven?', verdict: 'moet' },
    { q: 'mag ik voor ons project rond senioren een aparte facebookpagina opzetten?', verdict: 'mag-mits' },
    {
      q: 'ik wil een account maken voor onze dienst dat zich op alle inwoners richt, kan dat?',
      verdict: 'mag-mits',
    },
  ],
  58: [
    { q: 'wie leest de commments onder onze posts?', verdict: 'info' },
    {
      q: 'als er veel negatieve comments komen onder een post, wordt dat dan gemeld aan het bestuur?',
      verdict: 'moet',
    },
    {
      q: 'moet het comms team de directie verwittigen als er een shitstorm ontstaat onder een post?',
      verdict: 'moet',
    },
    {
      q: 'wordt onze dienst verwittigd als er veel reacties over ons project komen op de pagina van de gemeente?',
      verdict: 'moet',
    },
    { q: 'wie monitort de gesprekken op de socials van de gemeente?', verdict: 'info' },
    {
      q: 'wat gebeurt er als een discussie onder een post van de gemeente uit de hand loopt?',
      verdict: 'info',
    },
    { q: "doet communicatie aan social listening op de eigen pagina's?", verdict: 'info' },
  ],
  59: [
    {
      q: 'iemand stelt een vraag onder een post van de gemeente over het zwembad, mag ik daar zelf op antwoorden?',
      verdict: 'mag-niet',
    },
    { q: 'wie antwoordt op de vragen van inwoners op de facebookpagina?', verdict: 'info' },
    {
      q: 'de politicus van mobiliteit wil een boze comment op onze pagina zelf beantwoorden, mag dat?',
      verdict: 'mag-niet',
    },
    {
      q: 'moet de burgemeester langs de communicatiemanager als hij dringend wil reageren op onze socials?',
      verdict: 'moet',
    },
    {
      q: 'wij hebben een eigen insta voor de jeugddienst, mogen we zelf de comments beantwoorden?',
      verdict: 'mag-mits',
    },
    { q: 'zijn er richtlijnen om te reageren op comments?', verdict: 'info' },
    { q: 'moet het comms team een guideline maken over hoe we op reacties antwoorden?', verdict: 'moet' },
    {
      q: 'ik zie een DM binnenkomen op de gemeentepagina, mag ik die beantwoorden als stagiair?',
      verdict: 'mag-niet',
    },
    {
      q: 'moeten we op onze dienstpagina dezelfde regels voor reacties volgen als de gemeentepagina?',
      verdict: 'mag-mits',
    },
    {
      q: 'een politieker wil dringend iets rechtzetten op de pagina van de gemeente, wie moet hij contacteren?',
      verdict: 'info',
    },
  ],
  60: [
    {
      q: 'volgt communicatie ook wat er gezegd wordt in lokale facebookgroepen die niet van de gemeente zijn?',
      verdict: 'info',
    },
    { q: 'reageert de gemeente op posts in lokale facebookgroepen?', verdict: 'mag-niet' },
    {
      q: 'er is veel discussie in een lokale groep over de nieuwe verkeerssituatie, wordt dat gemeld aan het bestuur?',
      verdict: 'moet',
    },
    {
      q: 'mag het comms team onder een artikel van de regionale nieuwssite reageren namens de gemeente?',
      verdict: 'mag-niet',
    },
    { q: "wie houdt de buzz over de gemeente op andere pagina's in de gaten?", verdict: 'info' },
    {
      q: 'moet communicatie de betrokken dienst verwittigen als er in lokale groepen een issue over hun werk ontstaat?',
      verdict: 'moet',
    },
    { q: 'waarom antwoordt de gemeente niet op vragen in de buurtgroep op facebook?', verdict: 'info' },
    {
      q: 'kan communicatie reageren als er fake news over de gemeente in een lokale groep staat?',
      verdict: 'mag-niet',
    },
  ],
  61: [
    {
      q: 'mag ik op mijn eigen insta mijn mening geven over een beslissing van de gemeente?',
      verdict: 'mag-mits',
    },
    {
      q: 'iemand bashte de gemeente in een facebookgroep, mag ik daar privé op reageren?',
      verdict: 'mag-mits',
    },
    { q: 'mag ik op mijn prive twitter kritiek geven op mijn manager?', verdict: 'mag-niet' },
    { q: 'kan ik een post liken die de burgemeester belachelijk maakt?', verdict: 'mag-niet' },
    {
      q: 'mag ik op linkedin een kritische post schrijven over een politicus van de gemeente?',
      verdict: 'mag-niet',
    },
    { q: 'hoe moet ik reageren als vrienden online klagen over de gemeente?', verdict: 'info' },
    {
      q: 'mag ik in mijn story zeggen dat ik het niet eens ben met de nieuwe parkeerregels?',
      verdict: 'mag-mits',
    },
    {
      q: 'moet ik als jobstudent ook opletten met wat ik over de gemeente post op mijn eigen account?',
      verdict: 'mag-mits',
    },
    { q: 'mag ik een collega publiek afkraken in een comment?', verdict: 'mag-niet' },
  ],
  62: [
    { q: 'wie doet de planning van het magazine voor de inwoners?', verdict: 'info' },
    { q: 'is er een aparte redactie voor het infoblad of één voor alle kanalen?', verdict: 'info' },
    { q: 'wie maakt de contentplanning voor het blad dat in de bus valt?', verdict: 'info' },
    { q: 'bij wie kan ik terecht met een idee voor het gemeentemagazine?', verdict: 'info' },
    { q: 'wie bepaalt de editorial line van ons magazien?', verdict: 'info' },
    { q: 'plant hetzelfde team ook de site en de socials samen met het blad?', verdict: 'info' },
  ],
  63: [
    { q: 'bestaat er een document met de afspraken over het gemeenteblad?', verdict: 'info' },
    { q: 'moet communicatie een soort editorial charter opmaken voor het magazine?', verdict: 'moet' },
    { q: 'waar staat wat de doelen van het infoblad zijn?', verdict: 'info' },
    { q: 'wie schrijft de regels over wat het overleg rond het blad moet doen?', verdict: 'info' },
    { q: 'moet er een charter zijn met afspraken over het gemeentemagazine?', verdict: 'moet' },
    {
      q: 'wat wordt er verwacht van de mensen in het redactie-overleg van het blad, staat dat ergens?',
      verdict: 'info',
    },
  ],
  64: [
    { q: 'voor wie schrijven we het gemeenteblad, voor iedereen?', verdict: 'info' },
    { q: 'moet de copy in het magazine eenvoudig zijn zodat iedereen het snapt?', verdict: 'moet' },
    { q: 'mag ik een artikel in vakjargon schrijven voor het infoblad?', verdict: 'moet' },
    { q: 'moet het blad rekening houden met verschillende doelgroepen, jong en oud?', verdict: 'moet' },
    {
      q: 'wat komt er in het gemeentemagazine, info die inwoners nodig hebben of nieuws van de diensten?',
      verdict: 'info',
    },
    { q: 'hoe moeilijk mag de taal zijn in een artikel voor het infoblad?', verdict: 'info' },
    {
      q: 'moet de redactie een evenwicht zoeken tussen wat inwoners willen weten en wat de gemeente wil vertellen?',
      verdict: 'moet',
    },
  ],
  65: [
    { q: 'wat is de deadline om een artikel in te sturen voor het gemeenteblad?', verdict: 'info' },
    { q: 'wat gebeurt er als ik mijn tekst voor het magazine te laat aanlever?', verdict: 'info' },
    { q: "mag ik mijn foto's een paar dagen na de deadline sturen?", verdict: 'moet' },
    { q: 'moet ik me aan de deadline houden voor het infoblad, of is er wat marge?', verdict: 'moet' },
    { q: 'komt mijn artikel nog in het blad als ik de dealine gemist heb?', verdict: 'info' },
    { q: 'moeten teksten en beelden voor het infoblad op tijd binnen zijn?', verdict: 'moet' },
    { q: 'wanneer moet ik mijn copy voor het volgende nummer aanleveren?', verdict: 'info' },
  ],
  66: [
    { q: 'wie doet de eindcheck van artikels voor het gemeenteblad?', verdict: 'info' },
    { q: 'gaat communicatie mijn tekst voor het magazine nog herwerken?', verdict: 'moet' },
    { q: 'wie checkt de taal en de structuur van de artikels in het infoblad?', verdict: 'info' },
    { q: 'gaat communicatie ook de fotos bij mijn artikel voor het blad nakijken?', verdict: 'moet' },
    { q: 'doet het comms team de final edit van het infoblad?', verdict: 'moet' },
    { q: 'waarom is mijn tekst in het magazine zo veranderd?', verdict: 'info' },
  ],
  67: [
    { q: 'hoe krijg ik ons event in de kalender van het gemeenteblad?', verdict: 'info' },
    { q: 'mag ik onze workshop gewoon laten opnemen in de agenda van het infoblad?', verdict: 'mag-mits' },
    {
      q: 'moet een activiteit in de UiTdatabank staan om in de kalender van het magazine te komen?',
      verdict: 'mag-mits',
    },
    {
      q: 'ons event staat niet in de uitdatabank, kan het toch in de agenda van het blad?',
      verdict: 'mag-mits',
    },
    { q: 'wat is de UiTdatabank en waarom moet mijn activiteit daarin?', verdict: 'info' },
    { q: 'kan een vereniging haar activiteit in de kalender van het infoblad krijgen?', verdict: 'mag-mits' },
    {
      q: 'ik stuur de info over ons event per mail, komt het dan in de agenda van het gemeenteblad?',
      verdict: 'mag-mits',
    },
  ],
  68: [
    { q: 'mogen we voor ons event flyers laten drukken?', verdict: 'mag-mits' },
    { q: 'moet alles wat we communiceren ook op papier verschijnen?', verdict: 'info' },
    { q: 'wie kan mij zeggen of een folder zinvol is of dat een online campagne volstaat?', verdict: 'info' },
    { q: 'kan ik 500 afiches laten printen voor onze workshop?', verdict: 'mag-mits' },
    { q: 'is print nog nodig of doen we alles online?', verdict: 'info' },
    { q: 'ik wil een brochure maken voor onze dienst, mag dat zomaar?', verdict: 'mag-mits' },
    { q: 'wanneer heeft een gedrukte flyer echt zin?', verdict: 'info' },
  ],
  69: [
    { q: 'hoe lang op voorhand moet ik communicatie contacteren voor een nieuwe folder?', verdict: 'info' },
    {
      q: 'moet ik ruim op tijd met het comms team overleggen als we een campagne met flyers en posts willen?',
      verdict: 'moet',
    },
    {
      q: 'is het ok om communicatie twee dagen voor de deadline te vragen om een affiche te maken?',
      verdict: 'moet',
    },
    { q: 'moet ik de planning van onze nieuwe brochure vooraf afstemmen met communicatie?', verdict: 'moet' },
    { q: 'wanneer start ik best het overleg met communicatie voor een digitale campagne?', verdict: 'info' },
    {
      q: 'moeten we ook voor een online banner op voorhand overleggen met het communicatieteam?',
      verdict: 'moet',
    },
  ],
  70: [
    { q: 'wat moet ik allemaal aanleveren aan communicatie voor een flyer?', verdict: 'info' },
    { q: 'moet ik zelf een briefing schrijven voor het comms team?', verdict: 'moet' },
    { q: "moet ik de logo's van onze partners ook doorsturen voor de affiche?", verdict: 'moet' },
    { q: "tegen wanneer moeten de teksten en foto's bij communicatie zijn?", verdict: 'info' },
    { q: 'is een korte mail genoeg of moet ik een echte breifing maken voor communicatie?', verdict: 'moet' },
    { q: 'moet ik alle content voor de deadline bezorgen aan het team van communicatie?', verdict: 'moet' },
  ],
  71: [
    { q: 'krijg ik het ontwerp van onze folder nog te zien voor het gedrukt wordt?', verdict: 'moet' },
    { q: 'wie geeft de final approval op het design van onze poster?', verdict: 'info' },
    { q: 'moet ik de proef van de flyer nakijken en aan mijn diensthoofd voorleggen?', verdict: 'moet' },
    { q: 'moet de politicus die bevoegd is voor ons domein de layout ook goedkeuren?', verdict: 'moet' },
    { q: 'hoe verloopt de approval flow voor een nieuwe brochure?', verdict: 'info' },
    { q: 'stuurt communicatie mij het ontwep ter controle door?', verdict: 'moet' },
    {
      q: 'mag ik het ontwerp van het comms team direct laten drukken zonder sign-off van de politiek?',
      verdict: 'moet',
    },
  ],
  72: [
    {
      q: 'moet ik de huisstijl van de gemeente gebruiken voor de affiche van onze workshop?',
      verdict: 'moet',
    },
    { q: 'mag ik een eigen stijl en kleuren kiezen voor de flyer van ons project?', verdict: 'moet' },
    {
      q: 'de bib heeft een eigen logo en kleuren, mag die haar eigen huisstijl gebruiken?',
      verdict: 'mag-mits',
    },
    {
      q: 'ik werk in het cultuurcentrum, moeten onze posters ook in de branding van de gemeente?',
      verdict: 'mag-mits',
    },
    { q: 'waarom moet alles in dezelfde branding?', verdict: 'info' },
    { q: 'mag de jeugddienst een eigen look maken die hipper is voor jongeren?', verdict: 'mag-mits' },
    { q: 'moet een powerpoint voor inwoners ook in de gemeentelijke layout?', verdict: 'moet' },
    { q: 'welke diensten mogen een eigen branding gebruiken?', verdict: 'info' },
    {
      q: 'ik maak een canva design voor een event, moet ik de template van de gemeente gebruiken?',
      verdict: 'moet',
    },
  ],
  73: [
    { q: 'mag ik zelf een drukkerij bellen om onze flyers te laten printen?', verdict: 'mag-niet' },
    { q: 'ik ken een goede fotograaf, mag ik die zelf boeken voor ons event?', verdict: 'mag-niet' },
    { q: 'wie contacteert de grafisch ontwerper als we een nieuwe brochure willen?', verdict: 'info' },
    { q: 'mag onze dienst rechtstreeks offertes vragen aan een drukkerij?', verdict: 'mag-niet' },
    { q: 'moeten alle contacten met externe designers via communicatie?', verdict: 'moet' },
    { q: 'kan ik een freelancer inschakelen voor de lay-out van ons jaarverslag?', verdict: 'mag-niet' },
    { q: 'via wie bestel ik drukwerk?', verdict: 'info' },
  ],
  74: [
    { q: 'mag ik het logo van de gemeente op de flyer van ons event zetten?', verdict: 'mag-mits' },
    { q: 'een politicus wil ons logo gebruiken in zijn verkiezingsfolder, mag dat?', verdict: 'mag-niet' },
    {
      q: 'een vereniging vraagt of ze het gemeentelogo op hun affiche mag zetten, kan dat?',
      verdict: 'mag-niet',
    },
    { q: 'mag een politieke partij het logo van de gemeente op hun website zetten?', verdict: 'mag-niet' },
    { q: 'in welke gevallen is het ok om het gemeentelogo op iets te zetten?', verdict: 'info' },
    {
      q: 'mag ik het logo gebruiken in een presentatie die ik geef namens de gemeente?',
      verdict: 'mag-mits',
    },
    { q: 'een sponsor van ons event wil ons logoo op hun eigen flyer, mag dat?', verdict: 'mag-niet' },
    {
      q: 'mag de burgemeester het logo van de gemeente gebruiken op zijn persoonlijke facebook?',
      verdict: 'mag-niet',
    },
    { q: 'waar vind ik het logo en mag iedereen dat zomaar gebruiken?', verdict: 'info' },
  ],
  75: [
    { q: 'wie is de webmaster van de gemeente?', verdict: 'info' },
    { q: 'bij wie moet ik zijn als er iets mis is met de site?', verdict: 'info' },
    { q: 'welk team is owner van de website?', verdict: 'info' },
    { q: 'wie heeft de admin rechten van de gemeentesite?', verdict: 'info' },
    { q: 'wie zorgt voor het beheer van onze website', verdict: 'info' },
    { q: 'doet communicatie ook de website of is da IT?', verdict: 'info' },
    { q: 'wie beslist hoe de homepage eruitziet?', verdict: 'info' },
    { q: 'bij wie kan ik terecht met vragen over de site van de gemeente?', verdict: 'info' },
  ],
  76: [
    { q: 'wiens taak is het om de info van ons team op de gemeentesite actueel te houden?', verdict: 'info' },
    {
      q: 'de openingsuren van onze dienst op de site kloppen niet meer, moeten wij dat zelf laten aanpassen?',
      verdict: 'moet',
    },
    { q: "is onze dienst verantwoordelijk voor de inhoud van onze pagina's op de website?", verdict: 'moet' },
    { q: 'moet ik als nieuwe medewerker de info op onze webpagina nakijken?', verdict: 'moet' },
    { q: 'wie is verantwoordelijk als de info op de website over ons aanbod verouderd is?', verdict: 'info' },
    { q: "moeten wij onze webpagina's zelf updaten of doet communicatie dat?", verdict: 'moet' },
    { q: 'de tarieven op de site zijn oud, wiens job is het om dat te fixen?', verdict: 'info' },
    { q: 'moet de dienst zelf checken of de content op haar webpagina nog klopt?', verdict: 'moet' },
  ],
  77: [
    { q: 'mag ik een nieuwe pagina toevoegen aan de website voor ons project?', verdict: 'mag-mits' },
    { q: 'we willen een extra menu-item op de site, kan dat zomaar?', verdict: 'mag-mits' },
    {
      q: 'moet ik eerst overleggen met communicatie als ik de structuur van onze sectie op de website wil veranderen?',
      verdict: 'mag-mits',
    },
    { q: 'kunnen we een nieuwe module of formulier op de website laten bouwen?', verdict: 'mag-mits' },
    { q: 'wie beslist over de navigatie van de website?', verdict: 'info' },
    { q: 'mag onze dienst een aparte subiste maken?', verdict: 'mag-mits' },
    { q: "ik wil de volgorde van onze pagina's op de site omgooien, mag dat?", verdict: 'mag-mits' },
    { q: 'hoe vraag ik een wijziging aan in de structuur van de website?', verdict: 'info' },
  ],
  78: [
    { q: 'mag ik als stagiair een nieuwsitem voor de site pitchen aan communicatie?', verdict: 'mag' },
    { q: 'hoe krijg ik ons nieuws op de homepage van de gemeente?', verdict: 'info' },
    { q: 'mogen wij als dienst een newsbericht voor de website aanbrengen?', verdict: 'mag' },
    { q: 'bij wie dien ik een voorstel in voor een artikel op de site?', verdict: 'info' },
    {
      q: 'is het ok om het comms team te mailen met een tip voor een nieuwsbericht op de website?',
      verdict: 'mag',
    },
    { q: 'kunnen medewerkers zelf ideeen voor webnieuws doorgeven?', verdict: 'mag' },
    { q: 'wie kiest er uiteindelijk of mijn newsidee echt op de site verschijnt?', verdict: 'info' },
  ],
  79: [
    { q: 'wie is er eigenlijk baas over het intranet?', verdict: 'info' },
    { q: 'bij wie moet ik zijn als ik iets niet vind op het intranet?', verdict: 'info' },
    { q: 'is communicatie verantwoordelijk voor het intranet of IT?', verdict: 'info' },
    { q: 'wie is de owner van onze interne site?', verdict: 'info' },
    { q: 'wie houdt het intranet in het algemeen draaiende?', verdict: 'info' },
  ],
  80: [
    { q: 'wie zet de berichten van onze dienst op het intranet?', verdict: 'info' },
    { q: "heeft elke dienst iemand die de intranetpagina's bijhoudt?", verdict: 'info' },
    { q: "moet de contactpersoon van onze dienst de intranetpagina's up to date houden?", verdict: 'moet' },
    { q: 'wie publiceert de berichten op het intranet uiteindelijk?', verdict: 'info' },
    {
      q: 'hoe word je de intranet-verantwoordelijke van je dienst? krijg je daar een opleiding voor?',
      verdict: 'info',
    },
    { q: 'doet communicatie de eindcheck van berichten op het intrantet?', verdict: 'moet' },
    { q: 'wie kiest de persoon die de intranetpagina van onze dienst beheert?', verdict: 'info' },
  ],
  81: [
    { q: 'mag ik een nieuwe tab toevoegen in het menu van het intranet?', verdict: 'mag-mits' },
    { q: 'we willen een nieuwe functie op het intranet, zoals een kalender, kan dat?', verdict: 'mag-mits' },
    {
      q: 'moet ik overleggen met communicatie als ik de navigatie op het intranet wil veranderen?',
      verdict: 'mag-mits',
    },
    { q: 'wie beslist over de structuur van het intranet?', verdict: 'info' },
    { q: "kan onze dienst de menu-structuur van onze intranetpagina's zelf aanpassen?", verdict: 'mag-mits' },
  ],
  82: [
    {
      q: 'ik beheer de intranetpagina van onze dienst, mag ik daar een nieuwsbericht op publiceren?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag onze afdeling een nieuwsitem over een nieuwe collega zelf online zetten op het intranet?',
      verdict: 'mag-niet',
    },
    { q: 'moet het comms team alle nieuwsberichten op het intranet publiceren?', verdict: 'moet' },
    {
      q: 'kan ik als stagiair een news post op het intranet plaatsen over ons project?',
      verdict: 'mag-niet',
    },
  ],
  83: [
    { q: 'kan ik een idee voor een nieuwsbericht op het intranet doorgeven?', verdict: 'mag' },
    { q: 'wie beslist of mijn voorstel voor een intranetpagina er komt?', verdict: 'info' },
    { q: 'mag ik voorstellen om een nieuwe pagina op het intranet te maken?', verdict: 'mag' },
    {
      q: 'mijn idee voor een bericht op het intranet is nooit online gekomen, hoe komt dat?',
      verdict: 'info',
    },
    { q: 'is het ok om communicatie een suggestie te mailen voor het intranet?', verdict: 'mag' },
    { q: 'wie bepaalt of iets nieuwswaardig genoeg is voor het intranet?', verdict: 'info' },
  ],
  84: [
    { q: 'wie maakt de interne newsletter?', verdict: 'info' },
    { q: 'kan onze dienst iets aanleveren voor het personeelsblad?', verdict: 'mag' },
    { q: 'hoe krijg ik een item in de interne nieuwsbrief?', verdict: 'info' },
    { q: 'wie doet de layout van het personeelsmagazinne?', verdict: 'info' },
    { q: 'mogen wij als team een stukje insturen voor de newsletter voor het personeel?', verdict: 'mag' },
    { q: 'via welk kanaal lever ik content aan voor de interne communicatie?', verdict: 'info' },
  ],
  85: [
    { q: 'mag het communicatieteam ChatGPT gebruiken voor content?', verdict: 'mag-mits' },
    { q: 'experimenteert communicatie met ai tools?', verdict: 'mag-mits' },
    { q: 'krijgt het comms team opleidingen over AI?', verdict: 'mag' },
    { q: 'mag communicatie eender welke AI tool uitproberen?', verdict: 'mag-mits' },
    { q: 'welke AI tools mag het communicatieteam gebruiken?', verdict: 'info' },
    { q: 'mogen de mensen van communicatie een AI-training volgen?', verdict: 'mag' },
    { q: 'is het de bedoeling dat communicatie leert werken met AI?', verdict: 'info' },
    { q: 'mag het comms team met een AI beeldgenerator testen voor posts?', verdict: 'mag-mits' },
  ],
  86: [
    { q: 'als communicatie een beeld met AI maakt, moet dat vermeld worden?', verdict: 'moet' },
    {
      q: 'moet er bij een AI-gegenereerde tekst op de site staan dat het met AI gemaakt is?',
      verdict: 'moet',
    },
    {
      q: 'als het comms team AI enkel gebruikt om een tekst wat te verbeteren, moet dat dan vermeld worden?',
      verdict: 'mag-mits',
    },
    { q: 'moet er een disclaimer bij elke post waar AI een beetje bij geholpen heeft?', verdict: 'mag-mits' },
    { q: 'is de gemeente transparant als content met AI gemaakt is?', verdict: 'moet' },
    { q: 'wanneer hoeft communicatie niet te vermelden dat AI gebruikt is?', verdict: 'info' },
    {
      q: 'een illustratie voor het magazine is volledig door AI gemaakt, moet daar een vermelding bij?',
      verdict: 'moet',
    },
    {
      q: 'communicatie gebruikte AI voor een eerste draft en herschreef alles grondig, moet er dan AI bij staan?',
      verdict: 'mag-mits',
    },
  ],
  87: [
    { q: 'mag ik ChatGPT gebruiken om de copy voor onze flyer te schrijven?', verdict: 'mag-mits' },
    { q: 'ik heb een affiche gemaakt met een AI-beeld, moet ik dat vermelden?', verdict: 'moet' },
    { q: 'mag onze dienst AI gebruiken voor een presentatie voor inwoners?', verdict: 'mag-mits' },
    { q: 'moet ik zeggen dat ik AI gebruikt heb voor de tekst in onze newsletter?', verdict: 'moet' },
    { q: 'mag ik als stagiair AI gebruiken om posts te maken voor onze dienst?', verdict: 'mag-mits' },
    { q: 'moeten diensten transparant zijn als ze AI inzetten voor communicatie?', verdict: 'moet' },
    { q: 'hoe laat ik weten dat een visual met AI gemaakt is?', verdict: 'info' },
    { q: 'kan ik midjourney gebruiken voor het beeld van onze campange?', verdict: 'mag-mits' },
  ],
};

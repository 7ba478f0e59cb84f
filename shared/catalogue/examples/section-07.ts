// Example questions for section 5.7.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  40: [
    {
      q: 'Wat is de rol van de communicatieverantwoordelijke als de gemeentelijke noodfase wordt afgekondigd?',
      verdict: 'info',
    },
    {
      q: 'moet onze communicatieverantwoordelijke naar het crisiscentrum kome bij een noodfase',
      verdict: 'moet',
    },
    {
      q: 'Er is een grote brand in de industriezone en de noodfase is afgekondigd. Moet iemand van communicatie meteen naar het crisiscentrum?',
      verdict: 'moet',
    },
    { q: 'wat doet discipline 5 in het crisiscentum', verdict: 'info' },
    { q: 'noodfase afgekondigd, wie van communicatie moet er zijn', verdict: 'moet' },
    {
      q: 'Is de communicatiedienst betrokken bij de noodplanning of enkel de politie en brandweer?',
      verdict: 'info',
    },
    {
      q: 'allee de noodplanambtenaar vraagt of communicatie echt vanaf het begin in de crisiscel moet zitten, is dat zo?',
      verdict: 'moet',
    },
    {
      q: 'hoe snel moet de communicatieverantwoordelijke ingezet worden bij een gemeentelijke noodfase?',
      verdict: 'moet',
    },
    { q: 'Wie zit er voor communicatie in de crisiscel bij een ramp?', verdict: 'info' },
    { q: 'rol comunicatie bij noodfase', verdict: 'info' },
  ],
  41: [
    { q: 'wie beslist wanneer we wat naar buiten brengen tijdens een crisis?', verdict: 'info' },
    { q: 'Bij een overstroming: wie bepaalt welke info wanneer naar de inwoners gaat?', verdict: 'info' },
    {
      q: 'bepaalt de politie wat er gecommuniceerd wordt bij een ramp of doet communicatie dat',
      verdict: 'info',
    },
    { q: 'Van wie krijgt de communicatieverantwoordelijke info tijdens een noodsituatie?', verdict: 'info' },
    {
      q: 'de brandweer wil meteen een bericht de wereld insturen over de gaslek, wie beslist over het moment?',
      verdict: 'info',
    },
    { q: 'hoe gaat het in zijn werk met de timing van berichten bij een crisis', verdict: 'info' },
    {
      q: 'Wie kiest welke informatie er in een crisis op de website en Facebook komt en wanneer?',
      verdict: 'info',
    },
    { q: 'Krijgt de D5 input van de medische discipline en de noodplanambtenaar?', verdict: 'info' },
    {
      q: 'wie bepaald de inhoud en timing van de communicatie bij een stroompanne in heel de gemeente',
      verdict: 'info',
    },
    {
      q: 'wat doet de communicatieverantwoordelijke met de info van politie en hulpdiensten tijdens een crisis',
      verdict: 'info',
    },
    { q: 'wie beslist da we een sms sturen naar de inwoners bij een noodsituatie?', verdict: 'info' },
  ],
  42: [
    { q: 'Wie spreekt de pers toe bij een crisis in de gemeente?', verdict: 'info' },
    {
      q: 'mag ik bij een brand in de sporthal zelf een berigt op de facebookpagina van de sportdienst zetten?',
      verdict: 'mag-niet',
    },
    {
      q: 'Kan de schepen van openbare werken bij de overstroming zelf uitleg geven op ROB-tv?',
      verdict: 'mag-niet',
    },
    { q: 'moet de burgemeester zelf comuniceren bij een ramp', verdict: 'moet' },
    { q: 'Mag het diensthoofd communicatie als woordvoerder optreden tijdens een crisis?', verdict: 'mag' },
    {
      q: 'er is een gaslek aan de school en VRT belt mij als diensthoofd onderwijs, mag ik iets zeggen?',
      verdict: 'mag-niet',
    },
    { q: 'wie is de woordvoerder bij een crisis als de burgmeester op vakantie is', verdict: 'info' },
    {
      q: 'Met wie overleggen de burgemeester en de woordvoerder over de boodschap bij een crisis?',
      verdict: 'info',
    },
    {
      q: 'ne collega wil in de whatsapp-groep van de buurt laten weten wat er aan de hand is bij de brand, kan da?',
      verdict: 'mag-niet',
    },
    {
      q: 'Tijdens de storm wil een schepen op zijn eigen pagina de officiele updates geven. Is dat de bedoeling?',
      verdict: 'mag-niet',
    },
    {
      q: 'mag de vervanger van de woordvoerder communiceren als het diensthoofd communicatie er niet is',
      verdict: 'mag',
    },
    { q: 'noodsituatie in de gemeente, wie staat er dan voor de camera', verdict: 'info' },
    {
      q: 'Moet de burgemeester de boodschap tijdens een noodsituatie afstemmen met de noodplanambtenaar?',
      verdict: 'moet',
    },
    {
      q: 'mogen wij als technische dienst zelf aan de bewoners laten weten dat het water afgesloten blijft na de ontploffing',
      verdict: 'mag-niet',
    },
    {
      q: 'de schepen wil bij de evacuatie zelf een filmpje op insta zetten met uitleg, is dat ok',
      verdict: 'mag-niet',
    },
  ],
};

// Example questions for section 5.4.
import type { SectionExamples } from './types';

export const examples: SectionExamples = {
  26: [
    { q: 'hoe vaak overleggen de diensthoofden met hun schepe', verdict: 'info' },
    {
      q: 'moet ik als diensthoofd mijn schepen op de hoogte houden van hoe ons project loopt',
      verdict: 'moet',
    },
    { q: 'is er een maandelijks overleg met de schepen of niet', verdict: 'info' },
    {
      q: 'Moet de schepen van sport mij als diensthoofd op de hoogte houden van zijn beleidsplannen?',
      verdict: 'moet',
    },
    { q: 'onze schepen vertelt ons niks over nieuwe plannen, is dat normaal', verdict: 'moet' },
    { q: 'maandelijks overleg burgemeester schepenen diensthoofden verplicht?', verdict: 'moet' },
    {
      q: 'Ik ben diensthoofd vrije tijd. Moet ik elke maand samenzitten met de schepenen van cultuur en jeugd?',
      verdict: 'moet',
    },
    { q: 'wie houd wie op de hoogte over de uitvoering van het beleid', verdict: 'info' },
    { q: 'moet de burgemeester de diensthoofden inlichten over beleidszaken', verdict: 'moet' },
    { q: 'diensthoofd moet schepen infomeren over uitvoering beleid?', verdict: 'moet' },
    { q: 'hoe blijven schepenen en diensten op de hoogte van elkaars werk', verdict: 'info' },
    { q: 'moet er een vast overleg zijn tussen de diensthoofden en het college', verdict: 'moet' },
    {
      q: 'de schepen van openbare werken komt eens per maand langs bij de technische dienst, is dat afgesproken zo?',
      verdict: 'info',
    },
  ],
  27: [
    {
      q: 'mag de schepen met mij afspreken dat we de openingsuren van de bib aanpassen',
      verdict: 'mag-niet',
    },
    {
      q: 'De schepen van sport belde mij om af te spreken dat het zwembad voortaan langer open blijft. Mag ik dat zomaar doen?',
      verdict: 'mag-niet',
    },
    { q: 'kan een ambtenaar een beleidsafspraak maken met ne schepen', verdict: 'mag-niet' },
    { q: 'wie maakt de beleidsafspraken', verdict: 'info' },
    { q: 'moeten beleidsafspraken via het college lopen?', verdict: 'moet' },
    {
      q: 'mijn schepen wil dat ik zijn idee uitvoer zonder dat het college ervan weet, wat nu',
      verdict: 'mag-niet',
    },
    { q: 'afspraak met schepen buiten college om ok?', verdict: 'mag-niet' },
    {
      q: 'wij als dienst hebben met de schepen een nieuwe aanpak afgesproken, moet dat nog naar het college',
      verdict: 'moet',
    },
    { q: 'moeten afspraken over het beleid altijd langs het schepencollege', verdict: 'moet' },
    {
      q: 'Mag een schepen zelf met de cultuurdienst afspreken dat er een nieuwe subsidie komt?',
      verdict: 'mag-niet',
    },
    { q: 'wie beslist over nieuwe beleidsafspraken, de schepen of het college', verdict: 'info' },
    {
      q: 'kan ik met de schepen van welzijn een afspraak maken over het nieuwe beleid voor senioren',
      verdict: 'mag-niet',
    },
    {
      q: 'de schepne zegt da we het nieuwe parkeerbeleid gewoon zo mogen invoeren, is da genoeg?',
      verdict: 'mag-niet',
    },
    {
      q: 'Mag de schepen van openbare werken rechtstreeks met het diensthoofd afspreken welke straten eerst heraangelegd worden?',
      verdict: 'mag-niet',
    },
  ],
  28: [
    { q: 'wie koppelt de collegebeslissingen terug naar de diensten', verdict: 'info' },
    {
      q: 'moet de algemeen directeur de beslissingen van het college doorgeven aan de diensten',
      verdict: 'moet',
    },
    { q: 'Wanneer krijgen de diensten de beslissingen van het college te horen?', verdict: 'info' },
    { q: 'via welke weg krijgen we de collegebesluiten, via de vergadersofware?', verdict: 'info' },
    {
      q: 'moet de burgemeester zorgen dat de diensten snel weten wat het college beslist heeft',
      verdict: 'moet',
    },
    {
      q: 'ons voorstel lag gisteren op het college, wie laat ons weten of het goedgekeurd is',
      verdict: 'info',
    },
    { q: 'terugkoppeling collegebeslissing diensten', verdict: 'info' },
    { q: 'Is er een toelichtingsmoment na het college voor de betrokken diensten?', verdict: 'info' },
    { q: 'moet de terugkoppeling van het college snel na de vergadering gebeuren', verdict: 'moet' },
    {
      q: 'het college heeft twee weken geleden over onze aanvraag beslist en wij weten nog altijd niks, is da normaal?',
      verdict: 'moet',
    },
    {
      q: 'krijgt de sportdienst de collegebeslissingen over het sportpark rechtstreeks via de software',
      verdict: 'info',
    },
    {
      q: 'moeten de algemeen directeur en de burgmeester de collegebeslissingen toelichten aan de diensten',
      verdict: 'moet',
    },
  ],
  29: [
    { q: 'wie laat een medewerker weten dat zijn contract verlengd wordt', verdict: 'info' },
    { q: 'mag de schepen mij vertellen dat ik bevorderd ben', verdict: 'mag-niet' },
    {
      q: 'Mag de burgemeester zelf aan een medewerker laten weten dat zijn aanvraag voor deeltijds werk goedgekeurd is?',
      verdict: 'mag-niet',
    },
    {
      q: 'moet de algemeen directeur de personeelsbeslissingen van het college terugkoppelen',
      verdict: 'moet',
    },
    {
      q: 'de schepen van personeel belt een kandidaat om te zeggen dat die aangeworven is, mag dat',
      verdict: 'mag-niet',
    },
    { q: 'personeelsbeslissing wie communiceerd', verdict: 'info' },
    {
      q: 'hoe hoor ik als medewerker wat het college beslist heeft over mijn verlof zonder wedde',
      verdict: 'info',
    },
    {
      q: 'kan een schepen een personeelsbeslising zelf meedelen aan het personeelslid',
      verdict: 'mag-niet',
    },
    {
      q: 'Het college besliste wie het nieuwe diensthoofd van de bib wordt. Wie brengt dat bij het personeel?',
      verdict: 'info',
    },
    {
      q: 'mag een collegelid feedback geven over een personeelsbeslissing aan de betrokken medewerker',
      verdict: 'mag-niet',
    },
    { q: 'terugkoppeling over een aanwerving via de schepen?', verdict: 'mag-niet' },
    {
      q: 'moet de terugkoppeling over personeelszaken via de algemeen directeur lopen',
      verdict: 'moet',
    },
    {
      q: 'het college keurde mijn ontslagaanvraag goed, wie laat me dat officieel weten',
      verdict: 'info',
    },
    {
      q: 'de burgmeester wil zelf aan het team vertellen wie hun nieuwe teamleider wordt, kan dat',
      verdict: 'mag-niet',
    },
  ],
};

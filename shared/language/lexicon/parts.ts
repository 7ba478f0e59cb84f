// Words that occur as parts of compounds in this domain but are no lexicon term on their own.
// The compound splitter uses them with the lexicon's own words: persbericht = pers + bericht,
// briefwisseling = brief + wisseling, verkiezingsfolder = verkiezing(s) + folder.
export const COMPOUND_PARTS: readonly string[] = `
pers bericht berichten media pagina brief wisseling verkiezing folder gemeente stad logo intranet nieuws
sport sporthal jeugd jeugdkamp kamp cultuur dienst film ploeg camera foto beeld databank bank blad info
informatie site post account groep kalender activiteit uitnodiging conferentie moment plan planning
beleid vraag reactie kritiek partij school kind zwembad evenement project opening personeel magazine
krant radio video affiche flyer brochure druk drukker campagne advertentie ruimte deal paragraaf
college raad schepen burgemeester beslissing besluit overleg team hoofd leiding lid leden mandaat
kabinet straat park plein markt feest zomer winter senioren welzijn milieu afval bouw vergunning
verkeer mobiliteit werken werf cel huis zaal centrum bibliotheek museum academie opvang loket
onthaal balie klant burger inwoner bewoner pagina profiel kanaal kanalen tekst teksten titel
ontwerp grafisch stijl kleur letter type sjabloon nota plan statuut redactie raad structuur menu
navigatie functie item nieuwtje personeels interne intern extern externe publiek
bezoeker bezoekers aantal aantallen cijfer cijfers deelnemer inschrijving
fiets auto school zwem speel boek kinder kerk jeugdhuis woonzorg zorg winkel zaak kapper slager apotheek
bakkerij brouwerij fabriek garage restaurant hotel camping zomer kamp
sociale social sociaal lokale lokaal digitale digitaal gedrukte gemeentelijke officiele
`
  .split(/\s+/)
  .filter(Boolean);

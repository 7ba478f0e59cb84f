// Words that fall under a usual Flemish portfolio label without naming it, so that a letter about
// "het verzakte voetpad" is seen as one for the schepen of openbare werken (agreement 36) and a
// release about "het zwembad" as one for the schepen of sport (48). Keys are portfolio labels as
// organisation files write them; a key the file does not use does nothing. Words are matched from
// the start of a word ("voetpad" covers "voetpaden"), folded, in lower case.
export const PORTFOLIO_WORDS: Readonly<Record<string, readonly string[]>> = {
  'openbare werken': [
    'voetpad',
    'stoep',
    'fietspad',
    'wegdek',
    'asfalt',
    'wegenwerken',
    'technische dienst',
    'verkeersdrempel',
    'straatverlichting',
    'openbare verlichting',
    'verzakking',
    'verzakt',
    'kasseien',
    'heraanleg',
    'rioolwerken',
  ],
  wegen: ['voetpad', 'stoep', 'fietspad', 'wegdek', 'asfalt', 'wegenwerken', 'kasseien', 'verkeersdrempel'],
  riolering: ['riool', 'rioolaansluiting', 'regenwater', 'afwatering', 'wateroverlast', 'gracht', 'septische put'],
  mobiliteit: ['parkeer', 'parkeren', 'bushalte', 'schoolstraat', 'fietsstraat', 'zone 30', 'omleiding', 'deelfiets'],
  verkeer: ['snelheid', 'flitspaal', 'verkeersbord', 'oversteekplaats', 'zebrapad'],
  milieu: ['afval', 'recyclagepark', 'containerpark', 'compost', 'sluikstort', 'zwerfvuil', 'pmd', 'gft'],
  cultuur: ['cultuurcentrum', 'theater', 'concert', 'tentoonstelling', 'academie'],
  sport: ['sporthal', 'zwembad', 'voetbal', 'sportkamp', 'sportclub', 'turnen', 'atletiek'],
  burgerzaken: ['identiteitskaart', 'rijbewijs', 'paspoort', 'adreswijziging', 'geboorteakte', 'huwelijk'],
  belastingen: ['aanslagbiljet', 'opcentiemen', 'retributie'],
  jeugd: ['speelplein', 'jeugdhuis', 'jeugdbeweging', 'chiro', 'scouts'],
  kinderopvang: ['onthaalouder', 'creche', 'buitenschoolse opvang'],
  onderwijs: ['basisschool', 'leerling', 'kleuterschool'],
  senioren: ['woonzorgcentrum', 'rusthuis', 'dienstencentrum'],
  'sociale zaken': ['leefloon', 'sociale dienst', 'mantelzorg'],
  evenementen: ['buurtfeest', 'straatfeest', 'kermis', 'kerstmarkt', 'festival'],
  begraafplaatsen: ['begraafplaats', 'kerkhof', 'urnenveld', 'grafconcessie'],
};

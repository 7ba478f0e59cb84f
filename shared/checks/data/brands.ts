// Commercial neutrality (agreements 18, 37): brands, shops and companies a municipal text should
// not promote. A name alone is no finding ("ter hoogte van de Colruyt" is a place); a name in a
// sentence that promotes it is. Public services (De Lijn, Fluvius, bpost, NMBS, VDAB) are left
// out: naming them is information, not advertising.

/** Chains and brands Flemish readers know; matched as written (capitals matter). */
export const BRANDS: readonly string[] = [
  'Colruyt', 'Delhaize', 'Aldi', 'Lidl', 'Carrefour', 'Albert Heijn', 'Spar', 'Intermarché', 'Jumbo',
  'Okay', 'Match', 'Action', 'Hema', 'HEMA', 'Ikea', 'IKEA', 'Brico', 'Gamma', 'Hubo', 'Makro', 'Torfs',
  'JBC', 'Zeb', 'ZEB', 'Kruidvat', 'Di', 'Standaard Boekhandel', 'Club', 'Bol.com', 'bol.com', 'Coolblue',
  'Amazon', 'Zalando', 'MediaMarkt', 'Vanden Borre', 'Krëfel', 'Decathlon', 'AS Adventure', 'Primark',
  'Zara', 'H&M', 'C&A', "McDonald's", 'McDonalds', 'Burger King', 'Quick', 'Starbucks', 'Panos',
  'Exki', 'Domino’s', "Domino's", 'Pizza Hut', 'Coca-Cola', 'Red Bull', 'Jupiler', 'Stella Artois',
  'Proximus', 'Telenet', 'Orange', 'Mobile Vikings', 'Scarlet', 'Belfius', 'KBC', 'BNP Paribas Fortis',
  'ING', 'Argenta', 'Crelan', 'Luminus', 'Engie', 'TotalEnergies', 'Mega', 'Bolt', 'Uber',
  'Deliveroo', 'Takeaway.com', 'Uber Eats', 'Booking.com', 'Airbnb', 'Tesla', 'Volkswagen',
  'Toyota', 'Nike', 'Adidas', 'Apple', 'Samsung', 'Netflix', 'Spotify', 'Kinepolis', 'Plopsaland',
  'Walibi', 'Center Parcs', 'Basic-Fit', 'JIMS',
];

/** Names that are also common words: count only with a shop word or web address beside them. */
export const AMBIGUOUS_BRANDS: ReadonlySet<string> = new Set([
  'Okay', 'Match', 'Action', 'Di', 'Club', 'Orange', 'Mega', 'Bolt', 'Quick', 'Apple', 'Spar', 'Jumbo',
]);

/** Shop and trade words that start a business name when capitalised: "Bakkerij Janssens". */
export const SHOP_WORDS: readonly string[] = [
  'Bakkerij', 'Banketbakkerij', 'Slagerij', 'Beenhouwerij', 'Keurslager', 'Frituur', 'Frietkot',
  'Café', 'Restaurant', 'Brasserie', 'Bistro', 'Taverne', 'Pizzeria', 'Snackbar', 'IJssalon',
  'Traiteur', 'Garage', 'Kapsalon', 'Kapper', 'Bloemisterij', 'Bloemenwinkel', 'Brouwerij',
  'Supermarkt', 'Tuincentrum', 'Drukkerij', 'Boekhandel', 'Optiek', 'Juwelier', 'Fietsenwinkel',
  'Fietshandel', 'Hotel', 'Firma', 'Schoenen', 'Kledingzaak', 'Boetiek', 'Winkel', 'Wijnhandel',
  'Schrijnwerkerij', 'Bouwbedrijf', 'Aannemer', 'Autobedrijf', 'Immo', 'Makelaar', 'Verzekeringen',
  'Chocolaterie',
  'Patisserie',
  'Kaasmakerij',
  'Kaashandel',
  'Vishandel',
  'Groentewinkel',
  'Speelgoedwinkel',
  'Koffiebar',
  'Wijnbar',
  'Herberg',
  'Feestzaal',
  'Camping',
  'Tearoom',
  'Frituur-snackbar',
  'Dierenspeciaalzaak',
  'Electro',
  'Doe-het-zelfzaak',
  'Apotheek',
  'Studiebureau',
  'Ingenieursbureau',
  'Aannemingsbedrijf',
  'Bouwonderneming',
  'Dakwerken',
  'Schilderwerken',
  'Tuinaanleg',
  'Tuinaannemer',
  'Loodgieter',
  'Schoonheidssalon',
  'Nagelstudio',
  'Krantenwinkel',
  'Dagbladhandel',
  'Carrosserie',
  'Bandencentrum',
  'Autohandel',
  'Rijschool',
  'Reisbureau',
  'Foodtruck',
  'Eethuis',
  'Broodjeszaak',
  'Drankenhandel',
  'Bierhandel',
  'Hoevewinkel',
  'Slager',
  'Bakker',
];

/**
 * Shop words that name a business also in lower case ("ijs van ijssalon Gelato Mario"): a trade
 * noun before a capitalised name. Left out: words that also head a public place's or a product's
 * name ("feestzaal De Zilverhoeve" may be the municipality's own hall, "winkel" is any shop).
 */
export const LOWER_CASE_UNSAFE: ReadonlySet<string> = new Set([
  'Winkel', 'Schoenen', 'Immo', 'Verzekeringen', 'Electro', 'Feestzaal', 'Camping', 'Hotel', 'Firma',
  'Herberg', 'Tuinaanleg', 'Dakwerken', 'Schilderwerken', 'Bakker', 'Slager',
]);

/**
 * Goods and services a municipal text may say one business supplies ("met ijsjes van ijssalon
 * X", "koffie van brasserie Y"): with "van"/"bij" before the business that steers readers to it.
 * Lower case, matched from the start of a word.
 */
export const SUPPLIED_GOODS =
  /\b(?:ijsje|ijs\b|ijsco|drank|drankje|koffie|thee\b|koek|taart|gebak|brood|broodje|friet|frietje|hapje|pannenkoek|wafel|soep|praline|chocola|bier|wijn|cava|bubbels|bloemen|bloemstuk|geschenk|cadeau|waardebon|cadeaubon|catering|barbecue|bbq|ontbijt|lunch|pizza|hotdog|snoep|fruit|aperitief|receptie|streekproduct|kaas)/;

/** Words before a business that make it a place, not a promotion: "aan de Colruyt", "tegenover bakkerij Y". Lower case. */
export const LOCATION_BEFORE =
  /(?:\b(?:aan|tegenover|naast|achter|vlakbij|vlak bij|nabij|voorbij|richting|voor de deur van|ter hoogte van|in de buurt van|op de parking van|(?:in|op) (?:de|het) (?:zaal|feestzaal|site|terrein|domein) van|op het plein van|aan de overkant van|op de hoek (?:van|aan)|thv\.?)(?:\s+(?:de|het|den))?)\s*$/;

/** Clear advertising: superlatives, offers, calls to buy. A company named with these is an error. Lower case. */
export const STRONG_PROMOTION =
  /\b(?:(?:de|het|den) (?:allerbeste|beste|lekkerste|goedkoopste|voordeligste|leukste|mooiste|grootste|fijnste|gezelligste|tofste|straffste|strafste|ruimste|snelste|vriendelijkste|heerlijkste|smakelijkste|betrouwbaarste|vakkundigste|knapste|populairste|stijlvolste|versste|sfeervolste)|nergens (?:goedkoper|beter|lekkerder|voordeliger|vriendelijker)|(?:de )?nummer (?:1|één|een) (?:van|in)|(?:de|het) (?!eerste|laatste|zoveelste)\S+ste \S+ van (?:vlaanderen|belgi(?=ë|e)|de streek|de regio|het land|de provincie)|vakmanschap|klantvriendelijk\S*|top(?:service|kwaliteit|prijzen|zaak)|aanrader|aanbieding(?:en)?|korting(?:en|sbon)?|promo(?:tie|ties)?|actieprijs|actieprijzen|scherpe prijzen|spotprijs|spotprijzen|(?:over)?heerlijke|topkwaliteit|gratis levering|niet te missen|ga (?:zeker|snel) (?:eens )?langs|spring (?:zeker )?(?:eens )?binnen|koop (?:nu|snel|zeker)|bestel (?:nu|snel|zeker))\b/;

/** Steering readers to one business: a judgement call (sponsoring, ticket sales may be agreed). Lower case. */
export const SOFT_PROMOTION =
  /\b(?:sponsor(?:s|en|ing)?|hoofdsponsor|dankzij|met dank aan|met de (?:steun|medewerking) van|(?:kan|kun|kunt) (?:je|u|jij) (?:\S+ ){0,3}terecht|verkrijgbaar|te koop|te verkrijgen|bestel(?:len)?|kopen|koop|shop(?:pen)?|ontdek|kom (?:zeker )?(?:eens )?(?:naar|langs|proeven|kijken)|proef|opent (?:de|zijn|haar) deuren|trakteert|trakteren|schenkt|schonk|gesponsord|(?:aangeboden|verzorgd|geleverd|geschonken|gesponsord) door|proficiat|gefeliciteerd|felicitaties|nieuwe (?:winkel|zaak|vestiging)|webshop)\b/;

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
];

/** Clear advertising: superlatives, offers, calls to buy. A company named with these is an error. Lower case. */
export const STRONG_PROMOTION =
  /\b(?:(?:de|het) (?:allerbeste|beste|lekkerste|goedkoopste|voordeligste|leukste|mooiste|grootste|fijnste|gezelligste|tofste|straffste|ruimste)|aanrader|aanbieding(?:en)?|korting(?:en|sbon)?|promo(?:tie|ties)?|actieprijs|actieprijzen|scherpe prijzen|spotprijs|spotprijzen|(?:over)?heerlijke|topkwaliteit|gratis levering|niet te missen|ga (?:zeker|snel) (?:eens )?langs|spring (?:zeker )?(?:eens )?binnen|koop (?:nu|snel|zeker)|bestel (?:nu|snel|zeker))\b/;

/** Steering readers to one business: a judgement call (sponsoring, ticket sales may be agreed). Lower case. */
export const SOFT_PROMOTION =
  /\b(?:sponsor(?:s|en|ing)?|hoofdsponsor|dankzij|met dank aan|met de (?:steun|medewerking) van|(?:kan|kun|kunt) (?:je|u|jij) (?:\S+ ){0,3}terecht|verkrijgbaar|te koop|te verkrijgen|bestel(?:len)?|kopen|koop|shop(?:pen)?|ontdek|kom (?:zeker )?(?:eens )?(?:naar|langs|proeven|kijken)|proef|opent (?:de|zijn|haar) deuren|trakteert|trakteren|schenkt|schonk|gesponsord|proficiat|gefeliciteerd|felicitaties|nieuwe (?:winkel|zaak|vestiging)|webshop)\b/;

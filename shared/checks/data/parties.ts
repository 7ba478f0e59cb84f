// Flemish political parties for neutrality.party (agreements 30, 37), extended per organisation
// by people[].party and `parties` in the afsprakennota.
//
// `ambiguous` names are also ordinary words or phrases ("Groen" the colour, "vooruit" the adverb,
// "voor u", "anders", "Volt"): they count only written exactly as the party writes itself and
// with a political word in the same sentence, or in brackets after a name ("An Peeters (Groen)").

export interface PartyRow {
  /** The name as a reader should see it in the message. */
  name: string;
  /** The spellings met in practice. */
  pattern: RegExp;
  ambiguous?: boolean;
}

export const PARTIES: readonly PartyRow[] = [
  { name: 'N-VA', pattern: /\bN-?VA\b/ },
  { name: 'Vlaams Belang', pattern: /\bVlaams[ -]Belang\b/i },
  { name: 'Vlaams Blok', pattern: /\bVlaams[ -]Blok\b/i },
  { name: 'CD&V', pattern: /\bCD ?& ?V\b/i },
  { name: 'Open Vld', pattern: /\bOpen[ -]?VLD\b/i },
  { name: 'sp.a', pattern: /\bsp\.a\b/i },
  { name: 'PVDA', pattern: /\bPVDA(?:-PTB)?\b/ },
  { name: 'PTB', pattern: /\bPTB\b/ },
  { name: 'Team Fouad Ahidar', pattern: /\bTeam Fouad Ahidar\b/i },
  { name: 'Agalev', pattern: /\bAgalev\b/i },
  { name: 'Lijst Dedecker', pattern: /\bLijst Dedecker\b|\bLDD\b/ },
  { name: 'Ecolo', pattern: /\bEcolo\b/ },
  { name: 'Les Engagés', pattern: /\bLes Engagés\b/ },
  { name: 'Vooruit', pattern: /\bVooruit\b/, ambiguous: true },
  { name: 'Groen', pattern: /\bGroen\b!?/, ambiguous: true },
  { name: 'Voor U', pattern: /\bVoor U\b/, ambiguous: true },
  { name: 'Anders', pattern: /\bAnders\b/, ambiguous: true },
  { name: 'Volt', pattern: /\bVolt\b/, ambiguous: true },
];

/**
 * Words that make a whole sentence political, so an ambiguous party name in it is the party:
 * "Groen en Vooruit vormen de meerderheid", "de oppositie (Vooruit) stemde tegen".
 */
export const POLITICAL_CONTEXT =
  /\b(?:partij(?:en|voorzitter)?|fractie(?:leider|s)?|lijsttrekker|verkiezing(?:en)?|kiezers?|stemmen op|stem op|campagne|coalitie\p{L}*|meerderheid|oppositie|kartel|bestuursakkoord|verkozen|zetels?|politieke partij(?:en)?)\b/iu;

/** Words that make the party name right after them political: "raadslid van Groen", "namens Vooruit". */
export const POLITICAL_LEAD =
  /\b(?:partij|fractie|lijst|(?:gemeente)?raadslid|raadsleden|schepen(?:en)?|burgemeester|mandataris(?:sen)?|kandida(?:at|ten)|voorzitter|namens|lid van|leden van|politic(?:us|i))\b[^.!?\n]{0,25}$/iu;

/** Sentences that report what happened in the council: naming a party there is a judgement call. */
export const COUNCIL_REPORT =
  /\b(?:gemeenteraad|raadszitting|fractie(?:s)?|amendement|interpellatie|stemming|stemde(?:n)?|agendapunt|onthield(?:en)?|tegenstemmen)\b/i;

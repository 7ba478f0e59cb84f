// Words of the workplace questions the agreements do not cover (HR, ICT, facilities): leave,
// pay, sick notes, badges, printers, meeting rooms, company cars, keys. A question with one of them
// and no communication object is out of scope, however well its other words ('opleiding', 'menu',
// 'kind', 'brief') happen to match an agreement's text (ask.ts, isOutOfScope). Patterns match whole
// normalised words, compounds included ('verlofdagen', 'ouderschapsverlof', 'loonbrief').
export const WORKPLACE_WORDS: readonly RegExp[] = [
  /verlof/,
  /^(?:loon|lonen|loonbrief\w*|loonfiche\w*|salaris\w*|wedde)$/,
  /^(?:thuiswerk|telewerk)\w*$/,
  /^(?:ziek|zieke|ziekte\w*|ziekmelding\w*|ziekenbriefje\w*)$/,
  /attest/,
  /^badge\w*$/,
  /cheque/,
  /^(?:printer\w*|laptop\w*|pc|computer\w*|wachtwoord\w*|paswoord\w*|vpn|wifi|helpdesk)$/,
  /^(?:vergaderzaal\w*|vergaderlokaal\w*|zaalreservatie\w*)$/,
  /^(?:parkeren|parking|parkeerplaats\w*|parkeerkaart\w*)$/,
  /^(?:kantine|refter|cafetaria)$/,
  /^(?:stoel|bureaustoel\w*|meubilair|meubel\w*)$/,
  /^(?:gsm|smartphone|dienstgsm\w*|telefoontoestel\w*)$/,
  /^(?:dienstwagen\w*|dienstauto\w*|bedrijfswagen\w*|poolwagen\w*)$/,
  /^sleutel\w*$/,
  /vergoeding/,
  /^(?:overuren|overuur|prikklok|uurrooster\w*|werkrooster\w*|glijtijd|werkuren)$/,
  /^(?:bureaumateriaal|kantoormateriaal|treinabonnement\w*|abonnement)$/,
  /^(?:hr|personeelsdienst|arbeidsongeval\w*|functioneringsgesprek\w*|evaluatiegesprek\w*)$/,
  /^(?:inschrijven|inschrijving)$/,
  // Money and purchases, facilities, a citizen's papers: questions about them are not about
  // communication unless they also name a channel or product (then the rule lets them through).
  /^(?:factuur|facturen|offerte\w*|bestelbon\w*|eindejaarspremie|pensioen\w*|personeelsdossier\w*)$/,
  /^(?:verwarming|airco|lift|toilet\w*|lekt|herstelling\w*|verzekering\w*)$/,
  /^(?:strafregister|uittreksel\w*|rijbewijs\w*|paspoort\w*)$/,
];

/** Whether a normalised word is a workplace (HR, ICT, facilities) word. */
export function isWorkplaceWord(word: string): boolean {
  return WORKPLACE_WORDS.some((p) => p.test(word));
}

/**
 * Words that put a question in the agreements' subject by themselves, as naming a channel does:
 * "wat wordt er van mij verwacht op vlak van communicatie?", "hoe communiceren we dat?", compounds
 * included (overheidscommunicatie, communicatiereflexen). ask.ts uses them for its out-of-scope cut.
 */
export const SUBJECT_WORDS: readonly RegExp[] = [/communic/];

/** Whether a normalised word names the agreements' subject itself. */
export function isSubjectWord(word: string): boolean {
  return SUBJECT_WORDS.some((p) => p.test(word));
}

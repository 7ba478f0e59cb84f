// Dutch present-tense forms around the second person, for rewriting u into je and back.
// "u" takes the verb with -t in both word orders ("u brengt", "brengt u"); "je" takes it only
// before the verb: with inversion the -t goes ("breng je"). The forms below are the ones where
// that rule alone would write wrong Dutch (heeft/hebt, kunt/kun, bent/ben, gaat/ga …).

/** Inverted u-form -> inverted je-form, where it is not simply "drop the -t". */
const U_TO_JE_INVERTED: Readonly<Record<string, string>> = {
  heeft: 'heb',
  hebt: 'heb',
  kunt: 'kun',
  kan: 'kan',
  wilt: 'wil',
  wil: 'wil',
  bent: 'ben',
  zult: 'zal',
  zal: 'zal',
  gaat: 'ga',
  staat: 'sta',
  slaat: 'sla',
  doet: 'doe',
  ziet: 'zie',
  zoudt: 'zou',
};

/** je-stem (inverted) -> u-form, where it is not simply "add -t". */
const JE_TO_U: Readonly<Record<string, string>> = {
  heb: 'hebt',
  kan: 'kunt',
  kun: 'kunt',
  wil: 'wilt',
  ben: 'bent',
  zal: 'zult',
  zul: 'zult',
  ga: 'gaat',
  sta: 'staat',
  sla: 'slaat',
  doe: 'doet',
  zie: 'ziet',
};

/** Stems that end in -t themselves: the verb form does not change ("moet je", "weet u"). */
const T_STEMS = new Set(
  'moet weet laat zit eet meet zet praat wacht richt vecht plant start test rust kost past ontmoet let haat bijt vergeet groet stort zweet begroet herstart opstart bezit verlaat'.split(
    ' ',
  ),
);

/** Forms that are the same for every person in the singular: past tense and a few modals. */
const INVARIANT = new Set(
  'mag moet kan zal wil zou kon mocht moest wou wilde zou had was werd kreeg ging kwam deed zag wist'.split(
    ' ',
  ),
);

/** Finite forms used only with u/jij (never third person): u is then surely the subject. */
const SECOND_PERSON_ONLY = new Set(['kunt', 'wilt', 'zult', 'bent', 'hebt', 'zoudt']);

/**
 * Words ending in -t that are not verbs, so "dat u", "met u", "niet u" never read as an
 * inverted verb and pronoun.
 */
const NOT_VERBS = new Set(
  'dat wat met niet tot want omdat zodat opdat totdat nadat voordat doordat naast uit vanuit echt ooit nooit eerst best meest slechts iets niets dit het straat recht licht nacht feit omtrent sedert tijdens gezegd gemeld zelfs net pas alvast vast eigenlijk liefst althans steeds'.split(
    ' ',
  ),
);

/** The je-form with inversion for an inverted u-form ("brengt" -> "breng"), or null when unsure. */
export function jeFormInverted(uForm: string): string | null {
  const lower = uForm.toLowerCase();
  if (U_TO_JE_INVERTED[lower]) return U_TO_JE_INVERTED[lower];
  if (INVARIANT.has(lower) || T_STEMS.has(lower)) return lower;
  if (!lower.endsWith('t') || NOT_VERBS.has(lower) || lower.length < 4) return null;
  // vindt -> vind, wordt -> word; brengt -> breng; betaalt -> betaal.
  return lower.slice(0, -1);
}

/** The u-form for a je-stem with inversion ("breng" -> "brengt", "kun" -> "kunt"), or null when unsure. */
export function uFormOf(jeStem: string): string | null {
  const lower = jeStem.toLowerCase();
  if (JE_TO_U[lower]) return JE_TO_U[lower];
  if (INVARIANT.has(lower) || T_STEMS.has(lower)) return lower;
  // An infinitive or plural (helpen, sturen) or an adjective: not a je-stem.
  if (/(?:en|t|e)$/.test(lower) || lower.length < 2) return null;
  return `${lower}t`;
}

/** Whether a word can be the finite verb directly before an inverted pronoun. */
export function mayBeFiniteVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (NOT_VERBS.has(lower)) return false;
  return (
    lower in U_TO_JE_INVERTED ||
    lower in JE_TO_U ||
    INVARIANT.has(lower) ||
    T_STEMS.has(lower) ||
    /[^aeiou]t$|[aeiou]{2}t$|dt$/.test(lower)
  );
}

/** A finite form that only the second person takes (kunt, wilt, bent …). */
export function isSecondPersonOnly(word: string): boolean {
  return SECOND_PERSON_ONLY.has(word.toLowerCase());
}

/** A form the same for every person (mag, moet, kan, past tense): nothing to change with the pronoun. */
export function isInvariantForm(word: string): boolean {
  const lower = word.toLowerCase();
  return INVARIANT.has(lower) || T_STEMS.has(lower);
}

/** Whether a word ending in -t is known not to be a verb. */
export function isNotVerb(word: string): boolean {
  return NOT_VERBS.has(word.toLowerCase());
}

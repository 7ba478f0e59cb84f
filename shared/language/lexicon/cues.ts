// Words that say what kind of question it is: asking permission, asking about an obligation, or
// asking who is responsible. Normalised forms.

/** "Mag ik …", "kan de schepen …", "is het ok om …": a permission question. */
export const PERMISSION_CUES: ReadonlySet<string> = new Set([
  'mag',
  'mogen',
  'mocht',
  'mochten',
  'magik',
  // Flemish fusions of verb and pronoun: "kunde" (kunt ge), "kanik", "mogek".
  'kanik',
  'kunde',
  'kande',
  'mogek',
  'mogewe',
  'kan',
  'kunnen',
  'kun',
  'kon',
  'konden',
  'toegelaten',
  'toegestaan',
  'verboden',
  'ok',
  'oke',
  'okay',
  'goed',
  'probleem',
  'zomaar',
  'gewoon',
  'zelf',
  'durf',
  'allowed',
]);

/** "Moet ik …", "is het verplicht …", "moet dat via jullie": an obligation question. */
export const OBLIGATION_CUES: ReadonlySet<string> = new Set([
  'moet',
  'moetek',
  'moetik',
  'moete',
  'moeten',
  'moest',
  'moesten',
  'verplicht',
  'verplichting',
  'nodig',
  'vereist',
  'hoort',
  'horen',
  'verwacht',
  'dien',
  'dient',
  'dienen',
  'plicht',
]);

/** "Wie …", "bij wie …", "welke dienst …": a question about who is responsible. */
export const WHO_CUES: ReadonlySet<string> = new Set([
  'wie',
  'wiens',
  'welke dienst',
  'bij wie',
  'naar wie',
  'aan wie',
]);

/** "Hoe …", "wat moet ik doen", "wanneer": a question about the way to go. */
export const HOW_CUES: ReadonlySet<string> = new Set([
  'hoe',
  'wanneer',
  'waar',
  'procedure',
  'aanpakken',
  'wat nu',
  'wat doe ik',
]);

/** Negations that flip a permission question ("mag ik dat niet zelf …"): noted, not used to flip verdicts. */
export const NEGATION_CUES: ReadonlySet<string> = new Set(['niet', 'geen', 'nooit', 'niks', 'niets']);

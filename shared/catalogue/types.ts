// The catalogue's shape: the 87 agreements of the inspiration note as data.

/** What a statement says the actor may, may not or must do (CONTRACT §2 verdicts). */
export type Modality = 'mag' | 'mag-niet' | 'mag-mits' | 'moet' | 'info';

/**
 * Roles that appear as actors or as people to involve. Kebab-case ids; the Dutch
 * label for users lives in the language lexicon.
 */
export type Role =
  | 'medewerker'
  | 'dienst'
  | 'diensthoofd'
  | 'leidinggevende'
  | 'communicatiedienst'
  | 'communicatieverantwoordelijke'
  | 'burgemeester'
  | 'schepen'
  | 'schepen-van-communicatie'
  | 'bevoegde-schepen'
  | 'bevoegde-mandataris'
  | 'mandataris'
  | 'college'
  | 'gemeenteraad'
  | 'algemeen-directeur'
  | 'managementteam'
  | 'redactieraad'
  | 'redacteur'
  | 'kabinet'
  | 'pers'
  | 'externe'
  | 'ambtenaar-noodplanning'
  | 'iedereen';

/** One who-may-do-what statement, the unit the bot's verdicts come from. */
export interface Statement {
  actor: Role;
  modality: Modality;
  /** Action id from the vocabulary (shared/catalogue/vocabulary.ts). */
  action: string;
  /** Object or channel ids from the vocabulary; empty when the action needs none. */
  objects: string[];
  /** Conditions in plain Dutch, as a user would read them ("mits goedkeuring van de communicatiedienst"). */
  conditions?: string[];
  /** Roles to involve (inform, consult, ask approval) when acting. */
  involve?: Role[];
  /** The statement in plain Dutch words, one sentence, for the tab and the bot's reply. */
  summary: string;
}

/** A sub-point of an agreement (the bullets of 30, 32, 34, 37, 48, 59, 85, 86). */
export interface Point {
  title?: string;
  text: string;
}

export interface Variant {
  /** 1 = the first 'Variant' (CONTRACT §1). */
  number: number;
  /** The label as the seed writes it: 'Variant', 'Variant 1', 'Variant 2'. */
  label: string;
  text: string;
  statements: Statement[];
  noStatements?: string;
}

export interface Agreement {
  number: number;
  /** Sub-heading within a section ('Overheid zoekt pers', 'Intranet', …), where the seed has one. */
  subsection?: string;
  lead: string;
  points: Point[];
  /** A closing paragraph after the lead or the points (15, 61). */
  tail?: string;
  variants: Variant[];
  /** 'Meer lezen?' topics that belong to this agreement. */
  readMore: string[];
  statements: Statement[];
  /** Why an agreement has no who-may-do-what statements (a principle, a goal), when it has none. */
  noStatements?: string;
}

export interface Section {
  /** '5.1' … '5.14', as the seed numbers them. */
  id: string;
  title: string;
  intro?: string;
  /** 'Meer lezen?' topics of the section as a whole. */
  readMore: string[];
  agreements: Agreement[];
}

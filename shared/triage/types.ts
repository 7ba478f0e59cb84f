// A press or media situation, triaged (CONTRACT §2 `triage`).

export type TriageKind =
  | 'informatieve-vraag'
  | 'reactie-of-standpunt'
  | 'interview'
  | 'beeldopname'
  | 'advertentie-of-mediadeal'
  | 'persbericht-versturen'
  | 'persconferentie'
  | 'geen-persvraag';

export type TriageRoute = 'communicatiedienst' | 'dienst' | 'geen';

export type InformRole =
  | 'burgemeester'
  | 'bevoegde-schepen'
  | 'diensthoofd'
  | 'communicatiedienst'
  | 'college'
  | 'algemeen-directeur';

/** One answer to the question back: the situation in plain words, and where it leads. */
export interface TriageChoice {
  /** At most 40 characters: it is a button. */
  label: string;
  kind: TriageKind;
  route: TriageRoute;
}

/**
 * The description leaves open what decides the route (only facts, or the municipality's view):
 * the safe route is given, and one question back with the choices that settle it.
 */
export interface TriageClarification {
  question: string;
  choices: TriageChoice[];
}

export interface TriageResult {
  kind: TriageKind;
  route: TriageRoute;
  agreements: number[];
  inform: InformRole[];
  reply: string;
  /** Only when the description leaves the route open (CONTRACT §2 `triage`, extended). */
  clarify?: TriageClarification;
}

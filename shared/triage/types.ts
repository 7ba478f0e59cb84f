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

export interface TriageResult {
  kind: TriageKind;
  route: TriageRoute;
  agreements: number[];
  inform: InformRole[];
  reply: string;
}

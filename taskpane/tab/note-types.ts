// The JSON of the note's API as bot/note/routes.ts describes it (composer, history, Vragen page).
// Type-only imports of the server's and the domain's own shapes: erased in the bundle, so the tab
// never loads server code, and the wire format has one definition.
import type { AnswerView, FindingView, Preview } from '../../bot/note/preview';
import type { DocumentType } from '../../shared/checks/types';
import type { NoteChange } from '../../shared/organisation/diff';
import type { Organisation, OwnAgreement } from '../../shared/organisation/types';
import type { FieldMessage } from '../../shared/organisation/validate-object';

export type { AnswerView, DocumentType, FieldMessage, FindingView, NoteChange, Preview };

export interface VersionSummary {
  number: number;
  status: 'published';
  current: boolean;
  createdBy: string;
  createdAt: string;
  changeNote?: string;
  restoredFrom?: number;
  origin: 'file' | 'composer' | 'rollback';
  changes: NoteChange[];
}

export interface Version extends VersionSummary {
  organisation: Organisation;
}

export interface Draft {
  organisation: Organisation;
  /** The published version it started from. */
  basedOn: number;
  /** 0 = not saved yet: a copy of the published version. */
  revision: number;
  updatedBy?: string;
  updatedAt?: string;
  /** A newer version was published since basedOn. */
  stale: boolean;
  /** Draft against basedOn. */
  changes: NoteChange[];
  warnings: FieldMessage[];
}

export interface NoteStatus {
  user: { name: string };
  published: VersionSummary;
  draft: Pick<Draft, 'basedOn' | 'revision' | 'updatedBy' | 'updatedAt' | 'stale'> | null;
}

export interface PreviewRequest {
  organisation?: Organisation;
  questions?: string[];
  text?: string;
  documentType?: DocumentType;
}

export interface QuestionGroup {
  id: string;
  /** The most asked wording. */
  question: string;
  count: number;
  reasons: { refused: number; unsure: number; notHelpful: number };
  variants: { question: string; count: number }[];
  /** What the bot proposed, most often first. */
  agreements: number[];
  lastAskedAt: string;
}

export interface QuestionList {
  retentionDays: number;
  since: string;
  groups: QuestionGroup[];
}

export interface NoteApi {
  status(): Promise<NoteStatus>;
  draft(): Promise<Draft>;
  saveDraft(organisation: Organisation, revision: number): Promise<Draft>;
  discardDraft(): Promise<void>;
  publish(options: { changeNote?: string; revision?: number }): Promise<VersionSummary>;
  versions(): Promise<VersionSummary[]>;
  version(n: number | 'current'): Promise<Version>;
  restore(n: number, changeNote?: string): Promise<VersionSummary>;
  compare(from: number, to: number | 'draft'): Promise<NoteChange[]>;
  preview(request: PreviewRequest): Promise<Preview>;
  /** Where the browser downloads a version as YAML or as a .docx note. */
  exportUrl(n: number, format: 'yaml' | 'docx'): string;
  /** The version's export as a file (with the token the link alone would lack). */
  download(n: number, format: 'yaml' | 'docx'): Promise<Blob>;
  questions(days?: number): Promise<QuestionList>;
  addExample(question: string, agreement: number): Promise<Draft>;
  ownAgreementFrom(question: string): Promise<OwnAgreement>;
}

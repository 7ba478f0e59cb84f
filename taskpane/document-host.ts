// What the pane needs from the program holding the document. Word implements it in
// taskpane/word/ (the only office-js code); standalone mode has no host; tests pass fakes.
import type { ParagraphInput } from '../shared/checks/document';

export interface DocumentSnapshot {
  paragraphs: ParagraphInput[];
}

export interface DocumentHost {
  /** Reads the open document: body paragraphs, table cells, headers and footers. */
  readDocument(): Promise<DocumentSnapshot>;
  /** Selects start..end (offsets in the text of the last read) in the document. */
  selectRange(start: number, end: number): Promise<void>;
  /** Replaces start..end with `text` as one undoable change. */
  replaceRange(start: number, end: number, text: string): Promise<void>;
  /**
   * Replaces several ranges at once ("Pas alles toe" on a grouped finding): all or nothing,
   * applied from the end backwards so earlier offsets stay valid.
   */
  replaceRanges(edits: readonly { start: number; end: number; text: string }[]): Promise<void>;
  /** Keys of findings dismissed for this document (kept in the document itself). */
  loadDismissed(): string[];
  saveDismissed(keys: string[]): Promise<void>;
  /** Calls `listener` after the user edits the document; returns an unsubscribe function. */
  onDocumentChanged(listener: () => void): Promise<() => void>;
  /** Dutch sentences on what this host cannot do (missing requirement sets). */
  limitations: string[];
}

/** The document changed since the last read, so offsets no longer point at the same text. */
export class DocumentChangedError extends Error {
  constructor() {
    super(
      'Het document is gewijzigd sinds de laatste controle. Controleer opnieuw en probeer het dan nog eens.',
    );
    this.name = 'DocumentChangedError';
  }
}

// The document model and findings of the checks (CONTRACT §2 `check`).

export type Severity = 'error' | 'warning' | 'info';

export type DocumentType = 'brief' | 'persbericht' | 'infoblad' | 'website' | 'sociale-media' | 'uitnodiging';

export type ParagraphLocation = 'body' | 'table' | 'header' | 'footer';

export interface Paragraph {
  text: string;
  /** Offset of the paragraph's first character in the document's plain text. */
  start: number;
  end: number;
  /** Word style name where known ('Heading 1', 'Title', …). */
  style?: string;
  location: ParagraphLocation;
  /** For table cells: which table, row and cell (0-based). */
  cell?: { table: number; row: number; column: number };
}

/** Paragraphs joined with '\n' into one plain text with stable offsets. */
export interface CheckDocument {
  text: string;
  paragraphs: Paragraph[];
}

export interface Finding {
  /** Rule id, stable (CONTRACT §2 table). */
  rule: string;
  agreement: number;
  severity: Severity;
  /** Dutch explanation for the writer. */
  message: string;
  /** Exact text of the document: text.slice(start, end). */
  excerpt: string;
  start: number;
  end: number;
  /** Replacement for start..end, or an action in words (see `fix` to tell them apart). */
  suggestion?: string;
  /**
   * Present only when the rule knows the exact text that replaces text.slice(start, end)
   * ("u" for "je", "om" for "teneinde"); `suggestion` then holds the same text. Absent: the
   * suggestion, if any, is advice in words and must not be put into the document.
   */
  fix?: { replacement: string };
  /**
   * One problem at several places (CONTRACT §2, second round): every place, the first of them
   * also in start/end/excerpt. Each place has its own exact fix or advice; a finding with more
   * than one place has no fix of its own (the pane's "Pas alles toe" applies the places' fixes).
   */
  places?: Place[];
}

/** One place of a grouped finding. */
export interface Place {
  start: number;
  end: number;
  excerpt: string;
  suggestion?: string;
  fix?: { replacement: string };
}

export interface CheckReport {
  type: DocumentType;
  /** True when the type was detected from the text rather than given. */
  typeDetected: boolean;
  /**
   * Present only when the type was detected and the text does not settle it: every type it could
   * be, `type` (the likeliest) first. The checks then apply only what holds for each of them (the
   * je/u form and limits they share, no press or signature rules unless all of them ask for it);
   * the writer chooses the type to get every rule of one channel.
   */
  typeCandidates?: DocumentType[];
  findings: Finding[];
  stats: { words: number; sentences: number };
  /**
   * Flesch-Douma of the running prose (lists, tables and headings left out), what the score
   * means, and the minimum for this document type; absent for texts under 50 words of prose.
   */
  readability?: { fleschDouma: number; level: string; minimum: number };
}

/** What every rule family receives: the document, the organisation and the text already split once. */
export interface RuleContext {
  doc: CheckDocument;
  org: import('../organisation/types').EffectiveOrganisation;
  type: DocumentType;
  /**
   * The types the document may be: `[type]` when chosen by the writer or detected for sure, more
   * when detection is unsure. A type-dependent rule applies only what holds for all of them.
   */
  types: readonly DocumentType[];
  sentences: import('../language/types').Span[];
  words: import('../language/types').Token[];
}

/** A rule family: pure, no I/O; returns findings with offsets into ctx.doc.text. */
export type Rule = (ctx: RuleContext) => Finding[];

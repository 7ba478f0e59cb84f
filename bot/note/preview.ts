// The composer's preview: what the bot would answer and what the checker would flag, with the note
// in force (before) and with the draft (after), side by side. The same shared/ask and shared/checks
// the doors use, each with both effective organisations; nothing is stored.
import { ask } from '../../shared/ask';
import type { AskResult } from '../../shared/ask/types';
import { checkDocument, documentFromText, type DocumentType, type Finding } from '../../shared/checks';
import type { EffectiveOrganisation } from '../../shared/organisation/types';

/** Typical questions whose answer depends on the choices a composer makes most. */
export const DEFAULT_PREVIEW_QUESTIONS = [
  'Mag ik zelf een persbericht naar de krant sturen?',
  'Wie ondertekent een brief aan een inwoner?',
  'Schrijf ik je of u in een brief?',
  'Moet er een quote van de schepen in het persbericht?',
  'Mag ik een foto van het evenement op Facebook zetten?',
];

/** A short letter that touches the address form, the signature and the name. */
export const DEFAULT_PREVIEW_TEXT = [
  'Beste mevrouw Janssens',
  '',
  'Heeft u vragen over de werken in uw straat? Bel ons gerust. Wij helpen je graag verder.',
  'De gemeente Zilverbeek plant de werken in het voorjaar.',
  '',
  'Met vriendelijke groeten',
  '',
  'Koen Maes',
  'schepen van cultuur',
].join('\n');

export interface AnswerView {
  mode: 'answer' | 'clarify' | 'refuse';
  agreement?: number;
  verdict?: string;
  reply: string;
}

export interface FindingView {
  rule: string;
  severity: string;
  message: string;
  excerpt: string;
  agreement?: number;
}

export interface PreviewInput {
  questions?: readonly string[];
  text?: string;
  documentType?: DocumentType;
}

export interface Preview {
  questions: { question: string; changed: boolean; before: AnswerView; after: AnswerView }[];
  checks: {
    text: string;
    documentType: DocumentType;
    changed: boolean;
    before: FindingView[];
    after: FindingView[];
  };
}

export function previewNote(
  before: EffectiveOrganisation,
  after: EffectiveOrganisation,
  input: PreviewInput = {},
): Preview {
  const questions = (input.questions?.length ? input.questions : DEFAULT_PREVIEW_QUESTIONS).map(
    (question) => {
      const b = answerView(ask(question, before));
      const a = answerView(ask(question, after));
      return { question, changed: JSON.stringify(a) !== JSON.stringify(b), before: b, after: a };
    },
  );
  const text = input.text ?? DEFAULT_PREVIEW_TEXT;
  const documentType = input.documentType ?? 'brief';
  const doc = documentFromText(text);
  const b = checkDocument(doc, before, { type: documentType }).findings.map(findingView);
  const a = checkDocument(doc, after, { type: documentType }).findings.map(findingView);
  return {
    questions,
    checks: { text, documentType, changed: JSON.stringify(a) !== JSON.stringify(b), before: b, after: a },
  };
}

/**
 * The answer as the preview shows it. `mode` comes from the answer itself where shared/ask gives
 * one (answer / clarify / refuse); an answer without it is a refusal when out of scope.
 */
export function answerView(result: AskResult): AnswerView {
  const given = (result as { mode?: unknown }).mode;
  const mode =
    given === 'answer' || given === 'clarify' || given === 'refuse'
      ? given
      : result.outOfScope
        ? 'refuse'
        : 'answer';
  const top = mode === 'refuse' ? undefined : result.answers[0];
  return {
    mode,
    ...(top ? { agreement: top.agreement, verdict: top.verdict } : {}),
    reply: result.reply,
  };
}

function findingView(f: Finding): FindingView {
  return {
    rule: f.rule,
    severity: f.severity,
    message: f.message,
    excerpt: f.excerpt,
    agreement: f.agreement,
  };
}

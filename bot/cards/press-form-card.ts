// The form a staff member fills in to hand a press situation to the communication service,
// prefilled from the triage, and the confirmation that replaces it once the request is stored.
import {
  adaptiveCard,
  executeAction,
  heading,
  textBlock,
  type BuiltCard,
  type CardElement,
} from './adaptive';
import { KIND_LABELS, pressStrings as s } from './press-strings';
import type { TriageKind } from '../../shared/triage/types';

export const PRESS_VERBS = {
  form: 'press.form',
  submit: 'press.submit',
  take: 'press.take',
  handBack: 'press.handback',
  close: 'press.close',
  inform: 'press.inform',
  refresh: 'press.refresh',
  /** The requester's confirmation card, refreshed with the request's current state. */
  submitted: 'press.submitted',
  /** The answer to the triage's question back (only facts, or a view): the advice for that choice. */
  choose: 'press.choose',
} as const;

export interface PressFormPrefill {
  /** The staff member's own description; the triage is redone from it on submit. */
  description: string;
  /** The kind the triage found; absent when nothing was described yet (the bare `persvraag`). */
  kind?: TriageKind;
  medium?: string;
  question?: string;
  department?: string;
  /** Unique per form, so one form stores one request however often it is submitted. */
  formId: string;
  /** Shown above the inputs, e.g. the field that was missing. */
  error?: string;
  values?: Partial<Record<FormField, string>>;
}

export type FormField =
  | 'medium'
  | 'journalist'
  | 'contact'
  | 'question'
  | 'deadlineDate'
  | 'deadlineTime'
  | 'department'
  | 'alreadySaid';

function input(
  id: FormField,
  label: string,
  value: string | undefined,
  extra: Record<string, unknown> = {},
): CardElement {
  return { type: 'Input.Text', id, label, ...(value ? { value } : {}), ...extra };
}

/** The inputs and the submit button, to put under the triage's advice. */
export function pressFormElements(p: PressFormPrefill): CardElement[] {
  const v = p.values ?? {};
  return [
    heading(s.form.title),
    textBlock(s.form.intro, { isSubtle: true, spacing: 'None' }),
    ...(p.error ? [textBlock(p.error, { color: 'Attention', weight: 'Bolder' })] : []),
    input('medium', s.form.medium, v.medium ?? p.medium, { maxLength: 200 }),
    input('journalist', s.form.journalist, v.journalist, { maxLength: 200 }),
    input('contact', s.form.contact, v.contact, { maxLength: 300 }),
    input('question', s.form.question, v.question ?? p.question, {
      isMultiline: true,
      isRequired: true,
      errorMessage: s.form.questionMissing,
      maxLength: 2000,
    }),
    {
      type: 'ColumnSet',
      columns: [
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.Date',
              id: 'deadlineDate',
              label: s.form.deadlineDate,
              placeholder: s.form.deadlineDatePlaceholder,
              ...(v.deadlineDate ? { value: v.deadlineDate } : {}),
            },
          ],
        },
        {
          type: 'Column',
          width: 'stretch',
          items: [
            {
              type: 'Input.Time',
              id: 'deadlineTime',
              label: s.form.deadlineTime,
              placeholder: s.form.deadlineTimePlaceholder,
              ...(v.deadlineTime ? { value: v.deadlineTime } : {}),
            },
          ],
        },
      ],
    },
    input('department', s.form.department, v.department ?? p.department, { maxLength: 200 }),
    input('alreadySaid', s.form.alreadySaid, v.alreadySaid, { isMultiline: true, maxLength: 2000 }),
    {
      type: 'ActionSet',
      actions: [
        executeAction(
          s.form.submit,
          {
            verb: PRESS_VERBS.submit,
            description: p.description,
            ...(p.kind ? { kind: p.kind } : {}),
            formId: p.formId,
          },
          { style: 'positive', associatedInputs: 'auto' },
        ),
      ],
    },
  ];
}

/** The form on its own (the `persvraag` command, or "toch doorgeven" after a 'dienst' route). */
export function pressFormCard(p: PressFormPrefill): BuiltCard {
  const card = adaptiveCard(pressFormElements(p), s.form.title);
  return { card, text: p.kind ? `${s.form.title} (${KIND_LABELS[p.kind]})` : s.form.title };
}

/**
 * The bare `persvraag`: nothing is described yet, so no kind is claimed. The card asks for the
 * situation in the staff member's words (then the triage advises), with the form below for who
 * would rather fill it in at once; the kind is then found from the question on submit.
 */
export function pressAskCard(p: Omit<PressFormPrefill, 'kind' | 'description'>): BuiltCard {
  const body = [
    heading(s.form.askTitle),
    textBlock(s.form.ask),
    ...pressFormElements({ ...p, description: '' }),
  ];
  return { card: adaptiveCard(body, s.form.ask), text: s.form.ask };
}

/** A kind named in a card's data, if it is one (card data comes from the client). */
export function knownKind(value: unknown): TriageKind | undefined {
  return typeof value === 'string' && Object.hasOwn(KIND_LABELS, value) ? (value as TriageKind) : undefined;
}

export interface SubmittedOptions {
  already?: boolean;
  /** No press desk channel yet (read when the card is built or refreshed, never remembered). */
  noDesk?: boolean;
  /** What to do now, from the triage: stays with the confirmation that replaces the form. */
  advice?: string[];
  /** The request, so the requester's Teams refreshes the card with its current state. */
  requestId?: number;
  /** Who sees it refreshed by itself (the requester's Teams id). */
  requesterId?: string;
  status?: { status: 'open' | 'genomen' | 'teruggegeven' | 'gesloten'; ownerName: string | null };
}

/** Replaces the form once the request is stored; refreshed with the request's current state. */
export function pressSubmittedCard(number: string, options: SubmittedOptions = {}): BuiltCard {
  const st = options.status;
  const statusLine = !st
    ? undefined
    : st.status === 'genomen'
      ? s.submitted.status.genomen(st.ownerName ?? 'Een collega')
      : st.status === 'open'
        ? undefined
        : s.submitted.status[st.status];
  const body: CardElement[] = [
    heading(s.submitted.title(number)),
    textBlock(options.already ? s.submitted.already(number) : s.submitted.body(number)),
    ...(statusLine ? [textBlock(statusLine, { weight: 'Bolder', color: 'Good' })] : []),
    ...(options.noDesk ? [textBlock(s.submitted.noDesk, { isSubtle: true })] : []),
  ];
  if (options.advice?.length)
    body.push(heading(s.submitted.adviceTitle), ...options.advice.map((line) => textBlock(line)));
  const text = options.already ? s.submitted.already(number) : s.submitted.body(number);
  const card = adaptiveCard(body, text);
  if (options.requestId !== undefined)
    card.refresh = {
      action: {
        type: 'Action.Execute',
        title: s.card.refresh,
        verb: PRESS_VERBS.submitted,
        data: {
          verb: PRESS_VERBS.submitted,
          requestId: options.requestId,
          ...(options.already ? { already: true } : {}),
        },
      },
      ...(options.requesterId ? { userIds: [options.requesterId] } : {}),
    };
  return { card, text };
}

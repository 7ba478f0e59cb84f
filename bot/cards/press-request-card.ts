// The press desk card of one request, built in full from its state, so every refresh (and the
// channel message the bot updates) shows everyone the same thing: status and owner, the facts,
// who must be informed (names from the organisation file) to tick off, and the actions that fit
// the state. Buttons are universal actions (Action.Execute) routed on their verb.
import { formatDeadline } from '../press-desk/deadline';
import { deskInformList } from '../press-desk/inform';
import type { PressRequest } from '../press-desk/types';
import {
  actionSet,
  adaptiveCard,
  executeAction,
  heading,
  textBlock,
  type BuiltCard,
  type CardElement,
} from './adaptive';
import { PRESS_VERBS } from './press-form-card';
import { KIND_LABELS, pressStrings } from './press-strings';

const s = pressStrings.card;

export interface RequestCardOptions {
  /** Teams user MRIs whose card refreshes automatically (at most 60). */
  refreshUserIds?: string[];
  /** Posted again as a reminder: near the deadline with nobody on it, or the desk's own reminder. */
  reminder?: boolean | 'own';
  /** A short notice on top, e.g. "Sofie heeft dit al opgenomen". */
  notice?: string;
}

function statusLine(r: PressRequest): string {
  const who = r.ownerName ?? s.someoneElse;
  switch (r.status) {
    case 'open':
      return s.status.open;
    case 'genomen':
      return s.status.genomen(who);
    case 'teruggegeven':
      return s.status.teruggegeven(who);
    case 'gesloten':
      return s.status.gesloten(who);
  }
}

function facts(r: PressRequest): CardElement {
  const rows: [string, string | null][] = [
    [s.medium, r.medium],
    [s.journalist, r.journalist],
    [s.contact, r.contact],
    [s.deadline, r.deadline ? formatDeadline(r.deadline) : s.noDeadline],
    [s.department, r.department],
    [
      s.reminderFact,
      r.remindAt && !r.remindSentAt
        ? `${formatDeadline(r.remindAt)}${r.remindNote ? ` · ${r.remindNote}` : ''}`
        : r.remindAt && r.remindNote
          ? r.remindNote
          : null,
    ],
    [s.requester, r.requesterName],
    [s.agreements, r.agreements.length ? r.agreements.map((n) => `afspraak ${n}`).join(', ') : null],
  ];
  return {
    type: 'FactSet',
    facts: rows.filter(([, v]) => v).map(([title, value]) => ({ title, value })),
  };
}

export function pressRequestCard(r: PressRequest, options: RequestCardOptions = {}): BuiltCard {
  const kind = KIND_LABELS[r.kind];
  const title =
    options.reminder === 'own'
      ? s.ownReminderTitle(r.number, r.ownerName)
      : options.reminder
        ? s.reminderTitle(r.number)
        : s.title(r.number, kind);
  const open = r.status === 'open' || r.status === 'genomen';
  const body: CardElement[] = [];
  if (options.notice) body.push(textBlock(options.notice, { color: 'Attention', weight: 'Bolder' }));
  body.push(
    heading(title),
    textBlock(statusLine(r), {
      weight: 'Bolder',
      color: r.status === 'open' ? 'Attention' : 'Good',
      spacing: 'None',
    }),
    facts(r),
    textBlock(`**${s.question}:** ${r.question}`),
  );
  if (r.description && r.description !== r.question)
    body.push(textBlock(`**${s.description}:** ${r.description}`, { isSubtle: true }));
  if (r.alreadySaid) body.push(textBlock(`**${s.alreadySaid}:** ${r.alreadySaid}`));
  if (r.outcome) body.push(textBlock(`**${s.outcome}:** ${r.outcome}`));
  if (r.handbackNote) body.push(textBlock(`**${s.handbackNote}:** ${r.handbackNote}`));

  // Requests stored before the service was left out still carry it: leave it out here too.
  const inform = deskInformList(r.inform);
  if (inform.length) {
    body.push(heading(s.informTitle));
    for (const item of inform) {
      const done = r.informed.includes(item.role);
      const line = textBlock(`${done ? '✅' : '⬜'} ${item.label} · ${done ? s.informed : s.notInformed}`);
      // Closed or handed back: the list is a record, no longer something to tick.
      if (!open) {
        body.push(line);
        continue;
      }
      body.push({
        type: 'ColumnSet',
        columns: [
          { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [line] },
          {
            type: 'Column',
            width: 'auto',
            items: [
              actionSet([
                executeAction(done ? s.unmarkInformed('ongedaan') : s.markInformed('geïnformeerd'), {
                  verb: PRESS_VERBS.inform,
                  requestId: r.id,
                  role: item.role,
                }),
              ]),
            ],
          },
        ],
      });
    }
  }

  const actions: CardElement[] = [];
  if (r.status === 'open')
    actions.push(executeAction(s.take, { verb: PRESS_VERBS.take, requestId: r.id }, { style: 'positive' }));
  if (open) {
    actions.push({
      type: 'Action.ShowCard',
      title: s.close,
      card: {
        type: 'AdaptiveCard',
        body: [
          {
            type: 'Input.Text',
            id: 'outcome',
            label: s.outcomeInput,
            isMultiline: true,
            isRequired: true,
            errorMessage: s.outcomeMissing,
            maxLength: 1000,
          },
        ],
        actions: [
          executeAction(s.close, { verb: PRESS_VERBS.close, requestId: r.id }, { associatedInputs: 'auto' }),
        ],
      },
    });
    actions.push({
      type: 'Action.ShowCard',
      title: s.handBack,
      card: {
        type: 'AdaptiveCard',
        body: [{ type: 'Input.Text', id: 'note', label: s.handBackNote, isMultiline: true, maxLength: 1000 }],
        actions: [
          executeAction(
            s.handBack,
            { verb: PRESS_VERBS.handBack, requestId: r.id },
            { associatedInputs: 'auto' },
          ),
        ],
      },
    });
  }

  const card = adaptiveCard(body, `${title}. ${statusLine(r)}. ${s.question}: ${r.question}`, actions);
  card.refresh = {
    action: {
      type: 'Action.Execute',
      title: s.refresh,
      verb: PRESS_VERBS.refresh,
      data: { verb: PRESS_VERBS.refresh, requestId: r.id },
    },
    ...(options.refreshUserIds ? { userIds: options.refreshUserIds.slice(0, 60) } : {}),
  };
  return { card, text: `${title} · ${statusLine(r)}` };
}

// `overzicht` on the press desk: open requests by deadline, with their owner.
import { formatDeadline } from '../press-desk/deadline';
import type { PressRequest } from '../press-desk/types';
import { adaptiveCard, heading, textBlock, type BuiltCard } from './adaptive';
import { KIND_LABELS, pressStrings } from './press-strings';

const s = pressStrings.desk;

export function pressOverviewCard(requests: PressRequest[]): BuiltCard {
  if (!requests.length)
    return {
      card: adaptiveCard([heading(s.overviewTitle), textBlock(s.overviewEmpty)], s.overviewEmpty),
      text: s.overviewEmpty,
    };
  const lines = requests.map((r) =>
    s.overviewLine(
      r.number,
      KIND_LABELS[r.kind],
      r.deadline ? formatDeadline(r.deadline) : pressStrings.card.noDeadline,
      r.ownerName ?? (r.ownerId ? pressStrings.card.someoneElse : s.unowned),
    ),
  );
  const body = [
    heading(s.overviewTitle),
    ...requests.map((r, i) =>
      textBlock(`${lines[i]}\n\n${r.question.length > 160 ? `${r.question.slice(0, 157)}…` : r.question}`, {
        separator: i > 0,
        color: r.ownerId ? 'Default' : 'Attention',
      }),
    ),
  ];
  const text = [s.overviewTitle, ...lines].join('\n');
  return { card: adaptiveCard(body, text), text };
}

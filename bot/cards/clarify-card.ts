// The question back when ask is unsure (issue 13, mode clarify): one short question and two or
// three buttons that name the situations in plain words. No "Ja" or "Nee" before the click; one
// click gives the answer for that situation (ask.choose, bot/teams/ask-route.ts), which replaces
// this card in Teams. The buttons are universal actions with plain data (no messageBack, which
// Microsoft's Agents Playground drops).
import type { AskResult } from '../../shared/ask/types';
import { buttonLabel } from '../../shared/ask/situations';
import {
  actionSet,
  adaptiveCard,
  executeAction,
  heading,
  textBlock,
  type BuiltCard,
  type CardActionData,
} from './adaptive';

export const CHOOSE_VERB = 'ask.choose';

export const clarifyStrings = {
  intro: 'Ik wil je goed antwoorden, maar je vraag kan over meer dan één afspraak gaan.',
  hint: 'Kies wat past, of stel je vraag opnieuw met wat meer uitleg.',
  chosen: (label: string) => `Je koos: ${label}.`,
} as const;

/** What a situation button carries: the question, and the agreement of the situation picked. */
export interface ChoiceActionData extends CardActionData {
  question: string;
  agreement: number;
  label: string;
  /** A situation within the agreement (a yes/no clarify): the statement that answers it. */
  statement?: number;
}

export function clarifyCard(result: AskResult): BuiltCard {
  const c = result.clarification;
  if (!c) throw new Error('clarifyCard needs a result in clarify mode');
  const body = [
    textBlock(clarifyStrings.intro, { isSubtle: true }),
    heading(c.question),
    actionSet(
      c.choices.map((choice) =>
        executeAction(buttonLabel(choice.label), {
          verb: CHOOSE_VERB,
          question: result.question,
          agreement: choice.agreement,
          label: choice.label,
          ...(choice.statement !== undefined ? { statement: choice.statement } : {}),
        } satisfies ChoiceActionData),
      ),
    ),
    textBlock(clarifyStrings.hint, { isSubtle: true, spacing: 'Small' }),
  ];
  return { card: adaptiveCard(body, result.reply), text: result.reply };
}

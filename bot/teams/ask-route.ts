// The default route: every message no other route took is a who-may-do-what question, answered
// by shared/ask with the organisation's agreements. Also the card actions that ask again:
// ask.question (an example question clicked), ask.more (a "Bedoel je misschien" situation) and
// ask.choose (a situation picked on a clarifying question: its answer replaces the question card).
// The port's turn, under the name the handlers below were written with.
import type { Turn as TurnContext } from './port';
import type { AskOptions } from '../../shared/ask';
import type { AskResult } from '../../shared/ask/types';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { answerCard, type AgreementLinks } from '../cards/answer-card';
import { CHOOSE_VERB } from '../cards/clarify-card';
import { strings } from '../cards/strings';
import { readAnswerAction, readChoiceAction } from './answer-action';
import { cardResponse, errorResponse, messageResponse, type ActionRoute, type MessageRoute } from './routes';
import { cardActivity } from './send-card';

export type AskFn = (
  question: string,
  organisation: EffectiveOrganisation,
  options?: AskOptions,
) => AskResult | Promise<AskResult>;

export interface AskDeps {
  ask: AskFn;
  organisation: EffectiveOrganisation;
  /** Links into the Afspraken tab (TEAMS_APP_ID set). */
  links?: AgreementLinks;
}

export function askRoute(deps: AskDeps): MessageRoute {
  return {
    name: 'ask',
    matches: () => true,
    async handle(context, text) {
      await answer(context, deps, text);
    },
  };
}

/** ask.question (an example button), ask.more (another situation) and ask.choose (a clarifying choice). */
export function askActionRoute(deps: AskDeps): ActionRoute {
  return {
    verbPrefix: 'ask.',
    async handle(context, data) {
      if (data.verb === 'ask.question') {
        const question = typeof data.question === 'string' ? data.question.trim() : '';
        if (!question) return errorResponse(400, 'BadRequest', strings.errors.badAction);
        await answer(context, deps, question);
        return messageResponse(strings.answer.yourQuestion(question));
      }
      if (data.verb === 'ask.more') {
        const action = readAnswerAction(data);
        if (!action) return errorResponse(400, 'BadRequest', strings.errors.badAction);
        if (action.agreement === null || !deps.organisation.byNumber.has(action.agreement))
          return messageResponse(strings.answer.noMoreMatches);
        // The same question, answered from the situation the button names.
        const result = await deps.ask(action.question, deps.organisation, { agreement: action.agreement });
        const built = answerCard({ result, shown: 0, organisation: deps.organisation, links: deps.links });
        await context.sendActivity(cardActivity(built));
        return messageResponse(strings.answer.shownOther(action.agreement));
      }
      if (data.verb === CHOOSE_VERB) {
        const choice = readChoiceAction(data);
        if (!choice || !deps.organisation.byNumber.has(choice.agreement))
          return errorResponse(400, 'BadRequest', strings.errors.badAction);
        const result = await deps.ask(choice.question, deps.organisation, {
          agreement: choice.agreement,
          ...(choice.statement !== undefined ? { statement: choice.statement } : {}),
        });
        const built = answerCard({ result, shown: 0, organisation: deps.organisation, links: deps.links });
        // Action.Execute: the answer replaces the question card; Action.Submit: posted as a reply.
        return cardResponse(built.card);
      }
      return errorResponse(400, 'UnknownVerb', strings.errors.unknownAction(data.verb));
    },
  };
}

async function answer(context: TurnContext, deps: AskDeps, question: string): Promise<void> {
  const result = await deps.ask(question, deps.organisation);
  const built = answerCard({ result, shown: 0, organisation: deps.organisation, links: deps.links });
  await context.sendActivity(cardActivity(built));
}

// The default route: every message no other route took is a who-may-do-what question, answered
// by shared/ask with the organisation's agreements. Also the card actions that ask again:
// ask.question (an example question clicked) and ask.more (show another match).
// The port's turn, under the name the handlers below were written with.
import type { Turn as TurnContext } from './port';
import type { AskResult } from '../../shared/ask/types';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { answerCard, type AgreementLinks } from '../cards/answer-card';
import { strings } from '../cards/strings';
import { readAnswerAction } from './answer-action';
import { errorResponse, messageResponse, type ActionRoute, type MessageRoute } from './routes';
import { cardActivity } from './send-card';

export type AskFn = (question: string, organisation: EffectiveOrganisation) => AskResult | Promise<AskResult>;

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

/** ask.question (an example button) and ask.more (another match of the same question). */
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
        const result = await deps.ask(action.question, deps.organisation);
        // Re-asking finds the same ranking; match on the agreement so a changed ranking still works.
        const index = result.answers.findIndex((a) => a.agreement === action.agreement);
        if (index < 0) return messageResponse(strings.answer.noMoreMatches);
        const built = answerCard({
          result,
          shown: index,
          organisation: deps.organisation,
          links: deps.links,
        });
        await context.sendActivity(cardActivity(built));
        return messageResponse(strings.answer.shownOther(result.answers[index].agreement));
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

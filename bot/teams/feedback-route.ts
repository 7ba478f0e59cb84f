// feedback.helpful / feedback.not-helpful: store the rating with the question, then show the same
// answer with a thank-you in place of the buttons.
// The port's turn, under the name the handlers below were written with.
import type { Turn as TurnContext } from './port';
import type { EffectiveOrganisation } from '../../shared/organisation';
import { answerCard, VERBS, type AgreementLinks } from '../cards/answer-card';
import { strings } from '../cards/strings';
import type { FeedbackStore } from '../feedback/feedback-store';
import type { Logger } from '../log';
import { readAnswerAction } from './answer-action';
import type { AskFn } from './ask-route';
import { cardResponse, errorResponse, messageResponse, type ActionRoute } from './routes';
import { tenantOf } from './tenant-filter';

export interface FeedbackDeps {
  ask: AskFn;
  organisation: EffectiveOrganisation;
  feedback: FeedbackStore;
  log: Logger;
  links?: AgreementLinks;
}

export function feedbackActionRoute(deps: FeedbackDeps): ActionRoute {
  return {
    verbPrefix: 'feedback.',
    async handle(context, data) {
      if (data.verb !== VERBS.helpful && data.verb !== VERBS.notHelpful) {
        return errorResponse(400, 'UnknownVerb', strings.errors.unknownAction(data.verb));
      }
      const action = readAnswerAction(data);
      if (!action) return errorResponse(400, 'BadRequest', strings.errors.badAction);
      const helpful = data.verb === VERBS.helpful;
      const stored = await deps.feedback.record({
        question: action.question,
        agreement: action.agreement,
        helpful,
        ...(action.mode ? { mode: action.mode } : {}),
        ...(action.confidence !== undefined ? { confidence: action.confidence } : {}),
        ...who(context),
      });
      if (!stored) deps.log.info('feedback click redelivered; stored once');

      // The rated answer again: from the agreement it rested on (also after a clarifying choice).
      const result = await deps.ask(
        action.question,
        deps.organisation,
        action.agreement === null ? {} : { agreement: action.agreement },
      );
      const index =
        action.agreement === null ? 0 : result.answers.findIndex((a) => a.agreement === action.agreement);
      const thanks = helpful ? strings.answer.thanksHelpful : strings.answer.thanksNotHelpful;
      if (index < 0) return messageResponse(thanks);
      const built = answerCard({
        result,
        shown: index,
        organisation: deps.organisation,
        feedback: helpful ? 'helpful' : 'not-helpful',
        links: deps.links,
      });
      return cardResponse(built.card);
    },
  };
}

function who(context: TurnContext) {
  const a = context.activity;
  return {
    userId: a.from?.aadObjectId ?? a.from?.id ?? 'onbekend',
    userName: a.from?.name,
    conversationId: a.conversation.id,
    activityId: a.id ?? `${a.from?.id}:${a.timestamp ?? Date.now()}`,
    tenantId: tenantOf(a),
  };
}

// `feedback` / `reacties`: the communication service reviews how colleagues rated the answers.
// Who counts as the communication service is the press desk's rule (PRESS_DESK_MEMBERS and the
// organisation file's communicatieverantwoordelijke); everyone else is refused.
import type { EffectiveOrganisation } from '../../shared/organisation';
import { feedbackReviewCard } from '../cards/feedback-review-card';
import { strings } from '../cards/strings';
import { createMembership } from '../press-desk/members';
import { foldForMatching } from '../teams/fold';
import type { Turn } from '../teams/port';
import type { MessageRoute } from '../teams/routes';
import { cardActivity } from '../teams/send-card';
import type { FeedbackStore } from './feedback-store';

const REVIEW =
  /^(?:feedback|reacties|feedback (?:bekijken|overzicht|tonen)|reacties (?:bekijken|overzicht|tonen))$/;

export function feedbackReviewRoute(deps: {
  feedback: FeedbackStore;
  organisation: EffectiveOrganisation;
  pressDeskMembers: readonly string[];
}): MessageRoute {
  return {
    name: 'feedback.review',
    matches: (text) => REVIEW.test(foldForMatching(text)),
    async handle(context) {
      // Members may be listed by e-mail: Teams gives the sender's only on request.
      const membership = createMembership(deps.pressDeskMembers, deps.organisation, () =>
        context.senderEmail(),
      );
      if (!(await membership.isMember(actorOf(context)))) {
        await context.sendActivity(strings.feedbackReview.notMember);
        return;
      }
      const [summary, recent] = await Promise.all([
        deps.feedback.summary(),
        deps.feedback.list({ helpful: false, limit: 10 }),
      ]);
      await context.sendActivity(cardActivity(feedbackReviewCard({ summary, recent })));
    },
  };
}

function actorOf(context: Turn) {
  const from = context.activity.from ?? { id: 'onbekend', name: '' };
  return {
    id: from.id,
    name: from.name,
    ...(from.aadObjectId ? { aadObjectId: from.aadObjectId } : {}),
  };
}

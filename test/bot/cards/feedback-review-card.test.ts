/** @jest-environment jsdom */
// The communication service's feedback review through Microsoft's renderer: empty and filled.
import { feedbackReviewCard } from '../../../bot/cards/feedback-review-card';
import { strings } from '../../../bot/cards/strings';
import { expectCleanCard, renderedText } from './card-checks';

describe('feedback review card', () => {
  it('renders the empty review without a warning', () => {
    const rendered = expectCleanCard(feedbackReviewCard({ summary: [], recent: [] }));
    expect(renderedText(rendered)).toContain(strings.feedbackReview.empty);
  });

  it('renders ratings per agreement and the latest unhelpful questions word for word', () => {
    const rendered = expectCleanCard(
      feedbackReviewCard({
        summary: [
          { agreement: 46, helpful: 1, notHelpful: 3 },
          { agreement: null, helpful: 0, notHelpful: 2 },
        ],
        recent: [
          {
            id: 1,
            question: 'Mag ik een foto van de burgemeester op Instagram zetten?',
            agreement: 46,
            helpful: false,
            userId: 'aad-jan',
            userName: 'Jan',
            conversationId: 'c1',
            activityId: 'a1',
            createdAt: new Date('2026-11-25T10:00:00Z'),
          },
        ],
      }),
    );
    const text = renderedText(rendered);
    expect(text).toContain('46');
    expect(text).toContain('Mag ik een foto van de burgemeester op Instagram zetten?');
  });
});

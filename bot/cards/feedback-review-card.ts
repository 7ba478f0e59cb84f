// `feedback` for the communication service: which answers colleagues found unhelpful, so the
// agreements (or the bot's reading of them) can be improved. Worst agreements first, then the
// latest unhelpful questions word for word.
import type { FeedbackRow, FeedbackSummary } from '../feedback/feedback-store';
import { adaptiveCard, container, heading, textBlock, type BuiltCard, type CardElement } from './adaptive';
import { strings } from './strings';

export interface FeedbackReview {
  summary: FeedbackSummary[];
  /** Latest "not helpful" ratings, newest first. */
  recent: FeedbackRow[];
}

const MAX_AGREEMENTS = 5;

export function feedbackReviewCard(review: FeedbackReview): BuiltCard {
  const s = strings.feedbackReview;
  const total = review.summary.reduce(
    (acc, r) => ({ helpful: acc.helpful + r.helpful, notHelpful: acc.notHelpful + r.notHelpful }),
    { helpful: 0, notHelpful: 0 },
  );
  if (total.helpful + total.notHelpful === 0) {
    return { card: adaptiveCard([heading(s.title), textBlock(s.empty)], s.empty), text: s.empty };
  }
  const worst = review.summary.filter((r) => r.notHelpful > 0).slice(0, MAX_AGREEMENTS);
  const lines = worst.map((r) => s.agreementLine(r.agreement, r.notHelpful, r.helpful));
  const recent = review.recent.map((r) => s.recentLine(r.question, r.agreement, r.createdAt));

  const body: CardElement[] = [heading(s.title), textBlock(s.totals(total.helpful, total.notHelpful))];
  if (lines.length) {
    body.push(
      textBlock(s.worstTitle, { weight: 'Bolder', spacing: 'Medium' }),
      textBlock(lines.map((l) => `- ${l}`).join('\n'), { spacing: 'Small' }),
    );
  }
  if (recent.length) {
    body.push(
      textBlock(s.recentTitle, { weight: 'Bolder', spacing: 'Medium' }),
      container(
        recent.map((l) => textBlock(l, { spacing: 'Small' })),
        { style: 'emphasis' },
      ),
    );
  }
  const text = [
    s.title,
    s.totals(total.helpful, total.notHelpful),
    ...(lines.length ? [s.worstTitle, ...lines.map((l) => `- ${l}`)] : []),
    ...(recent.length ? [s.recentTitle, ...recent.map((l) => `- ${l}`)] : []),
  ].join('\n');
  return { card: adaptiveCard(body, text), text };
}

import { answerCard } from '../../../bot/cards/answer-card';
import { feedbackReviewCard } from '../../../bot/cards/feedback-review-card';
import { helpCard } from '../../../bot/cards/help-card';
import { strings } from '../../../bot/cards/strings';
import { welcomeCard } from '../../../bot/cards/welcome-card';
import { ask } from '../../../shared/ask';
import { actionsOf, zilverbeekOrganisation } from '../../helpers/bot-harness';

const org = zilverbeekOrganisation();

describe('cards', () => {
  it.each([
    ['welcome', welcomeCard('Gemeente Zilverbeek')],
    ['help', helpCard()],
    [
      'answer',
      answerCard({ result: ask('Mag ik zelf een persbericht sturen?', org), shown: 0, organisation: org }),
    ],
    [
      'out of scope',
      answerCard({ result: ask('Waar kan ik mijn fiets parkeren?', org), shown: 0, organisation: org }),
    ],
    ['empty feedback review', feedbackReviewCard({ summary: [], recent: [] })],
  ])('%s: Adaptive Card 1.5 with a plain-text fallback, every button routed on a verb', (_name, built) => {
    expect(built.card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    expect(built.text.trim()).not.toBe('');
    expect(built.card.fallbackText).toBe(built.text);
    // A toggle that shows the whole agreement stays in the client: no data, no verb.
    for (const action of actionsOf(built.card).filter((a) => a.type !== 'Action.ToggleVisibility')) {
      expect(typeof (action.data as { verb?: unknown }).verb).toBe('string');
      expect(String(action.title).length).toBeGreaterThan(0);
    }
  });

  it('shows another match with its own statement as the first line and names it in the text', () => {
    const result = ask('Mag ik zelf een persbericht naar de krant sturen?', org);
    const second = answerCard({ result, shown: 1, organisation: org });
    expect(second.text).toContain(`afspraak ${result.answers[1].agreement}`);
    expect(second.text).not.toContain(result.reply.split('\n')[0]);
    const moreTargets = actionsOf(second.card)
      .filter((a) => (a.data as { verb: string }).verb === 'ask.more')
      .map((a) => (a.data as { agreement: number }).agreement);
    expect(moreTargets).toContain(result.answers[0].agreement);
    expect(moreTargets).not.toContain(result.answers[1].agreement);
  });

  it('replaces the feedback buttons with a thank-you once feedback is given', () => {
    const result = ask('Mag ik zelf een persbericht sturen?', org);
    const built = answerCard({ result, shown: 0, organisation: org, feedback: 'not-helpful' });
    expect(JSON.stringify(built.card)).toContain(strings.answer.thanksNotHelpful);
    expect(actionsOf(built.card).map((a) => (a.data as { verb?: string } | undefined)?.verb)).not.toContain(
      'feedback.helpful',
    );
  });

  it('says when there is no feedback yet', () => {
    expect(feedbackReviewCard({ summary: [], recent: [] }).text).toBe(strings.feedbackReview.empty);
  });
});

describe('answer card links into the Afspraken tab', () => {
  const result = ask('Mag ik zelf een persbericht sturen?', org);
  const openUrls = (card: Record<string, unknown>) =>
    actionsOf(card).filter((a) => a.type === 'Action.OpenUrl');

  it('has no link without the Teams app id', () => {
    expect(openUrls(answerCard({ result, shown: 0, organisation: org }).card)).toEqual([]);
  });

  it('links the quoted agreement (and only that one) when TEAMS_APP_ID is set', () => {
    const teamsAppId = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
    const shown = 1;
    const built = answerCard({ result, shown, organisation: org, links: { teamsAppId } });
    const [open, ...more] = openUrls(built.card);
    expect(more).toEqual([]);
    expect(open.title).toBe(strings.answer.openInTab);
    const url = new URL(String(open.url));
    expect(url.pathname).toBe(`/l/entity/${teamsAppId}/afspraken`);
    const n = result.answers[shown].agreement;
    expect(JSON.parse(url.searchParams.get('context')!)).toEqual({ subEntityId: `afspraak-${n}` });
    // Without PUBLIC_HOSTNAME there is no web page to send a browser to.
    expect(url.searchParams.has('webUrl')).toBe(false);
  });

  it('gives no link on the out-of-scope card (nothing is quoted)', () => {
    const outOfScope = ask('Waar kan ik mijn fiets parkeren?', org);
    const built = answerCard({ result: outOfScope, shown: 0, organisation: org, links: { teamsAppId: 'x' } });
    expect(openUrls(built.card)).toEqual([]);
  });
});

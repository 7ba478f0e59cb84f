/** @jest-environment jsdom */
// Answer cards through Microsoft's renderer, for the kinds of answer the bot gives: a verdict with
// other matches, a second match shown, feedback given, a question out of scope, with tab links.
import { answerCard } from '../../../bot/cards/answer-card';
import { ask } from '../../../shared/ask';
import { allActions, expectCleanCard, organisation, renderedText } from './card-checks';

const org = organisation();

describe('answer card', () => {
  const result = ask('Mag ik zelf een persbericht sturen?', org);

  it('renders a verdict with its agreement, feedback buttons and other matches, without a warning', () => {
    const rendered = expectCleanCard(answerCard({ result, shown: 0, organisation: org }));
    expect(renderedText(rendered)).toContain(`${result.answers[0].agreement}`);
    expect(rendered.buttons.length).toBeGreaterThanOrEqual(3);
    // Buttons (feedback, and other situations when plausible) name what they do in a few words,
    // so Teams never cuts them mid-word (≤ 40 characters).
    expect(rendered.buttons.every((b) => b.length <= 40)).toBe(true);
  });

  it('renders another match, feedback given, and the tab link cleanly', () => {
    expectCleanCard(answerCard({ result, shown: 1, organisation: org }));
    expectCleanCard(answerCard({ result, shown: 0, organisation: org, feedback: 'helpful' }));
    const linked = answerCard({
      result,
      shown: 0,
      organisation: org,
      links: { teamsAppId: '00000000-0000-4000-8000-000000000001', publicHostname: 'afspraak.example.be' },
    });
    expectCleanCard(linked);
    expect(allActions(linked.card).some((a) => a.type === 'Action.OpenUrl')).toBe(true);
  });

  it('renders an out-of-scope answer cleanly', () => {
    const rendered = expectCleanCard(
      answerCard({ result: ask('Waar kan ik mijn fiets parkeren?', org), shown: 0, organisation: org }),
    );
    expect(renderedText(rendered)).not.toBe('');
  });
});

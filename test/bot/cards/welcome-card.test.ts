/** @jest-environment jsdom */
// The welcome card through Microsoft's renderer: clean, and its example questions are buttons that
// reach the bot in every client (Action.Execute, Action.Submit fallback, no messageBack).
import { teamWelcomeText, welcomeCard } from '../../../bot/cards/welcome-card';
import { EXAMPLE_QUESTIONS } from '../../../bot/cards/strings';
import { allActions, expectCleanCard, renderedText } from './card-checks';

describe('welcome card', () => {
  const built = welcomeCard('Gemeente Zilverbeek');

  it('renders without a warning and names the organisation', () => {
    const rendered = expectCleanCard(built);
    expect(renderedText(rendered)).toContain('Gemeente Zilverbeek');
    expect(rendered.buttons).toEqual(EXAMPLE_QUESTIONS);
  });

  it('asks each example question with the ask.question verb, as Action.Execute with a Submit fallback', () => {
    const buttons = allActions(built.card).filter((a) => a.type === 'Action.Execute');
    expect(buttons.map((b) => (b.data as { question: string }).question)).toEqual(EXAMPLE_QUESTIONS);
    for (const b of buttons) {
      expect(b.verb).toBe('ask.question');
      expect(b.fallback).toMatchObject({ type: 'Action.Submit', data: b.data });
    }
  });

  it('the team hello explains the @mention', () => {
    expect(teamWelcomeText('Gemeente Zilverbeek')).toContain('@Afspraak');
  });
});

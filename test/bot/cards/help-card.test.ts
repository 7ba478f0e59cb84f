/** @jest-environment jsdom */
// The help card through Microsoft's renderer: every section and the example questions as buttons.
import { helpCard } from '../../../bot/cards/help-card';
import { EXAMPLE_QUESTIONS, strings } from '../../../bot/cards/strings';
import { allActions, expectCleanCard, renderedText } from './card-checks';

describe('help card', () => {
  const built = helpCard();

  it('renders without a warning, with each section', () => {
    const rendered = expectCleanCard(built);
    const text = renderedText(rendered);
    for (const title of [strings.help.askTitle, strings.help.pressTitle, strings.help.channelTitle])
      expect(text).toContain(title);
    expect(rendered.buttons).toEqual(EXAMPLE_QUESTIONS);
  });

  it('routes the example buttons like the welcome card does', () => {
    const verbs = allActions(built.card)
      .filter((a) => a.type === 'Action.Execute')
      .map((a) => a.verb);
    expect(verbs).toEqual(EXAMPLE_QUESTIONS.map(() => 'ask.question'));
  });
});

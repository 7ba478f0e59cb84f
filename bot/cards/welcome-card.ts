// The welcome in a personal chat (on install or when the chat starts): what the bot does and
// example questions that ask themselves when clicked.
import { adaptiveCard, askChoice, heading, textBlock, type BuiltCard } from './adaptive';
import { EXAMPLE_QUESTIONS, strings } from './strings';

export const ASK_QUESTION_VERB = 'ask.question';

export function welcomeCard(organisationName: string): BuiltCard {
  const s = strings.welcome;
  const text = [
    s.title,
    s.intro(organisationName),
    s.examplesTitle,
    ...EXAMPLE_QUESTIONS.map((q) => `- ${q}`),
    s.helpHint,
  ].join('\n\n');
  const card = adaptiveCard(
    [
      heading(s.title, 'Large'),
      textBlock(s.intro(organisationName)),
      textBlock(s.examplesTitle, { weight: 'Bolder', spacing: 'Medium' }),
      ...EXAMPLE_QUESTIONS.map((q) => askChoice(q, { verb: ASK_QUESTION_VERB, question: q })),
      textBlock(s.helpHint, { isSubtle: true, spacing: 'Medium' }),
    ],
    text,
  );
  return { card, text };
}

/** The hello when the bot joins a team or group chat: how to reach it there (@mention). */
export function teamWelcomeText(organisationName: string): string {
  const s = strings.welcome;
  return [
    s.teamIntro(organisationName),
    ...EXAMPLE_QUESTIONS.slice(0, 2).map((q) => `- @Afspraak ${q}`),
    s.helpHint,
  ].join('\n\n');
}

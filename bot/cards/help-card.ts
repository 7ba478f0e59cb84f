// `help` / `hulp`: what the bot can do, in each kind of chat.
import { adaptiveCard, askChoice, heading, textBlock, type BuiltCard } from './adaptive';
import { EXAMPLE_QUESTIONS, strings } from './strings';
import { ASK_QUESTION_VERB } from './welcome-card';

export function helpCard(): BuiltCard {
  const s = strings.help;
  const sections: [string, string][] = [
    [s.askTitle, s.ask],
    [s.pressTitle, s.press],
    [s.channelTitle, s.channel],
    [s.feedbackTitle, s.feedback],
  ];
  const text = [
    s.title,
    ...sections.map(([title, body]) => `${title}: ${body}`),
    `${s.examplesTitle}:`,
    ...EXAMPLE_QUESTIONS.map((q) => `- ${q}`),
  ].join('\n\n');
  const card = adaptiveCard(
    [
      heading(s.title, 'Large'),
      ...sections.flatMap(([title, body]) => [
        textBlock(title, { weight: 'Bolder', spacing: 'Medium' }),
        textBlock(body, { spacing: 'Small' }),
      ]),
      textBlock(s.examplesTitle, { weight: 'Bolder', spacing: 'Medium' }),
      ...EXAMPLE_QUESTIONS.map((q) => askChoice(q, { verb: ASK_QUESTION_VERB, question: q })),
    ],
    text,
  );
  return { card, text };
}

// A clarifying button within one agreement carries the situation's statement, and the click is
// answered from it (issue 13: a yes/no clarify within one agreement).
import { clarifyCard } from '../../../bot/cards/clarify-card';
import { readChoiceAction } from '../../../bot/teams/answer-action';
import { ask } from '../../../shared/ask';
import type { AskResult } from '../../../shared/ask/types';
import { effective } from '../../shared/ask/org';

const org = effective();

const result: AskResult = {
  question: 'Mogen we op de website communiceren over beleid?',
  outOfScope: false,
  answers: [],
  reply: 'Het antwoord hangt af van de situatie.',
  mode: 'clarify',
  confidence: 0.4,
  clarification: {
    question: 'Het antwoord hangt af van de situatie. Welke past bij je vraag?',
    choices: [
      { label: 'beslist beleid', agreement: 30, statement: 0 },
      { label: 'niet-beslist beleid', agreement: 30, statement: 2 },
    ],
  },
};

describe('a clarify within one agreement in Teams', () => {
  const json = JSON.stringify(clarifyCard(result).card);

  it('puts the statement on each button', () => {
    expect(json).toContain('"statement":0');
    expect(json).toContain('"statement":2');
  });

  it('reads the statement back from the click and answers that situation', () => {
    const choice = readChoiceAction({
      verb: 'ask.choose',
      question: result.question,
      agreement: 30,
      label: 'niet-beslist beleid',
      statement: 2,
    });
    expect(choice?.statement).toBe(2);
    const r = ask(choice!.question, org, { agreement: choice!.agreement, statement: choice!.statement });
    expect(r.reply.startsWith('Nee')).toBe(true);
  });

  it('ignores a statement that is no index', () => {
    const choice = readChoiceAction({ verb: 'ask.choose', question: 'x', agreement: 30, statement: -1 });
    expect(choice?.statement).toBeUndefined();
  });
});

// `afspraak ask "<vraag>"`: who may do what, answered from the organisation's agreements
// (CONTRACT §2). `ask -` reads one question a line from standard input and writes JSON Lines, in order.
import { ask, type AskResult } from '../../shared/ask';
import { UsageError, type CliCommand } from '../command';

/** Only the contract's fields, in the contract's order. */
export function contractObject(r: AskResult) {
  return {
    question: r.question,
    outOfScope: r.outOfScope,
    answers: r.answers.map((a) => ({
      agreement: a.agreement,
      variant: a.variant,
      verdict: a.verdict,
      who: a.who,
      text: a.text,
      score: a.score,
    })),
    reply: r.reply,
  };
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'wie mag wat: een vraag beantwoord vanuit de afspraken, met het afspraaknummer',
  usage:
    'ask "<vraag>" | -   (met -: één vraag per regel op stdin, één JSON-object per regel terug, in dezelfde volgorde; een lege regel geeft outOfScope: true en een antwoord dat om een vraag vraagt)',
  async run(ctx) {
    if (ctx.args.length === 1 && ctx.args[0] === '-') {
      const org = ctx.org();
      const text = await ctx.stdin();
      const lines = text.split(/\r?\n/);
      // A final newline ends the last line; it does not open an empty one.
      if (lines.length && lines[lines.length - 1] === '') lines.pop();
      // Line N of the output answers line N of the input (CONTRACT §2): a blank line gets an
      // out-of-scope object whose reply asks for a question, so nothing shifts.
      for (const line of lines) ctx.out(JSON.stringify(contractObject(ask(line.trim(), org))));
      return 0;
    }
    const question = ctx.args.join(' ').trim();
    if (!question)
      throw new UsageError(
        'stel een vraag, bv. afspraak ask "Mag ik zelf een persbericht naar de krant sturen?"',
      );
    const org = ctx.org();
    const result = ask(question, org);
    if (ctx.json) ctx.out(JSON.stringify(contractObject(result), null, 2));
    else ctx.out(result.reply);
    return 0;
  },
};

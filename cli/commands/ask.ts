// `afspraak ask "<vraag>"`: who may do what, answered from the organisation's agreements
// (CONTRACT §2). `ask -` reads one question a line from standard input and writes JSON Lines, in order.
import { ask, type AskResult } from '../../shared/ask';
import type { Contribution } from '../../shared/ask/types';
import { UsageError, type CliCommand } from '../command';

/** Only the contract's fields, in the contract's order (the second round's mode, confidence, choices last). */
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
    mode: r.mode,
    confidence: r.confidence,
    ...(r.mode === 'clarify' && r.clarification ? { choices: r.clarification.choices } : {}),
  };
}

/** `--uitleg`: how sure, and the features that pushed most for the first answer and its confidence. */
export function explanationLines(r: AskResult): string[] {
  const lines = [`Modus: ${r.mode}, zekerheid ${Math.round(r.confidence * 100)} %.`];
  const show = (title: string, list: readonly Contribution[] | undefined) => {
    if (!list?.length) return;
    lines.push(title);
    for (const c of list.slice(0, 6))
      lines.push(
        `  ${c.feature.padEnd(26)} waarde ${String(c.value).padStart(7)}  effect ${c.effect >= 0 ? '+' : ''}${c.effect}`,
      );
  };
  show('Waarom deze afspraak eerst (tweede stap, sterkste kenmerken):', r.explanation?.ranking);
  show('Waarom deze zekerheid:', r.explanation?.confidence);
  return lines;
}

export const askCommand: CliCommand = {
  name: 'ask',
  summary: 'wie mag wat: een vraag beantwoord vanuit de afspraken, met het afspraaknummer',
  usage:
    'ask "<vraag>" [--uitleg] | -   (met -: één vraag per regel op stdin, één JSON-object per regel terug, in dezelfde volgorde; een lege regel geeft outOfScope: true en een antwoord dat om een vraag vraagt; --uitleg toont welke kenmerken het antwoord en de zekerheid bepaalden)',
  options: { uitleg: { type: 'boolean' } },
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
    const explain = ctx.flags.uitleg === true;
    const result = ask(question, org, { explain });
    if (ctx.json) ctx.out(JSON.stringify(contractObject(result), null, 2));
    else {
      ctx.out(result.reply);
      if (explain) for (const line of ['', ...explanationLines(result)]) ctx.out(line);
    }
    return 0;
  },
};

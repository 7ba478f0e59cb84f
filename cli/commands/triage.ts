// `afspraak triage "<beschrijving>"`: kind, route, agreements, who to inform and the bot's reply
// for a press or media situation (CONTRACT §2). `triage -` reads one situation a line from
// standard input and writes JSON Lines, in order.
import type { EffectiveOrganisation } from '../../shared/organisation';
import { triage, triageDetailed, type TriageResult } from '../../shared/triage';
import { UsageError, type CliCommand, type CliContext } from '../command';

const KIND_LABELS: Record<TriageResult['kind'], string> = {
  'informatieve-vraag': 'informatieve vraag',
  'reactie-of-standpunt': 'vraag om een reactie of standpunt',
  interview: 'interview',
  beeldopname: 'beeldopname',
  'advertentie-of-mediadeal': 'advertentie of mediadeal',
  'persbericht-versturen': 'persbericht versturen',
  persconferentie: 'persconferentie',
  'geen-persvraag': 'geen persvraag',
};

const ROUTE_LABELS: Record<TriageResult['route'], string> = {
  communicatiedienst: 'naar de communicatiedienst',
  dienst: 'de dienst mag zelf antwoorden',
  geen: 'geen persroute',
};

/** Only the contract's fields, in the contract's order (`clarify` only when the route is open). */
function contractJson(r: TriageResult): string {
  return JSON.stringify({
    kind: r.kind,
    route: r.route,
    agreements: r.agreements,
    inform: r.inform,
    reply: r.reply,
    ...(r.clarify ? { clarify: r.clarify } : {}),
  });
}

function human(description: string, org: EffectiveOrganisation, ctx: CliContext): void {
  const d = triageDetailed(description, org);
  const r = d.result;
  const agreements = r.agreements.length ? r.agreements.join(', ') : 'geen';
  ctx.out(`Soort: ${KIND_LABELS[r.kind]} · Route: ${ROUTE_LABELS[r.route]} · Afspraken: ${agreements}`);
  if (r.clarify)
    ctx.out(
      `Hangt af van: ${r.clarify.question} ${r.clarify.choices.map((c) => `${c.label} → ${ROUTE_LABELS[c.route]}`).join('; ')}`,
    );
  if (d.informPeople.length) ctx.out(`Informeer: ${d.informPeople.map((p) => p.label).join('; ')}`);
  if (d.medium) ctx.out(`Medium: ${d.medium}`);
  ctx.out('');
  ctx.out(r.reply);
}

export const triageCommand: CliCommand = {
  name: 'triage',
  summary: 'wat te doen met een pers- of mediavraag: soort, route, afspraken, wie informeren',
  usage: 'triage "<beschrijving>" | -',
  async run(ctx) {
    if (ctx.args.length === 1 && ctx.args[0] === '-') {
      const org = ctx.org();
      const text = await ctx.stdin();
      for (const line of text.split(/\r?\n/)) {
        if (!line.trim()) continue;
        ctx.out(contractJson(triage(line.trim(), org)));
      }
      return 0;
    }
    const description = ctx.args.join(' ').trim();
    if (!description)
      throw new UsageError(
        'geef een beschrijving, bv. afspraak triage "Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad"',
      );
    const org = ctx.org();
    if (ctx.json) ctx.out(JSON.stringify(JSON.parse(contractJson(triage(description, org))), null, 2));
    else human(description, org, ctx);
    return 0;
  },
};

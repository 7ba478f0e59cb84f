// Polarity that cannot contradict the statements (issue 13): over every statement of every agreement
// and every actor it may concern, the reply never opens with "Ja" where the statement that decides
// says mag-niet for that asker, nor with "Nee" where it says mag or mag-mits, unless the reply names
// the exception or the unmet condition that turns it around. "Ja, via de communicatiedienst." to
// "moet ik dat via jullie doen?" is the route, not a permission, and says so.
import type { Role, Statement } from '../../../shared/catalogue/types';
import { actorFit } from '../../../shared/ask/actors';
import { bestStatement } from '../../../shared/ask/rank';
import { composeAnswer, whoToInvolve } from '../../../shared/ask/reply';
import type { Interpretation, QuestionKind } from '../../../shared/ask/types';
import { decideVerdict } from '../../../shared/ask/verdict';
import { effective } from './org';

const org = effective();
const ACTORS: Role[] = [
  'medewerker',
  'dienst',
  'diensthoofd',
  'communicatiedienst',
  'schepen',
  'burgemeester',
  'mandataris',
  'college',
  'redacteur',
  'algemeen-directeur',
];
const KINDS: QuestionKind[] = ['permission', 'obligation'];

function question(s: Statement, actor: Role, kind: QuestionKind): Interpretation {
  return {
    kind,
    actor,
    actorExplicit: actor !== 'medewerker',
    roles: [actor],
    actions: [s.action],
    objects: [...s.objects],
    corrections: [],
    stems: [],
  };
}

describe('polarity over every statement × actor', () => {
  const cases: string[] = [];
  const contradictions: string[] = [];
  for (const a of org.agreements)
    for (const s of a.statements)
      for (const actor of ACTORS)
        for (const kind of KINDS) {
          const i = question(s, actor, kind);
          const best = bestStatement(a.statements, i)?.statement;
          const v = decideVerdict(a.statements, best, i);
          const parts = composeAnswer(
            { verdict: v, kind, agreement: a, who: whoToInvolve(v, actor, kind), question: '', alsoSee: [] },
            org,
          );
          const decides = v.statement;
          cases.push(`${a.number}`);
          if (!decides || actorFit(actor, decides.actor) < 0.5) continue;
          const first = parts.verdictLine.split(/[ ,.]/)[0];
          const turned = parts.explanation.some((l) => /^(Uitzondering|Dat mag enkel zo)/.test(l));
          // "Ja, via de communicatiedienst." answers whether it goes through them: the act stays theirs.
          const route = /^Ja, via /.test(parts.verdictLine);
          if (first === 'Ja' && decides.modality === 'mag-niet' && !route)
            contradictions.push(
              `${a.number} ${actor} ${kind}: "${parts.verdictLine}" on "${decides.summary}"`,
            );
          if (first === 'Nee' && (decides.modality === 'mag' || decides.modality === 'mag-mits') && !turned)
            contradictions.push(
              `${a.number} ${actor} ${kind}: "${parts.verdictLine}" on "${decides.summary}"`,
            );
        }

  it('covers every agreement with statements', () => {
    expect(new Set(cases).size).toBe(org.agreements.filter((a) => a.statements.length).length);
  });

  it('never opens with the opposite of the statement that decides', () => {
    expect(contradictions).toEqual([]);
  });
});

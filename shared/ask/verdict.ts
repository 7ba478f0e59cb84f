// From the best fitting statement to a verdict for this asker (CONTRACT §2: mag, mag-niet,
// mag-mits, moet, info). A statement about someone else's job answers a permission question with
// "no": "Persberichten worden verstuurd door de communicatiedienst" (45) means a staff member may not.
import type { Modality, Role, Statement } from '../catalogue/types';
import { actionFit } from './action-affinity';
import { actorFit } from './actors';
import type { Interpretation } from './types';

export interface Verdict {
  verdict: Modality;
  /** The statement the verdict rests on. */
  statement?: Statement;
  /** For 'mag-niet' because someone else does it: that role ("Nee, dat doet de communicatiedienst."). */
  doer?: Role;
  /** Every role that does it instead ("de algemeen directeur en de bevoegde mandataris"). */
  doers?: Role[];
}

const FITS = 0.5;

export function decideVerdict(
  statements: readonly Statement[],
  best: Statement | undefined,
  i: Interpretation,
): Verdict {
  if (!best) return { verdict: 'info' };
  if (i.kind === 'who') return { verdict: 'info', statement: best };
  const fits = actorFit(i.actor, best.actor) >= FITS;
  if (fits) {
    return { verdict: forAsker(best, i), statement: best, ...doerFor(statements, best, i) };
  }
  // Someone else's statement. When it says that role does what the asker asks about, the answer
  // to "may I" is no: "Persberichten worden verstuurd door de communicatiedienst" (45).
  const sameAction = actionFit(i.actions, best.action) > 0;
  const theirJob = best.modality === 'moet' || best.modality === 'info';
  if (theirJob && sameAction && (i.kind === 'permission' || i.kind === 'how'))
    return { verdict: 'mag-niet', statement: best, doer: best.actor };
  if (i.kind === 'obligation' && theirJob) return { verdict: best.modality, statement: best };
  // Otherwise it tells who is responsible, which is what the asker needs to know.
  return { verdict: 'info', statement: best };
}

function forAsker(s: Statement, i: Interpretation): Modality {
  switch (s.modality) {
    case 'moet':
      // "Mag ik …?" answered by an obligation with conditions or people to involve: yes, but so.
      if (i.kind === 'permission') return s.conditions?.length || s.involve?.length ? 'mag-mits' : 'mag';
      return 'moet';
    case 'info':
      if (i.kind === 'permission') return 'mag';
      if (i.kind === 'obligation') return 'moet';
      return 'info';
    default:
      return s.modality;
  }
}

/** For a 'mag-niet', the roles that do it instead: 'moet'/'info' statements on the same action. */
function doerFor(
  statements: readonly Statement[],
  s: Statement,
  i: Interpretation,
): { doer?: Role; doers?: Role[] } {
  if (s.modality !== 'mag-niet') return {};
  const doers = [
    ...new Set(
      statements
        .filter(
          (o) =>
            o !== s &&
            actionFit([s.action], o.action) > 0 &&
            (o.modality === 'moet' || o.modality === 'info') &&
            o.actor !== i.actor &&
            o.actor !== s.actor,
        )
        .map((o) => o.actor),
    ),
  ];
  return doers.length ? { doer: doers[0], doers } : {};
}

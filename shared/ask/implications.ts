// Objects a question implies without naming them: sending something to the press is a press
// release (45), starting something on social media is a page of one's own (57), a politician's
// Facebook page is one of the personal channels of a mandataris (37). Data: when every listed
// action/object/role is present, the object is added.
import type { Role } from '../catalogue/types';
import type { Interpretation } from './types';
import { MANDATARY_ROLES } from '../catalogue/roles';

interface Implication {
  actions?: string[];
  objects?: string[];
  /** Roles the question names. */
  roles?: Role[];
  /** A mandataris is named but is not the one acting. */
  mandataryNamed?: boolean;
  /** The one acting is a mandataris. */
  mandataryActs?: boolean;
  implies: string;
}

const IMPLICATIONS: readonly Implication[] = [
  { actions: ['versturen'], objects: ['pers'], implies: 'persbericht' },
  { actions: ['plannen'], objects: ['persbericht'], implies: 'persplanning' },
  // An invitation for a press moment or sent to the press is a press invitation (45).
  { objects: ['uitnodiging', 'persconferentie'], implies: 'persuitnodiging' },
  { objects: ['uitnodiging'], roles: ['pers'], implies: 'persuitnodiging' },
  { actions: ['doorsturen'], objects: ['pers'], implies: 'persbericht' },
  { actions: ['reageren'], objects: ['pers'], implies: 'persvraag' },
  { actions: ['beantwoorden'], objects: ['pers'], implies: 'persvraag' },
  { actions: ['aanmaken'], objects: ['sociale-media'], implies: 'socialemediapagina' },
  { actions: ['aanmaken'], objects: ['lokale-socialemediapagina'], implies: 'socialemediapagina' },
  { actions: ['aanmaken'], objects: ['website'], implies: 'website-structuur' },
  { actions: ['reageren'], objects: ['bericht-lokaal-bestuur'], implies: 'reactie-sociale-media' },
  {
    actions: ['gebruiken'],
    objects: ['beeldmateriaal'],
    mandataryActs: true,
    implies: 'bronnen-lokaal-bestuur',
  },
  { actions: ['aanmaken'], objects: ['intranet'], implies: 'intranet-structuur' },
  // The menu or structure of the intranet is the intranet's structure (81), not the website's (77).
  { objects: ['website-structuur', 'intranet'], implies: 'intranet-structuur' },
  // Who communicates about a college decision is what its communicatieparagraaf says (7).
  { actions: ['communiceren'], objects: ['collegebeslissing'], implies: 'communicatieparagraaf' },
  { actions: ['publiceren'], objects: ['intranet'], implies: 'nieuwsbericht' },
  { actions: ['vermelden'], objects: ['ai'], implies: 'ai-content' },
  { actions: ['melden'], objects: ['ai'], implies: 'ai-content' },
  { actions: ['leuk-vinden'], mandataryNamed: true, implies: 'politieke-pagina' },
  // Promoting a party or politician is what 37 forbids staff ("reclame voor één of andere politicus").
  { actions: ['reclame-maken'], mandataryNamed: true, implies: 'politicus' },
  { actions: ['reclame-maken'], objects: ['politieke-communicatie'], implies: 'politicus' },
  // Handing out a party's flyers at the counter is the same (37).
  { actions: ['versturen'], objects: ['politieke-communicatie'], implies: 'politicus' },
  { actions: ['versturen'], objects: ['drukwerk'], mandataryNamed: true, implies: 'politicus' },
  { actions: ['delen'], mandataryNamed: true, implies: 'politieke-pagina' },
  { objects: ['socialemediapagina'], mandataryNamed: true, implies: 'persoonlijke-kanalen-mandataris' },
  { objects: ['sociale-media'], mandataryNamed: true, implies: 'persoonlijke-kanalen-mandataris' },
  // A mandataris posting on a page of his own: a personal channel (33, 37).
  { objects: ['socialemediapagina'], mandataryActs: true, implies: 'persoonlijke-kanalen-mandataris' },
  { objects: ['prive-account'], mandataryActs: true, implies: 'persoonlijke-kanalen-mandataris' },
  // A mandataris posting on a personal channel is political communication (33).
  { objects: ['persoonlijke-kanalen-mandataris'], mandataryActs: true, implies: 'politieke-communicatie' },
  // A college position that the council still has to vote on (31).
  { objects: ['collegebeslissing'], roles: ['gemeenteraad'], implies: 'advies-college' },
  // A leader passing information on to the team is the information flow of 17.
  { actions: ['informeren'], roles: ['leidinggevende'], implies: 'informatiedoorstroming' },
  { actions: ['informeren'], roles: ['diensthoofd'], implies: 'informatiedoorstroming' },
  // A journalist wanting a quote from staff is an interview (54), not the quote in a press release (46).
  { objects: ['quote'], roles: ['pers'], implies: 'interview' },
  { objects: ['website'], mandataryActs: true, implies: 'persoonlijke-kanalen-mandataris' },
  // Posting the municipality's photos on a mandataris's own page is using the local government's
  // sources in political communication (34), whatever the verb ('posten', 'zetten', 'delen').
  ...['persoonlijke-kanalen-mandataris', 'socialemediapagina', 'prive-account'].map((channel) => ({
    objects: ['beeldmateriaal', channel],
    mandataryActs: true,
    implies: 'bronnen-lokaal-bestuur',
  })),
];

/** The objects the question implies besides those it names. */
export function impliedObjects(i: Interpretation): string[] {
  const mandataryActs = i.actorExplicit && MANDATARY_ROLES.has(i.actor);
  const mandataryNamed = i.roles.some((r) => MANDATARY_ROLES.has(r) && r !== i.actor);
  const out: string[] = [];
  for (const rule of IMPLICATIONS) {
    if (i.objects.includes(rule.implies) || out.includes(rule.implies)) continue;
    if (rule.actions && !rule.actions.every((a) => i.actions.includes(a))) continue;
    if (rule.objects && !rule.objects.every((o) => i.objects.includes(o))) continue;
    if (rule.roles && !rule.roles.every((r) => i.roles.includes(r))) continue;
    if (rule.mandataryNamed && !mandataryNamed) continue;
    if (rule.mandataryActs && !mandataryActs) continue;
    out.push(rule.implies);
  }
  return out;
}

/**
 * Actions a question implies: staff posting on the municipality's social media is what the
 * communication service coordinates (56), and a page of their own needs its approval (57). Only
 * for staff: a mandataris posting is political communication (33, 34), the service posting is its job.
 */
const ACTION_IMPLICATIONS: readonly { action: string; objects: string[]; implies: string }[] = [
  { action: 'publiceren', objects: ['sociale-media'], implies: 'coordineren' },
];

export function impliedActions(i: Interpretation): string[] {
  if (MANDATARY_ROLES.has(i.actor) || i.actor === 'communicatiedienst') return [];
  if (i.objects.includes('persoonlijke-kanalen-mandataris') || i.objects.includes('prive-account')) return [];
  return ACTION_IMPLICATIONS.filter(
    (r) =>
      i.actions.includes(r.action) &&
      !i.actions.includes(r.implies) &&
      r.objects.every((o) => i.objects.includes(o)),
  ).map((r) => r.implies);
}

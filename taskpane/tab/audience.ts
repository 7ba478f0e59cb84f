// "Voor wie" on the Afspraken page: what one kind of reader may, must and may not do, gathered from
// the statements of the adopted agreements. Whether a statement speaks to a reader is ask's own
// actor fit (shared/ask/actors.ts), so the tab and the bot agree on who a rule is for: a statement
// about "de dienst" or "iedereen" is for a medewerker too, one about "mandatarissen" for a schepen.
import { actorFit } from '../../shared/ask/actors';
import type { Modality, Role, Statement } from '../../shared/catalogue/types';
import type { EffectiveAgreement, EffectiveOrganisation } from '../../shared/organisation/types';

export type AudienceId = 'medewerker' | 'dienst' | 'leidinggevende' | 'kabinet' | 'schepen' | 'burgemeester';

export const AUDIENCES: readonly { id: AudienceId; label: string; plural: string }[] = [
  { id: 'medewerker', label: 'medewerker', plural: 'Medewerkers' },
  { id: 'dienst', label: 'dienst', plural: 'Diensten' },
  { id: 'leidinggevende', label: 'leidinggevende', plural: 'Leidinggevenden' },
  { id: 'kabinet', label: 'kabinet', plural: 'Kabinetten' },
  { id: 'schepen', label: 'schepen', plural: 'Schepenen' },
  { id: 'burgemeester', label: 'burgemeester', plural: 'Burgemeester' },
];

export function isAudience(id: string): id is AudienceId {
  return AUDIENCES.some((a) => a.id === id);
}

/**
 * Above ask's "related role" weights (0.5: a medewerker asking about a leidinggevende's rule), so
 * the list keeps to rules that bind the reader, not rules about someone near them.
 */
const MIN_FIT = 0.55;

/** The order a reader scans: what is allowed, then under conditions, then duties, then the don'ts. */
export const MODALITY_ORDER: readonly Exclude<Modality, 'info'>[] = ['mag', 'mag-mits', 'moet', 'mag-niet'];

export interface AudienceRule {
  agreement: EffectiveAgreement;
  statement: Statement;
  /** 1 when the statement names the reader's own role, less when it binds them as part of a group. */
  fit: number;
}

export type AudienceRules = Record<Exclude<Modality, 'info'>, AudienceRule[]>;

/**
 * The statements that bind this reader, by modality, in catalogue order within each, the ones that
 * name the reader's own role first. 'info' statements (who is responsible) say nothing the reader
 * may or must do, so they stay on the agreement itself.
 */
export function rulesFor(org: EffectiveOrganisation, audience: AudienceId): AudienceRules {
  const rules: AudienceRules = { mag: [], 'mag-mits': [], moet: [], 'mag-niet': [] };
  for (const agreement of org.agreements) {
    for (const statement of agreement.statements) {
      if (statement.modality === 'info') continue;
      const fit = actorFit(audience as Role, statement.actor);
      if (fit >= MIN_FIT) rules[statement.modality].push({ agreement, statement, fit });
    }
  }
  for (const list of Object.values(rules)) list.sort((x, y) => Number(y.fit === 1) - Number(x.fit === 1));
  return rules;
}

/** Every role an agreement's statements ask to involve, once, in the order they first appear. */
export function involvedRoles(agreement: EffectiveAgreement): Role[] {
  return [...new Set(agreement.statements.flatMap((s) => s.involve ?? []))];
}

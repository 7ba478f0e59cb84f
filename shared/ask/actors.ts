// How well a statement's actor fits the question's actor. A staff member asking is covered by a
// statement about "de dienst" or "iedereen"; a schepen by one about "mandatarissen".
import type { Role } from '../catalogue/types';

const STAFF: Partial<Record<Role, number>> = {
  medewerker: 1,
  dienst: 0.9,
  iedereen: 0.8,
  redacteur: 0.5,
  leidinggevende: 0.5,
  diensthoofd: 0.5,
};
const MANDATARY: Partial<Record<Role, number>> = {
  mandataris: 0.9,
  'bevoegde-mandataris': 0.8,
  iedereen: 0.7,
  college: 0.5,
};

const FIT: Partial<Record<Role, Partial<Record<Role, number>>>> = {
  medewerker: STAFF,
  dienst: { ...STAFF, dienst: 1, medewerker: 0.9, diensthoofd: 0.6 },
  diensthoofd: { ...STAFF, diensthoofd: 1, leidinggevende: 0.9, dienst: 0.8, medewerker: 0.6 },
  leidinggevende: { ...STAFF, leidinggevende: 1, diensthoofd: 0.9, dienst: 0.7, medewerker: 0.6 },
  redacteur: { ...STAFF, redacteur: 1, medewerker: 0.8 },
  schepen: {
    ...MANDATARY,
    schepen: 1,
    'bevoegde-schepen': 0.9,
    'schepen-van-communicatie': 0.7,
    burgemeester: 0.4,
  },
  'bevoegde-schepen': { ...MANDATARY, 'bevoegde-schepen': 1, schepen: 0.9 },
  'schepen-van-communicatie': { ...MANDATARY, 'schepen-van-communicatie': 1, schepen: 0.9 },
  burgemeester: { ...MANDATARY, burgemeester: 1, schepen: 0.4 },
  mandataris: { ...MANDATARY, mandataris: 1, schepen: 0.9, burgemeester: 0.8, 'bevoegde-schepen': 0.8 },
  'bevoegde-mandataris': {
    ...MANDATARY,
    'bevoegde-mandataris': 1,
    mandataris: 0.9,
    schepen: 0.8,
    burgemeester: 0.8,
  },
  college: { college: 1, burgemeester: 0.6, schepen: 0.6, mandataris: 0.5, iedereen: 0.6 },
  gemeenteraad: { gemeenteraad: 1, mandataris: 0.7, iedereen: 0.6 },
  kabinet: { kabinet: 1, mandataris: 0.6, dienst: 0.5, iedereen: 0.7 },
  communicatiedienst: { communicatiedienst: 1, communicatieverantwoordelijke: 0.8, iedereen: 0.5 },
  communicatieverantwoordelijke: { communicatieverantwoordelijke: 1, communicatiedienst: 0.8, iedereen: 0.5 },
  'algemeen-directeur': { 'algemeen-directeur': 1, managementteam: 0.6, iedereen: 0.6 },
  managementteam: { managementteam: 1, 'algemeen-directeur': 0.6, leidinggevende: 0.6, iedereen: 0.6 },
  redactieraad: { redactieraad: 1, communicatiedienst: 0.5 },
  pers: { pers: 1, externe: 0.9 },
  externe: { externe: 1, pers: 0.9 },
  'ambtenaar-noodplanning': { 'ambtenaar-noodplanning': 1, medewerker: 0.5, iedereen: 0.6 },
};

/** 0 (someone else) … 1 (the same role). */
export function actorFit(asker: Role, statementActor: Role): number {
  if (asker === statementActor) return 1;
  return FIT[asker]?.[statementActor] ?? (statementActor === 'iedereen' ? 0.6 : 0);
}

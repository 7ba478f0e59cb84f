// The organisation's afsprakennota (CONTRACT §1) and the agreements it makes effective.
import type { Point, Role, Statement } from '../catalogue/types';

export type OrganisationKind = 'gemeente' | 'stad' | 'ocmw' | 'provincie' | 'andere';

export type PersonRole =
  | 'burgemeester'
  | 'schepen'
  | 'algemeen-directeur'
  | 'communicatieverantwoordelijke'
  | 'gemeenteraadsvoorzitter'
  | 'voorzitter-bijzonder-comite'
  | 'diensthoofd'
  | 'raadslid';

export interface Person {
  name: string;
  role: PersonRole;
  party?: string;
  /** Bevoegdheden, lower case ('cultuur', 'sport', …). */
  portfolio: string[];
  email?: string;
  phone?: string;
  /** Gsm number (agreement 48 asks for it on a press release). */
  mobile?: string;
  /** For a diensthoofd: the department (dienst) they lead. */
  department?: string;
}

/** How staff reach the communication service (out-of-scope answers, press desk). */
export interface ServiceContact {
  name: string;
  email?: string;
  phone?: string;
}

export interface Organisation {
  organisation: {
    name: string;
    aliases: string[];
    kind: OrganisationKind;
  };
  /** Contact of the communication service; defaults to a generic name when absent. */
  communicatiedienst?: ServiceContact;
  people: Person[];
  agreements: {
    omit: number[];
    variants: Record<number, number>;
  };
  /** Extra political party names or abbreviations for the neutrality checks. */
  parties?: string[];
}

/** One agreement as this organisation adopted it: the chosen variant's text in place. */
export interface EffectiveAgreement {
  number: number;
  section: { id: string; title: string };
  subsection?: string;
  /** Chosen variant number, or null for the main text. */
  variant: number | null;
  variantLabel?: string;
  lead: string;
  points: Point[];
  tail?: string;
  /** The whole text as one string, as users see it quoted. */
  text: string;
  statements: Statement[];
  noStatements?: string;
  readMore: string[];
}

export interface EffectiveOrganisation {
  organisation: Organisation;
  /** Adopted agreements in catalogue order. */
  agreements: EffectiveAgreement[];
  byNumber: ReadonlyMap<number, EffectiveAgreement>;
  omitted: number[];
}

export type { Role };

// The organisation's afsprakennota (CONTRACT §1) and the agreements it makes effective.
import type { Point, Role, Statement } from '../catalogue/types';
import type { AgreementParameters, NoteParameters } from './parameters';

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
    /** The organisation's own agreements, numbered from 1000 (absent when it has none). */
    add?: OwnAgreement[];
    /** Catalogue agreements in the organisation's own words, by number (absent when none). */
    edit?: Record<number, AgreementEdit>;
    /**
     * The words that replace the blanks in an agreement's text, by number: 13: 'de dienst
     * Burgerzaken' for "…door een andere dienst (specifieer)." (absent when none; 60 has a default).
     */
    fill?: Record<number, string>;
    /**
     * What an agreement decides that rules and answers use, set by the organisation: 22's je or u
     * per document type (absent when none; parameters.ts).
     */
    parameters?: AgreementParameters;
  };
  /** Extra political party names or abbreviations for the neutrality checks. */
  parties?: string[];
}

/** An agreement the organisation adds to the catalogue's (`agreements.add`). */
export interface OwnAgreement {
  /** 1000 or more, so it never collides with the catalogue's 1 to 87. */
  number: number;
  /** Id of the catalogue section it belongs in ('5.8'). */
  section: string;
  subsection?: string;
  text: string;
  points: Point[];
  statements: Statement[];
  /** How staff would ask about it, in their own words: teaches the bot the phrasing (ask). */
  examples?: string[];
}

/**
 * A catalogue agreement reworded by the organisation (`agreements.edit`). A new text without
 * statements keeps the catalogue's statements: the rewording is taken to say the same thing.
 */
export interface AgreementEdit {
  text?: string;
  /** Bullets under the new text; only with `text`. */
  points?: Point[];
  statements?: Statement[];
  /** Example questions in the organisation's own words, next to the catalogue's. */
  examples?: string[];
}

/** Where an effective agreement's text comes from, so the UI can say "eigen afspraak". */
export type AgreementOrigin = 'catalogue' | 'edited' | 'added';

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
  /** The organisation's own example questions (`examples` in agreements.add or agreements.edit). */
  examples?: string[];
  readMore: string[];
  /** Catalogue text, the organisation's rewording of it, or its own agreement (number >= 1000). */
  origin?: AgreementOrigin;
}

export interface EffectiveOrganisation {
  organisation: Organisation;
  /** Adopted agreements in catalogue order; added ones after the catalogue's in their section. */
  agreements: EffectiveAgreement[];
  byNumber: ReadonlyMap<number, EffectiveAgreement>;
  omitted: number[];
  /** What the note decides, typed: the one place rules and answers read it from. */
  parameters: NoteParameters;
}

export type { Role };

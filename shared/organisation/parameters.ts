// What the organisation's note decides that a rule or an answer uses, as typed values
// (DESIGN "Second round": the note is data with parameters). Rules and answers read these instead
// of keeping their own copy of an agreement: an organisation that sets its letters to je-vorm, or
// picks the variant of 36, gets a checker and a bot that say the same thing.
//
// Most parameters follow from choices the file already makes (a variant, `fill`, the people);
// agreement 22's address form per document type is the one set explicitly
// (`agreements.parameters: {22: {brief: je}}`).
import type { Statement } from '../catalogue/types';
import { defaultFills } from './placeholders';
import type { EffectiveAgreement, Organisation } from './types';

/** The document types whose form of address agreement 22 decides (the checker's types). */
export const ADDRESS_DOC_TYPES = [
  'brief',
  'uitnodiging',
  'persbericht',
  'infoblad',
  'website',
  'sociale-media',
] as const;
export type AddressDocType = (typeof ADDRESS_DOC_TYPES)[number];
export type AddressForm = 'je' | 'u';

/** `agreements.parameters` in the organisation file, by agreement number. */
export interface AgreementParameters {
  22?: Partial<Record<AddressDocType, AddressForm>>;
}

/**
 * Agreement 22 as the catalogue writes it: the public channels (infoblad, website, social media)
 * in je-vorm, correspondence in u. It names neither press releases nor invitations, so those
 * have no form until the organisation chooses one (only a mix of both is then flagged).
 */
export const CATALOGUE_ADDRESS_FORM: Readonly<Record<AddressDocType, AddressForm | null>> = {
  brief: 'u',
  uitnodiging: null,
  persbericht: null,
  infoblad: 'je',
  website: 'je',
  'sociale-media': 'je',
};

/** Who signs letters and invitations (agreement 36): main text or its variant. */
export type Signers = 'directeur-en-bevoegde-mandataris' | 'directeur-en-burgemeester';

export interface NoteParameters {
  /** 22: je or u per document type; null = no fixed form (all null when 22 is omitted). */
  addressForm: Readonly<Record<AddressDocType, AddressForm | null>>;
  /** 36: who signs; null when the organisation omitted 36. */
  signers: Signers | null;
  /** 46: the chosen text (null = main text); null as a whole when 46 is omitted. */
  pressApproval: { variant: number | null } | null;
  /** 46, variant 2: every press release carries a quote of the mandataris. */
  quoteRequired: boolean;
  /** 21: the official name and the other accepted ways to write it. */
  officialName: string;
  aliases: readonly string[];
  /** 48: the contact block a press release needs; null when 48 is omitted. */
  contactBlock: { mandatary: { phone: boolean; email: boolean; mobile: boolean }; service: boolean } | null;
  /** The words that fill the blanks of agreements (13's "(specifieer)", 60's "xxx"). */
  fills: Readonly<Record<number, string>>;
}

/** The parameters of an organisation's note, from its file and its effective agreements. */
export function noteParameters(
  org: Organisation,
  adopted: ReadonlyMap<number, EffectiveAgreement>,
): NoteParameters {
  const a46 = adopted.get(46);
  return {
    addressForm: adopted.has(22) ? addressFormOf(org) : noAddressForm(),
    signers: adopted.has(36)
      ? adopted.get(36)!.variant === 1
        ? 'directeur-en-burgemeester'
        : 'directeur-en-bevoegde-mandataris'
      : null,
    pressApproval: a46 ? { variant: a46.variant } : null,
    quoteRequired: a46?.variant === 2,
    officialName: org.organisation.name,
    aliases: org.organisation.aliases,
    contactBlock: adopted.has(48)
      ? { mandatary: { phone: true, email: true, mobile: true }, service: true }
      : null,
    fills: { ...defaultFills(org.organisation.name), ...org.agreements.fill },
  };
}

/** The catalogue's address forms with the organisation's choices on top. */
export function addressFormOf(org: Organisation): Record<AddressDocType, AddressForm | null> {
  return { ...CATALOGUE_ADDRESS_FORM, ...org.agreements.parameters?.[22] };
}

function noAddressForm(): Record<AddressDocType, AddressForm | null> {
  return Object.fromEntries(ADDRESS_DOC_TYPES.map((t) => [t, null])) as Record<AddressDocType, null>;
}

// How agreement 22's text names each document type, in the order a reader expects them.
const DOC_TYPE_WORDS: Readonly<Record<AddressDocType, string>> = {
  infoblad: 'het infoblad',
  website: 'de website',
  'sociale-media': 'sociale media',
  persbericht: 'persberichten',
  brief: 'brieven',
  uitnodiging: 'uitnodigingen',
};
const WORD_ORDER: readonly AddressDocType[] = [
  'infoblad',
  'website',
  'sociale-media',
  'persbericht',
  'brief',
  'uitnodiging',
];

// The vocabulary objects a question about each type names (shared/catalogue/vocabulary.ts).
const DOC_TYPE_OBJECTS: Readonly<Record<AddressDocType, readonly string[]>> = {
  infoblad: ['infoblad'],
  website: ['website', 'nieuwsbrief'],
  'sociale-media': ['sociale-media'],
  persbericht: ['persbericht'],
  brief: ['brief'],
  uitnodiging: ['uitnodiging'],
};

/** "a, b en c" */
export function dutchList(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}

/**
 * Agreement 22 with the organisation's address forms in its text and statements, so the bot's
 * answer about je or u on a channel is the checker's expectation for that document type. The
 * organisation's own wording of the text (`edit`) is kept; the statements always follow the forms.
 */
export function withAddressForms(
  a: EffectiveAgreement,
  forms: Readonly<Record<AddressDocType, AddressForm | null>>,
  keepText: boolean,
): EffectiveAgreement {
  const types = (form: AddressForm) => WORD_ORDER.filter((t) => forms[t] === form);
  const je = types('je');
  const u = types('u');
  const statements: Statement[] = [];
  if (je.length) statements.push(addressStatement(je, 'je'));
  if (u.length) statements.push(addressStatement(u, 'u'));
  if (keepText) return { ...a, statements };
  const sentences: string[] = [];
  if (je.length)
    sentences.push(
      `In ${dutchList(je.map((t) => DOC_TYPE_WORDS[t]))} hanteren we de laagdrempelige je-vorm.`,
    );
  if (u.length)
    sentences.push(
      `In ${dutchList(u.map((t) => DOC_TYPE_WORDS[t]))} houden we het bij de meer zakelijke u-aanspreking.`,
    );
  const text = sentences.join(' ');
  const { tail: _catalogueTail, ...rest } = a;
  return { ...rest, lead: text, points: [], text, statements };
}

function addressStatement(types: readonly AddressDocType[], form: AddressForm): Statement {
  const where = dutchList(types.map((t) => DOC_TYPE_WORDS[t]));
  return {
    actor: 'iedereen',
    modality: 'moet',
    action: 'gebruiken',
    objects: ['taalgebruik', ...types.flatMap((t) => DOC_TYPE_OBJECTS[t])],
    conditions: [`${form}-vorm`],
    summary:
      form === 'je'
        ? `In ${where} spreken we de lezer aan met je.`
        : `In ${where} gebruiken we de zakelijke u-vorm.`,
  };
}

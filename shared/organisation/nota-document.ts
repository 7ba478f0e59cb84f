// The afsprakennota as a document a college can approve: a cover (organisation, version, date,
// who prepared it), what changed since the previous version, the choices the note makes in plain
// words (address form, signatures, quotes, name, contact block, what is not adopted), then the
// agreements by section with their numbers and the people. Renderers (Markdown, .docx) lay it out.
import type { NoteChange } from './diff';
import { notaBlocks, type NotaBlock } from './nota';
import type { EffectiveOrganisation } from './types';

export interface NotaVersionInfo {
  number: number;
  /** When it was published. */
  date: Date;
  /** Who published it. */
  by?: string;
  changeNote?: string;
  /** What changed since the version before it; absent or empty for the first version. */
  changes?: readonly NoteChange[];
}

export interface NotaDocument {
  title: string;
  /** The cover's lines under the title. */
  cover: string[];
  /** A short line for the page header: "Afsprakennota Gemeente Zilverbeek, versie 3". */
  running: string;
  blocks: NotaBlock[];
}

const DATE = new Intl.DateTimeFormat('nl-BE', { dateStyle: 'long', timeZone: 'Europe/Brussels' });

export function notaDocument(org: EffectiveOrganisation, version?: NotaVersionInfo): NotaDocument {
  const name = org.organisation.organisation.name;
  const title = `Afsprakennota ${name}`;
  const cover = [
    'Communicatieafspraken tussen bestuur, administratie en communicatiedienst',
    ...(version ? [`Versie ${version.number} van ${DATE.format(version.date)}`] : []),
    ...(version?.by ? [`Gepubliceerd door ${version.by}`] : []),
    'Voorgelegd ter goedkeuring aan het college van burgemeester en schepenen',
  ];
  const body = notaBlocks(org).filter((b) => b.kind !== 'title');
  // The note's opening paragraphs first (what it is), then what changed and what it decides.
  const intro = body.findIndex((b) => b.kind !== 'paragraph');
  const blocks: NotaBlock[] = body.splice(0, intro === -1 ? body.length : intro);
  if (version && version.number > 1) {
    blocks.push({ kind: 'section', text: `Wat verandert er ten opzichte van versie ${version.number - 1}` });
    if (version.changeNote) blocks.push({ kind: 'paragraph', text: version.changeNote });
    const changes = version.changes ?? [];
    if (!changes.length)
      blocks.push({ kind: 'paragraph', text: 'De inhoud is dezelfde als in de vorige versie.' });
    for (const c of changes) blocks.push({ kind: 'point', text: c.text });
  }
  const choices = choicesInWords(org);
  if (choices.length) {
    blocks.push({ kind: 'section', text: 'De keuzes van deze nota' });
    for (const c of choices) blocks.push({ kind: 'point', title: c.title, text: c.text });
  }
  // The note itself, without its own title (the cover has it).
  blocks.push(...body);
  return {
    title,
    cover,
    running: version ? `${title}, versie ${version.number}` : title,
    blocks,
  };
}

/** The Markdown form: the cover as the first lines, then the blocks. */
export function notaDocumentMarkdownBlocks(doc: NotaDocument): NotaBlock[] {
  return [
    { kind: 'title', text: doc.title },
    ...doc.cover.map((text): NotaBlock => ({ kind: 'paragraph', text })),
    ...doc.blocks,
  ];
}

// What shared/organisation/parameters.ts computes (EffectiveOrganisation.parameters), read loosely
// so the note can be written from any stored version, with or without it.
interface LooseParameters {
  addressForm?: Record<string, 'je' | 'u' | null>;
  signers?: string | null;
  quoteRequired?: boolean;
  officialName?: string;
  aliases?: readonly string[];
  contactBlock?: { mandatary: { phone: boolean; email: boolean; mobile: boolean }; service: boolean } | null;
  fills?: Record<number, string>;
}

const DOC_TYPES: [string, string][] = [
  ['brief', 'brieven'],
  ['uitnodiging', 'uitnodigingen'],
  ['persbericht', 'persberichten'],
  ['infoblad', 'het infoblad'],
  ['website', 'de website'],
  ['sociale-media', 'sociale media'],
];

const SIGNERS: Record<string, string> = {
  'directeur-en-bevoegde-mandataris': 'de algemeen directeur en de bevoegde mandataris',
  'directeur-en-burgemeester': 'de algemeen directeur en de burgemeester',
};

/** The decisions the note makes, each as a titled line a college member reads without the catalogue. */
export function choicesInWords(org: EffectiveOrganisation): { title: string; text: string }[] {
  const p = (org as { parameters?: LooseParameters }).parameters ?? {};
  const o = org.organisation;
  const out: { title: string; text: string }[] = [];
  const name = p.officialName ?? o.organisation.name;
  const aliases = p.aliases ?? o.organisation.aliases;
  out.push({
    title: 'Naam (afspraak 21)',
    text: `${name}${aliases.length ? `; ook aanvaard: ${aliases.join(', ')}` : ''}.`,
  });
  if (p.addressForm && org.byNumber.has(22)) {
    const form = (t: string) => {
      const f = p.addressForm![t];
      return f === 'je' ? 'je-vorm' : f === 'u' ? 'u-vorm' : 'geen vaste vorm';
    };
    out.push({
      title: 'Aanspreekvorm (afspraak 22)',
      text: `${DOC_TYPES.map(([t, words]) => `${words}: ${form(t)}`).join('; ')}.`,
    });
  }
  if (p.signers && SIGNERS[p.signers])
    out.push({
      title: 'Ondertekening (afspraak 36)',
      text: `Brieven en uitnodigingen worden ondertekend door ${SIGNERS[p.signers]}.`,
    });
  if (org.byNumber.has(46))
    out.push({
      title: 'Persberichten (afspraak 46)',
      text: p.quoteRequired
        ? 'Elk persbericht bevat een quote van de bevoegde mandataris.'
        : 'Een quote van de mandataris is niet verplicht.',
    });
  if (p.contactBlock) {
    const m = p.contactBlock.mandatary;
    const ways = [m.phone && 'telefoon', m.mobile && 'gsm', m.email && 'e-mail'].filter(Boolean).join(', ');
    out.push({
      title: 'Contactgegevens (afspraak 48)',
      text: `Een persbericht vermeldt de contactgegevens van de mandataris (${ways})${p.contactBlock.service ? ' en van de communicatiedienst' : ''}.`,
    });
  }
  const variants = Object.entries(o.agreements.variants)
    .map(([n, v]) => [Number(n), v] as const)
    .filter(([n]) => org.byNumber.has(n))
    .sort((a, b) => a[0] - b[0]);
  if (variants.length)
    out.push({
      title: 'Gekozen varianten',
      text: `${variants.map(([n, v]) => `afspraak ${n}: variant ${v}`).join('; ')}.`,
    });
  const fills = Object.entries(o.agreements.fill ?? {}).filter(([n]) => org.byNumber.has(Number(n)));
  if (fills.length)
    out.push({
      title: 'Ingevuld',
      text: `${fills.map(([n, words]) => `afspraak ${n}: ${words}`).join('; ')}.`,
    });
  if (org.omitted.length)
    out.push({
      title: 'Niet opgenomen',
      text: `afspraken ${org.omitted.join(', ')} van de inspiratienota.`,
    });
  const own = org.agreements.filter((a) => a.origin === 'added').map((a) => a.number);
  const edited = org.agreements.filter((a) => a.origin === 'edited').map((a) => a.number);
  if (own.length) out.push({ title: 'Eigen afspraken', text: `${own.join(', ')}.` });
  if (edited.length) out.push({ title: 'In eigen woorden', text: `afspraken ${edited.join(', ')}.` });
  return out;
}

// The organisation's own afsprakennota as a document model (the inspiration note's promise: pick,
// vary, and get your own note). Sections in catalogue order, agreement numbers kept, the chosen
// variants in place, omitted agreements left out. Renderers (Markdown here, .docx in cli/) only lay it out.
import { sections } from '../catalogue';
import { personRoleLabel, serviceContact } from './people';
import type { EffectiveOrganisation } from './types';

export type NotaBlock =
  | { kind: 'title'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'section'; text: string }
  | { kind: 'subsection'; text: string }
  | { kind: 'agreement'; number: number; text: string }
  | { kind: 'point'; title?: string; text: string };

export function notaBlocks(org: EffectiveOrganisation): NotaBlock[] {
  const o = org.organisation;
  const name = o.organisation.name;
  const blocks: NotaBlock[] = [
    { kind: 'title', text: `Afsprakennota ${name}` },
    {
      kind: 'paragraph',
      text:
        `Deze nota bundelt de communicatieafspraken van ${name}. ` +
        'Ze volgt de catalogus van de inspiratienota: de nummers van de afspraken blijven dezelfde, ' +
        'zodat iedereen naar "afspraak 36" kan verwijzen.',
    },
  ];
  if (org.agreements.some((a) => a.origin === 'added'))
    blocks.push({
      kind: 'paragraph',
      text: `Afspraken met een nummer vanaf 1000 zijn eigen afspraken van ${name}, bovenop de catalogus.`,
    });
  for (const section of sections) {
    // The effective list, not the catalogue's: it holds the own agreements (>= 1000) in their place.
    const adopted = org.agreements.filter((a) => a.section.id === section.id);
    if (!adopted.length) continue;
    blocks.push({ kind: 'section', text: `${section.id} ${section.title}` });
    let subsection: string | undefined;
    for (const a of adopted) {
      if (a.subsection && a.subsection !== subsection)
        blocks.push({ kind: 'subsection', text: a.subsection });
      subsection = a.subsection;
      blocks.push({ kind: 'agreement', number: a.number, text: a.lead });
      for (const p of a.points)
        blocks.push({ kind: 'point', ...(p.title ? { title: p.title } : {}), text: p.text });
      if (a.tail) blocks.push({ kind: 'paragraph', text: a.tail });
    }
  }
  // Names make the note usable on its own: who is "de bevoegde schepen", whom to call.
  const contact = serviceContact(o);
  const people = o.people.map((p) => {
    const extra = p.role === 'diensthoofd' && p.department ? `, ${p.department}` : '';
    const portfolio = p.portfolio.length && p.role !== 'diensthoofd' ? `: ${p.portfolio.join(', ')}` : '';
    return `${p.name}, ${personRoleLabel(p.role)}${extra}${portfolio}`;
  });
  if (people.length || contact.email || contact.phone) {
    blocks.push({ kind: 'section', text: 'Wie is wie' });
    const details = [contact.email, contact.phone].filter(Boolean).join(', ');
    blocks.push({
      kind: 'point',
      text: `Communicatiedienst: ${contact.name}${details ? ` (${details})` : ''}`,
    });
    for (const p of people) blocks.push({ kind: 'point', text: p });
  }
  return blocks;
}

export function notaMarkdown(blocks: readonly NotaBlock[]): string {
  const out: string[] = [];
  for (const b of blocks) {
    switch (b.kind) {
      case 'title':
        out.push(`# ${b.text}`, '');
        break;
      case 'section':
        out.push(`## ${b.text}`, '');
        break;
      case 'subsection':
        out.push(`### ${b.text}`, '');
        break;
      case 'agreement':
        out.push(`**${b.number}.** ${b.text}`, '');
        break;
      case 'point':
        // Consecutive points form one list: drop the blank line after the previous point.
        if (out.length && out[out.length - 1] === '' && out[out.length - 2]?.startsWith('- ')) out.pop();
        out.push(`- ${b.title ? `**${b.title}**: ` : ''}${b.text}`, '');
        break;
      case 'paragraph':
        out.push(b.text, '');
        break;
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}

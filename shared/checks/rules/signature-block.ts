// The signature block of a letter or invitation (agreement 36), read from its end: the lines
// after the last closing formula ("Met vriendelijke groeten"), or else the short lines at the
// very end. Flemish letters put the signatures side by side: a two-column table ("De algemeen
// directeur | De burgemeester" with the names below), or columns separated by tabs. Each column
// is read top to bottom; a role title or a name starts a signatory, the line below completes it.
import type { EffectiveOrganisation, Person } from '../../organisation/types';
import { isContent, linesOf, type Line } from '../document';
import { foldKeepLength } from '../fold';
import type { CheckDocument } from '../types';
import { personMentions, roleMentions, type WrittenRole } from './roles';

export interface Signatory {
  /** The role as written, else the role of the named person. */
  role?: WrittenRole;
  person?: Person;
  /** Portfolio words written with the title ("schepen van cultuur"). */
  portfolio?: string;
  /** The span to point at: the name line when there is one, else the title line. */
  start: number;
  end: number;
}

export interface SignatureBlock {
  start: number;
  end: number;
  signatories: Signatory[];
  /** "Namens het college", "Voor het college": the college signs, through the people below. */
  collegial: boolean;
}

const CLOSING =
  /^\s*(?:(?:met\s+)?(?:vriendelijke|beleefde|hartelijke|collegiale|hoogachtende|oprechte|sportieve|warme|feestelijke|culturele|vriendelijke en)?\s*groet(?:en|jes)?\b|hoogachtend|met de meeste hoogachting|met (?:alle|veel) respect|tot (?:dan|binnenkort|ziens)\b)/;
// After these the block is over: attachments, copies, a postscript, a reply slip.
const STOP =
  /^\s*(?:bijlagen?\b|bijlage\(n\)|kopie\b|in kopie\b|cc\b|p\.s\.|ps:|antwoordstrook|strookje|knip hier|-{3,}|_{3,})/;
const COLLEGIAL =
  /\b(?:namens|voor|vanwege)\s+(?:het\s+)?(?:college|gemeentebestuur|stadsbestuur|bestuur|schepencollege|gemeenteraad)\b/;
const NOISE = /^\s*(?:op bevel|bij opdracht|in opdracht|namens|voor|(?:de|het)\s*)[,:]?\s*$/;
// A name on its own: two to five capitalised words, with the Flemish particles in between.
const NAME_LINE =
  /^\s*(?:(?:\p{Lu}[\p{L}'’-]*\.?|van|de|der|den|ter|ten|vande|vanden|vander|d'|'t|el|le|la|du)\s+){1,4}\p{Lu}[\p{L}'’-]+\s*[,.]?\s*$/u;
const MAX_BLOCK_LINES = 30;

/** A short line without a sentence in it: a title, a name, a formula. */
function signatureLike(text: string): boolean {
  // Initials and "(get.)" (signed) are no sentence ends: "(get.) H. Dewilde".
  const t = text
    .replace(/\b\p{Lu}\./gu, 'X')
    .replace(/\(get\.\)/gi, '')
    .trim();
  if (t === '') return true;
  const words = t.split(/\s+/).length;
  return words <= 10 && t.length <= 90 && !/[.!?]\s+\p{Lu}/u.test(t) && !/[.!?]$/.test(t);
}

/** Lines of the block: after the last closing formula, else the trailing short lines. */
function blockLines(doc: CheckDocument): Line[] {
  const lines = linesOf(doc, isContent);
  let closing = -1;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (CLOSING.test(foldKeepLength(lines[i].text))) {
      closing = i;
      break;
    }
  }
  const out: Line[] = [];
  if (closing >= 0) {
    let seenSignature = false;
    for (let i = closing + 1; i < lines.length && out.length < MAX_BLOCK_LINES; i++) {
      const line = lines[i];
      const folded = foldKeepLength(line.text);
      if (STOP.test(folded)) break;
      const inTable = line.paragraph.location === 'table';
      if (!inTable && !signatureLike(line.text)) {
        if (seenSignature) break;
        continue;
      }
      if (line.text.trim() !== '') seenSignature = true;
      out.push(line);
    }
    // The formula itself may carry the college ("Met vriendelijke groeten, namens het college").
    out.unshift(lines[closing]);
    return out;
  }
  // No formula: walk back over short lines and table cells, past trailing attachments.
  let i = lines.length - 1;
  for (let j = lines.length - 1; j >= Math.max(0, lines.length - MAX_BLOCK_LINES); j--) {
    if (STOP.test(foldKeepLength(lines[j].text))) i = j - 1;
  }
  for (; i >= 0 && out.length < MAX_BLOCK_LINES; i--) {
    const line = lines[i];
    if (line.paragraph.location !== 'table' && !signatureLike(line.text)) break;
    out.unshift(line);
  }
  return out;
}

interface Cell {
  text: string;
  start: number;
  /** Which column stream the cell belongs to. */
  stream: string;
}

/** A line split into its columns: table cells are columns already, body lines split on tabs. */
function cellsOf(line: Line): Cell[] {
  const c = line.paragraph.cell;
  if (c) return [{ text: line.text, start: line.start, stream: `t${c.table}c${c.column}` }];
  const cells: Cell[] = [];
  let column = 0;
  for (const m of line.text.matchAll(/[^\t]+?(?=\t| {3,}|$)/g)) {
    if (m[0].trim() === '') continue;
    cells.push({ text: m[0], start: line.start + m.index, stream: `b${column++}` });
  }
  return cells;
}

interface Draft extends Signatory {
  acting?: boolean;
  nameSpan?: { start: number; end: number };
  titleSpan?: { start: number; end: number };
}

function finish(d: Draft): Signatory {
  const span = d.nameSpan ?? d.titleSpan ?? { start: d.start, end: d.end };
  const out: Signatory = { start: span.start, end: span.end };
  const role = d.role ?? d.person?.role;
  if (role) out.role = role;
  if (d.person) out.person = d.person;
  if (d.portfolio) out.portfolio = d.portfolio;
  return out;
}

/**
 * A cell that names two signatories on one line without a tab ("De algemeen directeur De
 * burgemeester") is cut before the second title or name, each part its own column.
 */
function segments(cell: Cell, org: EffectiveOrganisation): Cell[] {
  const roles = roleMentions(cell.text);
  const people = personMentions(cell.text, org);
  if (roles.length < 2 && people.length < 2) return [cell];
  const cuts = (roles.length >= 2 ? roles : people).map((m) => m.start).slice(1);
  const out: Cell[] = [];
  let from = 0;
  [...cuts, cell.text.length].forEach((to, k) => {
    out.push({ text: cell.text.slice(from, to), start: cell.start + from, stream: `${cell.stream}.${k}` });
    from = to;
  });
  return out;
}

export function readSignatureBlock(
  doc: CheckDocument,
  org: EffectiveOrganisation,
): SignatureBlock | undefined {
  const lines = blockLines(doc);
  if (!lines.length) return undefined;
  let collegial = false;
  const streams = new Map<string, Draft[]>();
  const order: Draft[] = [];
  for (const line of lines) {
    for (const cell of cellsOf(line).flatMap((c) => segments(c, org))) {
      const folded = foldKeepLength(cell.text);
      if (COLLEGIAL.test(folded)) collegial = true;
      if (NOISE.test(folded) || CLOSING.test(folded) || cell.text.trim() === '') continue;
      const role = roleMentions(cell.text)[0];
      const person = personMentions(cell.text, org)[0]?.person;
      const unknownName = !person && !role && NAME_LINE.test(cell.text);
      if (!role && !person && !unknownName) continue;
      const drafts = streams.get(cell.stream) ?? [];
      streams.set(cell.stream, drafts);
      const lead = cell.text.length - cell.text.trimStart().length;
      const span = { start: cell.start + lead, end: cell.start + cell.text.trimEnd().length };
      let current: Draft | undefined = drafts[drafts.length - 1];
      // A name finds the title waiting for it ("De schepen van financiën" … "Jan Wouters"), and a
      // title the name waiting for it, even when other cells came in between.
      const waiting = person
        ? drafts.find((d) => !d.person && !d.nameSpan && d.role && (d.role === person.role || d.acting))
        : role
          ? drafts.find((d) => !d.role && d.person && d.person.role === role.role)
          : undefined;
      if (waiting && !(person && role)) current = waiting;
      // A new signatory starts where this line's title or name would overwrite the one above, or
      // where a known person's own role contradicts the title above (cells read row by row
      // without their columns: "De algemeen directeur", "De schepen", "Hilde Dewilde", …);
      // someone standing in ("wnd. burgemeester") may hold another role.
      const contradicts =
        (person && current?.role && !current.person && !current.acting && person.role !== current.role) ||
        (role && current?.person && !current.role && !role.acting && current.person.role !== role.role);
      const clashes =
        !current ||
        contradicts ||
        (role && current.role) ||
        (person && current.person) ||
        (unknownName && (current.nameSpan || current.person));
      if (!current || clashes) {
        current = { start: span.start, end: span.end };
        drafts.push(current);
        order.push(current);
      }
      if (role) {
        current.role = role.role;
        current.acting = role.acting;
        if (role.portfolio) current.portfolio = role.portfolio;
        current.titleSpan ??= span;
      }
      if (person) current.person = person;
      if (person || unknownName) current.nameSpan ??= span;
      current.end = Math.max(current.end, span.end);
    }
  }
  const signatories = order.map(finish).filter((s) => s.role !== undefined || s.person !== undefined);
  const content = lines.filter((l) => l.text.trim() !== '' && !CLOSING.test(foldKeepLength(l.text)));
  const first = content[0];
  const last = content[content.length - 1];
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, signatories, collegial };
}

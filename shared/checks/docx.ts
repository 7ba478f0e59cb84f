// Reads a .docx into the document model. Pure (no fs): the bytes come in, so the task pane's
// standalone mode and the CLI share it. jszip opens the package and saxes streams the
// WordprocessingML; a converter such as mammoth flattens tables, and Flemish letters put their
// signatures side by side in a two-column table (agreement 36), so cells must survive with
// their row and column.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { documentFromParagraphs, type ParagraphInput } from './document';
import type { CheckDocument, ParagraphLocation } from './types';

export type DocxErrorCode = 'encrypted' | 'legacy-doc' | 'corrupt' | 'not-word';

/** A .docx that cannot be read; `message` is Dutch and fit to show a writer as it is. */
export class DocxError extends Error {
  constructor(
    readonly code: DocxErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'DocxError';
  }
}

const MESSAGES: Record<DocxErrorCode, string> = {
  encrypted:
    'Dit Word-document is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en probeer opnieuw.',
  'legacy-doc': 'Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx en probeer opnieuw.',
  corrupt: 'Dit bestand is geen leesbaar Word-document (.docx): het is beschadigd of van een ander type.',
  'not-word':
    'Dit bestand is geen Word-document: er zit geen documenttekst in (misschien Excel of PowerPoint?).',
};

function fail(code: DocxErrorCode): never {
  throw new DocxError(code, MESSAGES[code]);
}

const ZIP_MAGIC = [0x50, 0x4b];
// A password-protected .docx is not a zip but an OLE compound file holding an encrypted package.
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => bytes[i] === b);
}

/** An encrypted OOXML package names its "EncryptionInfo" stream (UTF-16LE) in the compound file. */
function hasEncryptionInfo(bytes: Uint8Array): boolean {
  const needle = Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]);
  const limit = Math.min(bytes.length - needle.length, 1 << 20);
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

async function text(zip: JSZip, path: string): Promise<string | undefined> {
  const file = zip.file(path);
  return file ? file.async('string') : undefined;
}

/** Attribute values by name for every element `name` in the XML (rels, styles). */
function elements(xml: string, name: string): Record<string, string>[] {
  const found: Record<string, string>[] = [];
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    if (tag.name === name) found.push({ ...(tag.attributes as Record<string, string>) });
  });
  parser.write(xml).close();
  return found;
}

/** Style id -> the name Word shows ('Kop1' -> 'heading 1'). */
function styleNames(xml: string | undefined): Map<string, string> {
  const names = new Map<string, string>();
  if (!xml) return names;
  let current: string | undefined;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    if (tag.name === 'w:style') current = attrs['w:styleId'];
    else if (tag.name === 'w:name' && current) names.set(current, attrs['w:val']);
  });
  parser.on('closetag', (tag) => {
    if (tag.name === 'w:style') current = undefined;
  });
  parser.write(xml).close();
  return names;
}

interface OpenParagraph {
  parts: string[];
  styleId?: string;
  cell?: { table: number; row: number; column: number };
}

interface OpenTable {
  index: number;
  row: number;
  column: number;
}

// Content that is not part of the visible text: deleted revisions, field codes, and the
// fallback copy of content Word also stores in a newer form (mc:Choice is read instead).
const SKIPPED = new Set(['w:del', 'w:delText', 'w:instrText', 'w:fldData', 'mc:Fallback', 'w:moveFrom']);

/** The paragraphs of one WordprocessingML part (document, header or footer), in reading order. */
function partParagraphs(
  xml: string,
  location: ParagraphLocation,
  styles: Map<string, string>,
  tableCount: { next: number },
): ParagraphInput[] {
  const out: ParagraphInput[] = [];
  const paragraphs: OpenParagraph[] = [];
  const tables: OpenTable[] = [];
  let skip = 0;
  let inText = 0;
  const top = (): OpenParagraph | undefined => paragraphs[paragraphs.length - 1];
  const add = (s: string): void => {
    if (skip === 0) top()?.parts.push(s);
  };

  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const name = tag.name;
    if (SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skip++;
      return;
    }
    const attrs = tag.attributes as Record<string, string>;
    switch (name) {
      case 'w:p': {
        const table = tables[tables.length - 1];
        paragraphs.push({
          parts: [],
          ...(table ? { cell: { table: table.index, row: table.row, column: table.column } } : {}),
        });
        break;
      }
      case 'w:pStyle': {
        const p = top();
        if (p) p.styleId = attrs['w:val'];
        break;
      }
      case 'w:tbl':
        tables.push({ index: tableCount.next++, row: -1, column: -1 });
        break;
      case 'w:tr': {
        const t = tables[tables.length - 1];
        if (t) {
          t.row++;
          t.column = -1;
        }
        break;
      }
      case 'w:tc': {
        const t = tables[tables.length - 1];
        if (t) t.column++;
        break;
      }
      case 'w:t':
        inText++;
        break;
      case 'w:tab':
      case 'w:ptab':
        // A w:tab inside w:tabs (paragraph properties) is a tab stop, not a character.
        if (attrs['w:pos'] === undefined) add('\t');
        break;
      case 'w:br':
      case 'w:cr':
        add('\n');
        break;
      case 'w:noBreakHyphen':
        add('-');
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText > 0) add(t);
  });
  parser.on('closetag', (tag) => {
    const name = tag.name;
    if (SKIPPED.has(name)) {
      if (!tag.isSelfClosing) skip--;
      return;
    }
    if (name === 'w:t') inText--;
    else if (name === 'w:tbl') tables.pop();
    else if (name === 'w:p') {
      const p = paragraphs.pop();
      if (!p) return;
      const input: ParagraphInput = { text: p.parts.join(''), location: p.cell ? 'table' : location };
      if (p.cell) {
        input.cell = p.cell;
        // A table in a header stays a header paragraph; its cell is still known.
        if (location !== 'body') input.location = location;
      }
      const style = p.styleId ? (styles.get(p.styleId) ?? p.styleId) : undefined;
      if (style) input.style = style;
      out.push(input);
    }
  });
  parser.write(xml).close();
  return out;
}

function resolve(base: string, target: string): string {
  if (target.startsWith('/')) return target.slice(1);
  const parts = base.split('/').slice(0, -1);
  for (const seg of target.split('/')) {
    if (seg === '..') parts.pop();
    else if (seg !== '.') parts.push(seg);
  }
  return parts.join('/');
}

/**
 * The document's paragraphs: the body first (so offsets match Word's body text in the task
 * pane), then the headers and the footers, which rules that read the body skip.
 */
export async function readDocx(bytes: Uint8Array | ArrayBuffer): Promise<CheckDocument> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  if (startsWith(data, OLE_MAGIC)) fail(hasEncryptionInfo(data) ? 'encrypted' : 'legacy-doc');
  if (!startsWith(data, ZIP_MAGIC)) fail('corrupt');

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    fail('corrupt');
  }

  try {
    const rootRels = await text(zip, '_rels/.rels');
    const officeDocument = rootRels
      ? elements(rootRels, 'Relationship').find((r) => /\/officeDocument$/.test(r.Type ?? ''))
      : undefined;
    const mainPath = officeDocument ? resolve('', officeDocument.Target) : 'word/document.xml';
    const main = await text(zip, mainPath);
    if (main === undefined || !/<w:body[\s>]/.test(main)) fail('not-word');

    const styles = styleNames(await text(zip, resolve(mainPath, 'styles.xml')));
    const relsPath = resolve(mainPath, `_rels/${mainPath.split('/').pop()}.rels`);
    const rels = await text(zip, relsPath);
    const related = rels ? elements(rels, 'Relationship') : [];
    const partsOf = (kind: string): string[] =>
      related
        .filter((r) => r.Type?.endsWith(`/${kind}`) && r.TargetMode !== 'External')
        .map((r) => resolve(mainPath, r.Target))
        .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));

    const tableCount = { next: 0 };
    const inputs = partParagraphs(main, 'body', styles, tableCount);
    for (const [kind, location] of [
      ['header', 'header'],
      ['footer', 'footer'],
    ] as const) {
      const seen = new Set<string>();
      for (const path of partsOf(kind)) {
        const xml = await text(zip, path);
        if (!xml) continue;
        // Word stores first-page, even and default headers apart; often they say the same thing.
        for (const p of partParagraphs(xml, location, styles, tableCount)) {
          if (p.text.trim() === '' || seen.has(p.text)) continue;
          seen.add(p.text);
          inputs.push(p);
        }
      }
    }
    return documentFromParagraphs(inputs);
  } catch (error) {
    if (error instanceof DocxError) throw error;
    fail('corrupt');
  }
}

// Reads a .docx into the document model. Pure (no fs): the bytes come in, so the task pane's
// standalone mode and the CLI share it. jszip opens the package and saxes streams the
// WordprocessingML; a converter such as mammoth flattens tables, and Flemish letters put their
// signatures side by side in a two-column table (agreement 36), so cells must survive with
// their row and column.
import JSZip from 'jszip';
import { SaxesParser } from 'saxes';
import { documentFromParagraphs, type ParagraphInput } from './document';
import type { CheckDocument, ParagraphLocation } from './types';
import { zipDirectory, ZipDirectoryError, type ZipEntrySize } from './zip-directory';

export type DocxErrorCode = 'encrypted' | 'legacy-doc' | 'corrupt' | 'not-word' | 'too-large';

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

const MESSAGES: Record<Exclude<DocxErrorCode, 'too-large'>, string> = {
  encrypted:
    'Dit Word-document is beveiligd met een wachtwoord. Sla het op zonder wachtwoord en probeer opnieuw.',
  'legacy-doc': 'Dit is een oud Word-bestand (.doc). Sla het in Word op als .docx en probeer opnieuw.',
  corrupt: 'Dit bestand is geen leesbaar Word-document (.docx): het is beschadigd of van een ander type.',
  'not-word':
    'Dit bestand is geen Word-document: er zit geen documenttekst in (misschien Excel of PowerPoint?).',
};

function fail(code: Exclude<DocxErrorCode, 'too-large'>): never {
  throw new DocxError(code, MESSAGES[code]);
}

/**
 * What a .docx may inflate to. Only the text parts are ever inflated (document, styles, headers,
 * footers, their relationships); images stay compressed. A 2 000-page report's document.xml is
 * about 20 MB, and Word's XML compresses 5 to 30 times; a "zip bomb" declares hundreds of MB at
 * ratios of 300 to 1 000. The limits are checked on the sizes the archive declares before anything
 * is inflated, and again on the bytes actually inflated, in case the declared sizes lie.
 */
export const DOCX_LIMITS = {
  /** One text part, inflated. */
  partBytes: 20 * 1024 * 1024,
  /** All text parts read together, inflated. */
  readBytes: 40 * 1024 * 1024,
  /** Every entry of the archive together, as declared (images included). */
  archiveBytes: 1024 * 1024 * 1024,
  /** Inflated to compressed, for a part of more than `ratioFrom` bytes. */
  ratio: 200,
  ratioFrom: 1024 * 1024,
  entries: 10_000,
} as const;

const MB = 1024 * 1024;
const RESAVE = 'Open het in Word, sla het opnieuw op als .docx en probeer opnieuw.';

/** "400 MB", "1,2 GB" as a Flemish reader writes sizes. */
function size(bytes: number): string {
  if (!Number.isFinite(bytes)) return 'onbeperkt veel';
  if (bytes < 1024 * MB) return `${Math.round(bytes / MB)} MB`;
  return `${(bytes / 1024 / MB).toFixed(1).replace(/\.0$/, '').replace('.', ',')} GB`;
}

function tooLarge(inflatedBytes: number, limitBytes: number): DocxError {
  return new DocxError(
    'too-large',
    `Dit Word-bestand is te groot om na te kijken: uitgepakt neemt het ${size(inflatedBytes)} in, het ` +
      `maximum is ${size(limitBytes)}. Het is beschadigd of met opzet zo gemaakt (een "zipbom"). ${RESAVE}`,
  );
}

function tooCompressed(): DocxError {
  return new DocxError(
    'too-large',
    'Dit Word-bestand is verdacht sterk samengeperst: uitgepakt zou het honderden keren groter worden ' +
      `(een "zipbom"). Het wordt niet geopend. ${RESAVE}`,
  );
}

function sizeLie(): DocxError {
  return new DocxError(
    'too-large',
    'Dit Word-bestand pakt uit tot meer dan het zelf aangeeft: het is beschadigd of met opzet zo gemaakt ' +
      `(een "zipbom"). Het wordt niet verder geopend. ${RESAVE}`,
  );
}

/** Refuses the archive from its central directory, before anything is inflated. */
function checkDeclaredSizes(entries: readonly ZipEntrySize[]): void {
  const total = entries.reduce((sum, e) => sum + e.uncompressed, 0);
  if (total > DOCX_LIMITS.archiveBytes) throw tooLarge(total, DOCX_LIMITS.archiveBytes);
}

/** A text part about to be inflated: its declared size and ratio, and what was read before it. */
function checkPart(entry: ZipEntrySize | undefined, alreadyRead: number): void {
  if (!entry) return;
  if (entry.uncompressed > DOCX_LIMITS.partBytes) throw tooLarge(entry.uncompressed, DOCX_LIMITS.partBytes);
  if (alreadyRead + entry.uncompressed > DOCX_LIMITS.readBytes) {
    throw tooLarge(alreadyRead + entry.uncompressed, DOCX_LIMITS.readBytes);
  }
  if (
    entry.uncompressed > DOCX_LIMITS.ratioFrom &&
    entry.uncompressed > DOCX_LIMITS.ratio * Math.max(entry.compressed, 1)
  ) {
    throw tooCompressed();
  }
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

/** jszip's documented chunked reader (ZipObject#internalStream), missing from its typings. */
interface StreamingZipObject {
  internalStream(type: 'uint8array'): JSZip.JSZipStreamHelper<Uint8Array>;
}

/**
 * The text parts of one archive, inflated chunk by chunk: each part stops at the size its
 * directory entry declared (a part that inflates to more is lying about its size) and at the
 * limits, so a bomb costs at most one chunk beyond them, never the whole inflation.
 */
class PartReader {
  private read = 0;
  private readonly sizes: Map<string, ZipEntrySize>;

  constructor(
    private readonly zip: JSZip,
    entries: readonly ZipEntrySize[],
  ) {
    this.sizes = new Map(entries.map((e) => [e.name, e]));
  }

  async text(path: string): Promise<string | undefined> {
    const file = this.zip.file(path);
    if (!file) return undefined;
    const entry = this.sizes.get(file.name);
    checkPart(entry, this.read);
    const allowed = Math.min(entry?.uncompressed ?? DOCX_LIMITS.partBytes, DOCX_LIMITS.partBytes);
    const started = this.read;
    const decoder = new TextDecoder();
    const parts: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = (file as unknown as StreamingZipObject).internalStream('uint8array');
      let done = false;
      stream
        .on('data', (chunk) => {
          if (done) return;
          this.read += chunk.length;
          const inflated = this.read - started;
          if (inflated > allowed || this.read > DOCX_LIMITS.readBytes) {
            done = true;
            stream.pause();
            reject(
              entry && inflated > entry.uncompressed
                ? sizeLie()
                : inflated > allowed
                  ? tooLarge(inflated, DOCX_LIMITS.partBytes)
                  : tooLarge(this.read, DOCX_LIMITS.readBytes),
            );
            return;
          }
          parts.push(decoder.decode(chunk, { stream: true }));
        })
        .on('error', (error) => {
          if (!done) reject(error);
          done = true;
        })
        .on('end', () => {
          if (!done) resolve();
          done = true;
        })
        .resume();
    });
    parts.push(decoder.decode());
    return parts.join('');
  }
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

  let entries: ZipEntrySize[];
  try {
    entries = zipDirectory(data, DOCX_LIMITS.entries);
  } catch (error) {
    if (error instanceof ZipDirectoryError) fail('corrupt');
    throw error;
  }
  checkDeclaredSizes(entries);

  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(data);
  } catch {
    fail('corrupt');
  }
  const reader = new PartReader(zip, entries);
  const text = (path: string) => reader.text(path);

  try {
    const rootRels = await text('_rels/.rels');
    const officeDocument = rootRels
      ? elements(rootRels, 'Relationship').find((r) => /\/officeDocument$/.test(r.Type ?? ''))
      : undefined;
    const mainPath = officeDocument ? resolve('', officeDocument.Target) : 'word/document.xml';
    const main = await text(mainPath);
    if (main === undefined || !/<w:body[\s>]/.test(main)) fail('not-word');

    const styles = styleNames(await text(resolve(mainPath, 'styles.xml')));
    const relsPath = resolve(mainPath, `_rels/${mainPath.split('/').pop()}.rels`);
    const rels = await text(relsPath);
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
        const xml = await text(path);
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

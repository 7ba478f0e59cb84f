// Builds .docx archives that inflate far beyond their size ("zip bombs") without ever holding the
// inflated text: one megabyte of a repeated letter is compressed once, and its deflate blocks are
// repeated. A block ended with a sync flush starts no back-reference into what came before, so
// the copies chain into one valid deflate stream. Used by the docx tests and bench/zip-bomb.ts.
import { constants, deflateRawSync } from 'node:zlib';

const MB = 1024 * 1024;

export interface BombOptions {
  /** What word/document.xml really inflates to, in whole megabytes. */
  inflatedMb: number;
  /** What the central directory says it inflates to (default: the truth). */
  declaredBytes?: number;
}

interface Entry {
  name: string;
  data: Buffer;
  /** Inflated size as written in the headers. */
  declared: number;
}

const RELS =
  '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>' +
  '</Relationships>';
const HEAD =
  '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">' +
  '<w:body><w:p><w:r><w:t>';
const TAIL = '</w:t></w:r></w:p></w:body></w:document>';

const syncFlushed = (text: string | Buffer) =>
  deflateRawSync(text, { level: 9, finishFlush: constants.Z_SYNC_FLUSH });

/** A .docx whose document.xml is one paragraph of `inflatedMb` MB of the letter a. */
export function bombDocx(options: BombOptions): Buffer {
  const block = syncFlushed(Buffer.alloc(MB, 'a'));
  const parts = [syncFlushed(HEAD)];
  for (let i = 0; i < options.inflatedMb; i++) parts.push(block);
  parts.push(deflateRawSync(TAIL));
  const truth = Buffer.byteLength(HEAD) + options.inflatedMb * MB + Buffer.byteLength(TAIL);
  return zipArchive([
    { name: '_rels/.rels', data: deflateRawSync(RELS), declared: Buffer.byteLength(RELS) },
    { name: 'word/document.xml', data: Buffer.concat(parts), declared: options.declaredBytes ?? truth },
  ]);
}

/** A zip whose directory declares `declaredEntries` entries but holds one (a directory bomb). */
export function manyEntriesZip(declaredEntries: number): Buffer {
  const zip = zipArchive([
    { name: '_rels/.rels', data: deflateRawSync(RELS), declared: Buffer.byteLength(RELS) },
  ]);
  // The count on this disk and the total sit at offsets 8 and 10 of the end record (22 bytes).
  const end = zip.length - 22;
  zip.writeUInt16LE(Math.min(declaredEntries, 0xffff), end + 8);
  zip.writeUInt16LE(Math.min(declaredEntries, 0xffff), end + 10);
  return zip;
}

/** A plain zip (deflate entries, no CRC: the readers do not check it) from compressed entries. */
function zipArchive(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(e.data.length, 18);
    local.writeUInt32LE(Math.min(e.declared, 0xffffffff), 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt16LE(0x0800, 8);
    central.writeUInt16LE(8, 10);
    central.writeUInt32LE(e.data.length, 20);
    central.writeUInt32LE(Math.min(e.declared, 0xffffffff), 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, e.data);
    centrals.push(central, name);
    offset += local.length + name.length + e.data.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

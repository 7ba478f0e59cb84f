// The sizes a zip archive declares, read from its central directory before anything is inflated.
// A .docx is a zip; one crafted to inflate a megabyte into gigabytes (a "zip bomb") must be
// refused from these numbers, not discovered by running out of memory while inflating. Pure: the
// bytes come in, so the CLI and the browser's task pane share it.

export interface ZipEntrySize {
  name: string;
  /** Bytes as stored in the archive. */
  compressed: number;
  /** Bytes the entry declares it inflates to (may lie: the reader still counts while inflating). */
  uncompressed: number;
}

/** Thrown for an archive whose directory cannot be read; the caller maps it to its own message. */
export class ZipDirectoryError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipDirectoryError';
  }
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL_ENTRY = 0x02014b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;

/**
 * Every entry's name and sizes from the central directory (zip64 included). Throws
 * ZipDirectoryError when the directory is missing, truncated or names more than `maxEntries`
 * entries (checked from the count the archive declares, before the entries are read).
 */
export function zipDirectory(bytes: Uint8Array, maxEntries: number): ZipEntrySize[] {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(view);
  let count = view.getUint16(eocd + 10, true);
  let size = view.getUint32(eocd + 12, true);
  let offset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || size === 0xffffffff || offset === 0xffffffff) {
    ({ count, size, offset } = zip64Directory(view, eocd));
  }
  if (count > maxEntries) {
    throw new ZipDirectoryError(`the archive declares ${count} entries (at most ${maxEntries})`);
  }
  if (offset + size > eocd) throw new ZipDirectoryError('central directory outside the archive');

  const decoder = new TextDecoder();
  const entries: ZipEntrySize[] = [];
  let at = offset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > view.byteLength || view.getUint32(at, true) !== CENTRAL_ENTRY) {
      throw new ZipDirectoryError(`central directory entry ${i} is damaged`);
    }
    let compressed = view.getUint32(at + 20, true);
    let uncompressed = view.getUint32(at + 24, true);
    const nameLength = view.getUint16(at + 28, true);
    const extraLength = view.getUint16(at + 30, true);
    const commentLength = view.getUint16(at + 32, true);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > view.byteLength) throw new ZipDirectoryError(`central directory entry ${i} is truncated`);
    const name = decoder.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    if (uncompressed === 0xffffffff || compressed === 0xffffffff) {
      ({ compressed, uncompressed } = zip64Sizes(view, at + 46 + nameLength, extraLength, {
        compressed,
        uncompressed,
      }));
    }
    entries.push({ name, compressed, uncompressed });
    at = end;
  }
  return entries;
}

function findEndOfDirectory(view: DataView): number {
  const last = view.byteLength - EOCD_SIZE;
  const first = Math.max(0, last - MAX_COMMENT);
  for (let at = last; at >= first; at--) {
    if (view.getUint32(at, true) === EOCD) return at;
  }
  throw new ZipDirectoryError('no end of central directory record');
}

function zip64Directory(view: DataView, eocd: number): { count: number; size: number; offset: number } {
  const locator = eocd - 20;
  if (locator < 0 || view.getUint32(locator, true) !== ZIP64_LOCATOR) {
    throw new ZipDirectoryError('zip64 locator missing');
  }
  const record = safeNumber(view.getBigUint64(locator + 8, true));
  if (record + 56 > view.byteLength || view.getUint32(record, true) !== ZIP64_EOCD) {
    throw new ZipDirectoryError('zip64 end of central directory missing');
  }
  return {
    count: safeNumber(view.getBigUint64(record + 32, true)),
    size: safeNumber(view.getBigUint64(record + 40, true)),
    offset: safeNumber(view.getBigUint64(record + 48, true)),
  };
}

/** The zip64 extra field (id 1) holds the 64-bit sizes, uncompressed first, for fields set to ~0. */
function zip64Sizes(
  view: DataView,
  start: number,
  length: number,
  sizes: { compressed: number; uncompressed: number },
): { compressed: number; uncompressed: number } {
  for (let at = start; at + 4 <= start + length;) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === 0x0001) {
      let field = at + 4;
      const read = () => {
        if (field + 8 > at + 4 + size) throw new ZipDirectoryError('zip64 extra field too short');
        const value = safeNumber(view.getBigUint64(field, true));
        field += 8;
        return value;
      };
      const uncompressed = sizes.uncompressed === 0xffffffff ? read() : sizes.uncompressed;
      const compressed = sizes.compressed === 0xffffffff ? read() : sizes.compressed;
      return { compressed, uncompressed };
    }
    at += 4 + size;
  }
  throw new ZipDirectoryError('zip64 sizes missing');
}

/** Sizes beyond 2^53 are no document; Infinity keeps them comparable and always too large. */
function safeNumber(value: bigint): number {
  return value > BigInt(Number.MAX_SAFE_INTEGER) ? Number.POSITIVE_INFINITY : Number(value);
}

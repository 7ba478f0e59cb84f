// Reads a document from disk for `afspraak check`: the I/O and the refusals around the pure
// readers in shared/checks. Every refusal is one Dutch line that names the file (CONTRACT §2:
// exit 2 on bad input).
import { readFileSync, statSync } from 'node:fs';
import { extname } from 'node:path';
import {
  DocxError,
  documentFromMarkdown,
  documentFromText,
  readDocx,
  type CheckDocument,
} from '../shared/checks';
import { textFromBytes } from '../shared/checks/text-bytes';
import { UsageError } from './command';

export const MAX_DOCUMENT_BYTES = 50 * 1024 * 1024;
export const SUPPORTED_EXTENSIONS = ['.docx', '.txt', '.md', '.markdown'] as const;

/** The text of a .txt or .md file, or one Dutch line naming the file when it is not text. */
function decodeText(bytes: Buffer, file: string): string {
  const result = textFromBytes(bytes);
  if (!result.ok) throw new UsageError(`${file}: ${result.message}`);
  return result.text;
}

function readBytes(file: string): Buffer {
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) throw new UsageError(`${file}: dit is een map, geen bestand`);
    size = stat.size;
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(
      code === 'ENOENT'
        ? `${file}: bestand niet gevonden`
        : `${file}: kan het bestand niet lezen (${code ?? String(e)})`,
    );
  }
  if (size > MAX_DOCUMENT_BYTES) {
    throw new UsageError(
      `${file}: het bestand is te groot (${Math.round(size / 1024 / 1024)} MB); het maximum is 50 MB`,
    );
  }
  if (size === 0) throw new UsageError(`${file}: het bestand is leeg`);
  try {
    return readFileSync(file);
  } catch (e) {
    throw new UsageError(
      `${file}: kan het bestand niet lezen (${(e as NodeJS.ErrnoException).code ?? String(e)})`,
    );
  }
}

/** The document in a .docx, .txt or .md file; throws UsageError with the reason otherwise. */
export async function readDocumentFile(file: string): Promise<CheckDocument> {
  const ext = extname(file).toLowerCase();
  if (!(SUPPORTED_EXTENSIONS as readonly string[]).includes(ext)) {
    throw new UsageError(
      `${file}: bestandstype ${ext || '(zonder extensie)'} wordt niet ondersteund; gebruik .docx, .txt of .md`,
    );
  }
  const bytes = readBytes(file);
  let doc: CheckDocument;
  if (ext === '.docx') {
    try {
      doc = await readDocx(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    } catch (e) {
      if (e instanceof DocxError) throw new UsageError(`${file}: ${e.message}`);
      throw e;
    }
  } else {
    const text = decodeText(bytes, file);
    doc = ext === '.txt' ? documentFromText(text) : documentFromMarkdown(text);
  }
  if (doc.text.trim() === '') throw new UsageError(`${file}: het document bevat geen tekst`);
  return doc;
}

// Opens a .docx in the browser (standalone mode). jszip and the XML reader are a separate chunk
// that loads only when a writer opens a file. The '.js' suffix is what TypeScript's nodenext
// resolution asks of a dynamic import; esbuild maps it onto docx.ts.
import type { CheckDocument } from '../shared/checks/types';

export async function readDocxFile(file: Blob): Promise<CheckDocument> {
  const { readDocx } = await import('../shared/checks/docx.js');
  return readDocx(new Uint8Array(await file.arrayBuffer()));
}

// Opens a .docx in the browser (standalone mode). jszip and the XML reader are a separate chunk
// that loads only when a writer opens a file. The '.js' suffix is what TypeScript's nodenext
// resolution asks of a dynamic import; esbuild maps it onto docx.ts.
import type { CheckDocument } from '../shared/checks/types';

/** The document in a .docx; a refusal (damaged, a zip bomb, …) is a Dutch message naming the file. */
export async function readDocxFile(file: File): Promise<CheckDocument> {
  const { readDocx, DocxError } = await import('../shared/checks/docx.js');
  try {
    return await readDocx(new Uint8Array(await file.arrayBuffer()));
  } catch (error) {
    if (error instanceof DocxError) throw new DocxError(error.code, `${file.name}: ${error.message}`);
    throw error;
  }
}

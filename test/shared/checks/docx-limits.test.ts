// Zip bombs: a .docx that inflates far beyond its size is refused from the sizes its directory
// declares, and, when those lie, while inflating, without ever inflating the whole bomb.
import { constants, deflateRawSync } from 'node:zlib';
import { DOCX_LIMITS, DocxError, readDocx } from '../../../shared/checks/docx';
import { zipDirectory, ZipDirectoryError } from '../../../shared/checks/zip-directory';
import { bombDocx, manyEntriesZip } from '../../helpers/zip-bomb';

const MB = 1024 * 1024;

async function refusal(bytes: Uint8Array): Promise<DocxError> {
  const error = await readDocx(bytes).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(DocxError);
  return error as DocxError;
}

describe('zipDirectory', () => {
  it('reads every entry with its declared sizes from the central directory', () => {
    const bytes = bombDocx({ inflatedMb: 3 });
    const entries = zipDirectory(bytes, 10);
    expect(entries.map((e) => e.name)).toEqual(['_rels/.rels', 'word/document.xml']);
    const document = entries[1];
    expect(document.uncompressed).toBeGreaterThan(3 * MB);
    expect(document.compressed).toBeLessThan(20_000);
  });

  it('refuses a directory that declares more entries than allowed, before reading them', () => {
    expect(() => zipDirectory(manyEntriesZip(60_000), DOCX_LIMITS.entries)).toThrow(ZipDirectoryError);
  });

  it.each([
    ['no end record', new Uint8Array(100)],
    [
      'an end record pointing outside the file',
      Uint8Array.from([
        ...new Uint8Array(10),
        0x50,
        0x4b,
        5,
        6,
        0,
        0,
        0,
        0,
        1,
        0,
        1,
        0,
        46,
        0,
        0,
        0,
        200,
        0,
        0,
        0,
        0,
        0,
      ]),
    ],
  ])('refuses %s', (_name, bytes) => {
    expect(() => zipDirectory(bytes, 10)).toThrow(ZipDirectoryError);
  });
});

describe('readDocx against zip bombs', () => {
  it('refuses a document declaring more than the part limit before inflating it', async () => {
    const bytes = bombDocx({ inflatedMb: 400 });
    expect(bytes.length).toBeLessThan(1.5 * MB);
    const error = await refusal(bytes);
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(
      /te groot om na te kijken: uitgepakt neemt het 400 MB in, het maximum is 20 MB/,
    );
    expect(error.message).toMatch(/zipbom/);
  });

  it('refuses an archive declaring more than a gigabyte in all', async () => {
    const error = await refusal(bombDocx({ inflatedMb: 1200 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/uitgepakt neemt het 1,2 GB in, het maximum is 1 GB/);
  });

  it('refuses a part whose compression ratio is beyond what Word writes', async () => {
    // 5 MB from about 5 KB: within the size limit, a thousand times compressed.
    const error = await refusal(bombDocx({ inflatedMb: 5 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/verdacht sterk samengeperst/);
  });

  it('stops inflating where a part inflates to more than it declares', async () => {
    const error = await refusal(bombDocx({ inflatedMb: 300, declaredBytes: 4000 }));
    expect(error.code).toBe('too-large');
    expect(error.message).toMatch(/pakt uit tot meer dan het zelf aangeeft/);
  });

  it('refuses as damaged a directory that claims zip64 sizes without the zip64 field', async () => {
    const error = await refusal(bombDocx({ inflatedMb: 1, declaredBytes: 0xffffffff }));
    expect(error.code).toBe('corrupt');
  });

  it('still reads an honest document of a few megabytes whose text compresses well', async () => {
    // Ordinary text: one paragraph per sentence, compressed about ten times, under the ratio.
    const sentence = (i: number) =>
      `<w:p><w:r><w:t>Zin ${i}: de gemeente ${(i * 7919) % 10007} opent een loket.</w:t></w:r></w:p>`;
    const body = Array.from({ length: 40_000 }, (_, i) => sentence(i)).join('');
    const xml = `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`;
    expect(xml.length).toBeGreaterThan(DOCX_LIMITS.ratioFrom);
    const compressed = deflateRawSync(xml, { level: constants.Z_BEST_COMPRESSION });
    expect(xml.length / compressed.length).toBeLessThan(DOCX_LIMITS.ratio);
    const JSZip = (await import('jszip')).default;
    const zip = new JSZip();
    zip.file('word/document.xml', xml);
    const doc = await readDocx(await zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }));
    expect(doc.paragraphs).toHaveLength(40_000);
    expect(doc.paragraphs[39_999].text).toMatch(/^Zin 39999: /);
  });
});

// Lays out the afsprakennota (nota-document.ts) as a Word document with the `docx` package: a cover
// page, then the changes, the choices and the agreements with their numbers, a running header with
// the version and page numbers in the footer. Pure layout: no files; the caller writes the bytes
// (the CLI to disk, the server as a download).
import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
} from 'docx';
import type { NotaBlock } from './nota';
import type { NotaDocument } from './nota-document';

function paragraph(b: NotaBlock): Paragraph {
  switch (b.kind) {
    case 'title':
      return new Paragraph({ text: b.text, heading: HeadingLevel.TITLE });
    case 'section':
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1, spacing: { before: 240 } });
    case 'subsection':
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_2 });
    case 'agreement':
      return new Paragraph({
        children: [new TextRun({ text: `${b.number}. `, bold: true }), new TextRun(b.text)],
        spacing: { after: 120 },
      });
    case 'point':
      return new Paragraph({
        children: [
          ...(b.title ? [new TextRun({ text: `${b.title}: `, bold: true })] : []),
          new TextRun(b.text),
        ],
        bullet: { level: 0 },
      });
    case 'paragraph':
      return new Paragraph({ text: b.text, spacing: { after: 120 } });
  }
}

function cover(doc: NotaDocument): Paragraph[] {
  return [
    new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE, spacing: { before: 2400, after: 480 } }),
    ...doc.cover.map(
      (line, i) =>
        new Paragraph({
          children: [new TextRun({ text: line, size: i === 0 ? 28 : 24 })],
          spacing: { after: 200 },
        }),
    ),
  ];
}

function firstOnNewPage(b: NotaBlock): Paragraph {
  if (b.kind === 'section')
    return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1, pageBreakBefore: true });
  if (b.kind === 'paragraph')
    return new Paragraph({ text: b.text, spacing: { after: 120 }, pageBreakBefore: true });
  return paragraph(b);
}

export async function notaDocx(doc: NotaDocument): Promise<Uint8Array> {
  const document = new Document({
    creator: 'Afspraak',
    title: doc.running,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [
      {
        headers: {
          default: new Header({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ text: doc.running, size: 16, color: '666666' })],
              }),
            ],
          }),
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: ['Pagina ', PageNumber.CURRENT, ' van ', PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        // The note starts on the page after the cover.
        children: [...cover(doc), ...doc.blocks.map((b, i) => (i === 0 ? firstOnNewPage(b) : paragraph(b)))],
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

// Lays out the afsprakennota's blocks as a Word document with the `docx` package.
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { NotaBlock } from '../shared/organisation';

function paragraph(b: NotaBlock): Paragraph {
  switch (b.kind) {
    case 'title':
      return new Paragraph({ text: b.text, heading: HeadingLevel.TITLE });
    case 'section':
      return new Paragraph({ text: b.text, heading: HeadingLevel.HEADING_1 });
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

export async function notaDocx(blocks: readonly NotaBlock[], title: string): Promise<Buffer> {
  const doc = new Document({
    creator: 'Afspraak',
    title,
    styles: { default: { document: { run: { font: 'Calibri', size: 22 } } } },
    sections: [{ children: blocks.map(paragraph) }],
  });
  return Packer.toBuffer(doc);
}

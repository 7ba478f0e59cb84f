import {
  Document,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  Header,
  Footer,
  HeadingLevel,
} from 'docx';
import JSZip from 'jszip';
import {
  checkDocument,
  detectType,
  documentFromMarkdown,
  documentFromParagraphs,
  documentFromText,
  DocxError,
  lineNumberAt,
  readDocx,
  type Rule,
} from '../../../shared/checks';
import { zilverbeek } from './zilverbeek';

describe('document model', () => {
  it('joins paragraphs with \\n and keeps every offset exact, diacritics included', () => {
    const doc = documentFromParagraphs([{ text: 'Één financiële' }, { text: '' }, { text: 'café' }]);
    expect(doc.text).toBe('Één financiële\n\ncafé');
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('turns Word soft breaks into line breaks without moving offsets', () => {
    const doc = documentFromParagraphs([{ text: 'De burgemeester\vAn Peeters' }]);
    expect(doc.text).toBe('De burgemeester\nAn Peeters');
    expect(doc.paragraphs[0].end).toBe(26);
  });

  it('reads plain text with Windows line ends and an empty text as no paragraphs', () => {
    expect(documentFromText('a\r\nb').paragraphs.map((p) => p.text)).toEqual(['a', 'b']);
    expect(documentFromText('')).toEqual({ text: '', paragraphs: [] });
    expect(lineNumberAt('a\nb\nc', 4)).toBe(3);
  });

  it('reads Markdown: headings as styles, inline markup dropped, table rows as cells', () => {
    const doc = documentFromMarkdown(
      '# Titel\n\nEen **vette** [link](http://x.be).\n\n| De algemeen directeur | De burgemeester |\n|---|---|\n| Hilde Dewilde | An Peeters |',
    );
    expect(doc.paragraphs[0]).toMatchObject({ text: 'Titel', style: 'Heading 1' });
    expect(doc.paragraphs[2].text).toBe('Een vette link.');
    const cells = doc.paragraphs.filter((p) => p.location === 'table');
    expect(cells.map((c) => [c.text, c.cell?.row, c.cell?.column])).toEqual([
      ['De algemeen directeur', 0, 0],
      ['De burgemeester', 0, 1],
      ['Hilde Dewilde', 1, 0],
      ['An Peeters', 1, 1],
    ]);
  });
});

describe('readDocx', () => {
  async function docx(): Promise<Buffer> {
    const d = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Gemeente Zilverbeek')] }) },
          footers: { default: new Footer({ children: [new Paragraph('Pagina 1')] }) },
          children: [
            new Paragraph({ text: 'Betreft: één subsidie', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ children: [new TextRun('Regel'), new TextRun({ text: 'twee', break: 1 })] }),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({
                      children: [new Paragraph('De algemeen directeur'), new Paragraph('Hilde Dewilde')],
                    }),
                    new TableCell({
                      children: [new Paragraph('De burgemeester'), new Paragraph('An Peeters')],
                    }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    return Packer.toBuffer(d);
  }

  it('keeps table cells with row and column, style names, soft breaks, headers and footers after the body', async () => {
    const doc = await readDocx(await docx());
    expect(doc.paragraphs.map((p) => [p.text, p.location])).toEqual([
      ['Betreft: één subsidie', 'body'],
      ['Regel\ntwee', 'body'],
      ['De algemeen directeur', 'table'],
      ['Hilde Dewilde', 'table'],
      ['De burgemeester', 'table'],
      ['An Peeters', 'table'],
      ['Gemeente Zilverbeek', 'header'],
      ['Pagina 1', 'footer'],
    ]);
    expect(doc.paragraphs[0].style).toBe('Heading 1');
    expect(doc.paragraphs[4].cell).toEqual({ table: 0, row: 0, column: 1 });
    for (const p of doc.paragraphs) expect(doc.text.slice(p.start, p.end)).toBe(p.text);
  });

  it('accepts an ArrayBuffer as the browser gives it', async () => {
    const bytes = await docx();
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    expect((await readDocx(buffer as ArrayBuffer)).paragraphs.length).toBe(8);
  });

  it('leaves deleted revisions and field codes out', async () => {
    const zip = await JSZip.loadAsync(await docx());
    const xml = (await zip.file('word/document.xml')!.async('string')).replace(
      '<w:t xml:space="preserve">Regel</w:t>',
      '<w:t xml:space="preserve">Regel</w:t></w:r><w:del><w:r><w:delText>weg</w:delText></w:r></w:del><w:r><w:instrText>PAGE</w:instrText>',
    );
    zip.file('word/document.xml', xml);
    const doc = await readDocx(await zip.generateAsync({ type: 'uint8array' }));
    expect(doc.paragraphs[1].text).toBe('Regel\ntwee');
  });

  it.each([
    ['not a zip', new Uint8Array([1, 2, 3, 4]), 'corrupt'],
    ['a truncated zip', new Uint8Array([0x50, 0x4b, 3, 4, 0, 0]), 'corrupt'],
    [
      'a password-protected document',
      new Uint8Array([
        0xd0,
        0xcf,
        0x11,
        0xe0,
        0xa1,
        0xb1,
        0x1a,
        0xe1,
        ...Array.from('EncryptionInfo').flatMap((c) => [c.charCodeAt(0), 0]),
      ]),
      'encrypted',
    ],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'legacy-doc'],
  ])('refuses %s with a typed, Dutch error', async (_name, bytes, code) => {
    const error = await readDocx(bytes).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocxError);
    expect((error as DocxError).code).toBe(code);
    expect((error as DocxError).message).toMatch(/Word|bestand/);
  });

  it('refuses a zip without a Word document in it', async () => {
    const zip = new JSZip();
    zip.file('xl/workbook.xml', '<workbook/>');
    const error = await readDocx(await zip.generateAsync({ type: 'uint8array' })).catch((e: unknown) => e);
    expect((error as DocxError).code).toBe('not-word');
  });
});

describe('detectType', () => {
  it.each([
    ['PERSBERICHT\nNieuwe speeltuin\nVoor meer informatie: schepen Claes, gsm 0470 00 10 03', 'persbericht'],
    ['Uitnodiging\nHet college nodigt u uit op de receptie.', 'uitnodiging'],
    ['Betreft: uw aanvraag\nGeachte mevrouw,\nMet vriendelijke groeten,\nDe burgemeester', 'brief'],
    ['🎉 Kom je zaterdag naar het feest? #zilverbeek', 'sociale-media'],
    [
      'Parkeerkaart\nVoor wie?\nBewoners.\nHoe aanvragen?\nVia het e-loket.\nWat kost het?\nNiets.',
      'website',
    ],
    [
      'De bib bestaat vijftig jaar. Dat vieren we met een week vol activiteiten voor jong en oud in de hele gemeente, met voorlezen, een quiz en een tentoonstelling over de geschiedenis van het gebouw en de mensen die er werkten.',
      'infoblad',
    ],
  ])('reads %j as %s', (text, type) => {
    expect(detectType(documentFromText(text))).toBe(type);
  });

  it('is not fooled by an invitation inside a quote', () => {
    expect(
      detectType(
        documentFromText(
          'Het jeugdhuis viert feest. "We nodigen iedereen uit", zegt Lotte. Er is muziek, een quiz en een fotozoektocht voor alle leeftijden in de straat en het park achter het jeugdhuis.',
        ),
      ),
    ).toBe('infoblad');
  });
});

describe('checkDocument', () => {
  const org = zilverbeek();
  const both: Rule = (ctx) => [
    {
      rule: 'x.late',
      agreement: 22,
      severity: 'info',
      message: 'm',
      excerpt: ctx.doc.text.slice(5, 6),
      start: 5,
      end: 6,
    },
    {
      rule: 'x.early',
      agreement: 36,
      severity: 'error',
      message: 'm',
      excerpt: ctx.doc.text.slice(0, 1),
      start: 0,
      end: 1,
    },
    {
      rule: 'x.early',
      agreement: 36,
      severity: 'error',
      message: 'm',
      excerpt: ctx.doc.text.slice(0, 1),
      start: 0,
      end: 1,
    },
  ];

  it('sorts findings, drops duplicates and reports the type as given or detected', () => {
    const doc = documentFromText('Één financiële zin.');
    const given = checkDocument(doc, org, { type: 'website', families: [both] });
    expect(given.findings.map((f) => f.rule)).toEqual(['x.early', 'x.late']);
    expect(given).toMatchObject({ type: 'website', typeDetected: false, stats: { words: 3, sentences: 1 } });
    expect(checkDocument(doc, org, { families: [both] }).typeDetected).toBe(true);
  });

  it('keeps no findings of an agreement the organisation omitted', () => {
    const report = checkDocument(documentFromText('Één zin.'), zilverbeek({}, [36]), { families: [both] });
    expect(report.findings.map((f) => f.agreement)).toEqual([22]);
  });

  it('checks an empty document without findings', () => {
    for (const type of [
      'brief',
      'persbericht',
      'infoblad',
      'website',
      'sociale-media',
      'uitnodiging',
    ] as const) {
      expect(checkDocument(documentFromText(''), org, { type }).findings).toEqual([]);
    }
  });

  it('gives every finding of every family an excerpt equal to its slice of the text', () => {
    const text =
      'Persbericht\n\nHeeft u vragen over de gemeente Zilverbeke? Teneinde alles te regelen belt u schepen Koen Maes.';
    for (const type of ['brief', 'persbericht', 'infoblad'] as const) {
      const doc = documentFromText(text);
      for (const f of checkDocument(doc, org, { type }).findings)
        expect(doc.text.slice(f.start, f.end)).toBe(f.excerpt);
    }
  });
});

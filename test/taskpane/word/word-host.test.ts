import { documentFromParagraphs } from '../../../shared/checks/document';
import { DocumentChangedError } from '../../../taskpane/document-host';
import { createWordHost } from '../../../taskpane/word/word-host';
import { FakeWord } from './fake-word';

/** A letter: letterhead in the header, signatures side by side in a two-column table. */
function letter(): FakeWord {
  return new FakeWord(
    [
      { text: 'Uitnodiging infoavond', styleBuiltIn: 'Heading1', style: 'Kop 1' },
      { text: 'Beste inwoner,' },
      { text: 'U bent welkom op de infoavond. Je kan je inschrijven via de website.' },
      { text: 'We hopen je te zien. Je bent van harte welkom.' },
      { text: 'An Peeters', tableNestingLevel: 1 },
      { text: 'burgemeester', tableNestingLevel: 1 },
      { text: 'Jan Claes', tableNestingLevel: 1 },
      { text: 'Slotparagraaf na de tabel.' },
    ],
    [{ values: [['An Peeters\nburgemeester', 'Jan Claes']] }],
    [{ text: 'Gemeente Zilverbeek ^ Dienst communicatie' }],
    [{ text: 'Pagina 1' }],
  );
}

async function readInto(word: FakeWord) {
  word.install();
  const host = createWordHost();
  const snapshot = await host.readDocument();
  return { host, doc: documentFromParagraphs(snapshot.paragraphs), snapshot };
}

describe('the Word adapter', () => {
  it('reads header, body, table cells and footer in one sync, with style names', async () => {
    const word = letter();
    const { snapshot } = await readInto(word);
    expect(word.syncs).toBe(1);
    expect(snapshot.paragraphs).toEqual([
      { text: 'Gemeente Zilverbeek ^ Dienst communicatie', location: 'header', style: 'Standaard' },
      { text: 'Uitnodiging infoavond', location: 'body', style: 'Heading 1' },
      { text: 'Beste inwoner,', location: 'body', style: 'Standaard' },
      expect.objectContaining({ location: 'body' }),
      expect.objectContaining({ location: 'body' }),
      { text: 'An Peeters', location: 'table', style: 'Standaard', cell: { table: 0, row: 0, column: 0 } },
      { text: 'burgemeester', location: 'table', style: 'Standaard', cell: { table: 0, row: 0, column: 0 } },
      { text: 'Jan Claes', location: 'table', style: 'Standaard', cell: { table: 0, row: 0, column: 1 } },
      { text: 'Slotparagraaf na de tabel.', location: 'body', style: 'Standaard' },
      { text: 'Pagina 1', location: 'footer', style: 'Standaard' },
    ]);
  });

  it('selects exactly the occurrence the offsets point at, in two syncs', async () => {
    const word = letter();
    const { host, doc } = await readInto(word);
    // The second "Je" of the body (third paragraph, not the first occurrence in the text).
    const start = doc.text.indexOf('Je bent');
    word.syncs = 0;
    await host.selectRange(start, start + 2);
    expect(word.syncs).toBe(2);
    expect(word.selected?.text).toBe('Je');
    const body = word.containerText('body');
    expect(word.selected?.start).toBe(body.indexOf('Je bent'));
  });

  it('replaces exactly the excerpt with the suggestion as one change', async () => {
    const word = letter();
    const { host, doc } = await readInto(word);
    const start = doc.text.indexOf('Je kan je');
    const end = start + 'Je kan je'.length;
    const before = doc.text;
    word.syncs = 0;
    await host.replaceRange(start, end, 'U kunt zich');
    expect(word.syncs).toBe(2);
    expect(word.replacements).toBe(1);
    word.install(); // the mock reflects the document as it is now
    const after = await host.readDocument();
    expect(documentFromParagraphs(after.paragraphs).text).toBe(
      before.slice(0, start) + 'U kunt zich' + before.slice(end),
    );
  });

  it('finds text in the header, escaping Word search codes', async () => {
    const word = letter();
    const { host, doc } = await readInto(word);
    const start = doc.text.indexOf('Zilverbeek ^ Dienst');
    await host.selectRange(start, start + 'Zilverbeek ^ Dienst'.length);
    expect(word.searches.at(-1)).toBe('Zilverbeek ^^ Dienst');
    expect(word.selected).toMatchObject({ container: 'header', text: 'Zilverbeek ^ Dienst' });
  });

  it('finds an excerpt longer than Word can search for with two searches joined', async () => {
    const long = 'Dit is een zeer lange zin die maar blijft doorgaan, '.repeat(8) + 'tot het einde.';
    const word = new FakeWord([{ text: 'Inleiding.' }, { text: long }]);
    const { host, doc } = await readInto(word);
    const start = doc.text.indexOf(long);
    await host.selectRange(start, start + long.length);
    expect(word.searches).toHaveLength(2);
    expect(word.selected?.text).toBe(long);
  });

  it('refuses to act when the document changed since the check', async () => {
    const word = letter();
    const { host, doc } = await readInto(word);
    const start = doc.text.indexOf('Je bent');
    word.body[1] = { text: 'Je bent er ook bij, Je weet het.' };
    word.install();
    await expect(host.replaceRange(start, start + 2, 'U')).rejects.toBeInstanceOf(DocumentChangedError);
    expect(word.replacements).toBe(0);
  });

  it('keeps dismissed findings in the document settings', async () => {
    const word = letter();
    const { host } = await readInto(word);
    expect(host.loadDismissed()).toEqual([]);
    await host.saveDismissed(['address.form|je']);
    expect(word.savedSettings).toBe(1);
    expect(host.loadDismissed()).toEqual(['address.form|je']);
  });

  it('says what does not work when Word lacks WordApi 1.3 and reads the body alone', async () => {
    const word = letter();
    word.supported = ['1.1', '1.2'];
    const { host, snapshot } = await readInto(word);
    expect(host.limitations.join(' ')).toMatch(/tabellen, kop- en voetteksten/);
    expect(host.limitations.join(' ')).toMatch(/Opnieuw controleren/);
    expect(snapshot.paragraphs.map((p) => p.location)).not.toContain('header');
    expect(snapshot.paragraphs.every((p) => p.location === 'body')).toBe(true);
  });

  it('subscribes to paragraph events where Word has them', async () => {
    const word = letter();
    word.install();
    const handlers: Array<() => void> = [];
    const doc = (globalThis as unknown as { Word: { context: { document: Record<string, unknown> } } }).Word
      .context.document;
    for (const name of ['onParagraphChanged', 'onParagraphAdded', 'onParagraphDeleted']) {
      doc[name] = { add: (h: () => void) => handlers.push(h) };
    }
    const host = createWordHost();
    const listener = jest.fn();
    const stop = await host.onDocumentChanged(listener);
    expect(handlers).toHaveLength(3);
    handlers[0]();
    expect(listener).toHaveBeenCalledTimes(1);
    stop();
    handlers[1]();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});

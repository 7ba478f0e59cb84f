/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TextDecoder, TextEncoder } from 'node:util';
import { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from 'docx';
import { readDocx } from '../../shared/checks/docx';
import { StandalonePane } from '../../taskpane/standalone-pane';
import { LETTER, zilverbeekEffective } from './fixtures';

// The checks run for real; on a busy machine their first run takes longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks these; the docx package needs them to write the test file.
Object.assign(globalThis, { TextEncoder, TextDecoder });

const org = zilverbeekEffective();
const readDocxFile = (file: File) => file.arrayBuffer().then((b) => readDocx(new Uint8Array(b)));

function renderPane(props: Partial<Parameters<typeof StandalonePane>[0]> = {}) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <StandalonePane org={org} readDocxFile={readDocxFile} {...props} />
    </FluentProvider>,
  );
}

const items = (rule: string) => document.querySelectorAll<HTMLElement>(`[data-rule="${rule}"]`);
const textField = () => screen.getByRole('textbox', { name: 'Tekst' }) as HTMLTextAreaElement;

describe('the pane outside Word', () => {
  it('has the contract hooks: Tekst, a .docx input, Controleer and a type chooser', () => {
    renderPane();
    expect(textField()).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Controleer' })).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Documenttype' })).toBeTruthy();
    const file = document.querySelector('input[type="file"]') as HTMLInputElement;
    expect(file.accept).toContain('.docx');
  });

  it('checks pasted text on Controleer and shows both findings', async () => {
    renderPane();
    fireEvent.change(textField(), { target: { value: LETTER } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    await waitFor(() => expect(items('signature.director-missing')).toHaveLength(1));
    expect(items('address.form').length).toBeGreaterThan(0);
  });

  it('selects the excerpt in the text field on Toon', async () => {
    renderPane();
    fireEvent.change(textField(), { target: { value: LETTER } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    fireEvent.click(within(items('address.form')[0]).getAllByRole('button', { name: 'Toon' })[1]);
    const area = textField();
    expect(area.value.slice(area.selectionStart, area.selectionEnd)).toBe('je');
  });

  it('rewrites every place of the address form on Pas alles toe and checks again', async () => {
    renderPane();
    fireEvent.change(textField(), { target: { value: LETTER } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    await waitFor(() => expect(items('address.form').length).toBe(1));
    fireEvent.click(within(items('address.form')[0]).getByRole('button', { name: 'Pas alles toe' }));
    await waitFor(() => expect(items('address.form')).toHaveLength(0));
    expect(textField().value).toContain('U brengt best uw identiteitskaart mee.');
  });

  it('shows the readability figure with what it means', async () => {
    renderPane();
    const text = Array.from(
      { length: 12 },
      (_, i) => `Het recyclagepark is op dag ${i + 1} open van negen tot vijf uur.`,
    ).join(' ');
    fireEvent.change(textField(), { target: { value: text } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    const figure = await waitFor(() => {
      const el = document.querySelector('[data-readability]');
      expect(el).not.toBeNull();
      return el!;
    });
    expect(figure.textContent).toMatch(
      /Leesbaarheid \(Flesch-Douma\): \d+(,\d)?, .* om te lezen; voor een .* mikken we op minstens \d+/,
    );
  });

  it('shows the sentence around a short excerpt', async () => {
    renderPane();
    fireEvent.change(textField(), { target: { value: LETTER } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    await waitFor(() => expect(items('address.form').length).toBe(1));
    const marks = [...items('address.form')[0].querySelectorAll('blockquote')].map((b) => b.textContent);
    expect(marks).toContain('Je brengt best je identiteitskaart mee.');
  });

  it('says there is nothing to check for an empty text', async () => {
    renderPane();
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText(/Er is nog geen tekst om na te kijken/)).toBeTruthy();
    // QA: an empty text was "Herkend als: infoblad of artikel"; there is nothing to recognise yet.
    expect(screen.queryByText(/Herkend als/)).toBeNull();
  });

  it('names the detected type once there is text', async () => {
    renderPane();
    fireEvent.change(textField(), { target: { value: LETTER } });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(await screen.findByText('Herkend als: brief')).toBeTruthy();
  });

  it('says when it cannot tell the type, and what it checked then', async () => {
    renderPane();
    fireEvent.change(textField(), {
      target: {
        value:
          'Seniorenraad\n\nDe seniorenraad adviseert het gemeentebestuur over alles wat senioren aanbelangt.',
      },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Controleer' }));
    expect(
      await screen.findByText(
        'Niet zeker herkend: een artikel voor het infoblad of een webtekst. Alleen de afspraken die voor elk van die types gelden, zijn nagekeken. Kies het type voor alle afspraken van dat kanaal.',
      ),
    ).toBeTruthy();
  });

  it('waits for the organisation before it can check', () => {
    renderPane({ org: undefined });
    expect((screen.getByRole('button', { name: 'Controleer' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('opens a .docx, shows its text and checks it with its table cells', async () => {
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph('Beste inwoner,'),
            new Paragraph('U bent welkom. Je kan je inschrijven via de website.'),
            new Paragraph('Met vriendelijke groeten,'),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('An Peeters'), new Paragraph('burgemeester')] }),
                    new TableCell({ children: [new Paragraph({ children: [new TextRun('')] })] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = await Packer.toBuffer(doc);
    const file = new File([new Uint8Array(bytes)], 'brief.docx');
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array(bytes).buffer });
    renderPane();
    const input = document.querySelector('input[type="file"]') as HTMLInputElement;
    fireEvent.change(input, { target: { files: [file] } });
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    expect(textField().value).toContain('Je kan je inschrijven');
    expect(screen.getByText('Geopend: brief.docx')).toBeTruthy();
  });

  it('shows the reader’s Dutch message for a file that is not a .docx', async () => {
    const file = new File([new Uint8Array([1, 2, 3])], 'foto.docx');
    Object.defineProperty(file, 'arrayBuffer', { value: async () => new Uint8Array([1, 2, 3]).buffer });
    renderPane();
    fireEvent.change(document.querySelector('input[type="file"]')!, { target: { files: [file] } });
    expect(await screen.findByText(/geen leesbaar Word-document/)).toBeTruthy();
  });
});

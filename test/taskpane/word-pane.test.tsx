/** @jest-environment jsdom */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { act, configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import type { ParagraphInput } from '../../shared/checks/document';
import { DocumentChangedError, type DocumentHost } from '../../taskpane/document-host';
import { WordPane } from '../../taskpane/word-pane';
import { LETTER_PARAGRAPHS, zilverbeekEffective } from './fixtures';

// The checks run for real; on a busy machine their first run takes longer than the 1 s default.
configure({ asyncUtilTimeout: 5000 });

const org = zilverbeekEffective();

/** A document host over an array of paragraphs, recording what the pane asks of it. */
class FakeHost implements DocumentHost {
  reads = 0;
  selected: [number, number][] = [];
  replaced: [number, number, string][] = [];
  dismissed: string[] = [];
  limitations: string[] = [];
  changeListener: (() => void) | undefined;
  failNextReplace = false;
  constructor(public paragraphs: string[]) {}
  async readDocument() {
    this.reads++;
    return { paragraphs: this.paragraphs.map((text): ParagraphInput => ({ text })) };
  }
  async selectRange(start: number, end: number) {
    this.selected.push([start, end]);
  }
  async replaceRange(start: number, end: number, text: string) {
    if (this.failNextReplace) {
      this.failNextReplace = false;
      throw new DocumentChangedError();
    }
    this.replaced.push([start, end, text]);
    const all = this.paragraphs.join('\n');
    this.paragraphs = (all.slice(0, start) + text + all.slice(end)).split('\n');
  }
  replacedAll: { start: number; end: number; text: string }[][] = [];
  async replaceRanges(edits: readonly { start: number; end: number; text: string }[]) {
    this.replacedAll.push([...edits]);
    let all = this.paragraphs.join('\n');
    for (const e of [...edits].sort((a, b) => b.start - a.start))
      all = all.slice(0, e.start) + e.text + all.slice(e.end);
    this.paragraphs = all.split('\n');
  }
  loadDismissed() {
    return this.dismissed;
  }
  async saveDismissed(keys: string[]) {
    this.dismissed = keys;
  }
  async onDocumentChanged(listener: () => void) {
    this.changeListener = listener;
    return () => (this.changeListener = undefined);
  }
}

function renderPane(host: FakeHost, recheckDelayMs = 1500) {
  return render(
    <FluentProvider theme={webLightTheme}>
      <WordPane host={host} org={org} recheckDelayMs={recheckDelayMs} />
    </FluentProvider>,
  );
}

const items = (rule: string) => document.querySelectorAll<HTMLElement>(`[data-rule="${rule}"]`);

describe('the pane inside Word', () => {
  it('reads the open document at start and lists its findings with the detected type', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('signature.director-missing')).toHaveLength(1));
    expect(items('address.form').length).toBeGreaterThan(0);
    expect(host.reads).toBe(1);
    expect(screen.getByText('Herkend als: brief')).toBeTruthy();
    expect(screen.getByText('1 fout')).toBeTruthy();
  });

  it('selects the excerpt in Word on Toon', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    fireEvent.click(within(items('address.form')[0]).getAllByRole('button', { name: 'Toon' })[0]);
    await waitFor(() => expect(host.selected).toHaveLength(1));
    const text = LETTER_PARAGRAPHS.join('\n');
    const [start, end] = host.selected[0];
    expect(text.slice(start, end)).toBe('Je');
  });

  it('replaces exactly the excerpt of one place on Pas toe and checks again', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    const placesBefore = items('address.form')[0].querySelectorAll('[data-place]').length;
    expect(placesBefore).toBe(2);
    fireEvent.click(within(items('address.form')[0]).getAllByRole('button', { name: 'Pas toe' })[0]);
    await waitFor(() => expect(host.reads).toBe(2));
    expect(host.replaced).toHaveLength(1);
    const [start, end, replacement] = host.replaced[0];
    expect(LETTER_PARAGRAPHS.join('\n').slice(start, end)).toBe('Je');
    expect(replacement).toBe('U');
    expect(host.paragraphs[4]).toContain('U brengt best je identiteitskaart mee.');
    await waitFor(() => expect(items('address.form')[0].querySelectorAll('[data-place]')).toHaveLength(0));
  });

  it('rewrites every place of a grouped finding in one call on Pas alles toe', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    fireEvent.click(within(items('address.form')[0]).getByRole('button', { name: 'Pas alles toe' }));
    await waitFor(() => expect(items('address.form')).toHaveLength(0));
    expect(host.replacedAll).toHaveLength(1);
    expect(host.replaced).toHaveLength(0);
    // From the end backwards, so each edit's offsets are those of the checked text.
    expect(host.replacedAll[0].map((e) => e.text)).toEqual(['uw', 'U']);
    expect(host.paragraphs[4]).toContain('U brengt best uw identiteitskaart mee.');
  });

  it('says so and checks again when the document changed before Pas toe', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    host.failNextReplace = true;
    fireEvent.click(within(items('address.form')[0]).getAllByRole('button', { name: 'Pas toe' })[0]);
    await waitFor(() => expect(screen.getByText(/Het document is gewijzigd/)).toBeTruthy());
    await waitFor(() => expect(host.reads).toBe(2));
  });

  it('dismisses a finding for this document and can bring it back', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('signature.director-missing')).toHaveLength(1));
    fireEvent.click(within(items('signature.director-missing')[0]).getByRole('button', { name: 'Negeer' }));
    expect(items('signature.director-missing')).toHaveLength(0);
    expect(host.dismissed).toEqual(['signature.director-missing|36|An Peeters\nburgemeester']);
    fireEvent.click(screen.getByRole('button', { name: 'opnieuw tonen' }));
    expect(items('signature.director-missing')).toHaveLength(1);
    expect(host.dismissed).toEqual([]);
  });

  it('keeps findings dismissed in the document dismissed when it is opened again', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    host.dismissed = ['signature.director-missing|36|An Peeters\nburgemeester'];
    renderPane(host);
    await waitFor(() => expect(items('address.form').length).toBeGreaterThan(0));
    expect(items('signature.director-missing')).toHaveLength(0);
    expect(screen.getByText(/1 genegeerd/)).toBeTruthy();
  });

  it('checks again after edits, once, when the writer pauses', async () => {
    jest.useFakeTimers();
    try {
      const host = new FakeHost([...LETTER_PARAGRAPHS]);
      renderPane(host, 1000);
      await act(async () => {
        await jest.runOnlyPendingTimersAsync();
      });
      await waitFor(() => expect(host.changeListener).toBeDefined());
      const reads = host.reads;
      host.paragraphs[4] = 'U kunt de kaart vanaf maandag afhalen. U brengt best uw identiteitskaart mee.';
      act(() => {
        host.changeListener!();
        jest.advanceTimersByTime(500);
        host.changeListener!();
        jest.advanceTimersByTime(500);
      });
      expect(host.reads).toBe(reads);
      await act(async () => {
        jest.advanceTimersByTime(600);
        await jest.runOnlyPendingTimersAsync();
      });
      expect(host.reads).toBe(reads + 1);
      await waitFor(() => expect(items('address.form')).toHaveLength(0));
    } finally {
      jest.useRealTimers();
    }
  });

  it('shows what this Word cannot do', async () => {
    const host = new FakeHost(['Korte tekst.']);
    host.limitations = ['Deze versie van Word geeft geen tabellen door.'];
    renderPane(host);
    expect(await screen.findByText('Deze versie van Word geeft geen tabellen door.')).toBeTruthy();
  });

  it('re-checks with the type the writer chooses', async () => {
    const host = new FakeHost([...LETTER_PARAGRAPHS]);
    renderPane(host);
    await waitFor(() => expect(items('signature.director-missing')).toHaveLength(1));
    fireEvent.change(screen.getByRole('combobox', { name: 'Documenttype' }), {
      target: { value: 'website' },
    });
    await waitFor(() => expect(host.reads).toBe(2));
    await waitFor(() => expect(items('signature.director-missing')).toHaveLength(0));
  });
});

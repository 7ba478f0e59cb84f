// A Word document behind office-addin-mock: paragraphs in the body (some in a table), a header
// and a footer, and a search that behaves like Word's (case-sensitive, non-overlapping, ^p/^l/^^
// codes), so the adapter's reads, selections and replacements can be checked on real text.
import { OfficeMockObject } from 'office-addin-mock';

// office-addin-mock needs only the OfficeApp enum of office-addin-manifest, whose ESM-only
// nested uuid jest would not load.
jest.mock('office-addin-manifest', () => ({
  OfficeApp: {
    Excel: 'excel',
    OneNote: 'onenote',
    Outlook: 'outlook',
    PowerPoint: 'powerpoint',
    Project: 'project',
    Word: 'word',
  },
}));

export interface FakeParagraph {
  text: string;
  style?: string;
  styleBuiltIn?: string;
  tableNestingLevel?: number;
}

type ContainerName = 'body' | 'header' | 'footer';

export interface FakeRange {
  container: ContainerName;
  start: number;
  end: number;
  text: string;
}

export class FakeWord {
  syncs = 0;
  selected: FakeRange | undefined;
  replacements = 0;
  searches: string[] = [];
  settings = new Map<string, unknown>();
  savedSettings = 0;
  private pending: OfficeMockObject[] = [];

  constructor(
    public body: FakeParagraph[],
    public tables: { values: string[][] }[] = [],
    public header: FakeParagraph[] = [],
    public footer: FakeParagraph[] = [],
    public supported: string[] = ['1.1', '1.2', '1.3', '1.4', '1.5', '1.6'],
  ) {}

  containerText(name: ContainerName): string {
    return this[name].map((p) => p.text).join('\n');
  }

  /** Installs global Word and Office mocks for the current document state. */
  install(): void {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- the mock's methods get their own `this`
    const fake = this;
    const searchable = (name: ContainerName) => ({
      search(query: string, options: { matchCase?: boolean }) {
        fake.searches.push(query);
        const results = new OfficeMockObject({ items: fake.find(name, query, options.matchCase ?? false) });
        fake.pending.push(results);
        return results;
      },
    });
    const paragraphItems = (list: FakeParagraph[]) =>
      list.map((p) => ({ tableNestingLevel: 0, styleBuiltIn: 'Other', style: 'Standaard', ...p }));
    const data = {
      context: {
        document: {
          body: {
            paragraphs: { items: paragraphItems(this.body) },
            tables: { items: this.tables.map((t) => ({ values: t.values })) },
            ...searchable('body'),
          },
          sections: {
            first: {
              header: { paragraphs: { items: paragraphItems(this.header) }, ...searchable('header') },
              footer: { paragraphs: { items: paragraphItems(this.footer) }, ...searchable('footer') },
              getHeader(this: { header: unknown }, type: string) {
                if (type !== 'Primary') throw new Error(`unexpected header type ${type}`);
                return this.header;
              },
              getFooter(this: { footer: unknown }, type: string) {
                if (type !== 'Primary') throw new Error(`unexpected footer type ${type}`);
                return this.footer;
              },
            },
            getFirst(this: { first: unknown }) {
              return this.first;
            },
          },
        },
        async sync(this: OfficeMockObject) {
          fake.syncs++;
          await OfficeMockObject.prototype.sync.call(this);
          for (const results of fake.pending.splice(0)) await results.sync();
        },
      },
      async run(this: { context: unknown }, batch: (context: unknown) => Promise<unknown>) {
        return batch(this.context);
      },
    };
    const g = globalThis as Record<string, unknown>;
    g.Word = new OfficeMockObject(data);
    g.Office = {
      AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
      EventType: { DocumentSelectionChanged: 'documentSelectionChanged' },
      context: {
        requirements: {
          isSetSupported: (name: string, version: string) =>
            name === 'WordApi' && fake.supported.includes(version),
        },
        document: {
          settings: {
            get: (name: string) => fake.settings.get(name) ?? null,
            set: (name: string, value: unknown) => fake.settings.set(name, JSON.parse(JSON.stringify(value))),
            saveAsync: (callback: (r: { status: string }) => void) => {
              fake.savedSettings++;
              callback({ status: 'succeeded' });
            },
          },
          addHandlerAsync: (_type: string, _handler: () => void, callback: () => void) => callback(),
          removeHandlerAsync: () => undefined,
        },
      },
    };
  }

  private find(container: ContainerName, query: string, matchCase: boolean) {
    const codes: Record<string, string> = { '^^': '^', '^p': '\n', '^l': '\v', '^t': '\t' };
    const needle = query.replace(/\^\^|\^p|\^l|\^t/g, (code) => codes[code]);
    const fold = (s: string) => (matchCase ? s : s.toLowerCase());
    const haystack = fold(this.containerText(container));
    const ranges = [];
    for (
      let i = haystack.indexOf(fold(needle));
      i !== -1;
      i = haystack.indexOf(fold(needle), i + needle.length)
    ) {
      ranges.push(this.range(container, i, i + needle.length));
    }
    return ranges;
  }

  private range(container: ContainerName, start: number, end: number) {
    // eslint-disable-next-line @typescript-eslint/no-this-alias -- used inside the range's methods
    const fake = this;
    return {
      text: this.containerText(container).slice(start, end),
      _start: start,
      _end: end,
      select() {
        fake.selected = { container, start, end, text: fake.containerText(container).slice(start, end) };
      },
      insertText(text: string, location: string) {
        if (location !== 'Replace') throw new Error(`unexpected insert location ${location}`);
        fake.replacements++;
        const all = fake.containerText(container);
        const lines = (all.slice(0, start) + text + all.slice(end)).split('\n');
        fake[container] = lines.map((line, i) => ({ ...fake[container][i], text: line }));
      },
      expandTo(other: { _start: number; _end: number }) {
        return fake.range(container, Math.min(start, other._start), Math.max(end, other._end));
      },
    };
  }
}

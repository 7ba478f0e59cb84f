// The Word side of the pane: read the open document, show and fix a finding, remember dismissed
// findings in the document, and hear about edits. Every call is one Word.run that loads what it
// needs and syncs as little as possible (reading: one sync; showing or fixing: two).
import { DocumentChangedError, type DocumentHost, type DocumentSnapshot } from '../document-host';
import {
  layoutParagraphs,
  planSearch,
  type Container,
  type RawParagraph,
  type RawTable,
  type WordParagraph,
} from './layout';
import { describeLimitations, detectCapabilities, type WordCapabilities } from './requirements';

const DISMISSED_SETTING = 'afspraak.dismissed';

export function createWordHost(): DocumentHost {
  const caps = detectCapabilities((name, version) =>
    Office.context.requirements.isSetSupported(name, version),
  );
  // The paragraphs of the last read: offsets of findings point into them.
  let last: WordParagraph[] = [];

  const readDocument = async (): Promise<DocumentSnapshot> => {
    last = await withContext('Het document kon niet gelezen worden', () => readParagraphs(caps));
    return { paragraphs: last.map(({ container: _container, ...p }) => p) };
  };

  return {
    readDocument,
    selectRange: (start, end) =>
      withContext('De tekst kon niet geselecteerd worden', () =>
        onRange(last, caps, start, end, (r) => r.select()),
      ),
    replaceRange: (start, end, text) =>
      withContext('De tekst kon niet vervangen worden', () =>
        onRange(last, caps, start, end, (r) => {
          // One insertText is one step on Word's undo stack.
          r.insertText(text, 'Replace');
        }),
      ),
    replaceRanges: (edits) =>
      withContext('De tekst kon niet vervangen worden', () => replaceAll(last, caps, edits)),
    loadDismissed: () => {
      const value: unknown = Office.context.document.settings.get(DISMISSED_SETTING);
      return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
    },
    saveDismissed: (keys) => saveSetting(DISMISSED_SETTING, keys),
    onDocumentChanged: (listener) => subscribeChanges(caps, listener),
    limitations: describeLimitations(caps),
  };
}

async function readParagraphs(caps: WordCapabilities): Promise<WordParagraph[]> {
  return Word.run(async (context) => {
    const body = context.document.body;
    // 'items' rather than 'items/text,…': office-addin-mock only understands the former, and
    // Word then loads every scalar property of the paragraphs, which is cheap next to a sync.
    const paragraphs = body.paragraphs.load('items');
    let tables: Word.TableCollection | undefined;
    let header: Word.ParagraphCollection | undefined;
    let footer: Word.ParagraphCollection | undefined;
    if (caps.tablesAndHeaders) {
      tables = body.tables.load('items');
      const section = context.document.sections.getFirst();
      header = section.getHeader('Primary').paragraphs.load('items');
      footer = section.getFooter('Primary').paragraphs.load('items');
    }
    await context.sync();
    const raw = (items: Word.Paragraph[]): RawParagraph[] =>
      items.map((p) => ({
        text: p.text,
        style: p.style,
        styleBuiltIn: caps.tablesAndHeaders ? p.styleBuiltIn : undefined,
        tableNestingLevel: caps.tablesAndHeaders ? p.tableNestingLevel : undefined,
      }));
    const rawTables: RawTable[] = (tables?.items ?? []).map((t) => ({ values: t.values }));
    return layoutParagraphs(
      raw(paragraphs.items),
      rawTables,
      raw(header?.items ?? []),
      raw(footer?.items ?? []),
    );
  });
}

/** Finds start..end of the last read in Word (search + which occurrence) and acts on it. */
async function onRange(
  last: readonly WordParagraph[],
  caps: WordCapabilities,
  start: number,
  end: number,
  act: (range: Word.Range) => void,
): Promise<void> {
  const plan = planSearch(last, start, end);
  await Word.run(async (context) => {
    const target = containerBody(context, plan.container);
    const results = plan.steps.map((step) =>
      target.search(step.query, { matchCase: true, matchWildcards: false }).load('items'),
    );
    await context.sync();
    results.forEach((found, i) => {
      // A different count means the text moved since the check: the occurrence would be wrong.
      if (found.items.length !== plan.steps[i].total) throw new DocumentChangedError();
    });
    let range = results[0].items[plan.steps[0].index];
    if (results.length > 1 && caps.tablesAndHeaders)
      range = range.expandTo(results[1].items[plan.steps[1].index]);
    act(range);
    await context.sync();
  });
}

/**
 * "Pas alles toe": every edit found in one Word.run (all searches, one sync), then replaced from
 * the end of the document backwards (second sync), so no replacement moves another's text and
 * the whole group is one batch. If any occurrence count changed, nothing is replaced.
 */
async function replaceAll(
  last: readonly WordParagraph[],
  caps: WordCapabilities,
  edits: readonly { start: number; end: number; text: string }[],
): Promise<void> {
  const ordered = [...edits].sort((a, b) => b.start - a.start);
  const plans = ordered.map((e) => planSearch(last, e.start, e.end));
  await Word.run(async (context) => {
    const searches = plans.map((plan) => {
      const target = containerBody(context, plan.container);
      return plan.steps.map((step) =>
        target.search(step.query, { matchCase: true, matchWildcards: false }).load('items'),
      );
    });
    await context.sync();
    const ranges = searches.map((results, i) => {
      const plan = plans[i];
      results.forEach((found, k) => {
        if (found.items.length !== plan.steps[k].total) throw new DocumentChangedError();
      });
      let range = results[0].items[plan.steps[0].index];
      if (results.length > 1 && caps.tablesAndHeaders)
        range = range.expandTo(results[1].items[plan.steps[1].index]);
      return range;
    });
    ranges.forEach((range, i) => range.insertText(ordered[i].text, 'Replace'));
    await context.sync();
  });
}

function containerBody(context: Word.RequestContext, container: Container): Word.Body {
  if (container === 'body') return context.document.body;
  const section = context.document.sections.getFirst();
  return container === 'header' ? section.getHeader('Primary') : section.getFooter('Primary');
}

function saveSetting(name: string, value: unknown): Promise<void> {
  const settings = Office.context.document.settings;
  settings.set(name, value);
  return new Promise((resolve, reject) => {
    settings.saveAsync((result) => {
      if (result.status === Office.AsyncResultStatus.Succeeded) resolve();
      else
        reject(
          new Error(
            `De genegeerde meldingen konden niet in het document bewaard worden: ${result.error?.message ?? ''}`,
          ),
        );
    });
  });
}

/**
 * Paragraph events where Word has them (WordApi 1.6); otherwise a selection change, which
 * follows typing closely enough for a debounced re-check.
 */
async function subscribeChanges(caps: WordCapabilities, listener: () => void): Promise<() => void> {
  let active = true;
  const handler = async () => {
    if (active) listener();
  };
  if (caps.changeEvents) {
    await Word.run(async (context) => {
      context.document.onParagraphChanged.add(handler);
      context.document.onParagraphAdded.add(handler);
      context.document.onParagraphDeleted.add(handler);
      await context.sync();
    });
    return () => {
      active = false;
    };
  }
  await new Promise<void>((resolve) => {
    Office.context.document.addHandlerAsync(Office.EventType.DocumentSelectionChanged, handler, () =>
      resolve(),
    );
  });
  return () => {
    active = false;
    Office.context.document.removeHandlerAsync(Office.EventType.DocumentSelectionChanged, { handler });
  };
}

async function withContext<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (error instanceof DocumentChangedError) throw error;
    const detail = error instanceof Error ? error.message : String(error);
    throw new Error(`${what}: ${detail}`, { cause: error });
  }
}

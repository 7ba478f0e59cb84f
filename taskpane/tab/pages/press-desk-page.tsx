// Persdesk: the communication service's overview of press requests (filters open / mine /
// deadline today / closed), the card actions, each request's audit trail, and a CSV export of a
// period for the yearly report. Anyone else gets a clear message instead (the API says 403).
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { PressRequestFilter, PressRequestList } from '../../../bot/api/press-requests';
import { ApiError, type TabApi } from '../api';
import { PressRequestItem, type PressRequestActions } from '../components/press-request-item';
import { isoDay } from '../format';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
  },
  list: { display: 'grid', rowGap: tokens.spacingVerticalM },
  export: { display: 'flex', columnGap: tokens.spacingHorizontalM, alignItems: 'end', flexWrap: 'wrap' },
});

const FILTERS: {
  value: PressRequestFilter;
  label: string;
  count?: 'open' | 'mine' | 'today';
  empty: string;
}[] = [
  { value: 'open', label: 'Open', count: 'open', empty: 'Er zijn geen openstaande persvragen.' },
  { value: 'mine', label: 'Van mij', count: 'mine', empty: 'Je behandelt op dit moment geen persvragen.' },
  { value: 'today', label: 'Vandaag', count: 'today', empty: 'Geen persvragen met een deadline vandaag.' },
  { value: 'closed', label: 'Afgesloten', empty: 'Nog geen afgesloten of teruggegeven persvragen.' },
];

function firstOfYear(now: Date): string {
  return `${isoDay(now).slice(0, 4)}-01-01`;
}

export function PressDeskPage(props: { api: TabApi; now?: () => Date }) {
  const styles = useStyles();
  const now = props.now ?? (() => new Date());
  const [filter, setFilter] = useState<PressRequestFilter>('open');
  const [list, setList] = useState<PressRequestList>();
  const [error, setError] = useState<ApiError>();
  const [notice, setNotice] = useState<string>();
  const [busy, setBusy] = useState(false);
  const [from, setFrom] = useState(() => firstOfYear(now()));
  const [to, setTo] = useState(() => isoDay(now()));
  const [exportError, setExportError] = useState<string>();

  const load = useCallback(
    async (which: PressRequestFilter) => {
      try {
        setList(await props.api.pressRequests(which));
        setError(undefined);
      } catch (e) {
        setError(
          e instanceof ApiError ? e : new ApiError(0, 'unknown', 'De persvragen konden niet geladen worden.'),
        );
      }
    },
    [props.api],
  );
  useEffect(() => {
    setList(undefined);
    void load(filter);
  }, [filter, load]);

  const act = async (action: () => Promise<unknown>, done: string) => {
    setBusy(true);
    setNotice(undefined);
    try {
      await action();
      setNotice(done);
    } catch (e) {
      // A conflict (someone else took it first) says who; reload so the list shows the truth.
      setNotice(e instanceof ApiError ? e.message : 'Dat lukte niet. Probeer het opnieuw.');
    } finally {
      await load(filter);
      setBusy(false);
    }
  };
  const actions: PressRequestActions = {
    take: (id) =>
      act(() => props.api.take(id), 'Je behandelt deze persvraag nu. Je vindt ze onder "Van mij".'),
    handBack: (id) =>
      act(
        () => props.api.handBack(id),
        'De persvraag is teruggegeven aan de dienst die ze meldde: die antwoordt zelf.',
      ),
    close: (id, outcome) => act(() => props.api.close(id, outcome), 'De persvraag is afgesloten.'),
    inform: (id, role, informed) =>
      act(
        () => props.api.inform(id, role, informed),
        informed ? 'Aangeduid als geïnformeerd.' : 'Het vinkje "geïnformeerd" is weggehaald.',
      ),
    remind: (id, at, note) =>
      act(
        () => props.api.remind(id, at, note),
        at ? 'De herinnering is ingesteld: de bot meldt ze op de persdesk.' : 'De herinnering is weggehaald.',
      ),
    loadDetail: async (id) => {
      const detail = await props.api.pressRequest(id);
      return { advice: detail.request.advice, audit: detail.audit };
    },
  };

  const exportCsv = async () => {
    setExportError(undefined);
    if (!from || !to || from > to) {
      setExportError('Kies een begindatum die vóór of op de einddatum valt.');
      return;
    }
    try {
      const blob = await props.api.csvExport(from, to);
      const url = URL.createObjectURL(blob);
      const link = document.createElement('a');
      link.href = url;
      link.download = `persvragen-${from}-tot-${to}.csv`;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
    } catch (e) {
      setExportError(e instanceof ApiError ? e.message : 'De export is niet gelukt.');
    }
  };

  if (error?.status === 403) {
    return (
      <main className={styles.page} aria-labelledby="persdesk-titel">
        <Title2 as="h1" id="persdesk-titel">
          Persdesk
        </Title2>
        <MessageBar intent="info" data-testid="persdesk-geen-toegang">
          <MessageBarBody>
            {error.message || 'De Persdesk is er voor de communicatiedienst.'} Kreeg je een vraag van de pers?
            Meld ze aan de bot met "persvraag": de communicatiedienst volgt ze op.
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }

  const current = FILTERS.find((f) => f.value === filter)!;
  return (
    <main className={styles.page} aria-labelledby="persdesk-titel">
      <Title2 as="h1" id="persdesk-titel">
        Persdesk
      </Title2>
      <TabList
        selectedValue={filter}
        onTabSelect={(_e, data) => setFilter(data.value as PressRequestFilter)}
        aria-label="Welke persvragen"
      >
        {FILTERS.map((f) => (
          <Tab key={f.value} value={f.value}>
            {f.label}
            {f.count && list ? ` ${list.counts[f.count]}` : ''}
          </Tab>
        ))}
      </TabList>
      {notice ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      {error ? (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{error.message}</MessageBarBody>
        </MessageBar>
      ) : null}
      {!list && !error ? <Spinner label="Persvragen laden…" /> : null}
      {list ? (
        <section className={styles.list} aria-labelledby="persvragen-titel" data-filter={filter}>
          <Subtitle1 as="h2" id="persvragen-titel">
            {current.label} ({list.requests.length})
          </Subtitle1>
          {list.requests.length === 0 ? <Text>{current.empty}</Text> : null}
          {list.requests.map((r) => (
            <PressRequestItem key={r.id} request={r} actions={actions} busy={busy} />
          ))}
        </section>
      ) : null}
      <section aria-labelledby="export-titel">
        <Subtitle1 as="h2" id="export-titel">
          Export voor het jaarverslag
        </Subtitle1>
        <div className={styles.export}>
          <Field label="Van">
            <Input type="date" value={from} onChange={(_e, d) => setFrom(d.value)} />
          </Field>
          <Field label="Tot en met">
            <Input type="date" value={to} onChange={(_e, d) => setTo(d.value)} />
          </Field>
          <Button onClick={exportCsv}>Exporteer CSV</Button>
        </div>
        {exportError ? (
          <Text role="alert" as="p">
            {exportError}
          </Text>
        ) : null}
      </section>
    </main>
  );
}

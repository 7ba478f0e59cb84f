// The note's versions: who published what and when, with the changes in words; compare any two,
// roll back to one (a new version, so nothing is lost), and download one as the note for the
// college (.docx) or as an organisation file (YAML).
import {
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';
import { formatDateTime } from '../format';
import type { NoteApi, NoteChange, VersionSummary } from '../note-types';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalM },
  version: {
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  changes: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  row: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'end' },
});

const ORIGIN: Record<VersionSummary['origin'], string> = {
  file: 'ingelezen uit het organisatiebestand',
  composer: 'gepubliceerd in Afspraak',
  rollback: 'teruggezet',
};

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ChangeList(props: { changes: readonly NoteChange[]; label: string }) {
  const styles = useStyles();
  if (!props.changes.length) return <Text>Geen wijzigingen.</Text>;
  return (
    <ul className={styles.changes} aria-label={props.label}>
      {props.changes.map((c, i) => (
        <li key={i} data-change={c.kind}>
          {c.text}
        </li>
      ))}
    </ul>
  );
}

export function HistoryPanel(props: {
  api: NoteApi;
  onRestored: (v: VersionSummary) => void;
  refreshKey?: number;
}) {
  const styles = useStyles();
  const [versions, setVersions] = useState<VersionSummary[] | ApiError>();
  const [from, setFrom] = useState<string>('');
  const [to, setTo] = useState<string>('');
  const [comparison, setComparison] = useState<NoteChange[] | ApiError>();
  const [busy, setBusy] = useState(false);

  const load = useCallback(async () => {
    try {
      const list = await props.api.versions();
      setVersions(list);
      if (list.length > 1) {
        setFrom(String(list[1].number));
        setTo(String(list[0].number));
      }
    } catch (e) {
      setVersions(e as ApiError);
    }
  }, [props.api]);
  useEffect(() => void load(), [load, props.refreshKey]);

  const compare = async () => {
    try {
      setComparison(await props.api.compare(Number(from), to === 'draft' ? 'draft' : Number(to)));
    } catch (e) {
      setComparison(e as ApiError);
    }
  };
  const restore = async (n: number) => {
    setBusy(true);
    try {
      const v = await props.api.restore(n, `Teruggezet naar versie ${n}`);
      props.onRestored(v);
      await load();
    } finally {
      setBusy(false);
    }
  };
  const download = async (n: number, format: 'yaml' | 'docx') =>
    saveBlob(await props.api.download(n, format), `afsprakennota-v${n}.${format}`);

  if (!versions) return <Spinner label="Versies laden…" />;
  if (versions instanceof ApiError) return <Text role="alert">{versions.message}</Text>;
  return (
    <section className={styles.root} aria-labelledby="versies-titel">
      <Subtitle2 as="h2" id="versies-titel">
        Versies ({versions.length})
      </Subtitle2>
      {versions.length > 1 ? (
        <div className={styles.row}>
          <Field label="Vergelijk versie">
            <Select value={from} onChange={(_e, d) => setFrom(d.value)}>
              {versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  {v.number}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="met">
            <Select value={to} onChange={(_e, d) => setTo(d.value)}>
              <option value="draft">het concept</option>
              {versions.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  versie {v.number}
                </option>
              ))}
            </Select>
          </Field>
          <Button onClick={compare}>Vergelijk</Button>
        </div>
      ) : null}
      {comparison instanceof ApiError ? <Text role="alert">{comparison.message}</Text> : null}
      {Array.isArray(comparison) ? <ChangeList changes={comparison} label="Verschillen" /> : null}
      <ol className={styles.list}>
        {versions.map((v) => (
          <li key={v.number} className={styles.version} data-version={v.number}>
            <Text weight="semibold">
              Versie {v.number}
              {v.current ? ' (in gebruik)' : ''}
            </Text>
            <Text size={200}>
              {formatDateTime(v.createdAt)}, {v.createdBy}, {ORIGIN[v.origin]}
              {v.restoredFrom ? ` (kopie van versie ${v.restoredFrom})` : ''}
            </Text>
            {v.changeNote ? <Text>{v.changeNote}</Text> : null}
            <ChangeList changes={v.changes} label={`Wijzigingen in versie ${v.number}`} />
            <div className={styles.row}>
              <Button size="small" onClick={() => download(v.number, 'docx')}>
                Download nota (.docx)
              </Button>
              <Button size="small" onClick={() => download(v.number, 'yaml')}>
                Download bestand (YAML)
              </Button>
              {!v.current ? (
                <Button size="small" disabled={busy} onClick={() => restore(v.number)}>
                  Zet versie {v.number} terug
                </Button>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </section>
  );
}

// Samenstellen (CONTRACT §7): the communication service composes the organisation's note from the
// catalogue. A draft saved automatically, messages at the field, before/after preview, Publiceer,
// and the history of versions. Loaded as its own chunk: staff who only read never download it.
// Who may compose is the server's decision (the token, as for the press desk); everyone else gets
// its message.
import {
  Button,
  Field,
  Input,
  makeStyles,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { catalogueEntries, sections } from '../../../shared/catalogue';
import type { OwnAgreement } from '../../../shared/organisation/types';
import { formatDateTime } from '../format';
import type { NoteApi, VersionSummary } from '../note-types';
import { AgreementRow, type AgreementRowActions } from './agreement-row';
import {
  putOwnAgreement,
  removeOwnAgreement,
  setAddressForm,
  setAdopted,
  setFill,
  setPeople,
  setVariant,
  setWording,
} from './draft-edits';
import { ChangeList, HistoryPanel } from './history-panel';
import { OwnAgreementsPanel } from './own-agreements-panel';
import { PeopleEditor } from './people-editor';
import { PreviewPanel } from './preview-panel';
import { useDraft, type SaveState } from './use-draft';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '1040px',
  },
  bar: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingBlock: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  grow: { flexGrow: 1, minWidth: '220px' },
  list: { display: 'grid', rowGap: tokens.spacingVerticalM },
  muted: { color: tokens.colorNeutralForeground3 },
});

type Panel = 'afspraken' | 'eigen' | 'mensen' | 'voorbeeld' | 'versies';

function saveText(save: SaveState): string {
  switch (save.kind) {
    case 'saved':
      return save.at ? `Concept bewaard (${formatDateTime(save.at)})` : 'Geen wijzigingen';
    case 'pending':
    case 'saving':
      return 'Bewaren…';
    case 'invalid':
      return `Niet bewaard: ${save.count} ${save.count === 1 ? 'fout' : 'fouten'}, zie de velden in het rood`;
    case 'conflict':
    case 'error':
      return `Niet bewaard: ${save.message}`;
  }
}

export function ComposerPage(props: {
  api: NoteApi;
  /** An own agreement to start from (the Vragen page's "Maak een eigen afspraak"). */
  startOwn?: OwnAgreement;
}) {
  const styles = useStyles();
  const d = useDraft(props.api);
  const [panel, setPanel] = useState<Panel>(props.startOwn ? 'eigen' : 'afspraken');
  const [changeNote, setChangeNote] = useState('');
  const [publishing, setPublishing] = useState(false);
  const [publishError, setPublishError] = useState<string>();
  // The last version published from this page (by Publiceer or by rolling back).
  const [lastPublished, setLastPublished] = useState<VersionSummary>();
  const update = d.update;
  const actions = useMemo<AgreementRowActions>(
    () => ({
      adopt: (n, adopted) => update((o) => setAdopted(o, n, adopted)),
      variant: (n, v) => update((o) => setVariant(o, n, v)),
      wording: (n, text) => update((o) => setWording(o, n, text)),
      fill: (n, words) => update((o) => setFill(o, n, words)),
      addressForm: (type, form) => update((o) => setAddressForm(o, type, form)),
    }),
    [update],
  );
  const bySection = useMemo(
    () =>
      sections.map((s) => ({ section: s, entries: catalogueEntries().filter((e) => e.section.id === s.id) })),
    [],
  );

  if (d.loadError) {
    const forbidden = d.loadError.status === 403;
    return (
      <main className={styles.page} aria-labelledby="samenstellen-titel">
        <Title2 as="h1" id="samenstellen-titel">
          Afsprakennota samenstellen
        </Title2>
        <MessageBar intent={forbidden ? 'info' : 'error'}>
          <MessageBarBody>
            {forbidden
              ? `${d.loadError.message} Wil je iets aan de afspraken veranderen? Vraag het aan de communicatiedienst.`
              : d.loadError.message}
          </MessageBarBody>
        </MessageBar>
      </main>
    );
  }
  if (!d.organisation || !d.draft || !d.status)
    return <Spinner label="Concept laden…" className={styles.page} />;
  const org = d.organisation;

  const publish = async () => {
    setPublishing(true);
    setPublishError(undefined);
    try {
      const v = await d.publish(changeNote.trim() || undefined);
      if (!v) setPublishError('Het concept is niet bewaard: verbeter eerst de fouten bij de velden.');
      else {
        setLastPublished(v);
        setChangeNote('');
      }
    } catch (e) {
      setPublishError(e instanceof Error ? e.message : 'Publiceren lukte niet.');
    } finally {
      setPublishing(false);
    }
  };
  const justPublished = lastPublished;

  return (
    <main className={styles.page} aria-labelledby="samenstellen-titel">
      <Title2 as="h1" id="samenstellen-titel">
        Afsprakennota samenstellen
      </Title2>
      <Text>
        Versie {d.status.published.number} is in gebruik. Je wijzigingen komen in een concept dat automatisch
        bewaard wordt; pas na <strong>Publiceer</strong> volgen de bot, de tab en Word de nieuwe versie.
      </Text>
      {justPublished ? (
        <MessageBar intent="success">
          <MessageBarBody>
            <MessageBarTitle>Gepubliceerd</MessageBarTitle>
            <span data-note-version={justPublished.number}>versie {justPublished.number}</span>
            {justPublished.restoredFrom ? ` (kopie van versie ${justPublished.restoredFrom})` : ''}. De bot,
            de tab en Word volgen binnen enkele seconden.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      {d.draft.stale ? (
        <MessageBar intent="warning">
          <MessageBarBody>
            Sinds dit concept begon, is er een nieuwere versie gepubliceerd. Bekijk de verschillen onder
            Versies voor je publiceert.
          </MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.bar} role="region" aria-label="Concept">
        <Text role="status" className={styles.grow} data-save-state={d.save.kind}>
          {saveText(d.save)}
        </Text>
        <Field label="Wat verandert er (voor de geschiedenis)" className={styles.grow}>
          <Input value={changeNote} onChange={(_e, x) => setChangeNote(x.value)} />
        </Field>
        <Button appearance="primary" onClick={publish} disabled={publishing}>
          Publiceer
        </Button>
        <Button
          appearance="subtle"
          onClick={() => void d.discard()}
          disabled={publishing || d.draft.revision === 0}
        >
          Concept weggooien
        </Button>
      </div>
      {publishError ? (
        <MessageBar intent="error">
          <MessageBarBody>{publishError}</MessageBarBody>
        </MessageBar>
      ) : null}
      <section aria-labelledby="wijzigingen-titel">
        <Subtitle1 as="h2" id="wijzigingen-titel">
          Wijzigingen in dit concept ({d.draft.changes.length})
        </Subtitle1>
        <ChangeList changes={d.draft.changes} label="Wijzigingen in dit concept" />
        {d.draft.warnings.length ? (
          <ul aria-label="Opmerkingen">
            {d.draft.warnings.map((w, i) => (
              <li key={i}>
                {w.label ?? w.field}: {w.message}
              </li>
            ))}
          </ul>
        ) : null}
      </section>
      <TabList
        selectedValue={panel}
        onTabSelect={(_e, x) => setPanel(x.value as Panel)}
        aria-label="Onderdelen"
      >
        <Tab value="afspraken">Afspraken</Tab>
        <Tab value="eigen">Eigen afspraken</Tab>
        <Tab value="mensen">Mensen</Tab>
        <Tab value="voorbeeld">Voor en na</Tab>
        <Tab value="versies">Versies</Tab>
      </TabList>
      {panel === 'afspraken' ? (
        <div className={styles.list}>
          {bySection.map(({ section, entries }) => (
            <section
              key={section.id}
              aria-labelledby={`samenstellen-sectie-${section.id}`}
              className={styles.list}
            >
              <Subtitle1 as="h2" id={`samenstellen-sectie-${section.id}`}>
                {section.id} {section.title}
              </Subtitle1>
              {entries.map((entry) => (
                <AgreementRow
                  key={entry.agreement.number}
                  entry={entry}
                  organisation={org}
                  errors={d.errors}
                  actions={actions}
                />
              ))}
            </section>
          ))}
        </div>
      ) : null}
      {panel === 'eigen' ? (
        <OwnAgreementsPanel
          organisation={org}
          errors={d.errors}
          start={props.startOwn}
          onSave={(own) => update((o) => putOwnAgreement(o, own))}
          onRemove={(n) => update((o) => removeOwnAgreement(o, n))}
        />
      ) : null}
      {panel === 'mensen' ? (
        <PeopleEditor
          people={org.people}
          errors={d.errors}
          onChange={(people) => update((o) => setPeople(o, people))}
        />
      ) : null}
      {panel === 'voorbeeld' ? <PreviewPanel api={props.api} beforeRun={d.flush} /> : null}
      {panel === 'versies' ? (
        <HistoryPanel
          api={props.api}
          refreshKey={d.status.published.number}
          onRestored={(v) => {
            setLastPublished(v);
            void d.reload();
          }}
        />
      ) : null}
      <Text size={200} className={styles.muted}>
        Ingelogd als {d.status.user.name}.
      </Text>
    </main>
  );
}

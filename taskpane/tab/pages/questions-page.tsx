// Vragen: what the bot could not answer well, for the communication service to turn into better
// agreements. Questions it refused, answered unsure, or that got "niet nuttig", grouped by
// similarity and counted (by the server, without the askers' names). From a group: add the
// question as an example to an agreement (the bot learns the phrasing), or start an own agreement.
import {
  Badge,
  Button,
  Card,
  Field,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { EffectiveOrganisation, OwnAgreement } from '../../../shared/organisation/types';
import { ApiError } from '../api';
import { formatDateTime } from '../format';
import type { NoteApi, QuestionGroup, QuestionList } from '../note-types';

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
  },
  header: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalS, alignItems: 'center' },
  variants: { margin: 0, paddingLeft: tokens.spacingHorizontalXL, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'end' },
  muted: { color: tokens.colorNeutralForeground3 },
});

const PERIODS = [7, 30, 90, 180];

function reasonText(r: QuestionGroup['reasons']): string {
  return [
    r.refused ? `${r.refused}× geen antwoord` : '',
    r.unsure ? `${r.unsure}× onzeker antwoord` : '',
    r.notHelpful ? `${r.notHelpful}× niet nuttig` : '',
  ]
    .filter(Boolean)
    .join(', ');
}

function GroupCard(props: {
  group: QuestionGroup;
  org: EffectiveOrganisation;
  onExample: (question: string, agreement: number) => Promise<void>;
  onOwn: (question: string) => Promise<void>;
}) {
  const styles = useStyles();
  const g = props.group;
  const proposed = g.agreements.find((n) => props.org.byNumber.has(n));
  const [agreement, setAgreement] = useState<string>(proposed ? String(proposed) : '');
  const [done, setDone] = useState<string>();
  const [error, setError] = useState<string>();
  const titleId = `vraag-${g.id}`;
  const act = async (run: () => Promise<void>, message?: string) => {
    setError(undefined);
    try {
      await run();
      if (message) setDone(message);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Dat lukte niet.');
    }
  };
  return (
    <Card role="article" aria-labelledby={titleId} data-question-group={g.id}>
      <div className={styles.header}>
        <Subtitle2 as="h2" id={titleId}>
          "{g.question}"
        </Subtitle2>
        <Badge appearance="filled" color="informative" aria-label={`${g.count} keer gevraagd`}>
          {g.count}×
        </Badge>
      </div>
      <Text size={200} className={styles.muted}>
        {reasonText(g.reasons)}; laatst op {formatDateTime(g.lastAskedAt)}
        {g.agreements.length ? `; de bot dacht aan afspraak ${g.agreements.join(', ')}` : ''}
      </Text>
      {g.variants.length > 1 ? (
        <ul className={styles.variants} aria-label="Ook zo gevraagd">
          {g.variants
            .filter((v) => v.question !== g.question)
            .map((v, i) => (
              <li key={i}>
                "{v.question}" ({v.count}×)
              </li>
            ))}
        </ul>
      ) : null}
      <div className={styles.actions}>
        <Field label="Afspraak">
          <Select value={agreement} onChange={(_e, d) => setAgreement(d.value)}>
            <option value="">Kies een afspraak…</option>
            {props.org.agreements.map((a) => (
              <option key={a.number} value={String(a.number)}>
                {a.number}. {a.text.slice(0, 70)}
                {a.text.length > 70 ? '…' : ''}
              </option>
            ))}
          </Select>
        </Field>
        <Button
          disabled={!agreement}
          onClick={() =>
            act(
              () => props.onExample(g.question, Number(agreement)),
              `Toegevoegd als voorbeeldvraag bij afspraak ${agreement}, in het concept. Publiceer het concept om de bot het te leren.`,
            )
          }
        >
          Voeg toe als voorbeeld
        </Button>
        <Button onClick={() => act(() => props.onOwn(g.question))}>Maak er een eigen afspraak van</Button>
      </div>
      {done ? <Text role="status">{done}</Text> : null}
      {error ? <Text role="alert">{error}</Text> : null}
    </Card>
  );
}

export function QuestionsPage(props: {
  api: NoteApi;
  org: EffectiveOrganisation;
  /** Opens the composer's form with this own agreement. */
  onStartOwn: (own: OwnAgreement) => void;
}) {
  const styles = useStyles();
  const [days, setDays] = useState(30);
  const [list, setList] = useState<QuestionList | ApiError>();
  const load = useCallback(async () => {
    setList(undefined);
    try {
      setList(await props.api.questions(days));
    } catch (e) {
      setList(
        e instanceof ApiError ? e : new ApiError(0, 'network', 'De vragen konden niet geladen worden.'),
      );
    }
  }, [props.api, days]);
  useEffect(() => void load(), [load]);

  let body;
  if (!list) body = <Spinner label="Vragen laden…" />;
  else if (list instanceof ApiError) {
    body = (
      <MessageBar intent={list.status === 403 ? 'info' : 'error'}>
        <MessageBarBody>
          {list.status === 403
            ? 'De vragen aan de bot zijn er alleen voor de communicatieverantwoordelijke en de communicatiedienst.'
            : list.message}
        </MessageBarBody>
      </MessageBar>
    );
  } else {
    body = (
      <>
        <Text className={styles.muted}>
          Afspraak bewaart deze vragen {list.retentionDays} dagen, zonder de naam van wie ze stelde.
        </Text>
        {list.groups.length === 0 ? (
          <Text>Geen vragen zonder goed antwoord in deze periode.</Text>
        ) : (
          list.groups.map((g) => (
            <GroupCard
              key={g.id}
              group={g}
              org={props.org}
              onExample={async (q, n) => {
                await props.api.addExample(q, n);
              }}
              onOwn={async (q) => props.onStartOwn(await props.api.ownAgreementFrom(q))}
            />
          ))
        )}
      </>
    );
  }

  return (
    <main className={styles.page} aria-labelledby="vragen-titel">
      <Title2 as="h1" id="vragen-titel">
        Vragen zonder goed antwoord
      </Title2>
      <Text>
        Vragen die de bot niet kon beantwoorden, onzeker beantwoordde of die "niet nuttig" kregen, gegroepeerd
        en geteld. Maak er een voorbeeldvraag of een eigen afspraak van.
      </Text>
      <Field label="Periode">
        <Select value={String(days)} onChange={(_e, d) => setDays(Number(d.value))}>
          {PERIODS.map((p) => (
            <option key={p} value={String(p)}>
              laatste {p} dagen
            </option>
          ))}
        </Select>
      </Field>
      {body}
    </main>
  );
}

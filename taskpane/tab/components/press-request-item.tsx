// One press request on the Persdesk, with the same actions as its card in the channel: take, hand
// back, close with an outcome; and its audit trail on demand.
import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  makeStyles,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import type { AuditEntryView, PressRequestView } from '../../../bot/api/press-requests';
import { formatDateTime } from '../format';

const useStyles = makeStyles({
  header: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  facts: {
    margin: 0,
    display: 'grid',
    gridTemplateColumns: 'max-content 1fr',
    columnGap: tokens.spacingHorizontalM,
  },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  audit: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  muted: { color: tokens.colorNeutralForeground3 },
  inform: { margin: 0, padding: 0, listStyleType: 'none', display: 'grid', rowGap: tokens.spacingVerticalXS },
  informRow: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
  },
  // Deadlines stand out: a coloured edge by urgency, besides the badge that says it in words.
  overdue: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteRedBorder2}` },
  today: { borderLeft: `${tokens.strokeWidthThickest} solid ${tokens.colorPaletteMarigoldBorder2}` },
});

const URGENCY: Partial<Record<PressRequestView['urgency'], { label: string; color: 'danger' | 'warning' }>> =
  {
    overdue: { label: 'Deadline voorbij', color: 'danger' },
    today: { label: 'Deadline vandaag', color: 'warning' },
  };

/** E-mail addresses and phone numbers in the contact line as links (mail, call). */
function ContactLinks(props: { text: string }) {
  const parts = props.text.split(/([\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d /.-]{6,}\d)/g);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 0 ? (
          part
        ) : part.includes('@') ? (
          <a key={i} href={`mailto:${part}`}>
            {part}
          </a>
        ) : (
          <a key={i} href={`tel:${part.replace(/[^\d+]/g, '')}`}>
            {part}
          </a>
        ),
      )}
    </>
  );
}

const STATUS: Record<PressRequestView['status'], { label: string; color: 'warning' | 'brand' | 'subtle' }> = {
  open: { label: 'Open', color: 'warning' },
  taken: { label: 'In behandeling', color: 'brand' },
  'handed-back': { label: 'Teruggegeven aan de dienst', color: 'subtle' },
  closed: { label: 'Afgesloten', color: 'subtle' },
};

export interface PressRequestActions {
  take(id: string): Promise<void>;
  handBack(id: string): Promise<void>;
  close(id: string, outcome: string): Promise<void>;
  inform(id: string, role: string, informed: boolean): Promise<void>;
  /** at: an ISO instant, or null to clear the reminder. */
  remind(id: string, at: string | null, note?: string): Promise<void>;
  loadDetail(id: string): Promise<{ advice: string[]; audit: AuditEntryView[] }>;
}

export function PressRequestItem(props: {
  request: PressRequestView;
  actions: PressRequestActions;
  busy?: boolean;
}) {
  const styles = useStyles();
  const r = props.request;
  const [closing, setClosing] = useState(false);
  const [outcome, setOutcome] = useState('');
  const [outcomeError, setOutcomeError] = useState<string>();
  const [remindAt, setRemindAt] = useState('');
  const [remindNote, setRemindNote] = useState('');
  const [remindError, setRemindError] = useState<string>();
  const [audit, setAudit] = useState<{ advice: string[]; audit: AuditEntryView[] } | 'loading' | Error>();
  const status = STATUS[r.status];
  const urgency = URGENCY[r.urgency];
  const active = r.status === 'open' || r.status === 'taken';
  const titleId = `persvraag-${r.id}-titel`;

  const toggleAudit = async () => {
    if (audit && audit !== 'loading') return setAudit(undefined);
    setAudit('loading');
    try {
      setAudit(await props.actions.loadDetail(r.id));
    } catch (error) {
      setAudit(error as Error);
    }
  };
  const submitReminder = async () => {
    // datetime-local is the browser's local time, as the user reads the clock.
    const at = remindAt ? new Date(remindAt) : undefined;
    if (!at || Number.isNaN(at.getTime())) {
      setRemindError('Kies een datum en een uur voor de herinnering.');
      return;
    }
    setRemindError(undefined);
    await props.actions.remind(r.id, at.toISOString(), remindNote.trim() || undefined);
  };
  const submitClose = async () => {
    if (!outcome.trim()) {
      setOutcomeError(
        'Schrijf kort hoe de vraag is afgehandeld (bv. "antwoord gegeven door de burgemeester").',
      );
      return;
    }
    await props.actions.close(r.id, outcome.trim());
    setClosing(false);
  };

  return (
    <Card
      role="article"
      data-request={r.id}
      data-status={r.status}
      data-urgency={r.urgency}
      aria-labelledby={titleId}
      className={r.urgency === 'overdue' ? styles.overdue : r.urgency === 'today' ? styles.today : undefined}
    >
      <header className={styles.header}>
        <Subtitle2 as="h3" id={titleId}>
          {r.reference ?? 'Persvraag'}
          {r.medium ? ` · ${r.medium}` : ''}
        </Subtitle2>
        <Badge appearance="tint" color={status.color}>
          {status.label}
        </Badge>
        {urgency ? (
          <Badge appearance="filled" color={urgency.color}>
            {urgency.label}
          </Badge>
        ) : null}
      </header>
      <Text as="p">{r.summary}</Text>
      <dl className={styles.facts}>
        {r.medium ? (
          <>
            <dt>Medium</dt>
            <dd>{r.medium}</dd>
          </>
        ) : null}
        {r.journalist ? (
          <>
            <dt>Journalist</dt>
            <dd>{r.journalist}</dd>
          </>
        ) : null}
        {r.contact ? (
          <>
            <dt>Contact</dt>
            <dd>
              <ContactLinks text={r.contact} />
            </dd>
          </>
        ) : null}
        {r.department ? (
          <>
            <dt>Dienst</dt>
            <dd>{r.department}</dd>
          </>
        ) : null}
        {r.description && r.description !== r.summary ? (
          <>
            <dt>Situatie</dt>
            <dd>{r.description}</dd>
          </>
        ) : null}
        {r.alreadySaid ? (
          <>
            <dt>Al gezegd</dt>
            <dd>{r.alreadySaid}</dd>
          </>
        ) : null}
        {r.requester ? (
          <>
            <dt>Gemeld door</dt>
            <dd>{r.requester}</dd>
          </>
        ) : null}
        <dt>Gemeld op</dt>
        <dd>{formatDateTime(r.createdAt)}</dd>
        {r.deadline ? (
          <>
            <dt>Deadline</dt>
            <dd>{formatDateTime(r.deadline)}</dd>
          </>
        ) : null}
        {r.reminder ? (
          <>
            <dt>Herinnering</dt>
            <dd data-reminder={r.reminder}>
              {formatDateTime(r.reminder)}
              {r.reminderNote ? ` · ${r.reminderNote}` : ''}
            </dd>
          </>
        ) : null}
        {r.assignee ? (
          <>
            <dt>Behandeld door</dt>
            <dd>{r.mine ? `${r.assignee.name} (jij)` : r.assignee.name}</dd>
          </>
        ) : null}
        {r.agreements.length ? (
          <>
            <dt>Afspraken</dt>
            <dd>{r.agreements.map((n) => `afspraak ${n}`).join(', ')}</dd>
          </>
        ) : null}
        {r.outcome ? (
          <>
            <dt>{r.status === 'handed-back' ? 'Toelichting' : 'Afgehandeld'}</dt>
            <dd>
              {r.outcome}
              {r.closedAt ? ` (${formatDateTime(r.closedAt)})` : ''}
            </dd>
          </>
        ) : null}
      </dl>
      {r.inform.length ? (
        <section aria-labelledby={`${titleId}-informeren`}>
          <Text as="h4" weight="semibold" id={`${titleId}-informeren`}>
            Wie moet geïnformeerd worden
          </Text>
          <ul className={styles.inform}>
            {r.inform.map((item) => (
              <li
                key={item.role}
                className={styles.informRow}
                data-inform={item.role}
                data-informed={item.informed}
              >
                <Text>
                  {item.informed ? '✅' : '⬜'} {item.label} ·{' '}
                  {item.informed ? 'geïnformeerd' : 'nog te informeren'}
                </Text>
                {/* Closed or handed back: the list is a record, as on the card. */}
                {active ? (
                  <Button
                    size="small"
                    disabled={props.busy}
                    aria-label={`${item.label}: ${item.informed ? 'ongedaan maken' : 'geïnformeerd'}`}
                    onClick={() => props.actions.inform(r.id, item.role, !item.informed)}
                  >
                    {item.informed ? '↺ ongedaan' : '✓ geïnformeerd'}
                  </Button>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <div className={styles.actions}>
        {r.status === 'open' ? (
          <Button appearance="primary" disabled={props.busy} onClick={() => props.actions.take(r.id)}>
            Neem op
          </Button>
        ) : null}
        {r.status === 'open' || (r.status === 'taken' && r.mine) ? (
          <Button disabled={props.busy} onClick={() => props.actions.handBack(r.id)}>
            Geef terug aan de dienst
          </Button>
        ) : null}
        {(r.status === 'open' || r.status === 'taken') && !closing ? (
          <Button disabled={props.busy} onClick={() => setClosing(true)}>
            Sluit af
          </Button>
        ) : null}
        <Button appearance="subtle" onClick={toggleAudit} aria-expanded={Boolean(audit)}>
          Advies en geschiedenis
        </Button>
      </div>
      {active ? (
        <div className={styles.actions}>
          <Field label="Herinner op" validationMessage={remindError}>
            <Input type="datetime-local" value={remindAt} onChange={(_e, d) => setRemindAt(d.value)} />
          </Field>
          <Field label="Waaraan (kort)">
            <Input value={remindNote} maxLength={300} onChange={(_e, d) => setRemindNote(d.value)} />
          </Field>
          <Button disabled={props.busy} onClick={submitReminder}>
            Stel herinnering in
          </Button>
          {r.reminder ? (
            <Button
              appearance="subtle"
              disabled={props.busy}
              onClick={() => props.actions.remind(r.id, null)}
            >
              Haal herinnering weg
            </Button>
          ) : null}
        </div>
      ) : null}
      {closing ? (
        <div>
          <Field label="Hoe is de vraag afgehandeld?" validationMessage={outcomeError} required>
            <Textarea value={outcome} onChange={(_e, d) => setOutcome(d.value)} resize="vertical" />
          </Field>
          <div className={styles.actions}>
            <Button appearance="primary" disabled={props.busy} onClick={submitClose}>
              Afsluiten
            </Button>
            <Button appearance="subtle" onClick={() => setClosing(false)}>
              Annuleer
            </Button>
          </div>
        </div>
      ) : null}
      {audit === 'loading' ? <Text className={styles.muted}>Geschiedenis laden…</Text> : null}
      {audit instanceof Error ? <Text role="alert">{audit.message}</Text> : null}
      {audit && audit !== 'loading' && !(audit instanceof Error) && audit.advice.length ? (
        <section aria-label="Advies aan wie de vraag kreeg">
          <Text as="h4" weight="semibold">
            Advies aan wie de vraag kreeg
          </Text>
          {audit.advice.map((line, i) => (
            <Text as="p" key={i}>
              {line}
            </Text>
          ))}
        </section>
      ) : null}
      {audit && audit !== 'loading' && !(audit instanceof Error) ? (
        <ol className={styles.audit} aria-label="Geschiedenis">
          {audit.audit.map((e, i) => (
            <li key={i}>
              {formatDateTime(e.at)}: {e.actor} {e.action}
              {e.detail ? `: ${e.detail}` : ''}
            </li>
          ))}
        </ol>
      ) : null}
    </Card>
  );
}

// Before and after: what the bot would answer to a few questions, and what the checker flags in a
// sample text, with the published note and with the draft (POST /api/note/preview). The server
// runs the real ask and checks, so the preview is what staff will get.
import {
  Badge,
  Button,
  Field,
  makeStyles,
  Select,
  Spinner,
  Subtitle2,
  Text,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { useState } from 'react';
import { DOCUMENT_TYPE_LABELS } from '../../labels';
import { ApiError } from '../api';
import type { AnswerView, DocumentType, FindingView, NoteApi, Preview } from '../note-types';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalM },
  pair: {
    display: 'grid',
    gap: tokens.spacingHorizontalM,
    '@media (min-width: 720px)': { gridTemplateColumns: '1fr 1fr' },
  },
  side: {
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    display: 'grid',
    rowGap: tokens.spacingVerticalXS,
    alignContent: 'start',
  },
  reply: { margin: 0, whiteSpace: 'pre-line' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
});

// The sample text's type, named as the pane and the CLI name it (one label set).
const DOC_TYPES = Object.entries(DOCUMENT_TYPE_LABELS).map(([value, label]) => ({
  value: value as DocumentType,
  label,
}));

function Answer(props: { title: string; answer: AnswerView }) {
  const styles = useStyles();
  return (
    <div className={styles.side}>
      <Text weight="semibold">{props.title}</Text>
      <p className={styles.reply}>{props.answer.reply}</p>
      {props.answer.agreement ? <Text size={200}>Afspraak {props.answer.agreement}</Text> : null}
    </div>
  );
}

function Findings(props: { title: string; findings: FindingView[] }) {
  const styles = useStyles();
  return (
    <div className={styles.side}>
      <Text weight="semibold">
        {props.title}: {props.findings.length} {props.findings.length === 1 ? 'opmerking' : 'opmerkingen'}
      </Text>
      <ul className={styles.list}>
        {props.findings.map((f, i) => (
          <li key={i}>
            "{f.excerpt}": {f.message}
            {f.agreement ? ` (afspraak ${f.agreement})` : ''}
          </li>
        ))}
      </ul>
    </div>
  );
}

export function PreviewPanel(props: { api: NoteApi; beforeRun: () => Promise<boolean> }) {
  const styles = useStyles();
  const [questions, setQuestions] = useState('');
  const [text, setText] = useState('');
  const [documentType, setDocumentType] = useState<DocumentType>('brief');
  const [preview, setPreview] = useState<Preview | 'loading' | ApiError>();

  const run = async () => {
    setPreview('loading');
    // The preview reads the stored draft: save what is on screen first.
    if (!(await props.beforeRun())) {
      setPreview(new ApiError(422, 'invalid_note', 'Het concept bevat nog fouten; verbeter ze eerst.'));
      return;
    }
    const list = questions
      .split('\n')
      .map((q) => q.trim())
      .filter(Boolean);
    try {
      setPreview(
        await props.api.preview({
          ...(list.length ? { questions: list } : {}),
          ...(text.trim() ? { text } : {}),
          documentType,
        }),
      );
    } catch (e) {
      setPreview(e instanceof ApiError ? e : new ApiError(0, 'network', 'De voorvertoning lukte niet.'));
    }
  };

  return (
    <section className={styles.root} aria-labelledby="voorbeeld-titel">
      <Subtitle2 as="h2" id="voorbeeld-titel">
        Wat verandert er voor je collega's?
      </Subtitle2>
      <Text>
        Vergelijk het antwoord van de bot en de controle in Word met de gepubliceerde nota (voor) en met dit
        concept (na). Laat de velden leeg voor een paar gewone vragen en een voorbeeldbrief.
      </Text>
      <Field label="Vragen aan de bot" hint="Eén vraag per regel.">
        <Textarea resize="vertical" value={questions} onChange={(_e, d) => setQuestions(d.value)} />
      </Field>
      <Field label="Tekst om te controleren">
        <Textarea resize="vertical" rows={5} value={text} onChange={(_e, d) => setText(d.value)} />
      </Field>
      <Field label="Soort tekst">
        <Select value={documentType} onChange={(_e, d) => setDocumentType(d.value as DocumentType)}>
          {DOC_TYPES.map((t) => (
            <option key={t.value} value={t.value}>
              {t.label}
            </option>
          ))}
        </Select>
      </Field>
      <div>
        <Button onClick={run} disabled={preview === 'loading'}>
          Toon voor en na
        </Button>
      </div>
      {preview === 'loading' ? <Spinner label="Voorvertoning maken…" /> : null}
      {preview instanceof ApiError ? <Text role="alert">{preview.message}</Text> : null}
      {preview && typeof preview === 'object' && !(preview instanceof ApiError) ? (
        <div className={styles.root} data-preview>
          {preview.questions.map((q, i) => (
            <section key={i} aria-label={q.question} data-changed={q.changed}>
              <Text weight="semibold">
                "{q.question}"{' '}
                {q.changed ? (
                  <Badge color="warning" appearance="tint">
                    Ander antwoord
                  </Badge>
                ) : (
                  <Badge appearance="outline">Zelfde antwoord</Badge>
                )}
              </Text>
              <div className={styles.pair}>
                <Answer title="Nu" answer={q.before} />
                <Answer title="Met dit concept" answer={q.after} />
              </div>
            </section>
          ))}
          <section aria-label="Controle van de tekst" data-changed={preview.checks.changed}>
            <Text weight="semibold">
              Controle van de tekst{' '}
              {preview.checks.changed ? (
                <Badge color="warning" appearance="tint">
                  Andere opmerkingen
                </Badge>
              ) : (
                <Badge appearance="outline">Zelfde opmerkingen</Badge>
              )}
            </Text>
            <div className={styles.pair}>
              <Findings title="Nu" findings={preview.checks.before} />
              <Findings title="Met dit concept" findings={preview.checks.after} />
            </div>
          </section>
        </div>
      ) : null}
    </section>
  );
}

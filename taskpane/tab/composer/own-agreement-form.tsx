// A new own agreement (or one to change), through a guided form: the section it belongs in, its
// text, its who-may-do-what rules and how colleagues would ask about it. Kept in the form until
// "Zet in het concept", then cleaned (empty lines gone) and handed to the draft.
import { Button, Field, makeStyles, Select, Subtitle2, Textarea, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { sections } from '../../../shared/catalogue';
import type { Statement } from '../../../shared/catalogue/types';
import type { OwnAgreement } from '../../../shared/organisation/types';
import type { FieldMessage } from '../note-types';
import { messagesAt } from './draft-edits';
import { emptyStatement, StatementEditor } from './statement-editor';

const useStyles = makeStyles({
  form: { display: 'grid', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

const lines = (text: string) =>
  text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);

function cleaned(own: OwnAgreement, examples: string): OwnAgreement {
  const statements: Statement[] = own.statements.map((s) => {
    const conditions = (s.conditions ?? []).map((c) => c.trim()).filter(Boolean);
    const { conditions: _c, involve, ...rest } = s;
    return {
      ...rest,
      summary: s.summary.trim(),
      ...(conditions.length ? { conditions } : {}),
      ...(involve?.length ? { involve } : {}),
    };
  });
  const list = lines(examples);
  const { examples: _e, ...rest } = own;
  return { ...rest, text: own.text.trim(), statements, ...(list.length ? { examples: list } : {}) };
}

export function OwnAgreementForm(props: {
  initial: OwnAgreement;
  /** Where the agreement sits in agreements.add, for the server's messages (absent when new). */
  index?: number;
  errors: readonly FieldMessage[];
  onSave: (own: OwnAgreement) => void;
  onCancel: () => void;
}) {
  const styles = useStyles();
  const [own, setOwn] = useState<OwnAgreement>(props.initial);
  const [examples, setExamples] = useState((props.initial.examples ?? []).join('\n'));
  const [missing, setMissing] = useState<string>();
  const path = props.index === undefined ? undefined : `agreements.add[${props.index}]`;
  const at = (field: string) => (path ? messagesAt(props.errors, `${path}.${field}`).join(' ') : '');

  const save = () => {
    if (!own.text.trim()) return setMissing('Schrijf de tekst van de afspraak.');
    if (own.statements.some((s) => !s.summary.trim()))
      return setMissing('Schrijf elke regel ook in één zin (zo leest de bot ze voor).');
    setMissing(undefined);
    props.onSave(cleaned(own, examples));
  };

  return (
    <section className={styles.form} aria-labelledby="eigen-afspraak-titel" data-own-agreement={own.number}>
      <Subtitle2 as="h3" id="eigen-afspraak-titel">
        Eigen afspraak {own.number}
      </Subtitle2>
      <Field label="Hoofdstuk" validationMessage={at('section') || undefined}>
        <Select value={own.section} onChange={(_e, d) => setOwn({ ...own, section: d.value })}>
          {sections.map((s) => (
            <option key={s.id} value={s.id}>
              {s.id} {s.title}
            </option>
          ))}
        </Select>
      </Field>
      <Field
        label="Tekst van de afspraak"
        required
        validationMessage={missing && !own.text.trim() ? missing : at('text') || undefined}
      >
        <Textarea
          resize="vertical"
          rows={4}
          value={own.text}
          onChange={(_e, d) => setOwn({ ...own, text: d.value })}
        />
      </Field>
      <Subtitle2 as="h4">Wie mag wat</Subtitle2>
      {own.statements.map((s, i) => (
        <StatementEditor
          key={i}
          index={i}
          statement={s}
          onChange={(next) =>
            setOwn({ ...own, statements: own.statements.map((x, j) => (j === i ? next : x)) })
          }
          onRemove={() => setOwn({ ...own, statements: own.statements.filter((_x, j) => j !== i) })}
          messages={(field) => at(`statements[${i}].${field}`)}
        />
      ))}
      <div className={styles.actions}>
        <Button onClick={() => setOwn({ ...own, statements: [...own.statements, emptyStatement()] })}>
          Regel toevoegen
        </Button>
      </div>
      <Field
        label="Hoe zouden collega's het vragen?"
        hint="Eén vraag per regel, in hun eigen woorden. Zo leert de bot de afspraak herkennen."
        validationMessage={at('examples') || undefined}
      >
        <Textarea resize="vertical" rows={3} value={examples} onChange={(_e, d) => setExamples(d.value)} />
      </Field>
      {missing ? <p role="alert">{missing}</p> : null}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={save}>
          Zet in het concept
        </Button>
        <Button appearance="subtle" onClick={props.onCancel}>
          Annuleer
        </Button>
      </div>
    </section>
  );
}

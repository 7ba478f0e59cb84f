// The organisation's own agreements (1000 and up): the list, and the guided form to add or change
// one. A form handed in from the Vragen page (a question to start from) opens at once.
import { Button, Card, makeStyles, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Organisation, OwnAgreement } from '../../../shared/organisation/types';
import type { FieldMessage } from '../note-types';
import { messagesAt, nextOwnNumber } from './draft-edits';
import { OwnAgreementForm } from './own-agreement-form';
import { emptyStatement } from './statement-editor';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalM },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
  actions: { display: 'flex', columnGap: tokens.spacingHorizontalS },
});

export function OwnAgreementsPanel(props: {
  organisation: Organisation;
  errors: readonly FieldMessage[];
  onSave: (own: OwnAgreement) => void;
  onRemove: (number: number) => void;
  /** A prefilled agreement to open in the form (from the Vragen page). */
  start?: OwnAgreement;
}) {
  const styles = useStyles();
  const own = props.organisation.agreements.add ?? [];
  const [editing, setEditing] = useState<OwnAgreement | undefined>(props.start);
  const fresh = (): OwnAgreement => ({
    number: nextOwnNumber(props.organisation),
    section: '5.1',
    text: '',
    points: [],
    statements: [emptyStatement()],
  });
  const index = editing ? own.findIndex((o) => o.number === editing.number) : -1;

  if (editing) {
    return (
      <OwnAgreementForm
        key={editing.number}
        initial={editing.statements.length ? editing : { ...editing, statements: [emptyStatement()] }}
        index={index < 0 ? undefined : index}
        errors={props.errors}
        onSave={(o) => {
          props.onSave(o);
          setEditing(undefined);
        }}
        onCancel={() => setEditing(undefined)}
      />
    );
  }
  return (
    <section className={styles.root} aria-labelledby="eigen-titel">
      <Subtitle2 as="h2" id="eigen-titel">
        Eigen afspraken ({own.length})
      </Subtitle2>
      {own.length === 0 ? (
        <Text>Nog geen eigen afspraken. Voeg er een toe voor wat de inspiratienota niet regelt.</Text>
      ) : null}
      {own.map((o, i) => (
        <Card key={o.number} data-agreement={o.number} role="group" aria-label={`Eigen afspraak ${o.number}`}>
          <Subtitle2 as="h3">
            Afspraak {o.number} · hoofdstuk {o.section}
          </Subtitle2>
          <Text>{o.text || '(nog geen tekst)'}</Text>
          <Text size={200}>
            {o.statements.length} {o.statements.length === 1 ? 'regel' : 'regels'}, {o.examples?.length ?? 0}{' '}
            voorbeeldvragen
          </Text>
          {messagesAt(props.errors, `agreements.add[${i}]`).map((m, j) => (
            <p key={j} role="alert" className={styles.error}>
              {m}
            </p>
          ))}
          <div className={styles.actions}>
            <Button onClick={() => setEditing(o)}>Wijzig</Button>
            <Button appearance="subtle" onClick={() => props.onRemove(o.number)}>
              Verwijder afspraak {o.number}
            </Button>
          </div>
        </Card>
      ))}
      <div>
        <Button appearance="primary" onClick={() => setEditing(fresh())}>
          Eigen afspraak toevoegen
        </Button>
      </div>
    </section>
  );
}

// The people the agreements name: who is burgemeester, which schepen holds which bevoegdheden
// (portfolio), how to reach them. The bot names them in its answers ("burgemeester An Peeters"),
// the press desk and agreement 36 pick the competent schepen from their portfolio.
import { Button, Field, Input, makeStyles, Select, Subtitle2, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import type { Person, PersonRole } from '../../../shared/organisation/types';
import type { FieldMessage } from '../note-types';
import { messagesAt } from './draft-edits';
import { PERSON_ROLE_OPTIONS } from './vocabulary-options';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalM },
  person: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: '1 / -1' },
});

const OPTIONAL = ['email', 'phone', 'mobile', 'party', 'department'] as const;
const OPTIONAL_LABELS: Record<(typeof OPTIONAL)[number], string> = {
  email: 'E-mail',
  phone: 'Telefoon',
  mobile: 'Gsm',
  party: 'Partij',
  department: 'Dienst (voor een diensthoofd)',
};

/** The typed text stays as typed ("cultuur, "), the list follows it. */
function PortfolioInput(props: { portfolio: readonly string[]; onChange: (portfolio: string[]) => void }) {
  const [text, setText] = useState(props.portfolio.join(', '));
  return (
    <Input
      value={text}
      onChange={(_e, d) => {
        setText(d.value);
        props.onChange(
          d.value
            .split(',')
            .map((s) => s.trim().toLowerCase())
            .filter(Boolean),
        );
      }}
    />
  );
}

export function PeopleEditor(props: {
  people: readonly Person[];
  errors: readonly FieldMessage[];
  onChange: (people: Person[]) => void;
}) {
  const styles = useStyles();
  const put = (i: number, patch: Partial<Person>) =>
    props.onChange(props.people.map((p, j) => (j === i ? { ...p, ...patch } : p)));
  const at = (i: number, field: string) =>
    messagesAt(props.errors, `people[${i}].${field}`).join(' ') || undefined;
  return (
    <section className={styles.root} aria-labelledby="mensen-titel">
      <Subtitle2 as="h2" id="mensen-titel">
        Mensen en bevoegdheden ({props.people.length})
      </Subtitle2>
      {props.people.map((p, i) => (
        <fieldset key={i} className={styles.person} data-person={i}>
          <legend>{p.name || `Persoon ${i + 1}`}</legend>
          <Field label="Naam" required validationMessage={at(i, 'name')}>
            <Input value={p.name} onChange={(_e, d) => put(i, { name: d.value })} />
          </Field>
          <Field label="Rol" validationMessage={at(i, 'role')}>
            <Select value={p.role} onChange={(_e, d) => put(i, { role: d.value as PersonRole })}>
              {PERSON_ROLE_OPTIONS.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </Select>
          </Field>
          <Field
            label="Bevoegdheden"
            hint="Gescheiden door komma's, bv. cultuur, sport"
            className={styles.wide}
            validationMessage={at(i, 'portfolio')}
          >
            <PortfolioInput portfolio={p.portfolio} onChange={(portfolio) => put(i, { portfolio })} />
          </Field>
          {OPTIONAL.map((key) => (
            <Field key={key} label={OPTIONAL_LABELS[key]} validationMessage={at(i, key)}>
              <Input
                value={p[key] ?? ''}
                onChange={(_e, d) => {
                  const { [key]: _old, ...rest } = p;
                  props.onChange(
                    props.people.map((x, j) =>
                      j === i ? (d.value ? { ...rest, [key]: d.value } : rest) : x,
                    ),
                  );
                }}
              />
            </Field>
          ))}
          <div className={styles.wide}>
            <Button
              appearance="subtle"
              onClick={() => props.onChange(props.people.filter((_x, j) => j !== i))}
            >
              {p.name ? `${p.name} verwijderen` : 'Verwijderen'}
            </Button>
          </div>
        </fieldset>
      ))}
      <div>
        <Button
          onClick={() => props.onChange([...props.people, { name: '', role: 'schepen', portfolio: [] }])}
        >
          Persoon toevoegen
        </Button>
      </div>
    </section>
  );
}

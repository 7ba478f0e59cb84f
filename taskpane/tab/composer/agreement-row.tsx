// One catalogue agreement in the composer (CONTRACT §7): adopt or omit (Opnemen), the variant
// (Variant: Hoofdtekst, Variant 1, Variant 2), the organisation's own words, the words for a blank,
// and for agreement 22 the address form per document type. Messages from the server stand at the
// field they are about.
import {
  Badge,
  Button,
  Card,
  Checkbox,
  Field,
  Input,
  makeStyles,
  mergeClasses,
  Select,
  Subtitle2,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import { memo, useState } from 'react';
import { renderText, type CatalogueEntry } from '../../../shared/catalogue';
import type { AddressDocType, AddressForm } from '../../../shared/organisation/parameters';
import { findBlanks } from '../../../shared/organisation/placeholders';
import type { Organisation } from '../../../shared/organisation/types';
import type { FieldMessage } from '../note-types';
import { AddressFormEditor } from './address-form-editor';
import { messagesAt } from './draft-edits';

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalS },
  // Not faded (text must keep its contrast): a dashed edge and a quieter background say "not adopted".
  omitted: {
    backgroundColor: tokens.colorNeutralBackground3,
    outline: `${tokens.strokeWidthThin} dashed ${tokens.colorNeutralStroke1}`,
  },
  header: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalM, alignItems: 'center' },
  controls: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalL, alignItems: 'end' },
  text: { margin: 0, whiteSpace: 'pre-line', color: tokens.colorNeutralForeground2 },
  error: { color: tokens.colorPaletteRedForeground1, margin: 0 },
});

/** Long enough to recognise an agreement, short enough to scan 87 of them. */
const EXCERPT = 140;

function TextExcerpt(props: { text: string; whole: boolean; onToggle: () => void }) {
  const styles = useStyles();
  const long = props.text.length > EXCERPT + 20;
  const cut = props.text.slice(0, props.text.lastIndexOf(' ', EXCERPT));
  return (
    <p className={styles.text}>
      {long && !props.whole ? `${cut}…` : props.text}{' '}
      {long ? (
        <Button appearance="transparent" size="small" onClick={props.onToggle} aria-expanded={props.whole}>
          {props.whole ? 'Minder tekst' : 'Hele tekst'}
        </Button>
      ) : null}
    </p>
  );
}

export interface AgreementRowActions {
  adopt(n: number, adopted: boolean): void;
  variant(n: number, variant: number | null): void;
  wording(n: number, text: string | undefined): void;
  fill(n: number, words: string): void;
  addressForm(type: AddressDocType, form: AddressForm): void;
}

interface RowProps {
  entry: CatalogueEntry;
  organisation: Organisation;
  errors: readonly FieldMessage[];
  actions: AgreementRowActions;
}

/** What of the whole note one row shows, so typing in one row does not redraw the other 86. */
function rowSlice(p: RowProps): unknown[] {
  const n = p.entry.agreement.number;
  const a = p.organisation.agreements;
  return [
    p.entry,
    p.errors,
    p.actions,
    a.omit.includes(n),
    a.variants[n],
    a.edit?.[n]?.text,
    a.fill?.[n],
    n === 22 ? JSON.stringify(a.parameters?.[22] ?? {}) : undefined,
  ];
}

export const AgreementRow = memo(AgreementRowView, (before, after) => {
  const x = rowSlice(before);
  const y = rowSlice(after);
  return x.every((v, i) => Object.is(v, y[i]));
});

function AgreementRowView(props: RowProps) {
  const styles = useStyles();
  const a = props.entry.agreement;
  const n = a.number;
  const org = props.organisation;
  const adopted = !org.agreements.omit.includes(n);
  const variant = org.agreements.variants[n] ?? null;
  const wording = org.agreements.edit?.[n]?.text;
  const [editing, setEditing] = useState(false);
  const [whole, setWhole] = useState(false);
  const mainText = renderText(a.lead, a.points, a.tail);
  const shownText = variant !== null ? (a.variants[variant - 1]?.text ?? mainText) : mainText;
  const blanks = [...new Set([mainText, ...a.variants.map((v) => v.text)].flatMap(findBlanks))];
  const at = (path: string) => messagesAt(props.errors, path);
  // What the fields above do not show (an edit combined with something validate refuses).
  const rowMessages = at(`agreements.edit.${n}`).filter((m) => !at(`agreements.edit.${n}.text`).includes(m));
  const headingId = `samenstellen-${n}-titel`;

  return (
    <Card
      data-agreement={n}
      role="group"
      aria-labelledby={headingId}
      className={mergeClasses(styles.card, !adopted && styles.omitted)}
    >
      <div className={styles.header}>
        <Subtitle2 as="h3" id={headingId}>
          Afspraak {n}
          {a.subsection ? ` · ${a.subsection}` : ''}
        </Subtitle2>
        {!adopted ? <Badge appearance="tint">Niet opgenomen</Badge> : null}
        {wording !== undefined ? (
          <Badge appearance="tint" color="informative">
            Eigen woorden
          </Badge>
        ) : null}
      </div>
      <div className={styles.controls}>
        <Checkbox
          label="Opnemen"
          checked={adopted}
          onChange={(_e, d) => props.actions.adopt(n, Boolean(d.checked))}
        />
        {a.variants.length ? (
          <Field
            label="Variant"
            validationMessage={at(`agreements.variants.${n}`).join(' ') || undefined}
            hint={wording !== undefined ? 'Je eigen woorden vervangen de variant.' : undefined}
          >
            <Select
              value={variant === null ? '' : String(variant)}
              disabled={!adopted || wording !== undefined}
              onChange={(_e, d) => props.actions.variant(n, d.value ? Number(d.value) : null)}
            >
              <option value="">Hoofdtekst</option>
              {a.variants.map((v) => (
                <option key={v.number} value={String(v.number)}>
                  Variant {v.number}
                </option>
              ))}
            </Select>
          </Field>
        ) : null}
        {adopted ? (
          <Button appearance="subtle" onClick={() => setEditing(!editing)} aria-expanded={editing}>
            {editing ? 'Sluit eigen woorden' : 'In eigen woorden'}
          </Button>
        ) : null}
      </div>
      {editing && adopted ? (
        <Field
          label={`Tekst van afspraak ${n} in jullie woorden`}
          hint="Laat leeg om de tekst van de inspiratienota te houden."
          validationMessage={at(`agreements.edit.${n}.text`).join(' ') || undefined}
        >
          <Textarea
            resize="vertical"
            rows={5}
            value={wording ?? ''}
            placeholder={shownText}
            onChange={(_e, d) => props.actions.wording(n, d.value.trim() ? d.value : undefined)}
          />
        </Field>
      ) : (
        <TextExcerpt text={wording ?? shownText} whole={whole} onToggle={() => setWhole(!whole)} />
      )}
      {adopted && blanks.length ? (
        <Field
          label={`In te vullen: "${blanks.join('", "')}"`}
          validationMessage={at(`agreements.fill.${n}`).join(' ') || undefined}
          validationState={at(`agreements.fill.${n}`).length ? 'error' : 'none'}
        >
          <Input
            value={org.agreements.fill?.[n] ?? ''}
            onChange={(_e, d) => props.actions.fill(n, d.value)}
          />
        </Field>
      ) : null}
      {adopted && n === 22 ? (
        <AddressFormEditor
          organisation={org}
          onChange={props.actions.addressForm}
          messages={(type) => at(`agreements.parameters.22.${type}`)}
        />
      ) : null}
      {rowMessages.map((m, i) => (
        <p key={i} role="alert" className={styles.error}>
          {m}
        </p>
      ))}
    </Card>
  );
}

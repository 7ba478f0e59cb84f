// One who-may-do-what statement of an own agreement, as a sentence built from choices: who, mag /
// moet / mag niet / mag mits, what, on which channel, under which conditions, whom to involve. The
// bot answers yes/no questions from exactly these fields.
import {
  Button,
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option as FluentOption,
  Select,
  Textarea,
  tokens,
} from '@fluentui/react-components';
import type { Modality, Role, Statement } from '../../../shared/catalogue/types';
import {
  ACTION_OPTIONS,
  MODALITY_OPTIONS,
  OBJECT_OPTIONS,
  ROLE_OPTIONS,
  type Option,
} from './vocabulary-options';

const useStyles = makeStyles({
  box: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(200px, 1fr))',
    gap: tokens.spacingHorizontalM,
    padding: tokens.spacingHorizontalM,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  wide: { gridColumn: '1 / -1' },
});

function MultiChoice(props: {
  label: string;
  options: readonly Option[];
  selected: readonly string[];
  onChange: (values: string[]) => void;
  hint?: string;
  message?: string;
}) {
  const labels = props.selected.map((v) => props.options.find((o) => o.value === v)?.label ?? v);
  return (
    <Field label={props.label} hint={props.hint} validationMessage={props.message || undefined}>
      <Dropdown
        multiselect
        placeholder="Kies…"
        value={labels.join(', ')}
        selectedOptions={[...props.selected]}
        onOptionSelect={(_e, d) => props.onChange(d.selectedOptions)}
      >
        {props.options.map((o) => (
          <FluentOption key={o.value} value={o.value}>
            {o.label}
          </FluentOption>
        ))}
      </Dropdown>
    </Field>
  );
}

export function emptyStatement(): Statement {
  return { actor: 'medewerker', modality: 'mag-niet', action: 'publiceren', objects: [], summary: '' };
}

export function StatementEditor(props: {
  index: number;
  statement: Statement;
  onChange: (s: Statement) => void;
  onRemove: () => void;
  messages: (field: string) => string;
}) {
  const styles = useStyles();
  const s = props.statement;
  const set = (patch: Partial<Statement>) => props.onChange({ ...s, ...patch });
  return (
    <fieldset className={styles.box} data-statement={props.index}>
      <legend>Regel {props.index + 1}</legend>
      <Field label="Wie" validationMessage={props.messages('actor') || undefined}>
        <Select value={s.actor} onChange={(_e, d) => set({ actor: d.value as Role })}>
          {ROLE_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Mag het?" validationMessage={props.messages('modality') || undefined}>
        <Select value={s.modality} onChange={(_e, d) => set({ modality: d.value as Modality })}>
          {MODALITY_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Wat doen" validationMessage={props.messages('action') || undefined}>
        <Select value={s.action} onChange={(_e, d) => set({ action: d.value })}>
          {ACTION_OPTIONS.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </Select>
      </Field>
      <MultiChoice
        label="Waarover of op welk kanaal"
        options={OBJECT_OPTIONS}
        selected={s.objects}
        onChange={(objects) => set({ objects })}
        message={props.messages('objects')}
      />
      <MultiChoice
        label="Wie betrek je"
        options={ROLE_OPTIONS}
        selected={s.involve ?? []}
        onChange={(involve) => set({ involve: involve as Role[] })}
        message={props.messages('involve')}
      />
      <Field
        label="Onder welke voorwaarden"
        hint="Eén voorwaarde per regel."
        className={styles.wide}
        validationMessage={props.messages('conditions') || undefined}
      >
        <Textarea
          resize="vertical"
          value={(s.conditions ?? []).join('\n')}
          onChange={(_e, d) => {
            const conditions = d.value.split('\n');
            set({ conditions: conditions.some((c) => c.trim()) ? conditions : undefined });
          }}
        />
      </Field>
      <Field
        label="In één zin"
        hint='Zo leest de bot de regel voor, bv. "Een medewerker zendt de gemeenteraad niet zelf live uit."'
        className={styles.wide}
        required
        validationMessage={props.messages('summary') || undefined}
      >
        <Input value={s.summary} onChange={(_e, d) => set({ summary: d.value })} />
      </Field>
      <div className={styles.wide}>
        <Button appearance="subtle" onClick={props.onRemove}>
          Regel {props.index + 1} verwijderen
        </Button>
      </div>
    </fieldset>
  );
}

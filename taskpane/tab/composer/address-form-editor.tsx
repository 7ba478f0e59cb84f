// Agreement 22 as plain choices: je-vorm or u-vorm per document type (CONTRACT §7: one choice per
// type, named Brief … Uitnodiging). Types the catalogue leaves open (press releases, invitations)
// can stay without a fixed form until the organisation chooses one.
import { Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import {
  ADDRESS_DOC_TYPES,
  addressFormOf,
  type AddressDocType,
  type AddressForm,
} from '../../../shared/organisation/parameters';
import type { Organisation } from '../../../shared/organisation/types';

const LABELS: Record<AddressDocType, string> = {
  brief: 'Brief',
  persbericht: 'Persbericht',
  infoblad: 'Infoblad',
  website: 'Website',
  'sociale-media': 'Sociale media',
  uitnodiging: 'Uitnodiging',
};

// Keys, not strings: the form "u" is the value the file stores, never text the tab speaks.
const FORMS: Record<AddressForm, string> = { je: 'je-vorm', u: 'u-vorm' };

const useStyles = makeStyles({
  grid: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(150px, 1fr))',
    gap: tokens.spacingHorizontalM,
  },
});

export function AddressFormEditor(props: {
  organisation: Organisation;
  onChange: (type: AddressDocType, form: AddressForm) => void;
  messages?: (type: AddressDocType) => string[];
}) {
  const styles = useStyles();
  const forms = addressFormOf(props.organisation);
  return (
    <fieldset className={styles.grid} data-parameter="22">
      <legend>Aanspreekvorm per soort tekst</legend>
      {ADDRESS_DOC_TYPES.map((type) => (
        <Field
          key={type}
          label={LABELS[type]}
          validationMessage={props.messages?.(type).join(' ') || undefined}
        >
          <Select
            value={forms[type] ?? ''}
            onChange={(_e, d) => props.onChange(type, d.value as AddressForm)}
          >
            {forms[type] === null ? <option value="">geen vaste vorm</option> : null}
            {(Object.keys(FORMS) as AddressForm[]).map((form) => (
              <option key={form} value={form}>
                {FORMS[form]}
              </option>
            ))}
          </Select>
        </Field>
      ))}
    </fieldset>
  );
}

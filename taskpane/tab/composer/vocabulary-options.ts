// The choices of the composer's guided form, from the catalogue's vocabulary: who (roles), what
// (actions), on what or which channel (objects), with the Dutch labels users read elsewhere.
import { ACTIONS, OBJECTS, ROLE_LABELS } from '../../../shared/catalogue/vocabulary';
import type { Modality, Role } from '../../../shared/catalogue/types';
import { personRoleLabel } from '../../../shared/organisation/people';
import type { PersonRole } from '../../../shared/organisation/types';

export interface Option {
  value: string;
  label: string;
}

const byLabel = (a: Option, b: Option) => a.label.localeCompare(b.label, 'nl');

export const ROLE_OPTIONS: readonly Option[] = Object.entries(ROLE_LABELS)
  .map(([value, label]) => ({ value, label }))
  .sort(byLabel);

export const ACTION_OPTIONS: readonly Option[] = Object.entries(ACTIONS)
  .map(([value, e]) => ({ value, label: e.label }))
  .sort(byLabel);

export const OBJECT_OPTIONS: readonly Option[] = Object.entries(OBJECTS)
  .map(([value, e]) => ({ value, label: (e as { label: string }).label }))
  .sort(byLabel);

/** "Wat mag die?": the verdicts a statement gives, in the words of the bot's answers. */
export const MODALITY_OPTIONS: readonly { value: Exclude<Modality, 'info'>; label: string }[] = [
  { value: 'mag', label: 'mag' },
  { value: 'mag-mits', label: 'mag, onder voorwaarden' },
  { value: 'moet', label: 'moet' },
  { value: 'mag-niet', label: 'mag niet' },
];

// Every role a person in the file can have; `satisfies` makes the compiler name a missing one.
const PERSON_ROLE_SET = {
  burgemeester: true,
  schepen: true,
  'algemeen-directeur': true,
  communicatieverantwoordelijke: true,
  gemeenteraadsvoorzitter: true,
  'voorzitter-bijzonder-comite': true,
  diensthoofd: true,
  raadslid: true,
} satisfies Record<PersonRole, true>;

export const PERSON_ROLE_OPTIONS: readonly { value: PersonRole; label: string }[] = (
  Object.keys(PERSON_ROLE_SET) as PersonRole[]
).map((value) => ({ value, label: personRoleLabel(value) }));

export const roleLabelOf = (role: Role) => ROLE_LABELS[role];

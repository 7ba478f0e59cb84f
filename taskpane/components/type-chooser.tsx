// The document type decides which agreements apply (signatures on letters, the contact block on
// press releases …). Detected from the text; the writer may correct it.
import { Field, Select } from '@fluentui/react-components';
import type { DocumentType } from '../../shared/checks/types';
import { typeAlternatives, UNSURE_TYPE_NOTE } from '../../shared/checks/labels';
import { DOCUMENT_TYPE_LABELS } from '../labels';

export type TypeChoice = DocumentType | 'auto';

// From the labels, not shared/checks/index: that module also pulls in the .docx reader.
const DOCUMENT_TYPES = Object.keys(DOCUMENT_TYPE_LABELS) as DocumentType[];

export interface TypeChooserProps {
  value: TypeChoice;
  /** The type the last check detected (several when unsure), shown while the choice is automatic. */
  detected?: readonly DocumentType[];
  onChange: (choice: TypeChoice) => void;
  disabled?: boolean;
}

export function TypeChooser({ value, detected, onChange, disabled }: TypeChooserProps) {
  const hint =
    value !== 'auto' || !detected
      ? undefined
      : detected.length === 1
        ? `Herkend als: ${DOCUMENT_TYPE_LABELS[detected[0]].toLowerCase()}`
        : `Niet zeker herkend: ${typeAlternatives(detected)}. ${UNSURE_TYPE_NOTE}.`;
  return (
    <Field label="Documenttype" hint={hint}>
      <Select value={value} disabled={disabled} onChange={(_e, data) => onChange(data.value as TypeChoice)}>
        <option value="auto">Automatisch herkennen</option>
        {DOCUMENT_TYPES.map((t) => (
          <option key={t} value={t}>
            {DOCUMENT_TYPE_LABELS[t]}
          </option>
        ))}
      </Select>
    </Field>
  );
}

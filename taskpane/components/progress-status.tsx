// What the pane is doing while a long document is read and checked.
import { Field, ProgressBar } from '@fluentui/react-components';

export type BusyPhase = 'reading' | 'checking' | 'applying';

const LABELS: Record<BusyPhase, string> = {
  reading: 'Document lezen…',
  checking: 'Afspraken nakijken…',
  applying: 'Voorstel toepassen…',
};

export function ProgressStatus({ phase }: { phase: BusyPhase }) {
  return (
    <Field validationMessage={LABELS[phase]} validationState="none" aria-live="polite">
      <ProgressBar aria-label={LABELS[phase]} thickness="large" />
    </Field>
  );
}

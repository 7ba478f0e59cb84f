// Standalone mode's input (CONTRACT §4): paste a text in "Tekst" or open a .docx, then
// "Controleer". Exposes the text field so "Toon" can select an excerpt in it.
import { Button, Field, makeStyles, Text, Textarea, tokens } from '@fluentui/react-components';
import { forwardRef, useId, useRef, type ReactNode } from 'react';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  text: { minHeight: '10rem' },
  row: { display: 'flex', flexWrap: 'wrap', alignItems: 'flex-end', gap: tokens.spacingHorizontalM },
  // The real file input stays in the page (scripts and tests use it) but out of sight; the
  // button opens it with a Dutch label, which the browser's own control would not have.
  hiddenFile: {
    position: 'absolute',
    width: '1px',
    height: '1px',
    overflow: 'hidden',
    clipPath: 'inset(50%)',
    whiteSpace: 'nowrap',
  },
  fileRow: { display: 'flex', alignItems: 'center', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
});

export interface StandaloneInputProps {
  text: string;
  onTextChange: (text: string) => void;
  onFile: (file: File) => void;
  onCheck: () => void;
  /** Name of the opened .docx, if the text came from one. */
  fileName?: string;
  busy?: boolean;
  /** The type chooser, placed beside the button. */
  typeChooser: ReactNode;
}

export const StandaloneInput = forwardRef<HTMLTextAreaElement, StandaloneInputProps>(function StandaloneInput(
  { text, onTextChange, onFile, onCheck, fileName, busy, typeChooser },
  textRef,
) {
  const styles = useStyles();
  const fileId = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  return (
    <form
      className={styles.form}
      onSubmit={(e) => {
        e.preventDefault();
        onCheck();
      }}
    >
      <Field
        label="Tekst"
        hint="Plak de tekst van je brief, persbericht of webtekst, of open een Word-bestand."
      >
        <Textarea
          ref={textRef}
          className={styles.text}
          value={text}
          resize="vertical"
          rows={10}
          onChange={(_e, data) => onTextChange(data.value)}
        />
      </Field>
      <div className={styles.fileRow}>
        <input
          ref={fileRef}
          id={fileId}
          className={styles.hiddenFile}
          type="file"
          tabIndex={-1}
          aria-label="Word-bestand (.docx)"
          accept=".docx,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
          onChange={(e) => {
            const file = e.currentTarget.files?.[0];
            if (file) onFile(file);
            e.currentTarget.value = '';
          }}
        />
        <Button appearance="secondary" disabled={busy} onClick={() => fileRef.current?.click()}>
          Word-bestand openen…
        </Button>
        <Text size={200}>{fileName ? `Geopend: ${fileName}` : 'Een .docx-bestand van je computer'}</Text>
      </div>
      <div className={styles.row}>
        {typeChooser}
        <Button type="submit" appearance="primary" disabled={busy}>
          Controleer
        </Button>
      </div>
    </form>
  );
});

// The pane outside Word (CONTRACT §4): paste a text or open a .docx, "Controleer", and the same
// findings list. "Toon" selects the excerpt in the text field, "Pas toe" edits the text there.
import { makeStyles, tokens } from '@fluentui/react-components';
import { useMemo, useRef, useState } from 'react';
import type { CheckDocument, Finding, Place } from '../shared/checks/types';
import { copyText } from './clipboard';
import { scrollToSelection } from './scroll-to-selection';
import type { EffectiveOrganisation } from '../shared/organisation/types';
import { detectedType, runCheck, type CheckInput, type CheckResult } from './check-runner';
import { Notices } from './components/notices';
import { ProgressStatus, type BusyPhase } from './components/progress-status';
import { ReportView } from './components/report-view';
import { StandaloneInput } from './components/standalone-input';
import { TypeChooser, type TypeChoice } from './components/type-chooser';
import { applyEdits, editsOf, findingKey } from './findings';

const useStyles = makeStyles({
  pane: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalL },
});

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface StandalonePaneProps {
  /** Undefined while the organisation loads: "Controleer" waits for it. */
  org?: EffectiveOrganisation;
  readDocxFile: (file: File) => Promise<CheckDocument>;
}

export function StandalonePane({ org, readDocxFile }: StandalonePaneProps) {
  const styles = useStyles();
  const [text, setText] = useState('');
  const [file, setFile] = useState<{ name: string; doc: CheckDocument }>();
  const [choice, setChoice] = useState<TypeChoice>('auto');
  const [phase, setPhase] = useState<BusyPhase>();
  const [result, setResult] = useState<CheckResult>();
  const [dismissed, setDismissed] = useState<string[]>([]);
  const [error, setError] = useState<string>();
  const textRef = useRef<HTMLTextAreaElement>(null);

  const check = async (input: CheckInput, type: TypeChoice = choice) => {
    if (!org) return;
    setPhase('checking');
    await nextFrame();
    try {
      const next = runCheck(input, org, type === 'auto' ? undefined : type);
      setResult(next);
      setError(
        next.doc.text.trim() === ''
          ? 'Er is nog geen tekst om na te kijken: plak een tekst of open een Word-bestand.'
          : undefined,
      );
    } catch (e) {
      setError(`De controle is mislukt: ${e instanceof Error ? e.message : String(e)}`);
    } finally {
      setPhase(undefined);
    }
  };
  // The opened .docx keeps its tables and headers as long as the text is not edited.
  const currentInput = (value = text): CheckInput =>
    file && file.doc.text === value ? { doc: file.doc } : { text: value };

  const openFile = async (f: File) => {
    setPhase('reading');
    try {
      const doc = await readDocxFile(f);
      setFile({ name: f.name, doc });
      setText(doc.text);
      setError(undefined);
      await check({ doc });
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
      setPhase(undefined);
    }
  };

  const show = (_f: Finding, p: Place) => {
    const area = textRef.current;
    if (!area) return;
    area.focus();
    area.setSelectionRange(p.start, p.end);
    scrollToSelection(area, p.start);
  };

  const applyEditsToText = (edits: { start: number; end: number; text: string }[]) => {
    const next = applyEdits(text, edits);
    setText(next);
    void check(currentInput(next));
  };

  const apply = (_f: Finding, p: Place) => {
    if (!p.fix || text.slice(p.start, p.end) !== p.excerpt) return;
    applyEditsToText([{ start: p.start, end: p.end, text: p.fix.replacement }]);
  };

  const applyAll = (f: Finding) => {
    const edits = editsOf(f);
    // The text must still hold every excerpt where the check found it.
    if (edits.some((e) => text.slice(e.start, e.end) !== f.places?.find((p) => p.start === e.start)?.excerpt))
      return;
    applyEditsToText(edits);
  };

  const dismissedSet = useMemo(() => new Set(dismissed), [dismissed]);
  const busy = phase !== undefined || !org;

  return (
    <div className={styles.pane}>
      <StandaloneInput
        ref={textRef}
        text={text}
        fileName={file && file.doc.text === text ? file.name : undefined}
        onTextChange={setText}
        onFile={(f) => void openFile(f)}
        onCheck={() => void check(currentInput())}
        busy={busy}
        typeChooser={
          <TypeChooser
            value={choice}
            detected={detectedType(result)}
            onChange={(next) => {
              setChoice(next);
              if (result) void check(currentInput(), next);
            }}
          />
        }
      />
      <Notices notices={error ? [{ id: 'error', intent: 'error', text: error }] : []} />
      {phase && <ProgressStatus phase={phase} />}
      {result && org && result.doc.text.trim() !== '' && (
        <ReportView
          report={result.report}
          org={org}
          dismissed={dismissedSet}
          disabled={phase !== undefined}
          onRestoreDismissed={() => setDismissed([])}
          text={result.doc.text}
          onShow={result.doc.text === text ? show : undefined}
          onApply={result.doc.text === text ? apply : undefined}
          onApplyAll={result.doc.text === text ? applyAll : undefined}
          onCopy={copyText}
          onDismiss={(f) => setDismissed([...new Set([...dismissed, findingKey(f)])])}
        />
      )}
    </div>
  );
}

// The pane inside Word: reads the open document, checks it, re-checks after edits (debounced),
// and shows, fixes or dismisses findings through the DocumentHost (taskpane/word/).
import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Finding, Place } from '../shared/checks/types';
import { copyText } from './clipboard';
import type { EffectiveOrganisation } from '../shared/organisation/types';
import { detectedType, runCheck, type CheckResult } from './check-runner';
import { Notices, type Notice } from './components/notices';
import { ProgressStatus, type BusyPhase } from './components/progress-status';
import { ReportView } from './components/report-view';
import { TypeChooser, type TypeChoice } from './components/type-chooser';
import { DocumentChangedError, type DocumentHost } from './document-host';
import { editsOf, findingKey } from './findings';

const useStyles = makeStyles({
  toolbar: { display: 'flex', alignItems: 'flex-end', flexWrap: 'wrap', gap: tokens.spacingHorizontalM },
});

/** Wait this long after the last edit before checking again: typing should not flicker the list. */
export const RECHECK_DELAY_MS = 1500;

const nextFrame = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export interface WordPaneProps {
  host: DocumentHost;
  org: EffectiveOrganisation;
  recheckDelayMs?: number;
}

export function WordPane({ host, org, recheckDelayMs = RECHECK_DELAY_MS }: WordPaneProps) {
  const styles = useStyles();
  const [phase, setPhase] = useState<BusyPhase>();
  const [result, setResult] = useState<CheckResult>();
  const [choice, setChoice] = useState<TypeChoice>('auto');
  const [dismissed, setDismissed] = useState<string[]>(() => host.loadDismissed());
  const [error, setError] = useState<string>();
  const choiceRef = useRef(choice);
  const running = useRef(false);
  const again = useRef(false);

  const check = useCallback(async () => {
    // One check at a time; an edit during a check asks for one more run afterwards.
    if (running.current) {
      again.current = true;
      return;
    }
    running.current = true;
    try {
      do {
        again.current = false;
        setPhase('reading');
        const snapshot = await host.readDocument();
        setPhase('checking');
        await nextFrame();
        const type = choiceRef.current === 'auto' ? undefined : choiceRef.current;
        setResult(runCheck({ paragraphs: snapshot.paragraphs }, org, type));
        setError(undefined);
      } while (again.current);
    } catch (e) {
      setError(messageOf(e));
    } finally {
      running.current = false;
      setPhase(undefined);
    }
  }, [host, org]);

  useEffect(() => {
    void check();
  }, [check]);

  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let stop: (() => void) | undefined;
    let cancelled = false;
    host
      .onDocumentChanged(() => {
        clearTimeout(timer);
        timer = setTimeout(() => void check(), recheckDelayMs);
      })
      .then((unsubscribe) => (cancelled ? unsubscribe() : (stop = unsubscribe)))
      .catch(() => undefined);
    return () => {
      cancelled = true;
      clearTimeout(timer);
      stop?.();
    };
  }, [host, check, recheckDelayMs]);

  const changeType = (next: TypeChoice) => {
    choiceRef.current = next;
    setChoice(next);
    void check();
  };

  const act = async (what: () => Promise<void>, recheck: boolean) => {
    try {
      await what();
      if (recheck) await check();
    } catch (e) {
      setError(messageOf(e));
      if (e instanceof DocumentChangedError) await check();
    }
  };

  const dismissedSet = useMemo(() => new Set(dismissed), [dismissed]);
  const saveDismissed = (keys: string[]) => {
    setDismissed(keys);
    host.saveDismissed(keys).catch((e: unknown) => setError(messageOf(e)));
  };

  const notices: Notice[] = [
    ...host.limitations.map((text, i) => ({ id: `limit-${i}`, intent: 'info' as const, text })),
    ...(error ? [{ id: 'error', intent: 'error' as const, text: error }] : []),
  ];

  return (
    <>
      <div className={styles.toolbar}>
        <TypeChooser value={choice} detected={detectedType(result)} onChange={changeType} />
        <Button appearance="primary" disabled={phase !== undefined} onClick={() => void check()}>
          Opnieuw controleren
        </Button>
      </div>
      <Notices notices={notices} />
      {phase && <ProgressStatus phase={phase} />}
      {result && (
        <ReportView
          report={result.report}
          org={org}
          dismissed={dismissedSet}
          disabled={phase !== undefined}
          onRestoreDismissed={() => saveDismissed([])}
          text={result.doc.text}
          onShow={(_f: Finding, p: Place) => void act(() => host.selectRange(p.start, p.end), false)}
          onApply={(_f: Finding, p: Place) =>
            void act(async () => {
              if (!p.fix) return;
              setPhase('applying');
              await host.replaceRange(p.start, p.end, p.fix.replacement);
            }, true)
          }
          onApplyAll={(f: Finding) =>
            void act(async () => {
              setPhase('applying');
              await host.replaceRanges(editsOf(f));
            }, true)
          }
          onCopy={copyText}
          onDismiss={(f: Finding) => saveDismissed([...new Set([...dismissed, findingKey(f)])])}
        />
      )}
    </>
  );
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

// A check's outcome: the summary, then the findings the writer has not dismissed.
import { makeStyles, tokens } from '@fluentui/react-components';
import type { CheckReport } from '../../shared/checks/types';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import { findingKey } from '../findings';
import type { FindingActions } from './finding-item';
import { FindingsList } from './findings-list';
import { SeveritySummary } from './severity-summary';

const useStyles = makeStyles({
  report: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
});

export interface ReportViewProps extends FindingActions {
  report: CheckReport;
  org: EffectiveOrganisation;
  /** The checked text, for the sentence around each excerpt. */
  text?: string;
  dismissed: ReadonlySet<string>;
  onRestoreDismissed: () => void;
  disabled?: boolean;
}

export function ReportView({
  report,
  org,
  text,
  dismissed,
  onRestoreDismissed,
  disabled,
  ...actions
}: ReportViewProps) {
  const styles = useStyles();
  const visible = report.findings.filter((f) => !dismissed.has(findingKey(f)));
  const hidden = report.findings.length - visible.length;
  return (
    <section className={styles.report} aria-label="Resultaat van de controle">
      <SeveritySummary
        findings={visible}
        dismissed={hidden}
        words={report.stats.words}
        readability={
          report.readability
            ? { type: report.typeCandidates ?? report.type, score: report.readability }
            : undefined
        }
        onRestoreDismissed={onRestoreDismissed}
      />
      <FindingsList findings={visible} org={org} text={text} disabled={disabled} {...actions} />
    </section>
  );
}

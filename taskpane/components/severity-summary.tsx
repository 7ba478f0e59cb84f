// One line on the whole document: how many findings of each severity, or that all is well.
import { Badge, Link, makeStyles, Text, tokens } from '@fluentui/react-components';
import { readabilityText } from '../../shared/checks/labels';
import type { CheckReport, DocumentType, Finding, Severity } from '../../shared/checks/types';
import { countBySeverity } from '../findings';
import { countLabel } from '../labels';

const useStyles = makeStyles({
  summary: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalS },
});

const COLOURS: Record<Severity, 'danger' | 'warning' | 'brand'> = {
  error: 'danger',
  warning: 'warning',
  info: 'brand',
};

export interface SeveritySummaryProps {
  findings: readonly Finding[];
  dismissed: number;
  words: number;
  /** The readability score and the document type it is measured against (all candidates while unsure). */
  readability?: {
    type: DocumentType | readonly DocumentType[];
    score: NonNullable<CheckReport['readability']>;
  };
  onRestoreDismissed?: () => void;
}

export function SeveritySummary({
  findings,
  dismissed,
  words,
  readability,
  onRestoreDismissed,
}: SeveritySummaryProps) {
  const styles = useStyles();
  const counts = countBySeverity(findings);
  const severities = (['error', 'warning', 'info'] as const).filter((s) => counts[s] > 0);
  return (
    <div className={styles.summary} role="status" aria-live="polite">
      {severities.length === 0 ? (
        <Text weight="semibold">Geen opmerkingen: deze tekst volgt de afspraken die we kunnen nakijken.</Text>
      ) : (
        severities.map((s) => (
          <Badge key={s} appearance="filled" color={COLOURS[s]} size="large">
            {countLabel(s, counts[s])}
          </Badge>
        ))
      )}
      <Text size={200}>{words.toLocaleString('nl-BE')} woorden</Text>
      {readability && (
        <Text size={200} data-readability={readability.score.fleschDouma}>
          {readabilityText(readability.type, readability.score)}
        </Text>
      )}
      {dismissed > 0 && onRestoreDismissed && (
        <Text size={200}>
          {dismissed} genegeerd ·{' '}
          <Link as="button" onClick={onRestoreDismissed}>
            opnieuw tonen
          </Link>
        </Text>
      )}
    </div>
  );
}

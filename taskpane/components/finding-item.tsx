// One finding: what, where (the excerpt), why (the agreement), and what to do about it.
// CONTRACT §4: one element per finding carrying data-rule, with excerpt, message and number.
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import type { Finding } from '../../shared/checks/types';
import type { EffectiveAgreement } from '../../shared/organisation/types';
import { canApply } from '../findings';
import { SEVERITY_LABELS } from '../labels';

const useStyles = makeStyles({
  item: {
    listStyleType: 'none',
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderLeftWidth: '4px',
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalXS,
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorderActive },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorderActive },
  info: { borderLeftColor: tokens.colorBrandStroke1 },
  head: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalS },
  agreement: { color: tokens.colorNeutralForeground2, marginLeft: 'auto' },
  excerpt: {
    margin: 0,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
    fontStyle: 'italic',
    overflowWrap: 'anywhere',
    // A signature block spans lines: keep them as the writer sees them.
    whiteSpace: 'pre-line',
  },
  message: { margin: 0 },
  suggestion: { margin: 0, color: tokens.colorNeutralForeground2 },
  actions: { display: 'flex', flexWrap: 'wrap', columnGap: tokens.spacingHorizontalXS },
  why: {
    padding: tokens.spacingHorizontalS,
    backgroundColor: tokens.colorNeutralBackground2,
    borderRadius: tokens.borderRadiusMedium,
  },
  whyLine: { marginTop: tokens.spacingVerticalXS },
});

const SEVERITY_BADGE = { error: 'danger', warning: 'warning', info: 'informative' } as const;

/** Long excerpts (a whole sentence) are shortened in the middle; the full text is in Word. */
function shorten(text: string, max = 160): string {
  if (text.length <= max) return text;
  const half = Math.floor((max - 3) / 2);
  return `${text.slice(0, half)} … ${text.slice(-half)}`;
}

export interface FindingActions {
  /** Select the excerpt in the document ("Toon"); absent where there is nothing to select. */
  onShow?: (f: Finding) => void;
  /** Replace the excerpt with the suggestion ("Pas toe"), then re-check. */
  onApply?: (f: Finding) => void;
  onDismiss: (f: Finding) => void;
}

export interface FindingItemProps extends FindingActions {
  finding: Finding;
  /** The organisation's text of the agreement, for "Waarom?". */
  agreement?: EffectiveAgreement;
  disabled?: boolean;
}

export function FindingItem({ finding, agreement, onShow, onApply, onDismiss, disabled }: FindingItemProps) {
  const styles = useStyles();
  const [why, setWhy] = useState(false);
  const messageId = useId();
  const whyId = useId();
  const applicable = onApply && canApply(finding);
  return (
    <li
      className={mergeClasses(styles.item, styles[finding.severity])}
      data-rule={finding.rule}
      data-severity={finding.severity}
      aria-describedby={messageId}
    >
      <div className={styles.head}>
        <Badge appearance="tint" color={SEVERITY_BADGE[finding.severity]} size="medium">
          {capitalise(SEVERITY_LABELS[finding.severity].one)}
        </Badge>
        <Text size={200} className={styles.agreement}>
          Afspraak {finding.agreement}
        </Text>
      </div>
      {finding.excerpt && (
        <blockquote className={styles.excerpt} title={finding.excerpt}>
          {shorten(finding.excerpt)}
        </blockquote>
      )}
      <p className={styles.message} id={messageId}>
        <Text>{finding.message}</Text>
      </p>
      {finding.suggestion && (
        <p className={styles.suggestion}>
          <Text size={200}>
            {applicable ? 'Voorstel: ' : ''}
            {applicable && finding.fix ? <strong>{finding.fix.replacement}</strong> : finding.suggestion}
          </Text>
        </p>
      )}
      <div className={styles.actions}>
        {onShow && finding.excerpt && (
          <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onShow(finding)}>
            Toon
          </Button>
        )}
        {applicable && (
          <Button size="small" appearance="primary" disabled={disabled} onClick={() => onApply(finding)}>
            Pas toe
          </Button>
        )}
        <Button size="small" appearance="subtle" disabled={disabled} onClick={() => onDismiss(finding)}>
          Negeer
        </Button>
        <Button
          size="small"
          appearance="transparent"
          aria-expanded={why}
          aria-controls={why ? whyId : undefined}
          onClick={() => setWhy(!why)}
        >
          Waarom?
        </Button>
      </div>
      {why && (
        <div className={styles.why} id={whyId} role="note" aria-label={`Afspraak ${finding.agreement}`}>
          {agreement ? (
            <>
              <Text size={200} weight="semibold" block>
                Afspraak {agreement.number}
                {agreement.variantLabel ? ` (${agreement.variantLabel})` : ''} · {agreement.section.title}
              </Text>
              {agreement.text.split(/\n+/).map((line, i) => (
                <Text key={i} size={200} block className={styles.whyLine}>
                  {line}
                </Text>
              ))}
            </>
          ) : (
            <Text size={200}>
              Afspraak {finding.agreement} staat niet in de afsprakennota van je organisatie.
            </Text>
          )}
        </div>
      )}
    </li>
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

// The findings of one check, grouped by rule family (Ondertekening, Aanspreking, …).
import { makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { Finding } from '../../shared/checks/types';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import { groupFindings } from '../findings';
import { familyLabel } from '../labels';
import { FindingItem, type FindingActions } from './finding-item';
import { useProgressiveCount } from './use-progressive-count';

const useStyles = makeStyles({
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS },
  list: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, margin: 0, padding: 0 },
  heading: { margin: `${tokens.spacingVerticalS} 0 0` },
});

export interface FindingsListProps extends FindingActions {
  findings: readonly Finding[];
  org: EffectiveOrganisation;
  /** The checked text, for the sentence around each excerpt. */
  text?: string;
  disabled?: boolean;
}

export function FindingsList({ findings, org, text, disabled, ...actions }: FindingsListProps) {
  const styles = useStyles();
  let remaining = useProgressiveCount(findings.length);
  return (
    <>
      {groupFindings(findings).map((group) => {
        if (remaining <= 0) return null;
        const shown = group.findings.slice(0, remaining);
        remaining -= shown.length;
        const headingId = `family-${group.family}`;
        return (
          <section key={group.family} className={styles.group} aria-labelledby={headingId}>
            <h2 id={headingId} className={styles.heading}>
              <Subtitle2>
                {familyLabel(group.family)} ({group.findings.length})
              </Subtitle2>
            </h2>
            <ul className={styles.list}>
              {shown.map((f) => (
                <FindingItem
                  key={`${f.rule}:${f.start}:${f.end}:${f.message}`}
                  finding={f}
                  agreement={org.byNumber.get(f.agreement)}
                  text={text}
                  disabled={disabled}
                  {...actions}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </>
  );
}

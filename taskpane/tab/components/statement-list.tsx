// An agreement's who-may-do-what statements in plain words: the sentence and its conditions. Whom to
// involve is said once for the whole agreement (ContactLine), not after every statement.
import { Badge, makeStyles, tokens } from '@fluentui/react-components';
import { roleLabel } from '../../../shared/catalogue/describe';
import type { Modality, Statement } from '../../../shared/catalogue/types';

const useStyles = makeStyles({
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  item: { display: 'grid', rowGap: tokens.spacingVerticalXXS },
  head: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'baseline', flexWrap: 'wrap' },
  detail: { color: tokens.colorNeutralForeground2, margin: 0 },
});

export const VERDICT: Record<
  Modality,
  { label: string; color: 'success' | 'danger' | 'warning' | 'brand' | 'informative' }
> = {
  mag: { label: 'mag', color: 'success' },
  'mag-niet': { label: 'mag niet', color: 'danger' },
  'mag-mits': { label: 'mag, mits', color: 'warning' },
  moet: { label: 'moet', color: 'brand' },
  info: { label: 'verantwoordelijk', color: 'informative' },
};

export function StatementList(props: { statements: readonly Statement[] }) {
  const styles = useStyles();
  if (!props.statements.length) return null;
  return (
    <ul className={styles.list} aria-label="Wie mag wat">
      {props.statements.map((s, i) => {
        const verdict = VERDICT[s.modality];
        return (
          <li key={i} className={styles.item} data-verdict={s.modality}>
            <span className={styles.head}>
              <Badge
                appearance="tint"
                color={verdict.color}
                aria-label={`${roleLabel(s.actor)} ${verdict.label}`}
              >
                {roleLabel(s.actor)}: {verdict.label}
              </Badge>
              <span>{s.summary}</span>
            </span>
            {s.conditions?.length ? (
              <p className={styles.detail}>Voorwaarden: {s.conditions.join('; ')}</p>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}

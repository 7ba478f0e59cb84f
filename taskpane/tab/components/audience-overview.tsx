// "Voor wie": what one kind of reader may, may under conditions, must and may not do, each rule in
// one sentence with the agreement it comes from, so a schepen reads their own rules without the 87
// agreements around them. Opening an agreement goes back to the full list at that agreement.
import { Badge, Link, makeStyles, Subtitle1, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { roleLabel } from '../../../shared/catalogue/describe';
import type { Modality } from '../../../shared/catalogue/types';
import type { EffectiveOrganisation } from '../../../shared/organisation/types';
import { AUDIENCES, MODALITY_ORDER, rulesFor, type AudienceId } from '../audience';
import { VERDICT } from './statement-list';

const useStyles = makeStyles({
  root: { display: 'grid', rowGap: tokens.spacingVerticalL },
  group: { display: 'grid', rowGap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalS,
  },
  rule: {
    display: 'grid',
    rowGap: tokens.spacingVerticalXXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  meta: {
    display: 'flex',
    columnGap: tokens.spacingHorizontalS,
    alignItems: 'center',
    flexWrap: 'wrap',
    color: tokens.colorNeutralForeground3,
  },
  detail: { margin: 0, color: tokens.colorNeutralForeground2 },
});

const HEADINGS: Record<Exclude<Modality, 'info'>, string> = {
  mag: 'Mag',
  'mag-mits': 'Mag, onder voorwaarden',
  moet: 'Moet',
  'mag-niet': 'Mag niet',
};

/** "een schepen", "de burgemeester": there is one burgemeester. */
function reader(id: AudienceId): string {
  const label = AUDIENCES.find((a) => a.id === id)?.label ?? id;
  return id === 'burgemeester' ? `de ${label}` : `een ${label}`;
}

export function AudienceOverview(props: {
  org: EffectiveOrganisation;
  audience: AudienceId;
  onOpenAgreement: (agreement: number) => void;
}) {
  const styles = useStyles();
  const rules = rulesFor(props.org, props.audience);
  const total = MODALITY_ORDER.reduce((n, m) => n + rules[m].length, 0);
  const open = (n: number) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    props.onOpenAgreement(n);
  };
  return (
    <section aria-labelledby="voor-wie-titel" className={styles.root} data-audience={props.audience}>
      <Subtitle1 as="h2" id="voor-wie-titel" aria-live="polite">
        Wat {reader(props.audience)} mag, moet en niet mag ({total} {total === 1 ? 'regel' : 'regels'})
      </Subtitle1>
      {MODALITY_ORDER.filter((m) => rules[m].length).map((modality) => (
        <section key={modality} aria-labelledby={`voor-wie-${modality}`} className={styles.group}>
          <Subtitle2 as="h3" id={`voor-wie-${modality}`}>
            {HEADINGS[modality]} ({rules[modality].length})
          </Subtitle2>
          <ul className={styles.list} data-modality={modality}>
            {rules[modality].map(({ agreement, statement, fit }, i) => (
              <li
                key={`${agreement.number}-${i}`}
                className={styles.rule}
                data-rule-agreement={agreement.number}
              >
                <Text>{statement.summary}</Text>
                {statement.conditions?.length ? (
                  <p className={styles.detail}>Voorwaarden: {statement.conditions.join('; ')}</p>
                ) : null}
                <span className={styles.meta}>
                  <Link href={`#afspraak-${agreement.number}`} onClick={open(agreement.number)}>
                    Afspraak {agreement.number}
                  </Link>
                  <span>{agreement.section.title}</span>
                  {fit < 1 ? (
                    <Badge appearance="outline" color={VERDICT[modality].color}>
                      {statement.actor === 'iedereen'
                        ? 'geldt voor iedereen'
                        : `als ${roleLabel(statement.actor)}`}
                    </Badge>
                  ) : null}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </section>
  );
}

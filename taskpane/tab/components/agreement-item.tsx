// One agreement as this organisation adopted it: the element carrying data-agreement (CONTRACT §6),
// its text with the chosen variant in place, its statements, whom to involve, and a link straight to it.
import {
  Badge,
  Card,
  Link,
  makeStyles,
  mergeClasses,
  Subtitle2,
  Text,
  tokens,
} from '@fluentui/react-components';
import type { MouseEvent } from 'react';
import { agreementSubEntityId } from '../../../shared/links';
import type { EffectiveAgreement, EffectiveOrganisation } from '../../../shared/organisation/types';
import { ContactLine } from './contact-line';
import { StatementList } from './statement-list';

const useStyles = makeStyles({
  card: { scrollMarginTop: '72px' },
  highlighted: { outline: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
  header: { display: 'flex', columnGap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  text: { margin: 0, whiteSpace: 'pre-line' },
  points: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  meta: { color: tokens.colorNeutralForeground3 },
});

export interface AgreementLink {
  href: string;
  /** Inside Teams a deep link must go through teams-js; a plain anchor is enough in a browser. */
  onOpen?: (href: string) => void;
}

export function AgreementItem(props: {
  agreement: EffectiveAgreement;
  org: EffectiveOrganisation;
  link?: AgreementLink;
  highlighted?: boolean;
  showSection?: boolean;
}) {
  const styles = useStyles();
  const a = props.agreement;
  const headingId = `${agreementSubEntityId(a.number)}-titel`;
  const onClick = (event: MouseEvent<HTMLAnchorElement>) => {
    if (!props.link?.onOpen) return;
    event.preventDefault();
    props.link.onOpen(props.link.href);
  };
  return (
    <Card
      role="article"
      id={agreementSubEntityId(a.number)}
      data-agreement={a.number}
      aria-labelledby={headingId}
      className={mergeClasses(styles.card, props.highlighted && styles.highlighted)}
      tabIndex={props.highlighted ? -1 : undefined}
    >
      <header className={styles.header}>
        <Subtitle2 as="h3" id={headingId}>
          Afspraak {a.number}
          {a.subsection ? ` · ${a.subsection}` : ''}
        </Subtitle2>
        {a.variant !== null ? (
          <Badge appearance="outline" color="brand">
            {a.variantLabel ?? `Variant ${a.variant}`}
          </Badge>
        ) : null}
        {a.origin === 'added' || a.origin === 'edited' ? (
          <Badge appearance="tint" color="informative">
            {a.origin === 'added' ? 'Eigen afspraak' : 'Aangepast'}
          </Badge>
        ) : null}
      </header>
      {props.showSection ? (
        <Text size={200} className={styles.meta}>
          {a.section.id} {a.section.title}
        </Text>
      ) : null}
      <p className={styles.text}>{a.lead}</p>
      {a.points.length ? (
        <ul className={styles.points}>
          {a.points.map((p, i) => (
            <li key={i}>
              {p.title ? <strong>{p.title}: </strong> : null}
              {p.text}
            </li>
          ))}
        </ul>
      ) : null}
      {a.tail ? <p className={styles.text}>{a.tail}</p> : null}
      <StatementList statements={a.statements} />
      <ContactLine agreement={a} org={props.org} />
      {props.link ? (
        <Link href={props.link.href} onClick={onClick} aria-label={`Link naar afspraak ${a.number}`}>
          Link naar deze afspraak
        </Link>
      ) : null}
    </Card>
  );
}

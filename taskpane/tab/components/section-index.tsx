// The section index of the Afspraken page: 5.1 to 5.14 with their titles and how many agreements
// each holds, so a reader jumps to "Sociale media" instead of scrolling past 60 agreements.
import { Link, makeStyles, Subtitle2, tokens } from '@fluentui/react-components';
import type { MouseEvent } from 'react';

const useStyles = makeStyles({
  nav: { display: 'grid', rowGap: tokens.spacingVerticalXS, alignContent: 'start' },
  list: {
    margin: 0,
    paddingLeft: 0,
    listStyleType: 'none',
    display: 'grid',
    rowGap: tokens.spacingVerticalXXS,
  },
  count: { color: tokens.colorNeutralForeground3 },
});

export interface SectionEntry {
  id: string;
  title: string;
  count: number;
}

export function SectionIndex(props: { sections: readonly SectionEntry[]; onSelect: (id: string) => void }) {
  const styles = useStyles();
  const select = (id: string) => (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    props.onSelect(id);
  };
  return (
    <nav aria-labelledby="inhoud-titel" className={styles.nav}>
      <Subtitle2 as="h2" id="inhoud-titel">
        Inhoud
      </Subtitle2>
      <ol className={styles.list}>
        {props.sections.map((s) => (
          <li key={s.id}>
            <Link href={`#sectie-${s.id}`} onClick={select(s.id)}>
              {s.id} {s.title}
            </Link>{' '}
            <span className={styles.count}>({s.count})</span>
          </li>
        ))}
      </ol>
    </nav>
  );
}

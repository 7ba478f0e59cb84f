// The agreements by section, each section a collapsible panel (all open at first, so every agreement
// is on the page as CONTRACT §6 expects). Which sections are open is the page's state, so the index
// and a deep link can open the one they point into.
import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import type { EffectiveAgreement } from '../../../shared/organisation/types';

const useStyles = makeStyles({
  panel: {
    display: 'grid',
    rowGap: tokens.spacingVerticalM,
    marginInline: 0,
    paddingBottom: tokens.spacingVerticalL,
  },
  header: { scrollMarginTop: '120px' },
});

export interface SectionGroup {
  id: string;
  title: string;
  agreements: EffectiveAgreement[];
}

export function AgreementSections(props: {
  sections: readonly SectionGroup[];
  open: readonly string[];
  onToggle: (id: string, open: boolean) => void;
  item: (agreement: EffectiveAgreement) => ReactNode;
}) {
  const styles = useStyles();
  return (
    <Accordion
      multiple
      collapsible
      openItems={[...props.open]}
      onToggle={(_e, data) => props.onToggle(String(data.value), !props.open.includes(String(data.value)))}
    >
      {props.sections.map((s) => (
        <AccordionItem key={s.id} value={s.id} data-section={s.id}>
          <AccordionHeader as="h2" id={`sectie-${s.id}`} size="large" className={styles.header}>
            {s.id} {s.title}
          </AccordionHeader>
          <AccordionPanel className={styles.panel}>{s.agreements.map((a) => props.item(a))}</AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

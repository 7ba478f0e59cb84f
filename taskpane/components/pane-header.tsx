// The pane's title bar: the product and whose afsprakennota it checks against.
import { Caption1, makeStyles, Title3, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL}`,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
  },
  caption: { color: tokens.colorNeutralForegroundOnBrand },
});

export function PaneHeader({ organisation, subtitle }: { organisation?: string; subtitle: string }) {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Title3 as="h1">Afspraak</Title3>
      <Caption1 className={styles.caption}>
        {organisation ? `${subtitle} · ${organisation}` : subtitle}
      </Caption1>
    </header>
  );
}

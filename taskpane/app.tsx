// The pane's composition: theme, title, the organisation, and Word or standalone mode. The host
// and the services come in as props, so tests and standalone mode pass their own.
import { FluentProvider, makeStyles, Spinner, Text, tokens } from '@fluentui/react-components';
import type { CheckDocument } from '../shared/checks/types';
import { Notices } from './components/notices';
import { PaneHeader } from './components/pane-header';
import { themeFor, type ThemeKind } from './components/theme';
import type { DocumentHost } from './document-host';
import { StandalonePane } from './standalone-pane';
import { useOrganisation, type OrganisationServices } from './use-organisation';
import { WordPane } from './word-pane';

const useStyles = makeStyles({
  root: { minHeight: '100vh', backgroundColor: tokens.colorNeutralBackground2 },
  main: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalL} ${tokens.spacingVerticalXXL}`,
    maxWidth: '52rem',
  },
  intro: { color: tokens.colorNeutralForeground2 },
});

export interface AppProps {
  /** Word's document, or null outside Word (standalone mode). */
  host: DocumentHost | null;
  services: OrganisationServices;
  readDocxFile: (file: File) => Promise<CheckDocument>;
  theme: ThemeKind;
}

export function App({ host, services, readDocxFile, theme }: AppProps) {
  const styles = useStyles();
  const { loaded, loading, notices } = useOrganisation(services);
  return (
    <FluentProvider theme={themeFor(theme)} className={styles.root}>
      <PaneHeader
        organisation={loaded?.org.organisation.organisation.name}
        subtitle={host ? 'Dit document naast de afspraken' : 'Je tekst naast de afspraken'}
      />
      <main className={styles.main}>
        {!host && (
          <Text className={styles.intro}>
            Plak een tekst of open een Word-bestand en kijk na of hij de communicatieafspraken volgt. Je tekst
            blijft op je computer: de controle gebeurt in je browser.
          </Text>
        )}
        <Notices notices={notices} />
        {loading && !loaded && <Spinner size="tiny" label="Afsprakennota ophalen…" labelPosition="after" />}
        {host ? (
          loaded && <WordPane host={host} org={loaded.org} />
        ) : (
          <StandalonePane org={loaded?.org} readDocxFile={readDocxFile} />
        )}
      </main>
    </FluentProvider>
  );
}

// The Teams tab: one app for the static tabs Afspraken and Persdesk (and the manifest's privacy
// and terms pages). The host (Teams or a plain browser) and the API come in as props, so tests
// pass fakes; the theme follows Teams, also when the user switches it while the tab is open.
import {
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Tab,
  TabList,
  tokens,
} from '@fluentui/react-components';
import { useEffect, useMemo, useState } from 'react';
import {
  agreementDeepLink,
  agreementFromSubEntityId,
  agreementWebUrl,
  PRESS_DESK_TAB_ENTITY_ID,
} from '../../shared/links';
import { effectiveOrganisation } from '../../shared/organisation/effective';
import type { EffectiveOrganisation } from '../../shared/organisation/types';
import type { TabTheme, TeamsHost } from '../teams/types';
import { ApiError, type TabApi } from './api';
import { AgreementsPage, type AgreementSearch } from './pages/agreements-page';
import { ChannelSetupPage } from './pages/channel-setup-page';
import { InfoPage } from './pages/info-page';
import { PressDeskPage } from './pages/press-desk-page';
import { fluentTheme } from './theme';

type PageId = 'afspraken' | 'persdesk' | 'privacy' | 'gebruiksvoorwaarden' | 'instellen';

function pageFrom(id: string | undefined): PageId {
  if (
    id === PRESS_DESK_TAB_ENTITY_ID ||
    id === 'privacy' ||
    id === 'gebruiksvoorwaarden' ||
    id === 'instellen'
  ) {
    return id;
  }
  return 'afspraken';
}

const useStyles = makeStyles({
  root: {
    minHeight: '100vh',
    backgroundColor: tokens.colorNeutralBackground2,
    color: tokens.colorNeutralForeground1,
  },
  nav: { paddingInline: tokens.spacingHorizontalL, paddingTop: tokens.spacingVerticalS },
  message: { padding: tokens.spacingHorizontalL },
});

function loadErrorText(error: unknown): string {
  if (error instanceof ApiError && error.status === 401 && error.code !== 'sign_in_failed') {
    return 'Je bent niet aangemeld. Open Afspraak in Teams, dan meldt Teams je automatisch aan.';
  }
  if (error instanceof ApiError) return error.message;
  return 'De afspraken konden niet geladen worden. Vernieuw de pagina of probeer het later opnieuw.';
}

export function TabApp(props: { host: TeamsHost; api: TabApi; search: AgreementSearch; origin?: string }) {
  const styles = useStyles();
  const { host } = props;
  const [theme, setTheme] = useState<TabTheme>(host.context.theme);
  const [page, setPage] = useState<PageId>(() => pageFrom(host.context.pageId));
  const [org, setOrg] = useState<EffectiveOrganisation>();
  const [error, setError] = useState<string>();

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    let cancelled = false;
    props.api
      .organisation()
      .then((o) => !cancelled && setOrg(effectiveOrganisation(o)))
      .catch((e: unknown) => !cancelled && setError(loadErrorText(e)));
    return () => {
      cancelled = true;
    };
  }, [props.api]);

  const initialAgreement = agreementFromSubEntityId(host.context.subPageId);
  const linkFor = useMemo(() => {
    const appId = host.context.teamsAppId;
    if (host.context.inTeams && appId) {
      return (n: number) => ({
        href: agreementDeepLink(appId, n),
        onOpen: (href: string) => void host.openLink(href),
      });
    }
    const origin = props.origin ?? window.location.origin;
    return (n: number) => ({ href: agreementWebUrl(origin, n) });
  }, [host, props.origin]);

  let content;
  if (page === 'persdesk') content = <PressDeskPage api={props.api} />;
  else if (page === 'instellen')
    content = <ChannelSetupPage host={host} origin={props.origin ?? window.location.origin} />;
  else if (error) {
    content = (
      <MessageBar intent="error" className={styles.message}>
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  } else if (!org) content = <Spinner label="Afspraken laden…" className={styles.message} />;
  else if (page === 'afspraken') {
    content = (
      <AgreementsPage org={org} search={props.search} initialAgreement={initialAgreement} linkFor={linkFor} />
    );
  } else content = <InfoPage page={page} organisationName={org.organisation.organisation.name} />;

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} data-theme={theme}>
      {/* In Teams each page is its own tab in the app bar; a browser needs a way between them. */}
      {!host.context.inTeams ? (
        <nav className={styles.nav} aria-label="Pagina's">
          <TabList selectedValue={page} onTabSelect={(_e, d) => setPage(d.value as PageId)}>
            <Tab value="afspraken">Afspraken</Tab>
            <Tab value="persdesk">Persdesk</Tab>
          </TabList>
        </nav>
      ) : null}
      {content}
    </FluentProvider>
  );
}

// The Teams tab: one app for the static tabs Afspraken and Persdesk, the communication service's
// Samenstellen (composer) and Vragen pages, and the manifest's privacy and terms pages. The host
// (Teams or a plain browser) and the API come in as props, so tests pass fakes; the theme follows
// Teams, also when the user switches it while the tab is open. The published note is fetched again
// while the tab is visible, so a version published meanwhile shows without a reload.
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
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import {
  agreementDeepLink,
  agreementFromSubEntityId,
  agreementWebUrl,
  PRESS_DESK_TAB_ENTITY_ID,
} from '../../shared/links';
import { effectiveOrganisation } from '../../shared/organisation/effective';
import type { EffectiveOrganisation, OwnAgreement } from '../../shared/organisation/types';
import type { TabTheme, TeamsHost } from '../teams/types';
import { ApiError, type TabApi } from './api';
import { AgreementsPage, type AgreementSearch } from './pages/agreements-page';
import { ChannelSetupPage } from './pages/channel-setup-page';
import { InfoPage } from './pages/info-page';
import { PressDeskPage } from './pages/press-desk-page';
import { fluentTheme } from './theme';

// The composer and the Vragen page are for a few people: their own chunks, loaded when opened.
// Tests hand in the modules themselves (jest resolves no ".js" path to a .tsx source).
export interface LazyPages {
  composer: () => Promise<typeof import('./composer/composer-page.js')>;
  questions: () => Promise<typeof import('./pages/questions-page.js')>;
}

const CHUNKS: LazyPages = {
  composer: () => import('./composer/composer-page.js'),
  questions: () => import('./pages/questions-page.js'),
};

function lazyPages(load: LazyPages) {
  return {
    ComposerPage: lazy(() => load.composer().then((m) => ({ default: m.ComposerPage }))),
    QuestionsPage: lazy(() => load.questions().then((m) => ({ default: m.QuestionsPage }))),
  };
}

type PageId =
  'afspraken' | 'persdesk' | 'samenstellen' | 'vragen' | 'privacy' | 'gebruiksvoorwaarden' | 'instellen';

function pageFrom(id: string | undefined): PageId {
  if (
    id === PRESS_DESK_TAB_ENTITY_ID ||
    id === 'samenstellen' ||
    id === 'vragen' ||
    id === 'privacy' ||
    id === 'gebruiksvoorwaarden' ||
    id === 'instellen'
  ) {
    return id;
  }
  return 'afspraken';
}

/** How often an open, visible tab asks whether a new version of the note was published. */
export const FOLLOW_INTERVAL_MS = 4000;

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

export function TabApp(props: {
  host: TeamsHost;
  api: TabApi;
  search: AgreementSearch;
  origin?: string;
  followIntervalMs?: number;
  pages?: LazyPages;
}) {
  const styles = useStyles();
  const { host } = props;
  const [theme, setTheme] = useState<TabTheme>(host.context.theme);
  const [page, setPage] = useState<PageId>(() => pageFrom(host.context.pageId));
  const [org, setOrg] = useState<EffectiveOrganisation>();
  const [error, setError] = useState<string>();
  const [startOwn, setStartOwn] = useState<OwnAgreement>();
  const { ComposerPage, QuestionsPage } = useMemo(() => lazyPages(props.pages ?? CHUNKS), [props.pages]);

  useEffect(() => host.onThemeChange(setTheme), [host]);
  useEffect(() => {
    let cancelled = false;
    let version: number | undefined;
    let first = true;
    const load = () =>
      props.api
        .publishedOrganisation()
        .then((p) => {
          if (cancelled || (!first && p.noteVersion === version)) return;
          first = false;
          version = p.noteVersion;
          setOrg(effectiveOrganisation(p.organisation));
          setError(undefined);
        })
        .catch((e: unknown) => {
          // A failed refresh keeps the note on screen; only the first load has nothing to show.
          if (!cancelled && first) setError(loadErrorText(e));
        });
    void load();
    const interval = props.followIntervalMs ?? FOLLOW_INTERVAL_MS;
    const timer = setInterval(() => {
      if (document.visibilityState !== 'hidden') void load();
    }, interval);
    const onVisible = () => document.visibilityState === 'visible' && void load();
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      cancelled = true;
      clearInterval(timer);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [props.api, props.followIntervalMs]);

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
  else if (page === 'samenstellen') content = <ComposerPage api={props.api.note} startOwn={startOwn} />;
  else if (page === 'vragen' && org) {
    content = (
      <QuestionsPage
        api={props.api.note}
        org={org}
        onStartOwn={(own) => {
          setStartOwn(own);
          setPage('samenstellen');
        }}
      />
    );
  } else if (page === 'instellen')
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
  } else if (page === 'privacy' || page === 'gebruiksvoorwaarden') {
    content = <InfoPage page={page} organisationName={org.organisation.organisation.name} />;
  }

  return (
    <FluentProvider theme={fluentTheme(theme)} className={styles.root} data-theme={theme}>
      {/* In Teams each page is its own tab in the app bar; a browser needs a way between them. */}
      {!host.context.inTeams ? (
        <nav className={styles.nav} aria-label="Pagina's">
          <TabList selectedValue={page} onTabSelect={(_e, d) => setPage(d.value as PageId)}>
            <Tab value="afspraken">Afspraken</Tab>
            <Tab value="persdesk">Persdesk</Tab>
            <Tab value="samenstellen">Samenstellen</Tab>
            <Tab value="vragen">Vragen</Tab>
          </TabList>
        </nav>
      ) : null}
      <Suspense fallback={<Spinner label="Laden…" className={styles.message} />}>{content}</Suspense>
    </FluentProvider>
  );
}

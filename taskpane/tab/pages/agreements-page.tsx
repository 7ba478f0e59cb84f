// Afspraken: the organisation's effective agreements by section, and a search field (accessible
// name "Zoek", CONTRACT §6) whose results are the same agreement elements, best first. The search
// is shared/ask's, so "persbericht versturen" finds what the bot would cite, not just the words.
// Without a search: a section index, collapsible sections, and "Voor wie", which turns the page
// into what one kind of reader may, must and may not do.
import {
  Button,
  Field,
  makeStyles,
  SearchBox,
  Select,
  Subtitle1,
  Text,
  Title2,
  tokens,
} from '@fluentui/react-components';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { Clarification } from '../../../shared/ask/types';
import type { EffectiveAgreement, EffectiveOrganisation } from '../../../shared/organisation/types';
import { AUDIENCES, isAudience, type AudienceId } from '../audience';
import { AgreementItem, type AgreementLink } from '../components/agreement-item';
import { AgreementSections, type SectionGroup } from '../components/agreement-sections';
import { AudienceOverview } from '../components/audience-overview';
import { SearchClarification } from '../components/search-clarification';
import { SectionIndex } from '../components/section-index';

export type AgreementSearch = ((
  query: string,
  org: EffectiveOrganisation,
  limit: number,
) => { number: number; score: number }[]) & {
  /** The bot's question back when a search could mean two or three situations. */
  clarify?: (query: string, org: EffectiveOrganisation) => Clarification | undefined;
};

const SEARCH_LIMIT = 12;
/**
 * Results scoring below this share of the best one are left out: for "logo" the agreement about
 * the logo and the house style help, one that merely mentions a logo in passing does not.
 */
const RELATIVE_CUT_OFF = 0.2;

const useStyles = makeStyles({
  page: {
    display: 'grid',
    rowGap: tokens.spacingVerticalL,
    padding: tokens.spacingHorizontalL,
    maxWidth: '960px',
  },
  search: {
    position: 'sticky',
    top: 0,
    zIndex: 1,
    backgroundColor: tokens.colorNeutralBackground2,
    paddingBlock: tokens.spacingVerticalS,
    display: 'flex',
    flexWrap: 'wrap',
    columnGap: tokens.spacingHorizontalL,
    rowGap: tokens.spacingVerticalS,
    alignItems: 'end',
  },
  query: { flexGrow: 1, minWidth: '240px' },
  columns: {
    display: 'grid',
    columnGap: tokens.spacingHorizontalXXL,
    rowGap: tokens.spacingVerticalL,
    '@media (min-width: 900px)': { gridTemplateColumns: '240px minmax(0, 1fr)' },
  },
  toolbar: { display: 'flex', justifyContent: 'flex-end' },
  list: { display: 'grid', rowGap: tokens.spacingVerticalM },
  intro: { color: tokens.colorNeutralForeground2, margin: 0 },
});

function bySection(org: EffectiveOrganisation): SectionGroup[] {
  const groups: SectionGroup[] = [];
  for (const a of org.agreements) {
    const last = groups[groups.length - 1];
    if (last && last.id === a.section.id) last.agreements.push(a);
    else groups.push({ id: a.section.id, title: a.section.title, agreements: [a] });
  }
  return groups;
}

export function AgreementsPage(props: {
  org: EffectiveOrganisation;
  search: AgreementSearch;
  /** Open at this agreement (a deep link's subEntityId, or #afspraak-45 in a browser). */
  initialAgreement?: number;
  linkFor?: (number: number) => AgreementLink | undefined;
}) {
  const styles = useStyles();
  const [query, setQuery] = useState('');
  const deferredQuery = useDeferredValue(query.trim());
  const [audience, setAudience] = useState<AudienceId | undefined>();
  const sections = useMemo(() => bySection(props.org), [props.org]);
  // Closed rather than open sections are kept, so a section that a new version of the note fills is open.
  const [closed, setClosed] = useState<ReadonlySet<string>>(new Set());
  const open = sections.map((s) => s.id).filter((id) => !closed.has(id));
  const reopen = (id: string) => setClosed((c) => new Set([...c].filter((s) => s !== id)));
  const [chosen, setChosen] = useState<{ query: string; agreement: number }>();
  const results = useMemo(() => {
    if (!deferredQuery) return undefined;
    const found = props.search(deferredQuery, props.org, SEARCH_LIMIT);
    const best = found[0]?.score ?? 0;
    return found
      .filter((r) => r.score >= best * RELATIVE_CUT_OFF)
      .flatMap((r) => props.org.byNumber.get(r.number) ?? []);
  }, [deferredQuery, props.org, props.search]);
  const clarification = useMemo(
    () => (deferredQuery ? props.search.clarify?.(deferredQuery, props.org) : undefined),
    [deferredQuery, props.org, props.search],
  );
  const picked = chosen?.query === deferredQuery ? chosen.agreement : undefined;
  // The situation picked, whether or not the words alone ranked it among the results.
  const pickedAgreement = picked === undefined ? undefined : props.org.byNumber.get(picked);
  const shown = pickedAgreement ? [pickedAgreement] : results;

  const initial = props.initialAgreement;
  // The agreement to bring into view: the deep link's at first, later one opened from "Voor wie".
  const [target, setTarget] = useState<{ number: number; at: number } | undefined>(
    initial === undefined ? undefined : { number: initial, at: 0 },
  );
  useEffect(() => {
    if (target === undefined) return;
    const element = document.getElementById(`afspraak-${target.number}`);
    element?.scrollIntoView?.({ block: 'start' });
    element?.focus?.();
  }, [target]);

  const sectionOf = (n: number) => props.org.byNumber.get(n)?.section.id;
  const openAgreement = (n: number) => {
    const section = sectionOf(n);
    if (section) reopen(section);
    setAudience(undefined);
    setQuery('');
    setTarget({ number: n, at: Date.now() });
  };
  const showSection = (id: string) => {
    reopen(id);
    // After the panel has opened, so the heading lands where the reader looks.
    requestAnimationFrame(() => {
      const heading = document.getElementById(`sectie-${id}`);
      heading?.scrollIntoView?.({ block: 'start' });
      heading?.querySelector('button')?.focus();
    });
  };
  const toggleSection = (id: string, isOpen: boolean) =>
    isOpen ? reopen(id) : setClosed((c) => new Set([...c, id]));
  const allOpen = closed.size === 0;

  const item = (a: EffectiveAgreement, showSection = false) => (
    <AgreementItem
      key={a.number}
      agreement={a}
      org={props.org}
      link={props.linkFor?.(a.number)}
      highlighted={a.number === target?.number}
      showSection={showSection}
    />
  );
  const name = props.org.organisation.organisation.name;
  const missing = initial !== undefined && !props.org.byNumber.has(initial);

  return (
    <main className={styles.page} aria-labelledby="afspraken-titel">
      <Title2 as="h1" id="afspraken-titel">
        Afspraken van {name}
      </Title2>
      <p className={styles.intro}>
        {props.org.agreements.length} communicatieafspraken, met wie wat mag en wie je betrekt. Zoek met je
        eigen woorden, bijvoorbeeld "persbericht versturen" of "wie ondertekent een brief", of kies voor wie
        je wilt lezen.
      </p>
      <div className={styles.search} role="search">
        <Field label="Zoek" className={styles.query}>
          <SearchBox
            value={query}
            onChange={(_e, data) => setQuery(data.value)}
            placeholder="Waarover gaat je vraag?"
            autoComplete="off"
          />
        </Field>
        <Field label="Voor wie">
          <Select
            value={audience ?? ''}
            onChange={(_e, data) => setAudience(isAudience(data.value) ? data.value : undefined)}
          >
            <option value="">Alle afspraken</option>
            {AUDIENCES.map((a) => (
              <option key={a.id} value={a.id}>
                {a.plural}
              </option>
            ))}
          </Select>
        </Field>
      </div>
      {missing ? (
        <Text role="status">
          Afspraak {initial} maakt geen deel uit van de afsprakennota van {name}.
        </Text>
      ) : null}
      {results ? (
        <section aria-labelledby="resultaten-titel" className={styles.list}>
          <Subtitle1 as="h2" id="resultaten-titel" aria-live="polite">
            {shown?.length
              ? `${shown.length} ${shown.length === 1 ? 'afspraak' : 'afspraken'} voor "${deferredQuery}"`
              : `Geen afspraken gevonden voor "${deferredQuery}". Probeer andere woorden, of stel je vraag aan de bot.`}
          </Subtitle1>
          {clarification ? (
            <SearchClarification
              clarification={clarification}
              chosen={picked}
              onChoose={(agreement) =>
                setChosen(agreement === undefined ? undefined : { query: deferredQuery, agreement })
              }
            />
          ) : null}
          {shown?.map((a) => item(a, true))}
        </section>
      ) : audience ? (
        <AudienceOverview org={props.org} audience={audience} onOpenAgreement={openAgreement} />
      ) : (
        <div className={styles.columns}>
          <SectionIndex
            sections={sections.map((s) => ({ id: s.id, title: s.title, count: s.agreements.length }))}
            onSelect={showSection}
          />
          <div className={styles.list}>
            <div className={styles.toolbar}>
              <Button
                appearance="subtle"
                onClick={() => setClosed(new Set(allOpen ? sections.map((s) => s.id) : []))}
              >
                {allOpen ? 'Alles inklappen' : 'Alles openklappen'}
              </Button>
            </div>
            <AgreementSections
              sections={sections}
              open={open}
              onToggle={toggleSection}
              item={(a) => item(a)}
            />
          </div>
        </div>
      )}
    </main>
  );
}

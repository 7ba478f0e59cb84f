/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { loadOrganisationFile } from '../../../cli/organisation-file';
import { effectiveOrganisation } from '../../../shared/organisation/effective';
import type { EffectiveOrganisation } from '../../../shared/organisation/types';
import { AgreementsPage, type AgreementSearch } from '../../../taskpane/tab/pages/agreements-page';
import { createAgreementSearch } from '../../../taskpane/tab/search-with-examples';
import { searchAgreements } from '../../../shared/ask/search';
import { allExamples } from '../../../shared/catalogue/examples';

// The example organisation, with two agreements left out so omission is visible.
const base = loadOrganisationFile('organisations/zilverbeek.yaml');
const org: EffectiveOrganisation = effectiveOrganisation({
  ...base,
  agreements: { ...base.agreements, omit: [12, 50] },
});

function renderPage(props: Partial<Parameters<typeof AgreementsPage>[0]> = {}) {
  const search: AgreementSearch = props.search ?? (() => []);
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <AgreementsPage org={org} search={search} {...props} />
    </FluentProvider>,
  );
}

const shownNumbers = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-agreement]')).map((e) =>
    Number(e.getAttribute('data-agreement')),
  );

describe('Afspraken page', () => {
  it('shows every adopted agreement once, in catalogue order, and leaves omitted ones out', () => {
    const { container } = renderPage();
    const numbers = shownNumbers(container);
    expect(numbers).toEqual(org.agreements.map((a) => a.number));
    for (const omitted of org.omitted) expect(numbers).not.toContain(omitted);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  // QA: the tab printed "(specifieer)"; the organisation file fills it (agreements.fill).
  it('shows the organisation’s words where the catalogue leaves a blank', () => {
    const { container } = renderPage();
    const a13 = container.querySelector<HTMLElement>('[data-agreement="13"]')!;
    expect(a13.textContent).toContain('opgenomen door de dienst Burgerzaken.');
    expect(container.textContent).not.toMatch(/\(specifieer\)|\bxxx\b/);
    expect(container.querySelector('[data-agreement="60"]')!.textContent).toContain('Ge zijt van Zilverbeek');
  });

  it('groups the agreements under their section headings', () => {
    renderPage();
    const first = org.agreements[0].section;
    expect(screen.getByRole('heading', { level: 2, name: `${first.id} ${first.title}` })).toBeTruthy();
  });

  it('shows the chosen variant text in place of the main text', () => {
    const withVariant = org.byNumber.get(46)!;
    expect(withVariant.variant).toBe(2);
    const { container } = renderPage();
    const element = container.querySelector(`[data-agreement="${withVariant.number}"]`) as HTMLElement;
    expect(element.textContent).toContain(withVariant.lead.slice(0, 40));
    expect(
      within(element).getByText(withVariant.variantLabel ?? `Variant ${withVariant.variant}`),
    ).toBeTruthy();
  });

  it('has a search field named Zoek whose results are agreement elements, best first', () => {
    const calls: string[] = [];
    const search: AgreementSearch = (query, _org, limit) => {
      calls.push(query);
      expect(limit).toBeGreaterThan(0);
      return [
        { number: 45, score: 0.9 },
        { number: 44, score: 0.5 },
        { number: 12, score: 0.4 }, // not adopted: must not be shown
      ];
    };
    const { container } = renderPage({ search });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek' }), {
      target: { value: 'persbericht versturen' },
    });
    expect(calls).toContain('persbericht versturen');
    expect(shownNumbers(container)).toEqual([45, 44]);
    expect(screen.getByRole('heading', { name: /2 afspraken voor "persbericht versturen"/ })).toBeTruthy();
  });

  it('leaves out results far weaker than the best one', () => {
    const search: AgreementSearch = () => [
      { number: 74, score: 23.4 },
      { number: 70, score: 10.6 },
      { number: 72, score: 1.4 },
    ];
    const { container } = renderPage({ search });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek' }), { target: { value: 'logo' } });
    expect(shownNumbers(container)).toEqual([74, 70]);
  });

  it('finds nothing for a search outside the note (kantine menu), with the real search', () => {
    const { container } = renderPage({
      search: (q, o, limit) => searchAgreements(q, o, limit, allExamples()),
    });
    fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek' }), { target: { value: 'kantine menu' } });
    expect(screen.getByText(/Geen afspraken gevonden voor "kantine menu"/)).toBeTruthy();
    expect(shownNumbers(container)).toEqual([]);
  });

  it('asks the bot’s question back for an ambiguous search, and one click narrows to that situation', () => {
    const search = createAgreementSearch(async () => allExamples());
    // The examples are loaded on the first keystroke; this search runs with them loaded.
    search('facebook', org, 1);
    return Promise.resolve().then(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
      const { container } = renderPage({ search });
      fireEvent.change(screen.getByRole('searchbox', { name: 'Zoek' }), { target: { value: 'facebook' } });
      const group = screen.getByRole('group', { name: 'Verduidelijking' });
      expect(within(group).getByText(/^Gaat het over .+\?$/)).toBeTruthy();
      const buttons = within(group).getAllByRole('button');
      expect(buttons.length).toBeGreaterThanOrEqual(2);
      expect(buttons.length).toBeLessThanOrEqual(3);
      for (const b of buttons) expect(b.textContent!.length).toBeLessThanOrEqual(40);
      const before = shownNumbers(container);
      fireEvent.click(buttons[0]);
      const after = shownNumbers(container);
      expect(after).toHaveLength(1);
      expect(before).toContain(after[0]);
    });
  });

  it('says so when the search finds nothing, and shows everything again when cleared', () => {
    const { container } = renderPage({ search: () => [] });
    const box = screen.getByRole('searchbox', { name: 'Zoek' });
    fireEvent.change(box, { target: { value: 'parkeerplaatsen' } });
    expect(screen.getByText(/Geen afspraken gevonden voor "parkeerplaatsen"/)).toBeTruthy();
    expect(shownNumbers(container)).toEqual([]);
    fireEvent.change(box, { target: { value: '' } });
    expect(shownNumbers(container)).toHaveLength(org.agreements.length);
  });

  it('opens at the agreement of a deep link and offers a link per agreement', () => {
    const opened: string[] = [];
    const { container } = renderPage({
      initialAgreement: 45,
      linkFor: (n) => ({ href: `https://teams.example/${n}`, onOpen: (href) => opened.push(href) }),
    });
    const element = container.querySelector('[data-agreement="45"]') as HTMLElement;
    expect(document.activeElement).toBe(element);
    fireEvent.click(within(element).getByRole('link', { name: 'Link naar afspraak 45' }));
    expect(opened).toEqual(['https://teams.example/45']);
  });

  it('explains when a deep link points at an agreement the organisation did not adopt', () => {
    renderPage({ initialAgreement: 12 });
    expect(screen.getByRole('status').textContent).toContain('Afspraak 12 maakt geen deel uit');
  });

  it('shows a statement in plain words with its conditions and the people to involve by name', () => {
    const a45 = org.byNumber.get(45)!;
    const statement = {
      actor: 'medewerker' as const,
      modality: 'mag-niet' as const,
      action: 'versturen',
      objects: ['persbericht'],
      conditions: ['tenzij de communicatiedienst het vraagt'],
      involve: ['burgemeester' as const],
      summary: 'Een medewerker verstuurt zelf geen persbericht.',
    };
    const withStatement: EffectiveOrganisation = {
      ...org,
      agreements: org.agreements.map((a) => (a.number === 45 ? { ...a45, statements: [statement] } : a)),
    };
    const { container } = render(
      <FluentProvider theme={teamsLightTheme}>
        <AgreementsPage org={withStatement} search={() => []} />
      </FluentProvider>,
    );
    const element = container.querySelector('[data-agreement="45"]') as HTMLElement;
    const mayor = org.organisation.people.find((p) => p.role === 'burgemeester')!;
    expect(element.textContent).toContain('Een medewerker verstuurt zelf geen persbericht.');
    expect(element.textContent).toContain('Voorwaarden: tenzij de communicatiedienst het vraagt');
    expect(element.textContent).toContain(`Betrek: burgemeester ${mayor.name}`);
    expect(element.querySelector('[data-verdict="mag-niet"]')).not.toBeNull();
  });
});

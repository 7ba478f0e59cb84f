/** @jest-environment jsdom */
// The reading side of the Afspraken page: section index, collapsible sections, "Voor wie" and the
// contact line said once per agreement.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { loadEffectiveOrganisation } from '../../../cli/organisation-file';
import { AgreementsPage } from '../../../taskpane/tab/pages/agreements-page';

const org = loadEffectiveOrganisation('organisations/zilverbeek.yaml');
const sectionIds = [...new Set(org.agreements.map((a) => a.section.id))];

function renderPage() {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <AgreementsPage org={org} search={() => []} />
    </FluentProvider>,
  );
}

const shown = (container: HTMLElement) => container.querySelectorAll('[data-agreement]').length;
const sectionHeader = (id: string) => {
  const heading = document.getElementById(`sectie-${id}`)!;
  return within(heading).getByRole('button');
};

describe('Afspraken: reading by section', () => {
  it('has an index of the sections 5.1 to 5.14 with their titles and agreement counts', () => {
    renderPage();
    const index = screen.getByRole('navigation', { name: 'Inhoud' });
    const entries = within(index).getAllByRole('link');
    expect(entries.map((e) => e.textContent)).toEqual(
      sectionIds.map((id) => `${id} ${org.agreements.find((a) => a.section.id === id)!.section.title}`),
    );
    expect(sectionIds[0]).toBe('5.1');
    expect(sectionIds[sectionIds.length - 1]).toBe('5.14');
    const count = org.agreements.filter((a) => a.section.id === '5.9').length;
    expect(
      within(index)
        .getByRole('link', { name: /^5\.9 / })
        .closest('li')!.textContent,
    ).toContain(`(${count})`);
  });

  it('collapses a section and opens it again from the index', async () => {
    const { container } = renderPage();
    const in59 = org.agreements.filter((a) => a.section.id === '5.9');
    expect(sectionHeader('5.9').getAttribute('aria-expanded')).toBe('true');
    fireEvent.click(sectionHeader('5.9'));
    expect(sectionHeader('5.9').getAttribute('aria-expanded')).toBe('false');
    expect(container.querySelector(`[data-agreement="${in59[0].number}"]`)).toBeNull();
    expect(shown(container)).toBe(org.agreements.length - in59.length);
    fireEvent.click(
      within(screen.getByRole('navigation', { name: 'Inhoud' })).getByRole('link', { name: /^5\.9 / }),
    );
    await waitFor(() =>
      expect(container.querySelector(`[data-agreement="${in59[0].number}"]`)).not.toBeNull(),
    );
  });

  it('collapses and opens all sections at once', () => {
    const { container } = renderPage();
    fireEvent.click(screen.getByRole('button', { name: 'Alles inklappen' }));
    expect(shown(container)).toBe(0);
    fireEvent.click(screen.getByRole('button', { name: 'Alles openklappen' }));
    expect(shown(container)).toBe(org.agreements.length);
  });

  it('says whom to involve once per agreement, by name', () => {
    const { container } = renderPage();
    const a26 = container.querySelector<HTMLElement>('[data-agreement="26"]')!;
    expect(a26.textContent!.match(/Betrek:/g)).toHaveLength(1);
    const mayor = org.organisation.people.find((p) => p.role === 'burgemeester')!;
    expect(a26.querySelector('[data-contact]')!.textContent).toContain(`burgemeester ${mayor.name}`);
    // An agreement whose statements involve nobody has no contact line.
    const silent = org.agreements.find(
      (a) => a.statements.length && a.statements.every((s) => !s.involve?.length),
    )!;
    expect(container.querySelector(`[data-agreement="${silent.number}"] [data-contact]`)).toBeNull();
  });
});

describe('Afspraken: "Voor wie"', () => {
  it('shows what a schepen may, must and may not do, each rule with its agreement', () => {
    const { container } = renderPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Voor wie' }), { target: { value: 'schepen' } });
    expect(
      screen.getByRole('heading', { level: 2, name: /^Wat een schepen mag, moet en niet mag/ }),
    ).toBeTruthy();
    for (const name of [/^Mag \(/, /^Moet \(/, /^Mag niet \(/])
      expect(screen.getByRole('heading', { level: 3, name })).toBeTruthy();
    const notAllowed = container.querySelector<HTMLElement>('[data-modality="mag-niet"]')!;
    const logo = org.byNumber.get(74)!.statements.find((s) => s.modality === 'mag-niet')!;
    expect(notAllowed.textContent).toContain(logo.summary);
    // A staff-only rule is not a schepen's.
    const staffOnly = org.agreements.flatMap((a) => a.statements).find((s) => s.actor === 'medewerker')!;
    expect(container.textContent).not.toContain(staffOnly.summary);
  });

  it('opens the full agreement from a rule, back in the list', async () => {
    const { container } = renderPage();
    fireEvent.change(screen.getByRole('combobox', { name: 'Voor wie' }), { target: { value: 'schepen' } });
    const rule = container.querySelector<HTMLElement>(
      '[data-modality="mag-niet"] [data-rule-agreement="74"]',
    )!;
    fireEvent.click(within(rule).getByRole('link', { name: 'Afspraak 74' }));
    await waitFor(() => expect(document.activeElement?.getAttribute('data-agreement')).toBe('74'));
    expect(shown(container)).toBe(org.agreements.length);
    expect((screen.getByRole('combobox', { name: 'Voor wie' }) as HTMLSelectElement).value).toBe('');
  });

  it('lets a search go first, and shows the reader’s rules again when it is cleared', () => {
    const { container } = render(
      <FluentProvider theme={teamsLightTheme}>
        <AgreementsPage org={org} search={() => [{ number: 45, score: 1 }]} />
      </FluentProvider>,
    );
    fireEvent.change(screen.getByRole('combobox', { name: 'Voor wie' }), { target: { value: 'kabinet' } });
    const box = screen.getByRole('searchbox', { name: 'Zoek' });
    fireEvent.change(box, { target: { value: 'persbericht' } });
    expect(
      [...container.querySelectorAll('[data-agreement]')].map((e) => e.getAttribute('data-agreement')),
    ).toEqual(['45']);
    fireEvent.change(box, { target: { value: '' } });
    expect(container.querySelector('[data-audience="kabinet"]')).not.toBeNull();
  });
});

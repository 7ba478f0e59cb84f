/** @jest-environment jsdom */
// The composer (CONTRACT §7) against an in-memory note API with the server's rules.
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { ComposerPage } from '../../../taskpane/tab/composer/composer-page';
import type { Preview } from '../../../taskpane/tab/note-types';
import { fakeNoteApi } from './fake-note-api';
import { installJsdomGaps } from './jsdom-setup';

installJsdomGaps();
jest.setTimeout(60_000);
// The machine is shared and Fluent renders 87 rows: give the fake server's answers time to show.
configure({ asyncUtilTimeout: 8000 });

function renderComposer(note = fakeNoteApi()) {
  const view = render(
    <FluentProvider theme={teamsLightTheme}>
      <ComposerPage api={note.api} />
    </FluentProvider>,
  );
  return { ...view, note };
}

const row = (container: HTMLElement, n: number) =>
  container.querySelector<HTMLElement>(`[data-agreement="${n}"]`)!;
const saved = () =>
  waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/^Concept bewaard/), {
    timeout: 5000,
  });

describe('the composer', () => {
  it('shows every catalogue agreement with Opnemen, and Variant where the catalogue has variants', async () => {
    const { container } = renderComposer();
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    expect(container.querySelectorAll('[data-agreement]')).toHaveLength(87);
    const a36 = row(container, 36);
    expect(within(a36).getByRole('checkbox', { name: 'Opnemen' })).toBeTruthy();
    const variant = within(a36).getByRole('combobox', { name: 'Variant' }) as HTMLSelectElement;
    expect([...variant.options].map((o) => o.text)).toEqual(['Hoofdtekst', 'Variant 1']);
    expect(
      [
        ...(within(row(container, 46)).getByRole('combobox', { name: 'Variant' }) as HTMLSelectElement)
          .options,
      ].map((o) => o.text),
    ).toEqual(['Hoofdtekst', 'Variant 1', 'Variant 2']);
    // An agreement without variants has no choice.
    expect(within(row(container, 1)).queryByRole('combobox', { name: 'Variant' })).toBeNull();
  });

  it('omits an agreement, chooses a variant and sets letters to je-vorm, saved in the draft by itself', async () => {
    const { container, note } = renderComposer();
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(within(row(container, 12)).getByRole('checkbox', { name: 'Opnemen' }));
    fireEvent.change(within(row(container, 36)).getByRole('combobox', { name: 'Variant' }), {
      target: { value: '1' },
    });
    const brief = within(row(container, 22)).getByRole('combobox', { name: 'Brief' }) as HTMLSelectElement;
    expect([...brief.options].map((o) => o.text)).toEqual(['je-vorm', 'u-vorm']);
    fireEvent.change(brief, { target: { value: 'je' } });
    await saved();
    const draft = note.stored()!.organisation;
    expect(draft.agreements.omit).toContain(12);
    expect(draft.agreements.variants[36]).toBe(1);
    expect(draft.agreements.parameters?.[22]?.brief).toBe('je');
    // The changes in words, from the server.
    const changes = screen.getByRole('list', { name: 'Wijzigingen in dit concept' });
    expect(changes.textContent).toMatch(/12/);
    expect(changes.textContent).toMatch(/36/);
  });

  it('publishes: Gepubliceerd with the new version number, and the version in the history', async () => {
    const { container, note } = renderComposer();
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(within(row(container, 67)).getByRole('checkbox', { name: 'Opnemen' }));
    fireEvent.click(screen.getByRole('button', { name: 'Publiceer' }));
    await screen.findByText('Gepubliceerd');
    expect(container.querySelector('[data-note-version]')!.getAttribute('data-note-version')).toBe('2');
    expect(note.versions.map((v) => v.number)).toEqual([1, 2]);
    expect(note.versions[1].organisation.agreements.omit).toContain(67);
    fireEvent.click(screen.getByRole('tab', { name: 'Versies' }));
    await waitFor(() => expect(container.querySelector('[data-version="2"]')).not.toBeNull());
    const v2 = container.querySelector<HTMLElement>('[data-version="2"]')!;
    expect(within(v2).getByRole('list', { name: 'Wijzigingen in versie 2' }).textContent).toMatch(/67/);
  });

  it('shows the server’s message at the field and does not publish what it refused', async () => {
    const { container, note } = renderComposer();
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(screen.getByRole('tab', { name: 'Mensen' }));
    const first = container.querySelector<HTMLElement>('[data-person="0"]')!;
    fireEvent.change(within(first).getByRole('textbox', { name: 'E-mail' }), {
      target: { value: 'an.peeters-zonder-at' },
    });
    await waitFor(() => expect(screen.getByRole('status').textContent).toMatch(/Niet bewaard: 1 fout/), {
      timeout: 5000,
    });
    const field = within(first).getByRole('textbox', { name: 'E-mail' }).closest('.fui-Field')!;
    expect(field.textContent).toMatch(/e-mail/i);
    fireEvent.click(screen.getByRole('button', { name: 'Publiceer' }));
    await screen.findByText(/verbeter eerst de fouten/);
    expect(note.versions).toHaveLength(1);
  });

  it('adds an own agreement with its who-may-do-what through the guided form', async () => {
    const { note } = renderComposer();
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(screen.getByRole('tab', { name: 'Eigen afspraken' }));
    fireEvent.click(screen.getByRole('button', { name: 'Eigen afspraak toevoegen' }));
    fireEvent.change(screen.getByRole('textbox', { name: /Tekst van de afspraak/ }), {
      target: { value: 'De communicatiedienst zendt de gemeenteraad live uit.' },
    });
    fireEvent.change(screen.getByRole('combobox', { name: 'Wie' }), { target: { value: 'medewerker' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Mag het?' }), { target: { value: 'mag-niet' } });
    fireEvent.change(screen.getByRole('combobox', { name: 'Wat doen' }), { target: { value: 'publiceren' } });
    fireEvent.change(screen.getByRole('textbox', { name: /Onder welke voorwaarden/ }), {
      target: { value: 'tenzij de communicatiedienst het vraagt\n' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /In één zin/ }), {
      target: { value: 'Een medewerker zendt de gemeenteraad niet zelf live uit.' },
    });
    fireEvent.change(screen.getByRole('textbox', { name: /Hoe zouden collega's het vragen/ }), {
      target: { value: 'mag ik de gemeenteraad filmen?\n\nmag ik de raad streamen?' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Zet in het concept' }));
    await saved();
    const own = note.stored()!.organisation.agreements.add!.at(-1)!;
    expect(own).toMatchObject({
      number: 1000 + (note.versions[0].organisation.agreements.add?.length ?? 0),
      text: 'De communicatiedienst zendt de gemeenteraad live uit.',
      statements: [
        {
          actor: 'medewerker',
          modality: 'mag-niet',
          action: 'publiceren',
          conditions: ['tenzij de communicatiedienst het vraagt'],
          summary: 'Een medewerker zendt de gemeenteraad niet zelf live uit.',
        },
      ],
      examples: ['mag ik de gemeenteraad filmen?', 'mag ik de raad streamen?'],
    });
  });

  it('shows the bot’s answers and the checker’s findings before and after', async () => {
    const preview: Preview = {
      questions: [
        {
          question: 'Mag ik in een brief je schrijven?',
          changed: true,
          before: {
            mode: 'answer',
            agreement: 22,
            verdict: 'mag-niet',
            reply: 'Nee: brieven schrijf je in de u-vorm.',
          },
          after: {
            mode: 'answer',
            agreement: 22,
            verdict: 'mag',
            reply: 'Ja: brieven schrijf je in de je-vorm.',
          },
        },
      ],
      checks: {
        text: 'Beste, wij nodigen u uit.',
        documentType: 'brief',
        changed: true,
        before: [],
        after: [
          {
            rule: 'address.form',
            severity: 'warning',
            message: 'Schrijf in de je-vorm.',
            excerpt: 'u',
            agreement: 22,
          },
        ],
      },
    };
    renderComposer(fakeNoteApi({ preview: () => preview }));
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(screen.getByRole('tab', { name: 'Voor en na' }));
    fireEvent.click(screen.getByRole('button', { name: 'Toon voor en na' }));
    const q = await screen.findByRole('region', { name: 'Mag ik in een brief je schrijven?' });
    expect(q.textContent).toContain('Ander antwoord');
    expect(q.textContent).toContain('Nee: brieven schrijf je in de u-vorm.');
    expect(q.textContent).toContain('Ja: brieven schrijf je in de je-vorm.');
    expect(screen.getByRole('region', { name: 'Controle van de tekst' }).textContent).toMatch(
      /Met dit concept: 1 opmerking/,
    );
  });

  it('rolls back to an earlier version as a new version', async () => {
    const note = fakeNoteApi();
    await note.api.saveDraft(
      {
        ...note.versions[0].organisation,
        agreements: { ...note.versions[0].organisation.agreements, omit: [5] },
      },
      0,
    );
    await note.api.publish({});
    renderComposer(note);
    await screen.findByRole('heading', { level: 1, name: 'Afsprakennota samenstellen' });
    fireEvent.click(screen.getByRole('tab', { name: 'Versies' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Zet versie 1 terug' }));
    await screen.findByText('Gepubliceerd');
    expect(document.querySelector('[data-note-version]')!.getAttribute('data-note-version')).toBe('3');
    expect(note.versions[2]).toMatchObject({ origin: 'rollback', restoredFrom: 1 });
    expect(note.versions[2].organisation.agreements.omit).toEqual(
      note.versions[0].organisation.agreements.omit,
    );
  });

  it('tells someone outside the communication service that composing is not for them', async () => {
    renderComposer(fakeNoteApi({ member: false }));
    expect(
      await screen.findByText(/Alleen de communicatieverantwoordelijke en de communicatiedienst/),
    ).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Publiceer' })).toBeNull();
  });
});

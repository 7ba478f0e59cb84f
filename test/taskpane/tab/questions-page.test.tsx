/** @jest-environment jsdom */
// Vragen: the questions the bot could not answer well, grouped and counted, and the two ways from a
// group to the note (an example for an agreement, or an own agreement in the composer's form).
import { configure, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { TabApp } from '../../../taskpane/tab/app';
import type { QuestionGroup } from '../../../taskpane/tab/note-types';
import { fakeTeamsHost } from '../../../taskpane/teams/fake-host';
import { fakeTabApi } from './fake-api';
import { fakeNoteApi } from './fake-note-api';
import { installJsdomGaps } from './jsdom-setup';
import { TEST_PAGES } from './test-pages';

installJsdomGaps();
jest.setTimeout(60_000);
configure({ asyncUtilTimeout: 8000 });

const GROUPS: QuestionGroup[] = [
  {
    id: 'g1',
    question: 'mag ik de gemeenteraad livestreamen?',
    count: 7,
    reasons: { refused: 5, unsure: 1, notHelpful: 1 },
    variants: [
      { question: 'mag ik de gemeenteraad livestreamen?', count: 4 },
      { question: 'gemeenteraad streamen op facebook', count: 3 },
    ],
    agreements: [45],
    lastAskedAt: '2026-12-06T14:00:00Z',
  },
  {
    id: 'g2',
    question: 'wie betaalt de drukkosten van het infoblad',
    count: 2,
    reasons: { refused: 0, unsure: 2, notHelpful: 0 },
    variants: [{ question: 'wie betaalt de drukkosten van het infoblad', count: 2 }],
    agreements: [],
    lastAskedAt: '2026-12-05T09:00:00Z',
  },
];

function renderVragen(note = fakeNoteApi({ questions: GROUPS })) {
  const tab = fakeTabApi({ note });
  render(
    <TabApp host={fakeTeamsHost({ pageId: 'vragen' })} api={tab.api} search={() => []} pages={TEST_PAGES} />,
  );
  return note;
}

describe('the Vragen page', () => {
  it('lists the groups, most asked first, with their count, reasons and other wordings', async () => {
    renderVragen();
    const groups = await screen.findAllByRole('article');
    expect(groups.map((g) => g.getAttribute('data-question-group'))).toEqual(['g1', 'g2']);
    expect(within(groups[0]).getByLabelText('7 keer gevraagd')).toBeTruthy();
    expect(groups[0].textContent).toContain('5× geen antwoord, 1× onzeker antwoord, 1× niet nuttig');
    expect(within(groups[0]).getByRole('list', { name: 'Ook zo gevraagd' }).textContent).toContain(
      'gemeenteraad streamen op facebook',
    );
    expect(screen.getByText(/bewaart deze vragen 180 dagen, zonder de naam/)).toBeTruthy();
  });

  it('adds a question as an example to the agreement the bot proposed', async () => {
    const note = renderVragen();
    const [first] = await screen.findAllByRole('article');
    expect((within(first).getByRole('combobox', { name: 'Afspraak' }) as HTMLSelectElement).value).toBe('45');
    fireEvent.click(within(first).getByRole('button', { name: 'Voeg toe als voorbeeld' }));
    await within(first).findByText(/Toegevoegd als voorbeeldvraag bij afspraak 45/);
    expect(note.stored()!.organisation.agreements.edit?.[45]?.examples).toContain(
      'mag ik de gemeenteraad livestreamen?',
    );
    // Without a proposal, one has to be chosen first.
    const second = screen.getAllByRole('article')[1];
    expect(
      within(second).getByRole('button', { name: 'Voeg toe als voorbeeld' }).hasAttribute('disabled'),
    ).toBe(true);
  });

  it('starts an own agreement from a question in the composer’s form', async () => {
    renderVragen();
    const [first] = await screen.findAllByRole('article');
    fireEvent.click(within(first).getByRole('button', { name: 'Maak er een eigen afspraak van' }));
    const examples = (await screen.findByRole('textbox', {
      name: /Hoe zouden collega's het vragen/,
    })) as HTMLTextAreaElement;
    expect(examples.value).toBe('mag ik de gemeenteraad livestreamen?');
    expect(screen.getByRole('heading', { name: /^Eigen afspraak 10\d\d$/ })).toBeTruthy();
  });

  it('tells someone outside the communication service that the page is not for them', async () => {
    renderVragen(fakeNoteApi({ member: false }));
    expect(
      await screen.findByText(/alleen voor de communicatieverantwoordelijke en de communicatiedienst/),
    ).toBeTruthy();
  });
});

describe('the tab follows a published version', () => {
  it('shows the new note on Afspraken without a reload', async () => {
    const note = fakeNoteApi();
    const tab = fakeTabApi({ note });
    const { container } = render(
      <TabApp
        host={fakeTeamsHost({ pageId: 'afspraken' })}
        api={tab.api}
        search={() => []}
        followIntervalMs={50}
      />,
    );
    await waitFor(() => expect(container.querySelector('[data-agreement="12"]')).not.toBeNull());
    const org = note.versions[0].organisation;
    await note.api.saveDraft(
      { ...org, agreements: { ...org.agreements, omit: [...org.agreements.omit, 12] } },
      0,
    );
    await note.api.publish({});
    await waitFor(() => expect(container.querySelector('[data-agreement="12"]')).toBeNull());
    expect(container.querySelector('[data-agreement="13"]')).not.toBeNull();
  });
});

/** @jest-environment jsdom */
import { FluentProvider, teamsLightTheme } from '@fluentui/react-components';
import { fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { PressDeskPage } from '../../../taskpane/tab/pages/press-desk-page';
import { fakeTabApi, request } from './fake-api';
import { installJsdomGaps } from './jsdom-setup';

installJsdomGaps();

function renderDesk(api: ReturnType<typeof fakeTabApi>['api']) {
  return render(
    <FluentProvider theme={teamsLightTheme}>
      <PressDeskPage api={api} now={() => new Date('2026-11-25T09:00:00Z')} />
    </FluentProvider>,
  );
}

const shown = (container: HTMLElement) =>
  Array.from(container.querySelectorAll('[data-request]')).map((e) => e.getAttribute('data-request'));

describe('Persdesk page', () => {
  it('tells someone outside the communication service, in Dutch, where press questions go', async () => {
    const { api } = fakeTabApi({ member: false, requests: [request('1')] });
    const { container } = renderDesk(api);
    expect(await screen.findByTestId('persdesk-geen-toegang')).toBeTruthy();
    expect(screen.getByTestId('persdesk-geen-toegang').textContent).toMatch(/communicatiedienst.*persvraag/s);
    expect(shown(container)).toEqual([]);
  });

  it('lists open requests; taking one moves it to "Van mij"', async () => {
    const { api } = fakeTabApi({ requests: [request('1'), request('2', { dueToday: false })] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['1', '2']));
    fireEvent.click(
      within(container.querySelector('[data-request="1"]') as HTMLElement).getByRole('button', {
        name: 'Neem op',
      }),
    );
    expect(await screen.findByText(/Je behandelt deze persvraag nu/)).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: /^Van mij/ }));
    await waitFor(() => expect(shown(container)).toEqual(['1']));
    const mine = container.querySelector('[data-request="1"]') as HTMLElement;
    expect(mine.getAttribute('data-status')).toBe('taken');
    expect(mine.textContent).toContain('Lotte Janssens (jij)');
  });

  it('filters on deadline today', async () => {
    const { api } = fakeTabApi({ requests: [request('1'), request('2', { dueToday: false })] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toHaveLength(2));
    fireEvent.click(screen.getByRole('tab', { name: /^Vandaag/ }));
    await waitFor(() => expect(shown(container)).toEqual(['1']));
  });

  it('hands a request back to the department, which takes it off the open list', async () => {
    const { api } = fakeTabApi({
      requests: [
        request('1', { status: 'taken', mine: true, assignee: { id: 'user-lotte', name: 'Lotte Janssens' } }),
      ],
    });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['1']));
    fireEvent.click(screen.getByRole('button', { name: 'Geef terug aan de dienst' }));
    await waitFor(() => expect(shown(container)).toEqual([]));
    fireEvent.click(screen.getByRole('tab', { name: 'Afgesloten' }));
    await waitFor(() =>
      expect(container.querySelector('[data-request="1"]')!.getAttribute('data-status')).toBe('handed-back'),
    );
  });

  it('closes a request only with an outcome, then shows it under "Afgesloten" with its history', async () => {
    const { api } = fakeTabApi({ requests: [request('1')] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['1']));
    fireEvent.click(screen.getByRole('button', { name: 'Sluit af' }));
    fireEvent.click(screen.getByRole('button', { name: 'Afsluiten' }));
    expect(await screen.findByText(/Schrijf kort hoe de vraag is afgehandeld/)).toBeTruthy();
    fireEvent.change(screen.getByRole('textbox', { name: /Hoe is de vraag afgehandeld/ }), {
      target: { value: 'Antwoord gegeven door schepen Koen Maes' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Afsluiten' }));
    await waitFor(() => expect(shown(container)).toEqual([]));
    fireEvent.click(screen.getByRole('tab', { name: 'Afgesloten' }));
    await waitFor(() => expect(shown(container)).toEqual(['1']));
    fireEvent.click(screen.getByRole('button', { name: 'Advies en geschiedenis' }));
    const history = await screen.findByRole('list', { name: 'Geschiedenis' });
    expect(history.textContent).toContain('sloot de persvraag af: Antwoord gegeven door schepen Koen Maes');
  });

  it('shows who has it when someone else took the request first', async () => {
    const { api, requests } = fakeTabApi({ requests: [request('1')] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['1']));
    Object.assign(requests.get('1')!, { status: 'taken', assignee: { id: 'x', name: 'Ilse Wouters' } });
    fireEvent.click(screen.getByRole('button', { name: 'Neem op' }));
    expect(await screen.findByText('Ilse Wouters behandelt deze persvraag al.')).toBeTruthy();
  });

  it('refuses an export period that ends before it starts', async () => {
    const { api } = fakeTabApi({ requests: [] });
    renderDesk(api);
    fireEvent.change(screen.getByLabelText('Van'), { target: { value: '2026-12-01' } });
    fireEvent.change(screen.getByLabelText('Tot en met'), { target: { value: '2026-01-01' } });
    fireEvent.click(screen.getByRole('button', { name: 'Exporteer CSV' }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/begindatum/);
  });
});

describe('Persdesk page: everything the card has (issue 17)', () => {
  const full = () =>
    request('7', {
      contact: '0470 12 34 56, pieter@nieuwsblad.be',
      department: 'Burgerzaken',
      alreadySaid: 'Ik heb gezegd dat de communicatiedienst terugbelt.',
      description: 'Een journalist belt over de wachttijden aan het loket',
      urgency: 'overdue',
      inform: [
        { role: 'burgemeester', label: 'burgemeester An Peeters', informed: false },
        { role: 'bevoegde-schepen', label: 'schepen Sofie Claes', informed: true },
      ],
    });

  it('shows contact as links, department, situation, what was said, urgency and counts on the filters', async () => {
    const { api } = fakeTabApi({ requests: [full(), request('8', { urgency: 'later', dueToday: false })] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['7', '8']));
    const card = container.querySelector('[data-request="7"]') as HTMLElement;
    expect(card.getAttribute('data-urgency')).toBe('overdue');
    expect(within(card).getByText('Deadline voorbij')).toBeTruthy();
    expect(within(card).getByRole('link', { name: 'pieter@nieuwsblad.be' }).getAttribute('href')).toBe(
      'mailto:pieter@nieuwsblad.be',
    );
    expect(within(card).getByRole('link', { name: '0470 12 34 56' }).getAttribute('href')).toBe(
      'tel:0470123456',
    );
    for (const text of [
      'Burgerzaken',
      'Een journalist belt over de wachttijden aan het loket',
      'Ik heb gezegd dat',
    ])
      expect(card.textContent).toContain(text);
    expect(screen.getByRole('tab', { name: 'Open 2' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Van mij 0' })).toBeTruthy();
    expect(screen.getByRole('tab', { name: 'Vandaag 1' })).toBeTruthy();
  });

  it('ticks who was informed and undoes it; a closed request shows the list without buttons', async () => {
    const { api, requests } = fakeTabApi({
      requests: [full(), request('9', { status: 'closed', inform: full().inform })],
    });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toContain('7'));
    const card = () => container.querySelector('[data-request="7"]') as HTMLElement;
    fireEvent.click(within(card()).getByRole('button', { name: 'burgemeester An Peeters: geïnformeerd' }));
    await waitFor(() =>
      expect(card().querySelector('[data-inform="burgemeester"]')?.getAttribute('data-informed')).toBe(
        'true',
      ),
    );
    expect(requests.get('7')!.inform[0].informed).toBe(true);
    fireEvent.click(within(card()).getByRole('button', { name: 'schepen Sofie Claes: ongedaan maken' }));
    await waitFor(() => expect(requests.get('7')!.inform[1].informed).toBe(false));
    fireEvent.click(screen.getByRole('tab', { name: /^Afgesloten/ }));
    await waitFor(() => expect(shown(container)).toEqual(['9']));
    const closed = container.querySelector('[data-request="9"]') as HTMLElement;
    expect(closed.textContent).toContain('burgemeester An Peeters');
    expect(within(closed).queryByRole('button', { name: /geïnformeerd|ongedaan/ })).toBeNull();
  });

  it('shows the advice given to the staff member with the history', async () => {
    const { api } = fakeTabApi({ requests: [full()] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['7']));
    fireEvent.click(screen.getByRole('button', { name: 'Advies en geschiedenis' }));
    expect(await screen.findByText('Geef zelf geen reactie aan de pers.')).toBeTruthy();
  });
});

describe("Persdesk page: the desk's own reminder (issue 17)", () => {
  it('sets a reminder on an open request, shows it, and clears it', async () => {
    const { api, requests } = fakeTabApi({ requests: [request('5')] });
    const { container } = renderDesk(api);
    await waitFor(() => expect(shown(container)).toEqual(['5']));
    const card = () => container.querySelector('[data-request="5"]') as HTMLElement;
    fireEvent.click(within(card()).getByRole('button', { name: 'Stel herinnering in' }));
    expect(await within(card()).findByText('Kies een datum en een uur voor de herinnering.')).toBeTruthy();
    fireEvent.change(within(card()).getByLabelText('Herinner op'), { target: { value: '2026-11-25T14:30' } });
    fireEvent.change(within(card()).getByLabelText('Waaraan (kort)'), {
      target: { value: 'Schepen bellen' },
    });
    fireEvent.click(within(card()).getByRole('button', { name: 'Stel herinnering in' }));
    await waitFor(() =>
      expect(card().querySelector('[data-reminder]')?.textContent).toContain('Schepen bellen'),
    );
    expect(requests.get('5')!.reminder).toBe(new Date('2026-11-25T14:30').toISOString());
    fireEvent.click(within(card()).getByRole('button', { name: 'Haal herinnering weg' }));
    await waitFor(() => expect(card().querySelector('[data-reminder]')).toBeNull());
  });
});

/** @jest-environment jsdom */
// The desk card through Microsoft's renderer in each state of a request: the buttons the renderer
// shows fit the state, the close and hand-back forms validate, the refresh is a press.refresh.
import { PRESS_VERBS } from '../../../bot/cards/press-form-card';
import { pressRequestCard } from '../../../bot/cards/press-request-card';
import { pressStrings } from '../../../bot/cards/press-strings';
import { allActions, expectCleanCard, renderedText } from './card-checks';
import { pressRequest } from './press-request-fixture';

const s = pressStrings.card;

describe('press request card', () => {
  it('renders a new request with take, close and hand back, and a refresh for everyone', () => {
    const built = pressRequestCard(pressRequest(), { refreshUserIds: ['29:sam', '29:kim'] });
    const rendered = expectCleanCard(built);
    expect(rendered.buttons).toContain(s.take);
    expect(renderedText(rendered)).toContain('PV-2026-0007');
    expect(renderedText(rendered)).toContain('Waarom sluit het zwembad?');
    expect((built.card.refresh as { action: { verb: string } }).action.verb).toBe(PRESS_VERBS.refresh);
  });

  it('renders a taken request with its owner and no take button', () => {
    const rendered = expectCleanCard(
      pressRequestCard(
        pressRequest({ status: 'genomen', ownerId: '29:sam', ownerName: 'Sam', takenAt: new Date() }),
      ),
    );
    expect(rendered.buttons).not.toContain(s.take);
    expect(renderedText(rendered)).toContain('Sam');
  });

  it('renders a closed request, a handed-back one, a reminder and a notice cleanly', () => {
    const closed = pressRequestCard(
      pressRequest({
        status: 'gesloten',
        ownerId: '29:sam',
        ownerName: 'Sam',
        outcome: 'Antwoord gestuurd',
        closedAt: new Date(),
      }),
    );
    expectCleanCard(closed);
    expect(allActions(closed.card).map((a) => a.verb)).not.toContain(PRESS_VERBS.take);
    expectCleanCard(
      pressRequestCard(pressRequest({ status: 'teruggegeven', handbackNote: 'Niet voor ons' })),
    );
    expectCleanCard(pressRequestCard(pressRequest(), { reminder: true }));
    const notice = expectCleanCard(
      pressRequestCard(pressRequest(), { notice: 'Sam heeft dit al opgenomen' }),
    );
    expect(renderedText(notice)).toContain('Sam heeft dit al opgenomen');
  });
});

describe('press request card: the checklist after the desk is done (issue 17)', () => {
  it.each(['gesloten', 'teruggegeven'] as const)(
    'shows who was informed on a %s request as a record, without tick or undo buttons',
    (status) => {
      const built = pressRequestCard(
        pressRequest({ status, ownerId: '29:sam', ownerName: 'Sam', outcome: 'Antwoord gestuurd' }),
      );
      const rendered = expectCleanCard(built);
      expect(allActions(built.card).map((a) => a.verb)).not.toContain(PRESS_VERBS.inform);
      expect(rendered.buttons.join(' ')).not.toMatch(/geïnformeerd|ongedaan/);
      expect(renderedText(rendered)).toContain('burgemeester An Peeters · geïnformeerd');
      expect(renderedText(rendered)).toContain('schepen Sofie Claes (sport) · nog te informeren');
    },
  );

  it('offers tick and undo on an open request', () => {
    const built = pressRequestCard(pressRequest());
    const verbs = allActions(built.card).filter(
      (a) => a.type === 'Action.Execute' && a.verb === PRESS_VERBS.inform,
    );
    expect(verbs).toHaveLength(2);
  });
});

/** @jest-environment jsdom */
// `overzicht` through Microsoft's renderer: empty, and open requests by deadline with their owner.
import { pressOverviewCard } from '../../../bot/cards/press-overview-card';
import { pressStrings } from '../../../bot/cards/press-strings';
import { expectCleanCard, renderedText } from './card-checks';
import { pressRequest } from './press-request-fixture';

describe('press overview card', () => {
  it('renders the empty overview without a warning', () => {
    const rendered = expectCleanCard(pressOverviewCard([]));
    expect(renderedText(rendered)).toContain(pressStrings.desk.overviewEmpty);
  });

  it('renders each open request with its number, owner and question', () => {
    const rendered = expectCleanCard(
      pressOverviewCard([
        pressRequest(),
        pressRequest({
          id: 8,
          number: 'PV-2026-0008',
          status: 'genomen',
          ownerId: '29:sam',
          ownerName: 'Sam',
          deadline: null,
        }),
      ]),
    );
    const text = renderedText(rendered);
    expect(text).toContain('PV-2026-0007');
    expect(text).toContain('PV-2026-0008');
    expect(text).toContain('Sam');
    expect(text).toContain('Waarom sluit het zwembad?');
  });
});

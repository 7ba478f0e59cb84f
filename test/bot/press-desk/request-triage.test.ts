// The triage of a stored or submitted request: the description decides; the kind the card carries
// (the staff member's answer to "only facts, or a view?") counts only where the description left
// that open.
import { factsOrView, requestTriage } from '../../../bot/press-desk/request-triage';
// tier: unit (only the example organisation comes from ./helpers, not its storage)
import { org } from './helpers';

const open = 'Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad';

describe('requestTriage', () => {
  it('reads only the two answers from card data', () => {
    expect(factsOrView('informatieve-vraag')).toBe('informatieve-vraag');
    expect(factsOrView('reactie-of-standpunt')).toBe('reactie-of-standpunt');
    for (const other of ['interview', 'beeldopname', '', undefined, 52, { kind: 'informatieve-vraag' }])
      expect(factsOrView(other)).toBeUndefined();
  });

  it('settles an open description with the answer, and keeps asking without one', () => {
    const asked = requestTriage(org, open, 'Hoe lang blijft het zwembad dicht?');
    expect(asked.result.clarify).toBeDefined();
    const facts = requestTriage(
      org,
      open,
      'Hoe lang blijft het zwembad dicht?',
      'Sportdienst',
      'informatieve-vraag',
    );
    expect([facts.result.kind, facts.result.route, facts.result.clarify]).toEqual([
      'informatieve-vraag',
      'dienst',
      undefined,
    ]);
    const view = requestTriage(org, open, 'Waarom sluit het?', undefined, 'reactie-of-standpunt');
    expect([view.result.agreements, view.result.clarify]).toEqual([[50], undefined]);
  });

  it('never lets the card data override what the description says', () => {
    const r = requestTriage(
      org,
      'HLN vraagt wat de burgemeester vindt van de sluiting van het zwembad',
      'Wat vindt de burgemeester ervan?',
      undefined,
      'informatieve-vraag',
    );
    expect([r.result.kind, r.result.route]).toEqual(['reactie-of-standpunt', 'communicatiedienst']);
  });
});

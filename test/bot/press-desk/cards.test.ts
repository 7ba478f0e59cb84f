// The desk card is built in full from the request's state: the same state gives the same card to
// everyone, and the buttons fit the state.
import { pressRequestCard } from '../../../bot/cards/press-request-card';
import { pressTriageCard } from '../../../bot/cards/press-triage-card';
import type { PressRequest } from '../../../bot/press-desk/types';
import { triageDetailed } from '../../../shared/triage';
import { pressRequest } from '../cards/press-request-fixture';
// tier: unit (only the example organisation comes from ./helpers, not its storage)
import { org } from './helpers';

// The shared card-test request, without the journalist's details this file's cases add themselves.
const base: PressRequest = pressRequest({ journalist: null, contact: null, department: null });

const verbs = (card: unknown) =>
  [...JSON.stringify(card).matchAll(/"verb":"(press\.[a-z]+)"/g)].map((m) => m[1]);

describe('press desk card', () => {
  it('offers take, close and hand back on a new request, with a refresh for everyone', () => {
    const { card, text } = pressRequestCard(base, {
      refreshUserIds: Array.from({ length: 70 }, (_, i) => `29:u${i}`),
    });
    expect(new Set(verbs(card))).toEqual(
      new Set(['press.take', 'press.close', 'press.handback', 'press.inform', 'press.refresh']),
    );
    expect((card.refresh as { userIds: string[] }).userIds).toHaveLength(60);
    expect(text).toBe('PV-2026-0007 · Vraag om reactie of standpunt · Nieuw, nog niet opgenomen');
    expect(JSON.stringify(card)).toContain('wo 25 nov, 16:00');
  });

  it('shows who has it and no take button once taken', () => {
    const { card } = pressRequestCard({ ...base, status: 'genomen', ownerId: '29:sam', ownerName: 'Sam' });
    expect(JSON.stringify(card)).toContain('Opgenomen door Sam');
    expect(verbs(card)).not.toContain('press.take');
    expect(verbs(card)).toContain('press.close');
  });

  it('shows the outcome and no buttons but the refresh after closing (the checklist is a record)', () => {
    const { card } = pressRequestCard({
      ...base,
      status: 'gesloten',
      ownerName: 'Sam',
      outcome: 'Reactie gegeven.',
    });
    expect(JSON.stringify(card)).toContain('Reactie gegeven.');
    expect(new Set(verbs(card))).toEqual(new Set(['press.refresh']));
  });

  it('ticks who is informed, with the names from the organisation file', () => {
    const json = JSON.stringify(pressRequestCard(base).card);
    expect(json).toContain('✅ burgemeester An Peeters · geïnformeerd');
    expect(json).toContain('⬜ schepen Sofie Claes (sport) · nog te informeren');
  });

  it('puts the hand-over form under the advice only when the communication service takes over', () => {
    const toService = pressTriageCard(triageDetailed('HLN belt voor een reactie over het zwembad', org), {
      description: 'x',
      formId: 'f',
    });
    const toDepartment = pressTriageCard(triageDetailed('Radio 2 vraagt hoeveel bezoekers de bib had', org), {
      description: 'x',
      formId: 'f',
    });
    expect(new Set(verbs(toService.card))).toEqual(new Set(['press.submit']));
    expect(new Set(verbs(toDepartment.card))).toEqual(new Set(['press.form']));
    expect(JSON.stringify(toService.card)).toContain('"value":"Het Laatste Nieuws"');
  });

  it('asks back, with no form, when the description leaves open whether only facts are asked', () => {
    const open = pressTriageCard(triageDetailed('HLN belt over het zwembad', org), {
      description: 'HLN belt over het zwembad',
      formId: 'f',
    });
    expect(new Set(verbs(open.card))).toEqual(new Set(['press.choose']));
    const json = JSON.stringify(open.card);
    expect(json).toContain('"kind":"informatieve-vraag"');
    expect(json).toContain('"kind":"reactie-of-standpunt"');
    expect(json).not.toContain('Input.Text');
    // Each answer, once chosen, gives the card of its route.
    const facts = pressTriageCard(
      triageDetailed('HLN belt over het zwembad', org, { assume: 'informatieve-vraag' }),
      { description: 'HLN belt over het zwembad', formId: 'f' },
    );
    expect(new Set(verbs(facts.card))).toEqual(new Set(['press.form']));
  });
});

// A press request as the desk card shows it, for the card tests.
import type { PressRequest } from '../../../bot/press-desk/types';

export function pressRequest(overrides: Partial<PressRequest> = {}): PressRequest {
  return {
    id: 7,
    number: 'PV-2026-0007',
    status: 'open',
    kind: 'reactie-of-standpunt',
    route: 'communicatiedienst',
    agreements: [50],
    inform: [
      { role: 'burgemeester', label: 'burgemeester An Peeters' },
      { role: 'bevoegde-schepen', label: 'schepen Sofie Claes (sport)' },
    ],
    informed: ['burgemeester'],
    description: 'HLN belt over het zwembad',
    medium: 'Het Laatste Nieuws',
    journalist: 'Eva Peeters',
    contact: '0470 12 34 56',
    question: 'Waarom sluit het zwembad?',
    deadline: new Date('2026-11-25T15:00:00Z'),
    department: 'sport',
    alreadySaid: null,
    requesterId: '29:jan',
    requesterName: 'Jan',
    ownerId: null,
    ownerName: null,
    takenAt: null,
    outcome: null,
    closedAt: null,
    handbackNote: null,
    remindAt: null,
    remindNote: null,
    remindSentAt: null,
    cardActivityId: null,
    version: 1,
    createdAt: new Date('2026-11-25T10:00:00Z'),
    updatedAt: new Date('2026-11-25T10:00:00Z'),
    ...overrides,
  };
}

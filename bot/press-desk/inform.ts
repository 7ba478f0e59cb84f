// Who the desk card lists to tick off: the roles the triage says must be informed (agreements
// 50–52), without the communication service itself. The desk is that service: "de dienst
// Communicatie · nog te informeren" on its own card is a task nobody can do.
import type { InformItem } from './types';

export function deskInformList(items: readonly InformItem[]): InformItem[] {
  return items.filter((item) => item.role !== 'communicatiedienst');
}

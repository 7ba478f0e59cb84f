// Which catalogue roles are political mandatarissen (agreements 32–37 speak of them as one group).
import type { Role } from './types';

export const MANDATARY_ROLES: ReadonlySet<string> = new Set<Role>([
  'schepen',
  'burgemeester',
  'mandataris',
  'bevoegde-schepen',
  'bevoegde-mandataris',
  'schepen-van-communicatie',
]);

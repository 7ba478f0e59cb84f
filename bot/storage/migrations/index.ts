// Every migration, in the order it is applied. Add a file NNN-name.ts and one line here;
// never change or renumber one that has shipped.
import { migration as m001 } from './001-feedback';
import { migration as m002 } from './002-welcomed-conversations';
import { migration as m010 } from './010-press-desk';
import { migration as m020 } from './020-feedback-mode';
import { migration as m030 } from './030-note-versions';
import { migration as m031 } from './031-question-log';
import { migration as m040 } from './040-press-card-copies';
import type { Migration } from './types';

export type { Migration };

export const migrations: readonly Migration[] = [m001, m002, m010, m020, m030, m031, m040];

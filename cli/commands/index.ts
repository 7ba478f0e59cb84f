// Every command of `afspraak`, in the order `afspraak help` lists them. One line per command.
import type { CliCommand } from '../command';
import { askCommand } from './ask';
import { checkCommand } from './check';
import { listCommand } from './list';
import { notaCommand } from './nota';
import { showCommand } from './show';
import { triageCommand } from './triage';
import { validateCommand } from './validate';

export const commands: CliCommand[] = [
  showCommand,
  listCommand,
  validateCommand,
  notaCommand,
  askCommand,
  triageCommand,
  checkCommand,
];

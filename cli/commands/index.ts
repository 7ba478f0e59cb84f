// Every command of `afspraak`, in the order `afspraak help` lists them. One line per command.
// Each command is loaded only when it runs: `afspraak help` or `afspraak validate` never pays for
// the catalogue's example questions or the .docx writer. The built CLI knows every command's help
// from the build (build/cli-commands.ts), so `afspraak help` loads none of them.
import type { CliCommand } from '../command';

// import() of a sibling needs its '.js' name under nodenext; tsx, esbuild and jest find the .ts.

export const commandLoaders: Record<string, () => Promise<CliCommand>> = {
  show: async () => (await import('./show.js')).showCommand,
  list: async () => (await import('./list.js')).listCommand,
  validate: async () => (await import('./validate.js')).validateCommand,
  nota: async () => (await import('./nota.js')).notaCommand,
  ask: async () => (await import('./ask.js')).askCommand,
  triage: async () => (await import('./triage.js')).triageCommand,
  check: async () => (await import('./check.js')).checkCommand,
};

// Values the build writes into the bundles it makes (esbuild `define`, see build/bundles.ts).
// Running from source (tsx, jest) they are absent and the code works them out itself, more slowly.
import type { CliCommandInfo } from '../cli/command';

declare const AFSPRAAK_SOURCE_KEY: string | undefined;
declare const AFSPRAAK_CLI_COMMANDS: readonly CliCommandInfo[] | undefined;

/** The content hash of shared/ the bundle was built from: stored build output must carry the same. */
export const builtSourceKey: string | undefined =
  typeof AFSPRAAK_SOURCE_KEY === 'string' ? AFSPRAAK_SOURCE_KEY : undefined;

/** Every CLI command's help, so the built `afspraak help` loads no command. */
export const builtCliCommands: readonly CliCommandInfo[] | undefined =
  typeof AFSPRAAK_CLI_COMMANDS === 'object' ? AFSPRAAK_CLI_COMMANDS : undefined;

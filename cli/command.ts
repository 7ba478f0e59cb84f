// What a CLI command is. A new command is one file in cli/commands/ and one line in
// cli/commands/index.ts; commands translate argv to shared/ calls and back, and hold no rules.
import type { StoredVersion } from '../bot/note/version-store';
import type { EffectiveOrganisation } from '../shared/organisation';

export interface CliContext {
  /** Positional arguments after the command name. */
  args: string[];
  /** Parsed options, global ones (`org`, `json`) included. */
  flags: Record<string, string | boolean>;
  /** `--json`: print only JSON on stdout. */
  json: boolean;
  /**
   * The effective organisation from `--org` (or the example), or from the stored version that
   * `--versie` names; throws OrganisationFileError when a file is invalid.
   */
  org: () => EffectiveOrganisation;
  /** With `--versie`: the stored version (number, who, when, what changed). */
  storedVersion?: StoredVersion;
  /** All of standard input as text. */
  stdin: () => Promise<string>;
  out: (line: string) => void;
  err: (line: string) => void;
}

/** What `afspraak help` shows of a command, known without loading it. */
export type CliCommandInfo = Pick<CliCommand, 'name' | 'summary' | 'usage' | 'options'>;

export interface CliCommand {
  name: string;
  /** One line in Dutch for `afspraak help`. */
  summary: string;
  /** Usage after `afspraak `, e.g. 'show <nummer>'. */
  usage: string;
  options?: Record<string, { type: 'string' | 'boolean' }>;
  /** Resolves to the exit code (CONTRACT §2): 0 done, 1 an error finding, 2 bad input. */
  run(ctx: CliContext): Promise<number>;
}

/** Bad input: main prints the one-line message on stderr and exits 2 (CONTRACT §2). */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_BAD_INPUT = 2;

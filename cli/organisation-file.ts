// Reads an organisation file from disk for the CLI (and any Node host): the I/O around the pure
// parser in shared/organisation. Errors name the file, the line and the field (CONTRACT §1).
import { readFileSync } from 'node:fs';
import { isAbsolute, relative, resolve } from 'node:path';
import {
  effectiveOrganisation,
  formatOrganisationError,
  parseOrganisation,
  type EffectiveOrganisation,
  type Organisation,
  type OrganisationError,
} from '../shared/organisation';

export const REPO_ROOT = resolve(__dirname, '..');

/** The example organisation shipped in the repository, used when `--org` is not given. */
export const DEFAULT_ORGANISATION_FILE = resolve(REPO_ROOT, 'organisations/zilverbeek.yaml');

/** An organisation file that cannot be read or is invalid; `message` is the first error's line. */
export class OrganisationFileError extends Error {
  constructor(
    readonly file: string,
    readonly errors: OrganisationError[],
  ) {
    super(errors.length ? formatOrganisationError(errors[0]) : `${file}: ongeldig bestand`);
    this.name = 'OrganisationFileError';
  }

  /** Every error, one `file:line: field: message` line each. */
  get lines(): string[] {
    return this.errors.map(formatOrganisationError);
  }
}

/** The name to show for a file: as the user would type it from the current directory. */
function displayName(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

function readText(path: string, shown: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'bestand niet gevonden'
        : code === 'EISDIR'
          ? 'dit is een map, geen bestand'
          : code === 'EACCES'
            ? 'geen toegang tot het bestand'
            : `kan het bestand niet lezen (${code ?? String(e)})`;
    throw new OrganisationFileError(shown, [{ file: shown, line: 1, field: '', message: why }]);
  }
}

/**
 * Reads and checks an organisation file, with its warnings (a blank such as "(specifieer)" left
 * open); throws OrganisationFileError when it is unreadable or invalid.
 */
export function readOrganisationFile(file: string = DEFAULT_ORGANISATION_FILE): {
  organisation: Organisation;
  warnings: OrganisationError[];
} {
  const path = resolve(file);
  const shown = displayName(path);
  const result = parseOrganisation(readText(path, shown), shown);
  if (!result.ok) throw new OrganisationFileError(shown, result.errors);
  return { organisation: result.organisation, warnings: result.warnings ?? [] };
}

/** Reads and checks an organisation file; throws OrganisationFileError when it is unreadable or invalid. */
export function loadOrganisationFile(file: string = DEFAULT_ORGANISATION_FILE): Organisation {
  return readOrganisationFile(file).organisation;
}

/** The organisation's effective agreements, read from a file. */
export function loadEffectiveOrganisation(file: string = DEFAULT_ORGANISATION_FILE): EffectiveOrganisation {
  return effectiveOrganisation(loadOrganisationFile(file));
}

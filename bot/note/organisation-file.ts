// ORG_FILE on the server: the organisation file (YAML) that seeds version 1 of the note and, when
// an administrator changes it, is imported once as a new version. Read and checked here, with the
// same file:line: field: message errors as `afspraak validate`; the server itself never imports cli/.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { formatOrganisationError } from '../../shared/organisation/errors';
import { parseOrganisation } from '../../shared/organisation/parse';
import type { Organisation } from '../../shared/organisation/types';

/** The file's content as a candidate version: the organisation and the hash that identifies it. */
export interface OrganisationSeed {
  organisation: Organisation;
  /** sha256 of the file's text: the same file is imported once. */
  hash: string;
  /** Shown as the author of an imported version ("ORG_FILE zilverbeek.yaml"). */
  fileName: string;
}

/** An unreadable or invalid file; `lines` lists every error (bot/index.ts prints them all). */
export class OrganisationFileInvalid extends Error {
  constructor(readonly lines: string[]) {
    super(lines[0] ?? 'ongeldig organisatiebestand');
    this.name = 'OrganisationFileInvalid';
  }
}

export function seedFromText(text: string, fileName: string): OrganisationSeed {
  const parsed = parseOrganisation(text, fileName);
  if (!parsed.ok) throw new OrganisationFileInvalid(parsed.errors.map(formatOrganisationError));
  return {
    organisation: parsed.organisation,
    hash: createHash('sha256').update(text).digest('hex'),
    fileName,
  };
}

/** Reads and checks ORG_FILE; throws OrganisationFileInvalid naming file, line and field. */
export function readSeed(file: string): OrganisationSeed {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? String(e);
    throw new OrganisationFileInvalid([
      `${file}: het bestand met de afsprakennota kan niet gelezen worden (${code}; ORG_FILE)`,
    ]);
  }
  return seedFromText(text, basename(file));
}

/**
 * Watches ORG_FILE by its size and modification time: resolves to the new seed once after the file
 * changed, undefined otherwise. An invalid change is reported through `onInvalid` and skipped.
 */
export function fileWatcher(
  file: string,
  onInvalid: (lines: string[]) => void,
): () => Promise<OrganisationSeed | undefined> {
  let seen: string | undefined;
  return async () => {
    const s = await stat(file).catch(() => undefined);
    if (!s) return undefined;
    const key = `${s.mtimeMs}:${s.size}`;
    if (seen === undefined || key === seen) {
      seen = key;
      return undefined;
    }
    seen = key;
    try {
      return readSeed(file);
    } catch (e) {
      if (e instanceof OrganisationFileInvalid) onInvalid(e.lines);
      else throw e;
      return undefined;
    }
  };
}

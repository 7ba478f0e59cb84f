// The organisation as the web parts receive it (GET /api/organisation). On the server it is the
// note's published version (organisationFromNote: the same source the bot answers from, so Teams
// and Word never serve two notes). organisationFromFile serves a file directly, re-read when it
// changes on disk, for a host without a database.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOrganisationError } from '../../shared/organisation/errors';
import { parseOrganisation } from '../../shared/organisation/parse';
import type { Organisation } from '../../shared/organisation/types';
import type { PublishedNote } from '../note/note-source';

export type OrganisationLoad =
  | {
      ok: true;
      organisation: Organisation;
      fileName: string;
      version: string;
      updated: string;
      /** The note's version number, when the organisation comes from the stored versions. */
      noteVersion?: number;
    }
  | { ok: false; errors: string[]; starting?: boolean };

export type OrganisationSource = () => Promise<OrganisationLoad>;

/** The published version in force; `starting` until the server's storage is open. */
export function organisationFromNote(note: () => PublishedNote | undefined): OrganisationSource {
  return async () => {
    const current = note();
    if (!current) return { ok: false, starting: true, errors: ['the note is not loaded yet'] };
    return {
      ok: true,
      organisation: current.organisation,
      fileName: `afsprakennota-v${current.number}.yaml`,
      version: `v${current.number}`,
      updated: current.createdAt.toISOString(),
      noteVersion: current.number,
    };
  };
}

export function organisationFromFile(file: string): OrganisationSource {
  let cached: { mtimeMs: number; size: number; load: OrganisationLoad } | undefined;
  return async () => {
    const stat = await fs.stat(file).catch(() => undefined);
    if (!stat)
      return { ok: false, errors: [`${file}: het bestand met de afsprakennota bestaat niet (ORG_FILE).`] };
    if (cached && cached.mtimeMs === stat.mtimeMs && cached.size === stat.size) return cached.load;
    const text = await fs.readFile(file, 'utf8');
    const fileName = path.basename(file);
    const parsed = parseOrganisation(text, fileName);
    const load: OrganisationLoad = parsed.ok
      ? {
          ok: true,
          organisation: parsed.organisation,
          fileName,
          version: createHash('sha256').update(text).digest('base64url').slice(0, 16),
          updated: stat.mtime.toISOString(),
        }
      : { ok: false, errors: parsed.errors.map(formatOrganisationError) };
    cached = { mtimeMs: stat.mtimeMs, size: stat.size, load };
    return load;
  };
}

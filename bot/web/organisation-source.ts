// The organisation file as the web parts receive it: parsed and checked on the server, re-read
// when the file changes on disk, so an edit by the communication service reaches every task pane
// without a restart. An invalid edit keeps nothing half-applied: the error is reported instead.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatOrganisationError } from '../../shared/organisation/errors';
import { parseOrganisation } from '../../shared/organisation/parse';
import type { Organisation } from '../../shared/organisation/types';

export type OrganisationLoad =
  | { ok: true; organisation: Organisation; fileName: string; version: string; updated: string }
  | { ok: false; errors: string[] };

export type OrganisationSource = () => Promise<OrganisationLoad>;

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

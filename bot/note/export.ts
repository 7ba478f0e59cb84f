// A stored version as a file to download: the organisation file (YAML, `afspraak validate` reads
// it again) or the note for the college (.docx), with what changed since the version before it.
import { normalise } from '../../shared/language/normalise';
import { effectiveOrganisation } from '../../shared/organisation/effective';
import { notaDocx } from '../../shared/organisation/nota-docx';
import { notaDocument } from '../../shared/organisation/nota-document';
import { organisationYaml } from '../../shared/organisation/organisation-yaml';
import type { StoredVersion } from './version-store';

export const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export function versionYaml(v: StoredVersion): string {
  const name = v.organisation.organisation.name;
  return organisationYaml(v.organisation, [
    `Afsprakennota van ${name}, versie ${v.number} (${v.createdAt.toISOString().slice(0, 10)}, ${v.createdBy}).`,
    'Controleer na elke wijziging met: npx afspraak validate <dit bestand>',
  ]);
}

export function versionDocx(v: StoredVersion): Promise<Uint8Array> {
  return notaDocx(
    notaDocument(effectiveOrganisation(v.organisation), {
      number: v.number,
      date: v.createdAt,
      by: v.createdBy,
      ...(v.changeNote ? { changeNote: v.changeNote } : {}),
      changes: v.changes,
    }),
  );
}

/** afsprakennota-zilverbeek-v3.docx */
export function exportFileName(v: StoredVersion, extension: 'yaml' | 'docx'): string {
  const slug = normalise(v.organisation.organisation.name)
    .replace(/^(gemeente|stad|ocmw|provincie)\s+/, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
  return `afsprakennota-${slug || 'organisatie'}-v${v.number}.${extension}`;
}

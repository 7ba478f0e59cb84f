// Errors in an organisation file: each names the file, the line and the field (CONTRACT §1).

export interface OrganisationError {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field as a path: 'people[2].role', 'agreements.variants.36'; empty for the file as a whole. */
  field: string;
  /** Dutch, for the person who edits the file. */
  message: string;
}

/** "afsprakennota.yaml:14: people[2].role: 'wethouder' is geen gekende rol; bedoel je 'schepen'?" */
export function formatOrganisationError(e: OrganisationError): string {
  return e.field ? `${e.file}:${e.line}: ${e.field}: ${e.message}` : `${e.file}:${e.line}: ${e.message}`;
}

/** 'people[2].role' from ['people', 2, 'role']. */
export function formatField(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out ? `.${String(seg)}` : String(seg);
  }
  return out;
}

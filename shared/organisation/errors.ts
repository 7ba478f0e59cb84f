// Errors in an organisation file: each names the file, the line and the field (CONTRACT §1).

export interface OrganisationError {
  file: string;
  /** 1-based line in the file. */
  line: number;
  /** The field as a path: 'people[2].role', 'agreements.variants.36'; empty for the file as a whole. */
  field: string;
  /**
   * The field as a person reads it, when the path alone misleads: 'people[1] (persoon 2, Koen Maes).role'
   * (lists count from 0 in `field`). Printed instead of `field`; same shape, no ': ' inside.
   */
  label?: string;
  /** Dutch, for the person who edits the file. */
  message: string;
}

/**
 * "afsprakennota.yaml:27: people[1] (persoon 2, Koen Maes).role: 'wethouder' is geen gekende rol; bedoel
 * je 'schepen'?": always `file:line: field: message`, the field as a person reads it.
 */
export function formatOrganisationError(e: OrganisationError): string {
  const field = e.label ?? e.field;
  return field ? `${e.file}:${e.line}: ${field}: ${e.message}` : `${e.file}:${e.line}: ${e.message}`;
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

/**
 * The field path with each person named: 'people[1] (persoon 2, Koen Maes).role'. Lists in the path
 * count from 0, so people[1] is the second person; the count from 1 and the name say who is meant.
 * Colons are dropped from the name so the line stays `file:line: field: message`.
 */
export function labelField(path: readonly PropertyKey[], data: unknown): string | undefined {
  if (path[0] !== 'people' || typeof path[1] !== 'number') return undefined;
  const people = (data as { people?: unknown } | null)?.people;
  const person: unknown = Array.isArray(people) ? people[path[1]] : undefined;
  const rawName = (person as { name?: unknown } | null)?.name;
  const name = typeof rawName === 'string' ? rawName.replace(/[:\s]+/g, ' ').trim() : '';
  const who = name ? `persoon ${path[1] + 1}, ${name}` : `persoon ${path[1] + 1}`;
  const rest = formatField(path.slice(2));
  return `people[${path[1]}] (${who})${!rest || rest.startsWith('[') ? rest : `.${rest}`}`;
}

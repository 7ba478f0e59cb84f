// A symmetric "stands in part for" relation between vocabulary ids (actions, objects), and the fit
// it gives: 1 when the question names the id itself, 0.5 when it names a related one, else 0.
export type RelatedPairs = readonly (readonly [string, string])[];

export interface Relatedness {
  /** The ids related to `id` (not including itself). */
  related(id: string): ReadonlySet<string> | undefined;
  fit(asked: readonly string[], id: string): number;
}

export function relatedness(pairs: RelatedPairs): Relatedness {
  const table = new Map<string, Set<string>>();
  for (const [a, b] of pairs) {
    if (!table.has(a)) table.set(a, new Set());
    if (!table.has(b)) table.set(b, new Set());
    table.get(a)!.add(b);
    table.get(b)!.add(a);
  }
  const related = (id: string) => table.get(id);
  return {
    related,
    fit(asked, id) {
      if (asked.includes(id)) return 1;
      const near = related(id);
      return near && asked.some((a) => near.has(a)) ? 0.5 : 0;
    },
  };
}

// Dutch abbreviations that end in a full stop which does not end a sentence. Data, in normalised
// form (lower case, no diacritics), without the final dot.

/** Abbreviations after which a sentence never ends: a name, number or more words always follow. */
export const NEVER_FINAL = new Set([
  'vb',
  'bv',
  'bijv',
  'bijvoorbeeld',
  'o.a',
  'm.a.w',
  'i.p.v',
  't.e.m',
  't.a.v',
  't.o.v',
  'm.b.t',
  'i.v.m',
  'd.w.z',
  'z.g.a',
  'n.a.v',
  'p.a',
  'a.d.h.v',
  'dhr',
  'mevr',
  'mr',
  'dr',
  'prof',
  'ir',
  'ing',
  'nr',
  'nrs',
  'tel',
  'gsm',
  'st',
  'sint',
  'ca',
  'resp',
  'vnl',
  'zgn',
  'incl',
  'excl',
  'max',
  'min',
  'art',
  'blz',
  'p',
  'pag',
  'afd',
  'bvb',
  'vzw',
  'nvdr',
  'fig',
  'hfst',
  'jl',
  'jr',
  'sr',
  'e.a',
  'e.d',
  'o.m',
  'v.z.w',
]);

/** Abbreviations that often close a sentence ("… folders, affiches enz. Daarna …"). */
export const MAYBE_FINAL = new Set(['enz', 'etc', 'e.d', 'e.a', 'ea', 'ed', 'usw']);

export function isAbbreviation(normWithoutDot: string): boolean {
  return NEVER_FINAL.has(normWithoutDot) || MAYBE_FINAL.has(normWithoutDot);
}

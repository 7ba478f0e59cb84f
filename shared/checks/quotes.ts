// Quoted text: what someone else said or a title, which house-style rules leave alone (an "u" in
// a quote is not the writer's address form, agreement 22) and the press rules look for (46).
import type { CheckDocument } from './types';

export interface Range {
  start: number;
  end: number;
}

const DOUBLE = /“[^”\n]*(?:”|$)|„[^”“\n]*(?:[”“]|$)|«[^»\n]*(?:»|$)|"[^"\n]*(?:"|$)/gmu;
// A single quote opens after a space or bracket and is not an elided article ('t, 's, 'n); it
// closes before anything but a letter, so the apostrophe of zo'n or auto's never closes it.
const SINGLE =
  /(?<=^|[\s([—–-])[‘'](?!(?:[stn]|[0-9]{2})(?![\p{L}\p{N}]))(?=\S)[^\n]*?(?<=[^\s])[’'](?![\p{L}\p{N}])/gmu;

/** Quoted spans (quote marks included) in document order, one paragraph at a time. */
export function quoteRanges(doc: CheckDocument): Range[] {
  const out: Range[] = [];
  for (const p of doc.paragraphs) {
    if (!/["“„«‘']/.test(p.text)) continue;
    const found: Range[] = [];
    for (const re of [DOUBLE, SINGLE]) {
      re.lastIndex = 0;
      for (const m of p.text.matchAll(re)) {
        if (m[0].length < 2) continue;
        const start = p.start + m.index;
        const end = start + m[0].length;
        if (!found.some((r) => start < r.end && end > r.start)) found.push({ start, end });
      }
    }
    found.sort((a, b) => a.start - b.start);
    out.push(...found);
  }
  return out;
}

/** Whether [start, end) lies within one of the (sorted) ranges. */
export function insideAny(ranges: readonly Range[], start: number, end = start + 1): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid];
    if (end <= r.start) hi = mid - 1;
    else if (start >= r.end) lo = mid + 1;
    else return start >= r.start && end <= r.end;
  }
  return false;
}

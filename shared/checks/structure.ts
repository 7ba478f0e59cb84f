// What kind of text a paragraph is, so the rules read it as a reader would: a list item, a table
// cell or a line of a timetable is not a sentence (no sentence length, no readability score on
// it), a heading is a title. Plain-text writers type lists with bullets or numbers and tables
// with tabs; Word and Markdown say so in the style.
import type { Paragraph } from './types';
import { isHeading, isRunningText } from './rules/rule-helpers';

const BULLET = /^\s*(?:[-–—•·▪◦●*✓✔►>➤]|\(?\d{1,2}[.)]|\(?[a-z][.)])\s+/u;
/** Times and dates in a line: "09:00", "14u30", "9 u", "maandag 12/5". */
const TIME = /\b\d{1,2}(?:[:.h]\d{2}|\s?u(?:\d{2})?)\b|\b\d{1,2}\/\d{1,2}\b/gu;
const DAY = /\b(?:maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|ma|di|wo|do|vr|za|zo)\b/iu;

export function isListItem(p: Paragraph): boolean {
  if (p.style && /list|lijst|opsomming/i.test(p.style)) return true;
  return BULLET.test(p.text);
}

/** A table cell, a row typed with tabs, or a timetable line ("maandag 9u-12u", "10:00 Opening"). */
export function isTableLike(p: Paragraph): boolean {
  if (p.location === 'table') return true;
  const text = p.text;
  if (/\S\t+\S/.test(text) && text.split(/\t+/).length >= 2) return true;
  const times = text.match(TIME)?.length ?? 0;
  const words = text.trim().split(/\s+/).length;
  // A line carried by its times: short, or opening with a day or a time.
  if (times >= 2 && (words <= 14 || times * 4 >= words)) return true;
  if (times >= 1 && words <= 10 && (DAY.test(text.slice(0, 12)) || /^\s*\d{1,2}[:.hu]/.test(text)))
    return true;
  return false;
}

/** Running prose: body text that is no heading, list item, table or timetable. */
export function isProse(p: Paragraph): boolean {
  return isRunningText(p) && p.location !== 'table' && !isHeading(p) && !isListItem(p) && !isTableLike(p);
}

/**
 * The official record of a council or college: minutes, a decision with its articles. It names
 * the mandatarissen who sat and voted and the parties that spoke, as the law requires; the
 * neutrality rules about naming people and parties (32, 37) are not about such a record.
 */
const RECORD_CUES = [
  /\bnotulen\b/i,
  /\b(?:enig artikel|artikel \d+\s*:)/i,
  /\bzitting van\b|\bopent de zitting\b|\b(?:besloten|openbare) zitting\b/i,
  /\b(?:besluit|beslissing) (?:van de )?(?:gemeenteraad|college)\b|^\s*besluit\s+gemeenteraad\b/im,
  /\b(?:juridische gronden|feiten en context|argumentatie|publieke stemming)\b/i,
  /\bdecreet (?:over het )?lokaal bestuur\b/i,
  // The body that decides, alone on the line that opens its decision ("DE GEMEENTERAAD", "De raad,").
  /^\s*(?:de gemeenteraad|de raad|de ocmw-raad|het college(?: van burgemeester en schepenen)?|college van burgemeester en schepenen|het schepencollege|het vast bureau)\s*,?\s*$/im,
  // The formulas of a decision: "neemt kennis van", "neemt akte van", "Gelet op", "Overwegende dat".
  /\bneemt (?:kennis|akte) van\b|^\s*(?:gelet op|overwegende dat)\b|\boverwegingen van de (?:gemeente)?raad\b/im,
];

// Asked by type detection and three rules for the same text: the last answer is kept.
let lastText: string | undefined;
let lastAnswer = false;

export function isOfficialRecord(text: string): boolean {
  if (text === lastText) return lastAnswer;
  let cues = 0;
  for (const re of RECORD_CUES) if (re.test(text) && ++cues >= 2) break;
  lastText = text;
  lastAnswer = cues >= 2;
  return lastAnswer;
}

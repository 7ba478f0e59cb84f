// The questions the bot could not answer well, grouped by what they ask: the Vragen page shows one
// line per group, counted, so the communication service sees which subjects the note misses. Two
// questions are alike when their content words share most stems ("mag ik de gemeenteraad filmen?"
// and "gemeenteraad filmen mag dat?"): Jaccard similarity over stems, without Dutch function words,
// built from shared/language (normalise, tokenise, stem). Pure and deterministic: no names, no I/O.
import { stem, STOPWORDS, words } from '../language';

export type QuestionReason = 'refused' | 'unsure' | 'not-helpful';

export interface QuestionRecord {
  question: string;
  reason: QuestionReason;
  /** What the bot proposed (its best agreement), when it proposed one. */
  agreement: number | null;
  at: Date;
}

export interface QuestionGroup {
  /** Stable for the same most-asked wording: the page keys its rows on it. */
  id: string;
  /** The wording asked most often (the most recent one on a tie). */
  question: string;
  count: number;
  reasons: { refused: number; unsure: number; notHelpful: number };
  /** Every wording, most asked first. */
  variants: { question: string; count: number }[];
  /** The agreements the bot proposed, most often first. */
  agreements: number[];
  lastAskedAt: Date;
}

/** Share of stems two questions need in common to be one group. */
export const SIMILARITY = 0.5;

// Who asks does not change the subject: "mag ik …" and "mogen we …" are the same question here
// (ask keeps these words, they name the actor).
const ASKER_WORDS = new Set(['ik', 'we', 'wij', 'mij', 'me', 'jullie', 'wie']);

/** The stems that say what a question is about. */
export function questionStems(question: string): Set<string> {
  const out = new Set<string>();
  for (const w of words(question)) {
    if (STOPWORDS.has(w) || ASKER_WORDS.has(w) || w.length < 2 || /^\d+$/.test(w)) continue;
    out.add(stem(w));
  }
  return out;
}

export function similarity(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  if (!a.size || !b.size) return 0;
  let shared = 0;
  for (const s of a) if (b.has(s)) shared++;
  return shared / (a.size + b.size - shared);
}

/** The same wording up to capitals, accents, spaces and punctuation. */
function wordingKey(question: string): string {
  return words(question).join(' ');
}

export function groupQuestions(records: readonly QuestionRecord[], threshold = SIMILARITY): QuestionGroup[] {
  // First the wordings, counted; then the wordings into groups, the most asked first, so a group's
  // representative is its most common wording and the grouping does not depend on arrival order.
  const wordings = new Map<string, { question: string; records: QuestionRecord[] }>();
  for (const r of records) {
    const text = r.question.trim();
    if (!text) continue;
    const key = wordingKey(text) || text.toLowerCase();
    const w = wordings.get(key) ?? { question: text, records: [] };
    w.records.push(r);
    wordings.set(key, w);
  }
  const ordered = [...wordings.values()].sort(
    (a, b) =>
      b.records.length - a.records.length ||
      latest(b.records) - latest(a.records) ||
      a.question.localeCompare(b.question),
  );
  const clusters: { stems: Set<string>; members: typeof ordered }[] = [];
  for (const w of ordered) {
    const stems = questionStems(w.question);
    let best: (typeof clusters)[number] | undefined;
    let bestScore = threshold;
    for (const c of clusters) {
      const score = similarity(stems, c.stems);
      if (score >= bestScore) {
        best = c;
        bestScore = score;
      }
    }
    if (best) best.members.push(w);
    else clusters.push({ stems, members: [w] });
  }
  return clusters
    .map((c) => toGroup(c.members))
    .sort((a, b) => b.count - a.count || b.lastAskedAt.getTime() - a.lastAskedAt.getTime());
}

function toGroup(members: { question: string; records: QuestionRecord[] }[]): QuestionGroup {
  const records = members.flatMap((m) => m.records);
  const reasons = { refused: 0, unsure: 0, notHelpful: 0 };
  const agreements = new Map<number, number>();
  for (const r of records) {
    if (r.reason === 'refused') reasons.refused++;
    else if (r.reason === 'unsure') reasons.unsure++;
    else reasons.notHelpful++;
    if (r.agreement !== null) agreements.set(r.agreement, (agreements.get(r.agreement) ?? 0) + 1);
  }
  const question = members[0].question;
  return {
    id: groupId(wordingKey(question) || question),
    question,
    count: records.length,
    reasons,
    variants: members.map((m) => ({ question: m.question, count: m.records.length })),
    agreements: [...agreements].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([n]) => n),
    lastAskedAt: new Date(latest(records)),
  };
}

function latest(records: readonly QuestionRecord[]): number {
  return Math.max(...records.map((r) => r.at.getTime()));
}

/** A short stable id (FNV-1a over the wording), safe in a URL and a React key. */
function groupId(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return `q${(h >>> 0).toString(36)}`;
}

// The questions for the Vragen page: what the bot refused or answered unsure (question_log, written
// by record-ask.ts) and what colleagues rated "niet nuttig" (feedback). Only the question, why it
// is here, the agreement the bot proposed and when: never who asked. Both are kept RETENTION_DAYS.
import type { QuestionRecord } from '../../shared/questions/group';
import type { Queryable } from '../storage';

/** How long questions (and feedback) are kept; retention.ts deletes what is older. */
export const RETENTION_DAYS = 180;

export interface LoggedQuestion {
  question: string;
  reason: 'refused' | 'unsure';
  agreement: number | null;
  confidence?: number;
  noteVersion?: number;
}

export interface QuestionLog {
  record(q: LoggedQuestion): Promise<void>;
  /** Everything since `since`, from both sources, for grouping. */
  since(since: Date): Promise<QuestionRecord[]>;
  /** Deletes questions and feedback older than `days`; resolves to the rows deleted. */
  deleteOlderThan(days: number): Promise<number>;
}

export function createQuestionLog(db: Queryable): QuestionLog {
  // Whether feedback carries the answer's mode (added by the ask rework): checked once.
  let feedbackMode: Promise<boolean> | undefined;
  const hasFeedbackMode = () =>
    (feedbackMode ??= db
      .query<{ n: number }>(
        `select count(*)::int as n from information_schema.columns
          where table_schema = current_schema() and table_name = 'feedback' and column_name = 'mode'`,
      )
      .then((r) => r.rows[0].n > 0));

  return {
    async record(q) {
      await db.query(
        `insert into question_log (question, reason, agreement, confidence, note_version)
         values ($1, $2, $3, $4, $5)`,
        [q.question.slice(0, 1000), q.reason, q.agreement, q.confidence ?? null, q.noteVersion ?? null],
      );
    },

    async since(since) {
      const logged = await db.query<{
        question: string;
        reason: 'refused' | 'unsure';
        agreement: number | null;
        created_at: Date;
      }>(`select question, reason, agreement, created_at from question_log where created_at >= $1`, [since]);
      const withMode = await hasFeedbackMode();
      // A rated answer counts when it was rated "niet nuttig", or when it was a refusal or a
      // question back (mode), however it was rated.
      const rated = await db.query<{
        question: string;
        agreement: number | null;
        helpful: boolean;
        mode: string | null;
        created_at: Date;
      }>(
        `select question, agreement, helpful, ${withMode ? 'mode' : 'null::text as mode'}, created_at
           from feedback
          where created_at >= $1 and (not helpful${withMode ? ` or mode in ('refuse', 'clarify')` : ''})`,
        [since],
      );
      return [
        ...logged.rows.map((r) => ({
          question: r.question,
          reason: r.reason,
          agreement: r.agreement,
          at: new Date(r.created_at),
        })),
        ...rated.rows.map((r) => ({
          question: r.question,
          reason: !r.helpful
            ? ('not-helpful' as const)
            : r.mode === 'refuse'
              ? ('refused' as const)
              : ('unsure' as const),
          agreement: r.agreement,
          at: new Date(r.created_at),
        })),
      ];
    },

    async deleteOlderThan(days) {
      const cutoff = `now() - make_interval(days => $1)`;
      const a = await db.query(`delete from question_log where created_at < ${cutoff}`, [days]);
      const b = await db.query(`delete from feedback where created_at < ${cutoff}`, [days]);
      return a.rowCount + b.rowCount;
    },
  };
}

// Feedback on answers (helpful / not helpful), stored with the question for the communication
// service to review which questions the agreements answer badly.
import type { AskMode } from '../../shared/ask/types';
import type { Queryable } from '../storage';

export interface FeedbackInput {
  question: string;
  /** The agreement the rated answer rested on; null for a "not covered" answer. */
  agreement: number | null;
  helpful: boolean;
  userId: string;
  userName?: string;
  conversationId: string;
  /** The card action's activity id: a redelivered click is stored once. */
  activityId: string;
  tenantId?: string;
  /** How the rated answer was given (answer, clarify, refuse), when the card says. */
  mode?: AskMode;
  /** Its calibrated confidence (0..1), when the card says. */
  confidence?: number;
}

export interface FeedbackRow extends FeedbackInput {
  id: number;
  createdAt: Date;
}

export interface FeedbackSummary {
  agreement: number | null;
  helpful: number;
  notHelpful: number;
}

export interface FeedbackStore {
  /** True when stored, false when this activity was already recorded. */
  record(feedback: FeedbackInput): Promise<boolean>;
  /** Newest first. */
  list(options?: { helpful?: boolean; limit?: number }): Promise<FeedbackRow[]>;
  /** Per agreement, most "not helpful" first: where the answers need work. */
  summary(): Promise<FeedbackSummary[]>;
}

export function createFeedbackStore(db: Queryable): FeedbackStore {
  return {
    async record(f) {
      const r = await db.query(
        `insert into feedback (question, agreement, helpful, user_id, user_name, conversation_id, activity_id, tenant_id, mode, confidence)
         values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)
         on conflict (conversation_id, activity_id) do nothing`,
        [
          f.question,
          f.agreement,
          f.helpful,
          f.userId,
          f.userName ?? null,
          f.conversationId,
          f.activityId,
          f.tenantId ?? null,
          f.mode ?? null,
          f.confidence ?? null,
        ],
      );
      return r.rowCount === 1;
    },

    async list(options = {}) {
      const r = await db.query<{
        id: number;
        question: string;
        agreement: number | null;
        helpful: boolean;
        user_id: string;
        user_name: string | null;
        conversation_id: string;
        activity_id: string;
        tenant_id: string | null;
        mode: AskMode | null;
        confidence: number | null;
        created_at: Date;
      }>(
        `select * from feedback where ($1::boolean is null or helpful = $1) order by created_at desc, id desc limit $2`,
        [options.helpful ?? null, options.limit ?? 100],
      );
      return r.rows.map((row) => ({
        id: row.id,
        question: row.question,
        agreement: row.agreement,
        helpful: row.helpful,
        userId: row.user_id,
        ...(row.user_name ? { userName: row.user_name } : {}),
        conversationId: row.conversation_id,
        activityId: row.activity_id,
        ...(row.tenant_id ? { tenantId: row.tenant_id } : {}),
        ...(row.mode ? { mode: row.mode } : {}),
        ...(row.confidence !== null ? { confidence: row.confidence } : {}),
        createdAt: row.created_at,
      }));
    },

    async summary() {
      const r = await db.query<{ agreement: number | null; helpful: number; not_helpful: number }>(
        `select agreement,
                count(*) filter (where helpful) as helpful,
                count(*) filter (where not helpful) as not_helpful
           from feedback group by agreement
          order by not_helpful desc, helpful asc, agreement nulls first`,
      );
      return r.rows.map((row) => ({
        agreement: row.agreement,
        helpful: row.helpful,
        notHelpful: row.not_helpful,
      }));
    },
  };
}

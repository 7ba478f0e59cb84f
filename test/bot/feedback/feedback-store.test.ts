import { createFeedbackStore, type FeedbackInput } from '../../../bot/feedback/feedback-store';
import type { Storage } from '../../../bot/storage';
import { storageBackends } from '../../helpers/storage-backends';

const base: FeedbackInput = {
  question: 'Mag ik zelf een persbericht naar de krant sturen?',
  agreement: 45,
  helpful: false,
  userId: 'aad-1',
  userName: 'Lies Claes',
  conversationId: 'conv-1',
  activityId: 'act-1',
  tenantId: 'tenant-1',
};

describe.each(storageBackends().map((b) => [b.name, b] as const))(
  'feedback store on %s',
  (_name, backend) => {
    let storage: Storage;
    beforeAll(async () => {
      storage = await backend.open();
    });
    afterAll(async () => {
      await storage.close();
    });

    it('stores a rating with its question and reads it back', async () => {
      const store = createFeedbackStore(storage);
      expect(await store.record(base)).toBe(true);
      const [row] = await store.list();
      expect(row).toMatchObject({ ...base, id: expect.any(Number) });
      expect(row.createdAt).toBeInstanceOf(Date);
    });

    it('stores a redelivered click (same activity) once', async () => {
      const store = createFeedbackStore(storage);
      expect(await store.record({ ...base, activityId: 'act-2', helpful: true })).toBe(true);
      expect(await store.record({ ...base, activityId: 'act-2', helpful: true })).toBe(false);
      expect((await store.list({ helpful: true })).length).toBe(1);
    });

    it('keeps "not covered" answers (no agreement) and summarises per agreement, worst first', async () => {
      const store = createFeedbackStore(storage);
      await store.record({
        ...base,
        agreement: null,
        activityId: 'act-3',
        question: 'Hoeveel verlofdagen heb ik?',
      });
      await store.record({ ...base, agreement: 52, activityId: 'act-4', helpful: true });
      const summary = await store.summary();
      expect(summary).toEqual([
        { agreement: null, helpful: 0, notHelpful: 1 },
        { agreement: 45, helpful: 1, notHelpful: 1 },
        { agreement: 52, helpful: 1, notHelpful: 0 },
      ]);
      expect((await store.list({ helpful: false })).map((r) => r.activityId)).toEqual(['act-3', 'act-1']);
    });
  },
);

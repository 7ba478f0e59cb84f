// From questions to the note, on the real server: questions the bot refused and answers rated
// "niet nuttig" appear on the Vragen page grouped and counted, without who asked; one becomes an
// example of an agreement in the draft, another the start of an own agreement. Old rows are deleted.
import { createQuestionLog } from '../../../bot/questions/question-log';
import { questionReason, recordingAsk, REPEAT_WINDOW_MS } from '../../../bot/questions/record-ask';
import { silentLogger } from '../../../bot/log';
import type { AskResult } from '../../../shared/ask/types';
import { zilverbeekOrganisation } from '../../helpers/bot-harness';
import { messageActivity } from '../../helpers/local-connector';
import { startTestServer, type TestServer } from '../../helpers/bot-server';
import { httpCaller } from '../../helpers/http-call';

const result = (over: Partial<AskResult> & Record<string, unknown>): AskResult =>
  ({ question: 'q', outOfScope: false, answers: [], reply: '', ...over }) as AskResult;

describe('which answers go to the Vragen page', () => {
  it('takes refusals, questions back and low confidence; not a confident answer', () => {
    expect(questionReason(result({ outOfScope: true }))).toBe('refused');
    expect(questionReason(result({ mode: 'refuse' }))).toBe('refused');
    expect(questionReason(result({ mode: 'clarify' }))).toBe('unsure');
    expect(questionReason(result({ mode: 'answer', confidence: 0.3 }))).toBe('unsure');
    expect(questionReason(result({ mode: 'answer', confidence: 0.9 }))).toBeUndefined();
    expect(questionReason(result({}))).toBeUndefined();
  });

  it('logs the same question asked again at once (another match, a rating) only once', async () => {
    const logged: string[] = [];
    let t = 0;
    const log = { record: async (q: { question: string }) => void logged.push(q.question) } as never;
    const ask = recordingAsk(
      () => result({ outOfScope: true }),
      log,
      () => 1,
      silentLogger,
      () => t,
    );
    const org = zilverbeekOrganisation();
    await ask('Hoe laat sluit het containerpark?', org);
    await ask('hoe laat sluit het containerpark?', org);
    t += REPEAT_WINDOW_MS + 1;
    await ask('Hoe laat sluit het containerpark?', org);
    expect(logged).toHaveLength(2);
  });
});

describe('the questions API on the server (local mode)', () => {
  let t: TestServer;
  let base: string;
  beforeAll(async () => {
    t = await startTestServer();
    base = t.running.url;
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  const call = httpCaller(() => base);
  const ask = async (text: string, conversationId: string) => {
    await t.post(messageActivity(t.connector, { text, conversationId, id: `in-${conversationId}` }));
    await t.connector.waitForActivities((a) => a.conversationId === conversationId);
  };

  it('groups refused and unhelpful questions, counted, without names', async () => {
    await ask('Hoe laat sluit het containerpark?', 'c1');
    await ask('hoe laat sluit het containerpark vandaag', 'c2');
    await t.storage.query(
      `insert into feedback (question, agreement, helpful, user_id, user_name, conversation_id, activity_id)
       values ('Mag ik de gemeenteraad filmen?', 54, false, 'aad-bram', 'Bram Peeters', 'c3', 'a3')`,
    );
    // The log is written after the reply: wait until both are there.
    const started = Date.now();
    while ((await t.storage.query('select 1 from question_log')).rowCount < 2 && Date.now() - started < 5000)
      await new Promise((r) => setTimeout(r, 50));

    const r = await call('GET', '/api/questions');
    expect(r.status).toBe(200);
    expect(r.text).not.toMatch(/Bram|aad-bram/);
    const body = JSON.parse(r.text);
    expect(body.retentionDays).toBe(180);
    expect(body.groups.map((g: { question: string; count: number }) => [g.question, g.count])).toEqual([
      [expect.stringMatching(/containerpark/), 2],
      ['Mag ik de gemeenteraad filmen?', 1],
    ]);
    expect(body.groups[0].reasons).toEqual({ refused: 2, unsure: 0, notHelpful: 0 });
    expect(body.groups[1]).toMatchObject({ reasons: { notHelpful: 1 }, agreements: [54] });
    expect((await call('GET', '/api/questions?days=400')).status).toBe(400);
  });

  it('adds a question as an example of an agreement in the draft, once', async () => {
    const r = await call('POST', '/api/questions/example', {
      question: 'Mag ik de gemeenteraad filmen?',
      agreement: 54,
    });
    expect(r.status).toBe(200);
    const draft = JSON.parse(r.text).draft;
    expect(draft.organisation.agreements.edit['54'].examples).toEqual(['Mag ik de gemeenteraad filmen?']);
    expect(draft.changes.map((c: { text: string }) => c.text)).toEqual([
      'Afspraak 54: 1 voorbeeldvraag toegevoegd ("Mag ik de gemeenteraad filmen?").',
    ]);
    const again = await call('POST', '/api/questions/example', {
      question: 'mag ik de gemeenteraad filmen?',
      agreement: 54,
    });
    expect(JSON.parse(again.text).draft.organisation.agreements.edit['54'].examples).toHaveLength(1);
    const missing = await call('POST', '/api/questions/example', { question: 'x?', agreement: 1234 });
    expect(missing.status).toBe(422);
  });

  it('starts an own agreement from a question, prefilled and not saved', async () => {
    const r = await call('POST', '/api/questions/own-agreement', {
      question: 'Mag ik de gemeenteraad live streamen?',
    });
    expect(r.status).toBe(200);
    expect(JSON.parse(r.text).agreement).toEqual({
      number: 1000,
      section: expect.stringMatching(/^5\.\d+$/),
      text: '',
      points: [],
      statements: [],
      examples: ['Mag ik de gemeenteraad live streamen?'],
    });
    expect((await call('POST', '/api/questions/own-agreement', {})).status).toBe(400);
  });

  it('deletes questions and ratings older than the retention period', async () => {
    await t.storage.query(
      `insert into question_log (question, reason, created_at) values ('oud', 'refused', now() - interval '200 days')`,
    );
    const log = createQuestionLog(t.storage);
    const before = (await t.storage.query('select count(*)::int as n from question_log')).rows[0] as {
      n: number;
    };
    expect(await log.deleteOlderThan(180)).toBe(1);
    const after = (await t.storage.query('select count(*)::int as n from question_log')).rows[0] as {
      n: number;
    };
    expect(after.n).toBe(before.n - 1);
  });
});

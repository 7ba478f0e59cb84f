import { ActivityTypes, type Activity } from 'botbuilder';
import { strings } from '../../../bot/cards/strings';
import { createFeedbackStore } from '../../../bot/feedback/feedback-store';
import type { Storage } from '../../../bot/storage';
import { MAX_MESSAGE_LENGTH, MAX_TEXT_LENGTH } from '../../../bot/teams/incoming-text';
import type { MessageRoute } from '../../../bot/teams/routes';
import { actionsOf, cardOf, createBotHarness, visibleText, type BotHarness } from '../../helpers/bot-harness';
import { storageBackends } from '../../helpers/storage-backends';

const pglite = storageBackends()[0];
const BOT = { id: 'bot', name: 'Afspraak' };
const TENANT = '0b0b0b0b-1111-2222-3333-444444444444';

let storage: Storage;
let bot: BotHarness;

beforeAll(async () => {
  storage = await pglite.open();
  bot = createBotHarness({ storage });
}, 60_000);

afterAll(async () => {
  await storage.close();
});

afterEach(() => {
  expect(bot.errors).toEqual([]);
});

const mention = (text: string, where: 'start' | 'end', conversationType: 'channel' | 'groupChat') => {
  const at = '<at>Afspraak</at>';
  return {
    type: ActivityTypes.Message,
    text: where === 'start' ? `${at} ${text}` : `${text} ${at}`,
    recipient: BOT,
    entities: [{ type: 'mention', text: at, mentioned: BOT }],
    conversation: { id: `conv-${conversationType}`, conversationType, isGroup: true, name: 'Team' },
  } as Partial<Activity>;
};

// User says → the bot's reply (text and card) contains each of these.
const conversations: [string, string | Partial<Activity>, (string | RegExp)[]][] = [
  [
    'answers a press question with the verdict, whom to contact and the agreement',
    'Mag ik zelf een persbericht naar de krant sturen?',
    [/^Nee/, /communicatiedienst/i, /afspraak 45/i, 'Perscommunicatie'],
  ],
  [
    'answers informal Flemish phrasing with typos',
    'mag ik zelf iets op facebook zetten over ons jeugdkamp',
    // Answered, or asked back with the situations (the clarify card, below).
    [/afspraak \d+|Gaat het over/i],
  ],
  ['shows help for "help"', 'help', [strings.help.title, strings.help.press]],
  ['shows help for "hulp"', 'Hulp', [strings.help.title]],
  ['shows help for "wat kan je?"', 'wat kan je?', [strings.help.title]],
  [
    'greets back with what it does and example questions',
    'Hallo!',
    [strings.welcome.title, 'Probeer bijvoorbeeld'],
  ],
  ['greets back on "hoi"', 'hoi', [strings.welcome.title]],
  ['greets back on "goeiemorgen"', 'Goeiemorgen!', [strings.welcome.title]],
  ['greets back on "goeiemiddag allemaal"', 'goeiemiddag allemaal', [strings.welcome.title]],
  ['greets back on "hallo, ik heb een vraag"', 'Hallo, ik heb een vraag', [strings.welcome.title]],
  ['greets back on "hoi, alles goed?"', 'hoi, alles goed?', [strings.welcome.title]],
  [
    'answers a question that starts with a greeting',
    'Hallo, mag ik zelf een persbericht sturen?',
    [/afspraak 45/i],
  ],
  ['greets back on "dag Afspraak 👋"', 'dag Afspraak 👋', [strings.welcome.title]],
  ['answers a thank-you briefly', 'Bedankt!', [strings.smallTalk.thanks]],
  ['asks for a question on an empty message', '', [strings.input.empty]],
  ['asks for a question on a message of spaces', '   \n ', [strings.input.empty]],
  [
    'says it reads only text when only a file is sent',
    {
      type: ActivityTypes.Message,
      text: '',
      attachments: [
        { contentType: 'image/png', contentUrl: 'https://example.org/foto.png', name: 'foto.png' },
      ],
    },
    [strings.input.attachmentOnly],
  ],
  [
    'says honestly that the agreements do not cover leave days, and whom to ask',
    'Hoeveel verlofdagen heb ik nog dit jaar?',
    [strings.answer.outOfScopeTitle, /communicatie@zilverbeek\.be/],
  ],
  ['answers when mentioned first in a channel', mention('help', 'start', 'channel'), [strings.help.title]],
  [
    'answers when mentioned last in a group chat',
    mention('Mag ik zelf een persbericht naar de krant sturen?', 'end', 'groupChat'),
    [/afspraak 45/i],
  ],
];

describe('conversations', () => {
  it.each(conversations)('%s', async (_name, says, expected) => {
    const replies = (await bot.say(says)).filter((a) => a.type === ActivityTypes.Message);
    expect(replies).toHaveLength(1);
    const seen = visibleText(replies[0]);
    for (const e of expected) expect(seen).toMatch(e);
  });

  it.each(['help', 'hallo'])(
    'sends the card for "%s" once: no text above it, its plain text as summary and fallback',
    async (says) => {
      const [reply] = await bot.say(says);
      expect(reply.text).toBeUndefined();
      expect(reply.summary).toBeTruthy();
      expect(cardOf(reply)!.fallbackText).toBe(reply.summary);
    },
  );

  it('sends an answer as an Adaptive Card 1.5 with a plain-text fallback naming the agreement', async () => {
    const [reply] = await bot.say('Mag ik zelf een persbericht naar de krant sturen?');
    const card = cardOf(reply);
    expect(card).toMatchObject({ type: 'AdaptiveCard', version: '1.5' });
    // The card names the agreement; its plain text is the summary and fallback, not a text above it.
    expect(visibleText(reply)).toMatch(/afspraak 45/i);
    expect(reply.text).toBeUndefined();
    expect(reply.summary).toMatch(/afspraak 45/i);
    expect(card!.fallbackText).toBe(reply.summary);
    const verbs = serverActions(card).map((a) => (a.data as { verb: string }).verb);
    expect(verbs).toEqual(expect.arrayContaining(['feedback.helpful', 'feedback.not-helpful']));
    // Buttons route on a verb; every Action.Execute falls back to an Action.Submit with the same data.
    for (const action of serverActions(card)) {
      expect(action.type).toBe('Action.Execute');
      expect((action.fallback as { data: unknown }).data).toEqual(action.data);
    }
  });

  it('answers on the first part of a 20 000-character message and says so', async () => {
    const long = `Mag ik zelf een persbericht naar de krant sturen? ${'En dan nog dit. '.repeat(1300)}`.slice(
      0,
      20_000,
    );
    const replies = await bot.say(long);
    expect(replies).toHaveLength(2);
    expect(replies[0].text).toContain('20 000 tekens');
    const kept = Number(replies[0].text!.match(/eerste ([\d ]+) tekens/)![1].replace(/ /g, ''));
    expect(kept).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
    expect(replies[0].text).toBe(strings.input.truncated(20_000, kept));
    expect(visibleText(replies[1])).toMatch(/afspraak 45/i);
  });

  it('answers a message beyond any question with one friendly line, and neither asks nor triages it', async () => {
    const huge = `een journalist van HLN belt: mag ik zelf een persbericht sturen? ${'x'.repeat(MAX_MESSAGE_LENGTH)}`;
    const replies = await bot.say(huge);
    expect(replies).toHaveLength(1);
    expect(replies[0].text).toBe(strings.input.tooLong(huge.length));
    expect(replies[0].text).toMatch(/te lang om te lezen \(30 0\d\d tekens\)\. Stel je vraag kort/);
    expect(replies[0].attachments ?? []).toEqual([]);
  });

  it.each([['messageReaction'], ['event'], ['somethingNew'], ['typing']])(
    'ignores a %s activity',
    async (type) => {
      expect(await bot.say({ type, value: { x: 1 } })).toEqual([]);
    },
  );
});

describe('clarifying questions (mode clarify)', () => {
  // "Mag ik?" says nothing about the situation: the bot asks back, in every kind of conversation.
  const vague: [string, string | Partial<Activity>][] = [
    ['personal chat', 'Mag ik?'],
    ['group chat', mention('Mag ik?', 'end', 'groupChat')],
    ['channel', mention('Mag ik?', 'start', 'channel')],
  ];

  it.each(vague)('asks back with situation buttons in a %s, then one click answers', async (_where, says) => {
    const [reply] = (await bot.say(says)).filter((a) => a.type === ActivityTypes.Message);
    const card = cardOf(reply);
    const seen = visibleText(reply);
    expect(seen).not.toMatch(/^(Ja|Nee)\b/m);
    const choices = serverActions(card);
    expect(choices.length).toBeGreaterThanOrEqual(2);
    expect(choices.length).toBeLessThanOrEqual(3);
    for (const action of choices) {
      // Plain data with a verb, no messageBack (the Agents Playground drops it); short titles.
      expect(action.type).toBe('Action.Execute');
      expect(action.data).toMatchObject({ verb: 'ask.choose', question: 'Mag ik?' });
      expect(JSON.stringify(action)).not.toContain('messageBack');
      expect(String(action.title).length).toBeLessThanOrEqual(40);
    }
    const picked = choices[0].data as { verb: string; agreement: number };
    const conversation = typeof says === 'string' ? {} : { conversation: says.conversation };
    const { response } = await bot.execute(picked.verb, picked, conversation);
    const body = response!.body as { statusCode: number; type: string; value: Record<string, unknown> };
    // The answer for that situation replaces the question card, with the feedback buttons.
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    const answer = JSON.stringify(body.value);
    expect(answer).toContain(`Afspraak ${picked.agreement}`);
    expect(serverActions(body.value).map((a) => (a.data as { verb: string }).verb)).toEqual(
      expect.arrayContaining(['feedback.helpful', 'feedback.not-helpful']),
    );
  });

  it('stores the mode and confidence of the rated answer with the feedback', async () => {
    const [reply] = await bot.say('Mag ik zelf een persbericht naar de krant sturen?');
    const data = serverActions(cardOf(reply))
      .map((a) => a.data as Record<string, unknown> & { verb: string })
      .find((d) => d.verb === 'feedback.not-helpful')!;
    await bot.execute(data.verb, data, { id: 'click-mode' });
    const rows = (await createFeedbackStore(storage).list()).filter((r) => r.activityId === 'click-mode');
    expect(rows[0]).toMatchObject({ mode: 'answer', agreement: 45 });
    expect(rows[0].confidence).toBeGreaterThan(0);
  });
});

describe('card actions', () => {
  const question = 'Mag ik zelf een persbericht naar de krant sturen?';
  const firstAnswerActions = async () => {
    const [reply] = await bot.say(question);
    return serverActions(cardOf(reply)).map((a) => a.data as Record<string, unknown> & { verb: string });
  };

  it('stores "helpful" with the question and thanks the user in the same card', async () => {
    const data = (await firstAnswerActions()).find((d) => d.verb === 'feedback.helpful')!;
    const { response } = await bot.execute(data.verb, data, { id: 'click-1' });
    expect(response?.status).toBe(200);
    const body = response!.body as { statusCode: number; type: string; value: Record<string, unknown> };
    expect(body).toMatchObject({ statusCode: 200, type: 'application/vnd.microsoft.card.adaptive' });
    expect(JSON.stringify(body.value)).toContain(strings.answer.thanksHelpful);
    expect(serverActions(body.value).map((a) => (a.data as { verb: string }).verb)).not.toContain(
      'feedback.helpful',
    );
    const rows = await createFeedbackStore(storage).list();
    expect(rows[0]).toMatchObject({ question, agreement: 45, helpful: true, activityId: 'click-1' });
  });

  it('stores a redelivered click once', async () => {
    const data = (await firstAnswerActions()).find((d) => d.verb === 'feedback.not-helpful')!;
    await bot.execute(data.verb, data, { id: 'click-2' });
    await bot.execute(data.verb, data, { id: 'click-2' });
    const rows = (await createFeedbackStore(storage).list()).filter((r) => r.activityId === 'click-2');
    expect(rows).toHaveLength(1);
    expect(rows[0].helpful).toBe(false);
  });

  it('shows another situation as a new answer card (ask.more)', async () => {
    // "Bedoel je misschien" shows only plausible situations; the verb answers from the one named.
    const more = { verb: 'ask.more', question, shown: 0, agreement: 44 };
    const { response, sent } = await bot.execute(more.verb, more);
    expect(response?.status).toBe(200);
    expect(sent).toHaveLength(1);
    expect(visibleText(sent[0])).toMatch(new RegExp(`afspraak ${more.agreement}\\b`, 'i'));
  });

  it('answers an example question clicked in the welcome card (ask.question)', async () => {
    const { sent } = await bot.execute('ask.question', { question: question });
    expect(visibleText(sent[0])).toMatch(/afspraak 45/i);
  });

  it('handles an Action.Submit (Emulator, older clients) like the universal action', async () => {
    const data = (await firstAnswerActions()).find((d) => d.verb === 'feedback.helpful')!;
    const replies = await bot.say({ type: ActivityTypes.Message, value: data, id: 'submit-1' });
    expect(replies).toHaveLength(1);
    expect(visibleText(replies[0])).toContain(strings.answer.thanksHelpful);
  });

  it('answers an unknown verb with a clear Dutch message', async () => {
    const { response } = await bot.execute('foo.bar', {});
    expect(response?.body).toEqual({
      statusCode: 400,
      type: 'application/vnd.microsoft.error',
      value: { code: 'UnknownVerb', message: strings.errors.unknownAction('foo.bar') },
    });
  });

  it.each([
    ['no action', {}],
    ['no verb', { action: { type: 'Action.Execute', data: {} } }],
    ['a verb that is no string', { action: { type: 'Action.Execute', verb: 42 } }],
  ])('refuses an invoke with %s (400, no crash)', async (_what, value) => {
    await bot.adapter.processActivity({ type: ActivityTypes.Invoke, name: 'adaptiveCard/action', value });
    const response = bot.adapter.activeQueue.find((a) => a.type === ActivityTypes.InvokeResponse)?.value;
    expect(response.body).toMatchObject({ statusCode: 400, value: { message: strings.errors.badAction } });
    bot.adapter.activeQueue.splice(0);
  });

  it.each([
    ['a question too long', { question: 'x'.repeat(MAX_TEXT_LENGTH + 1), shown: 0, agreement: 45 }],
    ['a negative index', { question, shown: -1, agreement: 45 }],
    ['no question', { shown: 0, agreement: 45 }],
  ])('refuses feedback with %s and stores nothing', async (_what, data) => {
    const before = (await createFeedbackStore(storage).list()).length;
    const { response } = await bot.execute('feedback.helpful', data);
    expect(response?.body).toMatchObject({ statusCode: 400 });
    expect((await createFeedbackStore(storage).list()).length).toBe(before);
  });
});

describe('welcome', () => {
  const personal = (id: string) => ({ id, conversationType: 'personal' });

  it('welcomes a new personal chat once, even when Teams announces it twice', async () => {
    const conversation = personal('welcome-1');
    const first = await bot.say({
      type: ActivityTypes.ConversationUpdate,
      recipient: BOT,
      membersAdded: [{ id: 'user' }, BOT],
      conversation,
    });
    expect(first).toHaveLength(1);
    expect(visibleText(first[0])).toContain(strings.welcome.title);
    expect(actionsOf(cardOf(first[0])).map((a) => (a.data as { verb: string }).verb)).toContain(
      'ask.question',
    );
    const second = await bot.say({ type: 'installationUpdate', action: 'add', recipient: BOT, conversation });
    expect(second).toEqual([]);
  });

  it('welcomes again after the app was removed and installed anew', async () => {
    const conversation = personal('welcome-2');
    await bot.say({ type: 'installationUpdate', action: 'add', recipient: BOT, conversation });
    await bot.say({ type: 'installationUpdate', action: 'remove', recipient: BOT, conversation });
    const again = await bot.say({ type: 'installationUpdate', action: 'add', recipient: BOT, conversation });
    expect(visibleText(again[0])).toContain(strings.welcome.title);
  });

  it('says hello once in a channel it is added to, and nothing when colleagues join later', async () => {
    const conversation = { id: 'team-1', conversationType: 'channel', isGroup: true };
    const added = await bot.say({
      type: ActivityTypes.ConversationUpdate,
      recipient: BOT,
      membersAdded: [BOT],
      conversation,
    });
    expect(added).toHaveLength(1);
    expect(added[0].text).toContain('@Afspraak');
    const colleague = await bot.say({
      type: ActivityTypes.ConversationUpdate,
      recipient: BOT,
      membersAdded: [{ id: 'new-colleague' }],
      conversation,
    });
    expect(colleague).toEqual([]);
  });
});

describe('typing indicator', () => {
  it('shows typing while a slow route works, then the answer', async () => {
    const slow: MessageRoute = {
      name: 'slow',
      matches: (text) => text === 'traag',
      async handle(context) {
        await new Promise((r) => setTimeout(r, 120));
        await context.sendActivity('klaar');
      },
    };
    const harness = createBotHarness({
      storage,
      extra: { messageRoutes: [slow] },
      typing: { delay: 20, period: 1000 },
    });
    const sent = await harness.say('traag');
    expect(sent.map((a) => a.type)).toEqual([ActivityTypes.Typing, ActivityTypes.Message]);
    expect(sent[1].text).toBe('klaar');
  });
});

describe('tenant filter', () => {
  const OTHER = '9f9f9f9f-1111-2222-3333-444444444444';
  let filtered: BotHarness;
  beforeAll(() => {
    filtered = createBotHarness({ storage, allowedTenants: [TENANT] });
  });
  const from = (tenant: string | undefined): Partial<Activity> => ({
    channelId: 'msteams',
    channelData: tenant ? { tenant: { id: tenant } } : {},
    conversation: {
      id: `conv-${tenant}`,
      conversationType: 'personal',
      tenantId: tenant,
    } as Activity['conversation'],
  });

  it('serves an allowed tenant', async () => {
    const [reply] = await filtered.say({
      ...from(TENANT.toUpperCase()),
      type: ActivityTypes.Message,
      text: 'help',
    });
    expect(visibleText(reply)).toContain(strings.help.title);
  });

  it.each([
    ['another tenant', OTHER],
    ['no tenant at all', undefined],
  ])('refuses %s politely', async (_what, tenant) => {
    const replies = await filtered.say({
      ...from(tenant),
      type: ActivityTypes.Message,
      text: 'Mag ik een persbericht sturen?',
    });
    expect(replies.map((r) => r.text)).toEqual([strings.errors.tenantRefused]);
  });

  it('stores nothing for a refused tenant: no feedback, no welcome', async () => {
    const feedbackBefore = (await createFeedbackStore(storage).list()).length;
    await filtered.execute(
      'feedback.helpful',
      { question: 'Mag ik een persbericht sturen?', shown: 0, agreement: 45 },
      { ...from(OTHER), id: 'refused-click' },
    );
    expect((await createFeedbackStore(storage).list()).length).toBe(feedbackBefore);
    await filtered.say({ ...from(OTHER), type: 'installationUpdate', action: 'add', recipient: BOT });
    const welcomed = await storage.query('select * from welcomed_conversations where conversation_id = $1', [
      `conv-${OTHER}`,
    ]);
    expect(welcomed.rowCount).toBe(0);
  });

  it('answers a refused card action with a 403 in the card', async () => {
    const { response } = await filtered.execute('feedback.helpful', {}, from(OTHER));
    expect(response?.body).toMatchObject({
      statusCode: 403,
      value: { message: strings.errors.tenantRefused },
    });
  });
});

describe('feedback review for the communication service', () => {
  it('shows the ratings to a member of the communication service', async () => {
    const comms = createBotHarness({ storage, pressDeskMembers: ['comms-user'] });
    await createFeedbackStore(storage).record({
      question: 'Mag ik een filmpje van de bib op TikTok zetten?',
      agreement: 60,
      helpful: false,
      userId: 'u',
      conversationId: 'review',
      activityId: 'review-1',
    });
    const [reply] = await comms.say({
      type: ActivityTypes.Message,
      text: 'feedback',
      from: { id: 'comms-user', name: 'Lies' },
    });
    const seen = visibleText(reply);
    expect(seen).toContain(strings.feedbackReview.title);
    expect(seen).toContain('Mag ik een filmpje van de bib op TikTok zetten?');
    expect(seen).toMatch(/Afspraak 60: 1 keer niet nuttig/);
  });

  it('refuses anyone else', async () => {
    const comms = createBotHarness({ storage, pressDeskMembers: ['comms-user'] });
    const [reply] = await comms.say({
      type: ActivityTypes.Message,
      text: 'Reacties',
      from: { id: 'someone-else', name: 'Jan' },
    });
    expect(reply.text).toBe(strings.feedbackReview.notMember);
  });
});

/** The card's buttons that reach the bot (a toggle that shows the whole agreement stays in the client). */
function serverActions(card: Record<string, unknown> | undefined): Record<string, unknown>[] {
  return actionsOf(card).filter((a) => a.type !== 'Action.ToggleVisibility');
}

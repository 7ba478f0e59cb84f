// The bot itself (botbuilder's TestAdapter, the real activity handler) with ALLOWED_TENANTS set:
// a message or a card click is served only when channelData.tenant.id and conversation.tenantId,
// where present, name the same allowed tenant. Each source is varied on its own.
import { ActivityTypes, type Activity } from 'botbuilder';
import { strings } from '../../../bot/cards/strings';
import type { Storage } from '../../../bot/storage';
import { createBotHarness, visibleText, type BotHarness } from '../../helpers/bot-harness';
import { storageBackends } from '../../helpers/storage-backends';

const OURS = '0b0b0b0b-1111-2222-3333-444444444444';
const OTHER = '9f9f9f9f-1111-2222-3333-444444444444';

let storage: Storage;
let bot: BotHarness;

beforeAll(async () => {
  storage = await storageBackends()[0].open();
  bot = createBotHarness({ storage, allowedTenants: [OURS] });
}, 60_000);
afterAll(() => storage.close());
afterEach(() => expect(bot.errors).toEqual([]));

let n = 0;
const from = (channel: string | undefined, conversation: string | undefined): Partial<Activity> => ({
  channelId: 'msteams',
  channelData: channel ? { tenant: { id: channel } } : {},
  conversation: {
    id: `conv-sources-${++n}`,
    conversationType: 'personal',
    ...(conversation ? { tenantId: conversation } : {}),
  } as Activity['conversation'],
});

const CASES: [string, string | undefined, string | undefined, boolean][] = [
  ['channelData alone names ours', OURS, undefined, true],
  ['conversation.tenantId alone names ours', undefined, OURS, true],
  ['both name ours', OURS, OURS, true],
  ['channelData alone names another', OTHER, undefined, false],
  ['conversation.tenantId alone names another', undefined, OTHER, false],
  ['channelData ours, conversation.tenantId another', OURS, OTHER, false],
  ['channelData another, conversation.tenantId ours', OTHER, OURS, false],
  ['neither names a tenant', undefined, undefined, false],
];

describe('tenant sources through the bot', () => {
  it.each(CASES)('a message when %s', async (_name, channel, conversation, served) => {
    const replies = await bot.say({
      ...from(channel, conversation),
      type: ActivityTypes.Message,
      text: 'help',
    });
    if (served) expect(visibleText(replies[0])).toContain(strings.help.title);
    else expect(replies.map((r) => r.text)).toEqual([strings.errors.tenantRefused]);
  });

  it.each(CASES)('a card click when %s', async (_name, channel, conversation, served) => {
    const { response } = await bot.execute(
      'feedback.helpful',
      { question: 'Mag ik een persbericht sturen?', shown: 0, agreement: 45 },
      from(channel, conversation),
    );
    if (served) expect(response?.body).toMatchObject({ statusCode: 200 });
    else
      expect(response?.body).toMatchObject({
        statusCode: 403,
        value: { message: strings.errors.tenantRefused },
      });
  });
});

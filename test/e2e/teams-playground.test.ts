// The bot in Microsoft's own Teams client for developers, the Microsoft 365 Agents Playground,
// driven in chromium as a colleague would use it: the welcome card, a question and its answer
// card, a feedback click, an example-question button, setting up the press desk in the team's
// General channel, the press form, and taking and closing the ticket on the desk card. Everything
// the bot sends goes through the playground's own connector and card renderer.
import type { Browser, Locator, Page } from 'playwright-core';
import { loadConfig } from '../../bot/config';
import { silentLogger } from '../../bot/log';
import { createServer, type RunningServer } from '../../bot/server';
import type { Storage } from '../../bot/storage';
import { pressStrings } from '../../bot/cards/press-strings';
import { EXAMPLE_QUESTIONS, strings } from '../../bot/cards/strings';
import { storageBackends } from '../helpers/storage-backends';
import { PLAYGROUND_USER, startPlayground, type Playground } from './agents-playground';
import { launchChromium } from './chromium';
import { ORG_FILE } from './tab-harness';

jest.setTimeout(240_000);

/** Content, not time: how long one bot round trip may take on a loaded 2-core machine. */
const ROUND_TRIP_MS = 45_000;

describe('the bot in the Microsoft 365 Agents Playground', () => {
  let storage: Storage;
  let server: RunningServer;
  let playground: Playground;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    const backends = storageBackends();
    storage = await backends[backends.length - 1].open();
    const config = loadConfig({ PORT: '0', ORG_FILE, PRESS_DESK_MEMBERS: PLAYGROUND_USER.aadObjectId });
    server = await createServer(config, { storage, log: silentLogger });
    playground = await startPlayground(`${server.url}/api/messages`);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    await page.goto(playground.url, { waitUntil: 'domcontentloaded' });
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await playground?.close();
    await server?.close();
    await storage?.close();
  });

  // --- what a user does and sees in the playground page -----------------------------------------

  const cards = () => page.locator('.ac-adaptiveCard');
  /** The newest card that contains `text`. */
  const cardWith = (text: string | RegExp) => cards().filter({ hasText: text }).last();
  const button = (scope: Locator, name: string) => scope.getByRole('button', { name, exact: true });

  /**
   * Types a message and sends it: in a chat with Send; in a channel as a new post that @mentions
   * the bot (picked from the mention list, as in Teams), since a channel post without it never
   * reaches a bot.
   */
  async function say(text: string, where: 'chat' | 'channel' = 'chat'): Promise<void> {
    // A channel shows "Start a new post" first, then a reply box under each thread.
    await page.locator('[role="textbox"][contenteditable="true"]').first().click();
    if (where === 'channel') {
      await page.keyboard.type('@Test');
      await page.getByRole('listbox', { name: 'Typeahead menu' }).getByRole('menuitem').first().click();
      await page.keyboard.type(' ');
    }
    await page.keyboard.type(text);
    await page
      .getByRole('button', { name: where === 'channel' ? 'Post' : 'Send Message', exact: true })
      .click();
  }

  async function openConversation(name: 'Personal Chat' | 'My Team - General'): Promise<void> {
    await page.getByRole('treeitem', { name }).click();
  }

  async function expectVisible(target: Locator, why: string): Promise<void> {
    try {
      await target.waitFor({ state: 'visible', timeout: ROUND_TRIP_MS });
    } catch (error) {
      // The playground logs every activity in its page ("Log Panel"): the best clue for a failure.
      const panel = await page
        .getByText('Log Panel')
        .locator('xpath=ancestor::*[3]')
        .innerText()
        .catch(() => '');
      await page.screenshot({ path: 'test-results/teams-playground-failure.png' }).catch(() => undefined);
      throw new Error(
        `${why}: not shown (screenshot: test-results/teams-playground-failure.png).\n${panel.slice(-3000)}`,
        {
          cause: error,
        },
      );
    }
  }

  // --- the conversation, step by step: each test builds on the one before ------------------------

  it('welcomes the user with example questions as buttons', async () => {
    const welcome = cardWith(strings.welcome.title);
    await expectVisible(welcome, 'the welcome card');
    for (const question of EXAMPLE_QUESTIONS)
      await expect(button(welcome, question).count()).resolves.toBe(1);
  });

  it('answers a typed question with an answer card that names the agreement', async () => {
    const before = await cards().count();
    await say('Mag ik zelf een persbericht sturen?');
    const answer = cards().nth(before);
    await expectVisible(answer, 'the answer card');
    await expect(answer.textContent()).resolves.toMatch(/afspraak \d+/i);
    await expectVisible(button(answer, strings.answer.helpful), 'the feedback buttons');
  });

  it('thanks for a feedback click by replacing the buttons (Action.Execute)', async () => {
    const answer = cardWith(strings.answer.helpful);
    await button(answer, strings.answer.helpful).click();
    await expectVisible(cardWith(strings.answer.thanksHelpful), 'the thank-you on the answer card');
    const stored = await storage.query<{ n: number }>(
      'select count(*)::int as n from feedback where helpful and user_id = $1',
      [PLAYGROUND_USER.aadObjectId],
    );
    expect(stored.rows[0].n).toBe(1);
  });

  it('answers an example question clicked in the welcome card', async () => {
    const before = await cards().count();
    await button(cardWith(strings.welcome.title), EXAMPLE_QUESTIONS[1]).click();
    await expectVisible(cards().nth(before), 'the answer to the example question');
    await expect(cards().nth(before).textContent()).resolves.toMatch(/afspraak \d+/i);
  });

  it('sets up the press desk in the General channel for a desk member', async () => {
    await openConversation('My Team - General');
    await say('persdesk instellen', 'channel');
    // The playground's channel has no name in channelData, so the reply names none.
    await expectVisible(page.getByText(pressStrings.desk.setUp('')), 'the set-up reply');
  });

  let number = '';

  it('takes a press situation from chat through the form to a stored request', async () => {
    await openConversation('Personal Chat');
    await say(
      'persvraag Een journalist van HLN vraagt wat de burgemeester vindt van de sluiting van het zwembad',
    );
    const form = cardWith(pressStrings.form.title);
    await expectVisible(form, 'the triage card with the hand-over form');
    const question = form.getByLabel(pressStrings.form.question);
    if (!(await question.inputValue())) await question.fill('Wat vindt de burgemeester van de sluiting?');
    await form.getByLabel(pressStrings.form.medium).fill('Het Laatste Nieuws');
    await button(form, pressStrings.form.submit).click();
    const submitted = cardWith(/Doorgegeven: PV-\d{4}-\d{4}/);
    await expectVisible(submitted, 'the confirmation with the request number');
    number = /PV-\d{4}-\d{4}/.exec((await submitted.textContent()) ?? '')![0];
  });

  it('shows the request on the desk, where the desk member takes and closes it', async () => {
    await openConversation('My Team - General');
    const desk = cardWith(number);
    await expectVisible(button(desk, pressStrings.card.take), `the desk card of ${number}`);
    await button(desk, pressStrings.card.take).click();
    await expectVisible(
      cardWith(pressStrings.card.status.genomen(PLAYGROUND_USER.name)),
      'the card showing who took it',
    );

    const taken = cardWith(number);
    await button(taken, pressStrings.card.close).click();
    await taken.getByLabel(pressStrings.card.outcomeInput).fill('Burgemeester belt de journalist terug.');
    await button(taken, pressStrings.card.close).last().click();
    await expectVisible(
      cardWith(pressStrings.card.status.gesloten(PLAYGROUND_USER.name)),
      'the card showing the request closed',
    );
  });

  it('tells the requester in their chat that the request was taken and closed', async () => {
    await openConversation('Personal Chat');
    // A message as it stands in the conversation (the chat list shows a preview of the last one too).
    const message = (text: string) => page.getByRole('paragraph').filter({ hasText: text });
    await expectVisible(
      message(pressStrings.requester.closed(number, 'Burgemeester belt de journalist terug.')),
      'the closing message to the requester',
    );
    await expectVisible(
      message(`Je persvraag ${number} is opgenomen door ${PLAYGROUND_USER.name}`),
      'the taken message',
    );
  });
});

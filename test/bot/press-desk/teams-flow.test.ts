// The press desk end to end over HTTP: a staff member's chat message, the triage card and form,
// the request stored before anything is posted, the desk channel set up by the communication
// service, the card posted through a connector that fails, concurrent takes, refusals, the 1:1
// messages to the requester, and redelivered activities.
import type { Storage } from '../../../bot/storage';
import { activity, invoke, startBotHost, type BotHost } from './bot-host';
import { backends, resetPressTables } from './helpers';
import { startLocalConnector, type LocalConnector } from './local-connector';

const JAN = { id: '29:jan', name: 'Jan Sportdienst', aadObjectId: 'aad-jan' };
const SAM = { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' };
const KIM = { id: '29:kim', name: 'Kim Communicatie', aadObjectId: 'aad-kim' };
const JAN_CHAT = { id: 'a:jan-personal', conversationType: 'personal' as const };
const DESK = { id: '19:desk@thread.tacv2;messageid=1700000000000', conversationType: 'channel' as const };

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> };
const cardText = (card: unknown) => JSON.stringify(card);

describe.each(backends)('press desk over HTTP on $name', (backend) => {
  let storage: Storage;
  let connector: LocalConnector;
  let host: BotHost;

  beforeAll(async () => {
    storage = await backend.open();
  });
  afterAll(() => storage.close());
  beforeEach(async () => {
    await resetPressTables(storage);
    connector = await startLocalConnector({ failFirst: 2 });
    host = await startBotHost(storage, ['aad-sam', 'aad-kim'], {
      // A send that times out may have reached Teams and is posted again (a second copy, kept current
      // by the refresh): that is the crash path, tested in card-copies. Here a loaded CI machine must
      // not turn a slow connector into that path, so the timeout is well above a slow send.
      worker: { pollMs: 10, timeoutMs: 8000, leaseMs: 10_000, backoff: { baseMs: 5, maxMs: 50 } },
    });
  });
  afterEach(async () => {
    await host.close();
    await connector.close();
  });

  const from = (
    user: typeof JAN,
    conversation: typeof JAN_CHAT | typeof DESK,
    fields: Record<string, unknown>,
  ) => activity(connector.url, user, conversation, fields);
  const count = async (sql: string) => (await storage.query<{ n: number }>(sql)).rows[0].n;
  const waitFor = async (check: () => boolean | Promise<boolean>, ms = 20_000) => {
    const start = Date.now();
    while (!(await check())) {
      if (Date.now() - start > ms)
        throw new Error(
          `timed out; posted: ${JSON.stringify(connector.posted.map((p) => [p.method, p.conversationId, p.activityId, String(p.activity.text).slice(0, 50)]))}; outbox: ${JSON.stringify((await storage.query('select kind, status, attempts, last_error from press_outbox')).rows)}`,
        );
      await new Promise((r) => setTimeout(r, 20));
    }
  };

  it('takes a press situation from chat to the desk and back to the requester, losing nothing', async () => {
    // 1. A staff member describes the situation without saying what the journalist asks: the bot
    // says both answers and asks back, with no form yet.
    const said = await host.post(
      from(JAN, JAN_CHAT, {
        type: 'message',
        text: 'Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
      }),
    );
    expect(said.status).toBe(200);
    const reply = connector.posted.find((p) => p.conversationId === JAN_CHAT.id)!;
    const askedBack = (reply.activity.attachments as { content: Record<string, unknown> }[])[0].content;
    expect(cardText(askedBack)).toContain('afspraak 52');
    expect(cardText(askedBack)).not.toContain('press.submit');
    const choice = cardText(askedBack).match(
      /"verb":"press\.choose","description":"([^"]*)","kind":"reactie-of-standpunt","formId":"([^"]+)"/,
    );
    expect(choice).not.toBeNull();
    // 1b. "Ook een reactie, of ik twijfel": the advice for a reaction replaces it, with the form.
    const chosen = (
      await host.post(
        invoke(from(JAN, JAN_CHAT, {}), 'press.choose', {
          description: choice![1],
          kind: 'reactie-of-standpunt',
          formId: choice![2],
        }),
      )
    ).body as InvokeBody;
    const replyCard = chosen.value;
    expect(cardText(replyCard)).toContain('afspraak 50');
    expect(cardText(replyCard)).not.toContain('afspraak 52');
    expect(cardText(replyCard)).toContain('Sofie Claes');
    const submitAction = cardText(replyCard).match(
      /"verb":"press\.submit","description":"[^"]*","kind":"([^"]+)","formId":"([^"]+)"/,
    );
    expect(submitAction?.[1]).toBe('reactie-of-standpunt');
    const formId = submitAction![2];

    // 2. The form is submitted (and the same invoke delivered twice): one request, stored first.
    const submit = invoke(from(JAN, JAN_CHAT, {}), 'press.submit', {
      description: 'Een journalist van Het Nieuwsblad belt over de sluiting van het zwembad',
      kind: 'reactie-of-standpunt',
      formId,
      medium: 'Het Nieuwsblad',
      journalist: 'Eva Peeters',
      contact: '0470 12 34 56',
      question: 'Waarom sluit het zwembad drie maanden?',
      // Three weeks ahead: a deadline that has passed (this one was a fixed date once) makes the
      // reminder round post the card again before it is taken, which this flow does not test.
      deadlineDate: new Date(Date.now() + 21 * 24 * 3600_000).toISOString().slice(0, 10),
      deadlineTime: '16:00',
      department: 'Sportdienst',
    });
    const first = (await host.post(submit)).body as InvokeBody;
    const again = (await host.post(submit)).body as InvokeBody;
    expect(first.type).toBe('application/vnd.microsoft.card.adaptive');
    const number = /PV-\d{4}-\d{4}/.exec(cardText(first.value))![0];
    expect(cardText(again.value)).toContain(`al doorgegeven als ${number}`);
    expect(await count('select count(*)::int as n from press_requests')).toBe(1);
    expect(cardText(first.value)).toContain('nog geen persdesk-kanaal');

    // 3. Someone outside the communication service cannot set up the desk.
    await host.post(from(JAN, DESK, { type: 'message', text: 'persdesk instellen' }));
    expect(await count('select count(*)::int as n from press_desk_channel')).toBe(0);
    // A member can; the waiting request is then posted (through two connector failures), once.
    await host.post(from(SAM, DESK, { type: 'message', text: 'persdesk instellen' }));
    expect(await count('select count(*)::int as n from press_desk_channel')).toBe(1);
    const deskPosts = () =>
      connector.posted.filter(
        (p) => p.conversationId === '19:desk@thread.tacv2' && p.method === 'POST' && !p.activityId,
      );
    await waitFor(() => deskPosts().length === 1);
    expect(connector.failures()).toBe(2);
    const deskCard = (deskPosts()[0].activity.attachments as { content: Record<string, unknown> }[])[0]
      .content;
    expect(cardText(deskCard)).toContain(number);
    expect(cardText(deskCard)).toContain('burgemeester An Peeters');
    expect(cardText(deskCard)).toContain('"verb":"press.take"');
    expect(deskCard.refresh).toMatchObject({ action: { verb: 'press.refresh' } });
    const requestId = (await storage.query<{ id: number }>('select id from press_requests')).rows[0].id;

    // 4. Jan (not a member) clicks "Ik neem dit op": refused, nothing changes.
    const refused = (await host.post(invoke(from(JAN, DESK, {}), 'press.take', { requestId })))
      .body as InvokeBody;
    expect(refused).toMatchObject({ statusCode: 403 });
    expect(await count(`select count(*)::int as n from press_requests where owner_id is null`)).toBe(1);

    // 5. Sam and Kim take it at the same moment: one wins, the other's card says who has it.
    const [a, b] = await Promise.all([
      host.post(invoke(from(SAM, DESK, {}), 'press.take', { requestId })),
      host.post(invoke(from(KIM, DESK, {}), 'press.take', { requestId })),
    ]);
    const texts = [a, b].map((r) => cardText((r.body as InvokeBody).value));
    const owner = (await storage.query<{ owner_name: string }>('select owner_name from press_requests'))
      .rows[0].owner_name;
    expect(texts.filter((t) => t.includes(`Opgenomen door ${owner}`))).toHaveLength(2);
    expect(texts.filter((t) => t.includes(`${owner} heeft ${number} al opgenomen`))).toHaveLength(1);

    // 6. Everyone's card is updated and Jan hears who took it, in a 1:1 message.
    const janMessages = () =>
      connector.posted.filter((p) => p.conversationId === JAN_CHAT.id && !p.activityId);
    await waitFor(() => janMessages().some((p) => String(p.activity.text).includes('is opgenomen door')));
    await waitFor(() => connector.posted.some((p) => p.method === 'PUT'));

    // 7. The owner closes it with an outcome; Jan is told.
    const closer = owner === SAM.name ? SAM : KIM;
    const closed = (
      await host.post(
        invoke(from(closer, DESK, {}), 'press.close', {
          requestId,
          outcome: 'De burgemeester gaf een reactie.',
        }),
      )
    ).body as InvokeBody;
    expect(cardText(closed.value)).toContain('Afgesloten door');
    await waitFor(() => janMessages().some((p) => String(p.activity.text).includes('is afgesloten')));

    // Every state change is in the audit trail; every outbox row went out exactly once.
    const trail = (
      await storage.query<{ action: string }>('select action from press_audit order by id')
    ).rows.map((r) => r.action);
    expect(trail).toEqual(['aangemaakt', 'opgenomen', 'gesloten']);
    await waitFor(
      async () => (await count(`select count(*)::int as n from press_outbox where status = 'pending'`)) === 0,
    );
    expect(deskPosts()).toHaveLength(1);
  }, 60_000);

  it('reaches a requester who asked in a team channel in a personal chat when the request is taken', async () => {
    const teamChannel = { id: '19:sport@thread.tacv2;messageid=5', conversationType: 'channel' as const };
    await host.post(from(SAM, DESK, { type: 'message', text: 'persdesk instellen' }));
    const submit = invoke(from(JAN, teamChannel, {}), 'press.submit', {
      description: 'VRT wil morgen filmen in de sporthal',
      kind: 'beeldopname',
      formId: 'channel-form',
      question: 'Mag VRT morgen filmen in de sporthal?',
    });
    await host.post(submit);
    const requestId = (await storage.query<{ id: number }>('select id from press_requests')).rows[0].id;
    await host.post(invoke(from(SAM, DESK, {}), 'press.take', { requestId }));
    await waitFor(() => connector.posted.some((p) => p.conversationId === 'a:personal-29:jan'));
    expect(connector.created).toEqual(['29:jan']);
    const personal = connector.posted.find((p) => p.conversationId === 'a:personal-29:jan')!;
    expect(String(personal.activity.text)).toContain('is opgenomen door Sam Communicatie');
    expect(connector.posted.filter((p) => p.conversationId.startsWith('19:sport'))).toHaveLength(0);
  });

  it('gives a purely informative question the 52 advice and no form, and leaves who-may-do-what questions to ask', async () => {
    await host.post(
      from(JAN, JAN_CHAT, { type: 'message', text: 'Radio 2 vraagt hoeveel bezoekers de bib had' }),
    );
    await host.post(from(JAN, JAN_CHAT, { type: 'message', text: 'Mag ik zelf een persbericht sturen?' }));
    const replies = connector.posted.filter((p) => p.conversationId === JAN_CHAT.id);
    expect(replies).toHaveLength(2);
    const info = cardText(replies[0].activity);
    expect(info).toContain('afspraak 52');
    expect(info).toContain('Koen Maes');
    expect(info).not.toContain('press.submit');
    expect(info).toContain('press.form');
    expect(replies[1].activity.summary).toBe('ask');
  });

  it('lists open requests by deadline for the communication service with "overzicht"', async () => {
    const store = host.desk.store;
    const base = {
      description: 'd',
      kind: 'reactie-of-standpunt' as const,
      route: 'communicatiedienst' as const,
      agreements: [50],
      inform: [],
      requester: JAN,
      requesterReference: {},
    };
    await store.create({
      ...base,
      sourceKey: 'a',
      question: 'Later',
      deadline: new Date(Date.now() + 48 * 3600_000),
    });
    await store.create({
      ...base,
      sourceKey: 'b',
      question: 'Eerst',
      deadline: new Date(Date.now() + 3600_000),
    });
    await host.post(from(SAM, DESK, { type: 'message', text: 'overzicht' }));
    await host.post(from(JAN, DESK, { type: 'message', text: 'overzicht' }));
    const [overview, refused] = connector.posted.filter((p) => p.activityId);
    const text = String(overview.activity.summary);
    // 'Eerst' was stored second (PV-…-0002) but its deadline comes first.
    expect(
      text
        .split('\n')
        .slice(1)
        .map((l) => l.slice(0, 12)),
    ).toEqual([expect.stringMatching(/0002/), expect.stringMatching(/0001/)]);
    expect(String(refused.activity.text)).toContain('Alleen de communicatiedienst');
  });
});

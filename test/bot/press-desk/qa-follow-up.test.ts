// Issue 5 follow-up, found by a hands-on QA session: who the desk card lists to inform (read from
// all the request's text, without the communication service itself), an unknown button, the bare
// `persvraag` command, and the requester's message naming who took the request.
import { pressRequestCard } from '../../../bot/cards/press-request-card';
import { setDeskChannel } from '../../../bot/press-desk/desk-channel';
import type { PressRequest } from '../../../bot/press-desk/types';
import type { Storage } from '../../../bot/storage';
import { activity, invoke, startBotHost, type BotHost } from './bot-host';
import { backends, resetPressTables } from './helpers';
import { startLocalConnector, type LocalConnector } from './local-connector';

const JAN = { id: '29:jan', name: 'Jan Sportdienst', aadObjectId: 'aad-jan' };
const SAM = { id: '29:sam', name: 'Sam Communicatie', aadObjectId: 'aad-sam' };
const JAN_CHAT = { id: 'a:jan-personal', conversationType: 'personal' as const };
const DESK = { id: '19:desk@thread.tacv2;messageid=1', conversationType: 'channel' as const };

type InvokeBody = { statusCode: number; type: string; value: Record<string, unknown> };

describe.each(backends)('press desk QA follow-up on $name', (backend) => {
  let storage: Storage;
  let connector: LocalConnector;
  let host: BotHost;

  beforeAll(async () => {
    storage = await backend.open();
    connector = await startLocalConnector();
    host = await startBotHost(storage, ['aad-sam'], {
      worker: { pollMs: 10, timeoutMs: 2000, leaseMs: 10_000, backoff: { baseMs: 5, maxMs: 50 } },
    });
  });
  afterAll(async () => {
    await host.close();
    await connector.close();
    await storage.close();
  });
  beforeEach(async () => {
    await resetPressTables(storage);
    connector.posted.length = 0;
  });

  const from = (user: typeof JAN, conversation: typeof JAN_CHAT | typeof DESK, fields = {}) =>
    activity(connector.url, user, conversation, fields);
  const submit = async (fields: Record<string, unknown>) => {
    const body = (await host.post(invoke(from(JAN, JAN_CHAT), 'press.submit', fields))).body as InvokeBody;
    const number = /PV-\d{4}-\d{4}/.exec(JSON.stringify(body.value))![0];
    return (await host.desk.store.get(number))!.request;
  };

  it('names the competent schepen and diensthoofd from the question and department, not only the description', async () => {
    // PV-2026-0003: a vague description; the subject (the library) is only in the form's fields.
    const request = await submit({
      description: 'Radio 2 vraagt cijfers',
      formId: 'qa-bib',
      question: 'Hoeveel bezoekers had de bib in 2025?',
      department: 'Bibliotheek',
    });
    const labels = request.inform.map((i) => i.label).join(' | ');
    expect(labels).toContain('Koen Maes');
    expect(labels).toContain('Bart Goossens');
    expect(labels).not.toMatch(/de bevoegde schepen|het betrokken diensthoofd/);
    // The desk does not list itself (PV-2026-0001).
    expect(request.inform.map((i) => i.role)).not.toContain('communicatiedienst');
  });

  it('answers an unknown button with a clear message and the current card, and keeps "not found" for a missing request', async () => {
    const request = await submit({
      description: 'HLN belt over het zwembad',
      formId: 'qa-verb',
      question: 'Waarom?',
    });
    const unknown = (await host.post(invoke(from(SAM, DESK), 'press.frobnicate', { requestId: request.id })))
      .body as InvokeBody;
    const text = JSON.stringify(unknown.value);
    expect(text).toContain('Die knop ken ik niet');
    expect(text).toContain(request.number);
    expect(text).not.toContain('niet (meer) terugvinden');
    const noId = (await host.post(invoke(from(SAM, DESK), 'press.frobnicate', {}))).body as InvokeBody;
    expect(noId).toMatchObject({
      statusCode: 400,
      value: { message: expect.stringContaining('Die knop ken ik niet') },
    });
    const gone = (await host.post(invoke(from(SAM, DESK), 'press.refresh', { requestId: 9999 })))
      .body as InvokeBody;
    expect(gone).toMatchObject({
      statusCode: 404,
      value: { message: expect.stringContaining('niet (meer) terugvinden') },
    });
    // Nothing changed.
    expect((await host.desk.store.get(request.id))!.request.status).toBe('open');
  });

  it('asks for the situation on a bare "persvraag" and claims no kind; the kind comes from what is filled in', async () => {
    await host.post(from(JAN, JAN_CHAT, { type: 'message', text: 'persvraag' }));
    const reply = connector.posted.find((p) => p.conversationId === JAN_CHAT.id)!;
    const text = JSON.stringify(reply.activity);
    expect(text).toContain('Wat is er aan de hand?');
    expect(text).toContain('Beschrijf in één bericht');
    expect(text).not.toMatch(/Vraag om reactie of standpunt|"kind"/);
    const formId = /"verb":"press\.submit","description":"","formId":"([^"]+)"/.exec(text)![1];
    const request = await submit({
      description: '',
      formId,
      medium: 'Radio 2',
      question: 'Radio 2 vraagt hoeveel bezoekers de bib had in 2025',
    });
    expect(request.kind).toBe('informatieve-vraag');
  });

  it('tells the requester by name who took the request', async () => {
    await setDeskChannel(storage, {
      reference: {
        serviceUrl: connector.url,
        channelId: 'msteams',
        conversation: { id: '19:desk@thread.tacv2', conversationType: 'channel' },
        bot: { id: '28:bot', name: 'Afspraak' },
      },
      setById: SAM.id,
    });
    const request = await submit({
      description: 'HLN belt over het zwembad',
      formId: 'qa-dm',
      question: 'Waarom?',
    });
    await host.post(invoke(from(SAM, DESK), 'press.take', { requestId: request.id }));
    const start = Date.now();
    let dm: string | undefined;
    while (!dm && Date.now() - start < 10_000) {
      dm = connector.posted
        .filter((p) => p.conversationId === JAN_CHAT.id && !p.activityId)
        .map((p) => String(p.activity.text))
        .find((t) => t.includes('opgenomen'));
      await new Promise((r) => setTimeout(r, 20));
    }
    expect(dm).toBe(
      `Je persvraag ${request.number} is opgenomen door Sam Communicatie van de communicatiedienst. ` +
        'Sam Communicatie volgt ze verder op; geef zelf geen reactie aan de pers.',
    );
  });
});

describe('press desk card: who must be informed', () => {
  it('leaves the communication service out of the tick list of a request stored with it', () => {
    const request = {
      id: 1,
      number: 'PV-2026-0001',
      status: 'open',
      kind: 'reactie-of-standpunt',
      route: 'communicatiedienst',
      agreements: [50],
      inform: [
        { role: 'communicatiedienst', label: 'de dienst Communicatie' },
        { role: 'burgemeester', label: 'burgemeester An Peeters' },
      ],
      informed: [],
      description: 'HLN belt',
      question: 'Waarom?',
      requesterId: '29:jan',
      version: 1,
      createdAt: new Date(),
      updatedAt: new Date(),
    } as unknown as PressRequest;
    const text = JSON.stringify(pressRequestCard(request).card);
    expect(text).toContain('burgemeester An Peeters');
    expect(text).not.toContain('de dienst Communicatie');
    expect(text).not.toContain('"role":"communicatiedienst"');
  });
});

// The tab in browser mode against the real server: CONTRACT §6's hooks, the shared/ask search,
// and the press desk in local mode.
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { ensureTabBuilt, launchChromium, startTabServer, type TabServer } from './tab-harness';

jest.setTimeout(120_000);

describe('the Teams tab in a browser', () => {
  let tab: TabServer;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureTabBuilt();
    tab = await startTabServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await tab?.close();
  });
  // The page runs under its Content-Security-Policy: anything it blocks is a console error.
  let violations: string[] = [];
  beforeEach(async () => {
    violations = [];
    page = await browser.newPage();
    page.on('console', (m) => {
      if (m.type() === 'error' && /Content Security Policy/i.test(m.text())) violations.push(m.text());
    });
  });
  afterEach(async () => {
    await page.close();
    expect(violations).toEqual([]);
  });

  it('is served with a Content-Security-Policy that only Teams, Office and Outlook may frame', async () => {
    const response = await page.goto(`${tab.server.url}/tab/`);
    const csp = response!.headers()['content-security-policy'];
    expect(csp).toMatch(/script-src 'self'(;| https:\/\/appsforoffice\.microsoft\.com;)/);
    expect(csp).toMatch(
      /frame-ancestors 'self' https:\/\/teams\.microsoft\.com https:\/\/\*\.teams\.microsoft\.com/,
    );
    expect(response!.headers()['x-content-type-options']).toBe('nosniff');
    expect(response!.headers()['referrer-policy']).toBe('same-origin');
    await page.waitForSelector('[data-agreement="45"]');
  });

  const shownAgreements = () =>
    page.$$eval('[data-agreement]', (els) => els.map((e) => Number(e.getAttribute('data-agreement'))));

  it('lists the agreements and finds agreement 45 first for "persbericht versturen"', async () => {
    await page.goto(`${tab.server.url}/tab/`);
    await page.waitForSelector('[data-agreement="45"]');
    const all = await shownAgreements();
    expect(all.length).toBeGreaterThan(80);
    await page.getByRole('searchbox', { name: 'Zoek' }).fill('persbericht versturen');
    await page.waitForFunction(() => document.querySelectorAll('[data-agreement]').length < 20);
    const results = await shownAgreements();
    expect(results[0]).toBe(45);
    expect(results.length).toBeGreaterThan(1);
  });

  it('framed by a page that is not Teams, gives up on Teams and runs in browser mode', async () => {
    // frame-ancestors lets only this server and Microsoft's hosts frame the tab: the framing page
    // is one of this server's own, its content replaced by the frame.
    await page.goto(`${tab.server.url}/tab/`);
    await page.waitForSelector('[data-agreement="45"]');
    await page.evaluate(() => {
      document.body.innerHTML =
        '<iframe title="Afspraak" src="/tab/" style="width:900px;height:700px"></iframe>';
    });
    const frame = page.frameLocator('iframe[title="Afspraak"]');
    await frame.locator('[data-agreement="45"]').waitFor({ timeout: 15_000 });
    // Browser mode offers its own page switcher, which Teams mode leaves to Teams' app bar.
    expect(await frame.getByRole('navigation', { name: "Pagina's" }).count()).toBe(1);
  });

  it('may not be framed by a page of another site (frame-ancestors)', async () => {
    await page.setContent(
      `<iframe title="Afspraak" src="${tab.server.url}/tab/" style="width:900px;height:700px"></iframe>`,
    );
    const deadline = Date.now() + 10_000;
    while (!violations.some((v) => /frame-ancestors/.test(v)) && Date.now() < deadline) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(violations.some((v) => /frame-ancestors/.test(v))).toBe(true);
    expect(await page.frameLocator('iframe[title="Afspraak"]').locator('[data-agreement]').count()).toBe(0);
    violations = [];
  });

  it('opens an agreement from its address', async () => {
    await page.goto(`${tab.server.url}/tab/?pagina=afspraken#afspraak-36`);
    await page.waitForSelector('[data-agreement="36"]');
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-agreement') === '36');
  });

  it('takes a press request in local mode and sees it move to "Van mij"', async () => {
    const { request } = await tab.store.create({
      sourceKey: `e2e-${Date.now()}`,
      description: 'Een journalist van Het Nieuwsblad vraagt een reactie over de heraanleg van de markt',
      kind: 'reactie-of-standpunt',
      route: 'communicatiedienst',
      agreements: [52],
      inform: [],
      medium: 'Het Nieuwsblad',
      journalist: 'Pieter De Smet',
      question: 'Wat vindt het bestuur van de kritiek op de heraanleg van de markt?',
      deadline: new Date(Date.now() + 3 * 3600_000),
      requester: { id: '29:bram', aadObjectId: 'aad-bram', name: 'Bram Peeters' },
      requesterReference: {},
    });
    const card = `[data-request="${request.id}"]`;
    await page.goto(`${tab.server.url}/tab/?pagina=persdesk`);
    await page.waitForSelector(`${card}[data-status="open"]`);
    await page.locator(card).getByRole('button', { name: 'Neem op' }).click();
    await page.waitForSelector(`${card}[data-status="taken"]`);
    await page.getByRole('tab', { name: 'Van mij' }).click();
    await page.waitForSelector(`section[data-filter="mine"] ${card}[data-status="taken"]`);
    expect(await page.locator(card).textContent()).toContain('Lokale gebruiker (jij)');
  });

  it('shows a press request in full and ticks who was informed, then undoes it (issue 17)', async () => {
    const { request } = await tab.store.create({
      sourceKey: `e2e-inform-${Date.now()}`,
      description: 'Een journalist van VRT belt over de wachttijden aan het loket',
      kind: 'reactie-of-standpunt',
      route: 'communicatiedienst',
      agreements: [50],
      inform: [{ role: 'burgemeester', label: 'burgemeester An Peeters' }],
      medium: 'VRT',
      journalist: 'Eva Claes',
      contact: '0470 12 34 56, eva.claes@vrt.be',
      question: 'Hoe lang wacht men aan het loket?',
      department: 'Burgerzaken',
      alreadySaid: 'Dat de communicatiedienst terugbelt.',
      deadline: new Date(Date.now() - 3600_000),
      requester: { id: '29:bram', aadObjectId: 'aad-bram', name: 'Bram Peeters' },
      requesterReference: {},
    });
    const card = page.locator(`[data-request="${request.id}"]`);
    await page.goto(`${tab.server.url}/tab/?pagina=persdesk`);
    await card.waitFor();
    expect(await card.getAttribute('data-urgency')).toBe('overdue');
    const text = (await card.textContent()) ?? '';
    for (const part of [
      'Deadline voorbij',
      'Burgerzaken',
      'Dat de communicatiedienst terugbelt.',
      'wachttijden',
    ])
      expect(text).toContain(part);
    expect(await card.getByRole('link', { name: 'eva.claes@vrt.be' }).getAttribute('href')).toBe(
      'mailto:eva.claes@vrt.be',
    );
    await card.getByRole('button', { name: 'burgemeester An Peeters: geïnformeerd' }).click();
    await page.waitForSelector(
      `[data-request="${request.id}"] [data-inform="burgemeester"][data-informed="true"]`,
    );
    await card.getByRole('button', { name: 'burgemeester An Peeters: ongedaan maken' }).click();
    await page.waitForSelector(
      `[data-request="${request.id}"] [data-inform="burgemeester"][data-informed="false"]`,
    );
    const stored = await tab.store.get(request.id);
    expect(stored?.audit.map((a) => a.action)).toEqual([
      'aangemaakt',
      'geinformeerd',
      'niet-meer-geinformeerd',
    ]);
  });

  it.each([
    ['Afspraken', '/tab/', '[data-agreement]', 'light'],
    ['Afspraken in dark mode', '/tab/', '[data-agreement]', 'dark'],
    ['Persdesk', '/tab/?pagina=persdesk', 'section[data-filter]', 'light'],
  ] as const)(
    'has no serious accessibility problems on %s (axe-core, WCAG 2 A/AA)',
    async (_name, address, ready, scheme) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${tab.server.url}${address}`);
      await page.waitForSelector(`[data-theme="${scheme === 'dark' ? 'dark' : 'default'}"]`);
      await page.waitForSelector(ready);
      // Evaluated through the DevTools protocol: an injected <script> would (rightly) be blocked by CSP.
      await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
      // Tabster (Fluent's focus manager) adds hidden <i data-tabster-dummy tabindex=0> elements
      // that hand focus on to the real controls; axe reads them as focusable hidden content.
      const results = (await page.evaluate(() =>
        (window as unknown as { axe: { run(c: unknown, o: unknown): Promise<unknown> } }).axe.run(
          { exclude: [['[data-tabster-dummy]']] },
          { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } },
        ),
      )) as AxeResults;
      const serious = results.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id}: ${v.help} (${v.nodes.length}× e.g. ${v.nodes[0]?.target.join(' ')})`);
      expect(serious).toEqual([]);
    },
  );
});

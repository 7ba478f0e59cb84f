// The task pane in standalone mode, in headless chromium against the real server (CONTRACT §4):
// paste a letter, Controleer, see the findings, and check accessibility with axe-core.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import axe from 'axe-core';
import { Document, Header, Packer, Paragraph, Table, TableCell, TableRow } from 'docx';
import type { Browser, Page } from 'playwright-core';
import { bombDocx } from '../helpers/zip-bomb';
import { launchChromium, startPaneServer, type PaneServer } from './taskpane-browser';

jest.setTimeout(180_000);

// Signed by the burgemeester alone (no algemeen directeur: agreement 36), and "u" mixed with "je"
// in a letter (agreement 22).
const LETTER = `Gemeente Zilverbeek
Dienst Burgerzaken
Kerkstraat 1, 3000 Zilverbeek

Zilverbeek, 12 november 2026

Betreft: uw aanvraag voor een bewonerskaart

Beste mevrouw Janssens,

Wij hebben uw aanvraag voor een bewonerskaart goed ontvangen. U kunt de kaart vanaf maandag afhalen aan het onthaal van het gemeentehuis. Je brengt best je identiteitskaart mee.

Heb je nog vragen? Bel ons gerust op 016 00 00 00.

Met vriendelijke groeten,

An Peeters
burgemeester`;

const RESULTS = path.resolve(__dirname, '../../test-results');

describe('the task pane in a browser, outside Word', () => {
  let app: PaneServer;
  let browser: Browser;
  let page: Page;
  const consoleErrors: string[] = [];
  const requests: string[] = [];

  beforeAll(async () => {
    [app, browser] = await Promise.all([startPaneServer(), launchChromium()]);
    page = await browser.newPage({ viewport: { width: 420, height: 1100 } });
    page.on('console', (m) => {
      // Failed requests are reported below with their URL.
      if (m.type() === 'error' && !m.text().startsWith('Failed to load resource'))
        consoleErrors.push(m.text());
    });
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    page.on('request', (r) => requests.push(r.url()));
    page.on('response', (r) => {
      if (r.status() >= 400) consoleErrors.push(`${r.status()} ${r.url()}`);
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('checks a pasted letter and shows the missing director signature and the u/je mix', async () => {
    await page.goto(app.url);
    const text = page.getByRole('textbox', { name: 'Tekst', exact: true });
    await text.fill(LETTER);
    const check = page.getByRole('button', { name: 'Controleer', exact: true });
    await expectEnabled(check);
    await check.click();

    const signature = page.locator('[data-rule="signature.director-missing"]');
    const address = page.locator('[data-rule="address.form"]');
    await signature.first().waitFor();
    await address.first().waitFor();

    const signatureText = await signature.first().innerText();
    expect(signatureText).toContain('Afspraak 36');
    expect(signatureText).toContain('An Peeters');
    expect(signatureText).toMatch(/algemeen directeur/);
    const addressText = await address.first().innerText();
    expect(addressText).toContain('Afspraak 22');
    expect(addressText).toMatch(/\bje\b/i);

    // The organisation's own text of the agreement, on "Waarom?".
    await signature.first().getByRole('button', { name: 'Waarom?' }).click();
    await expect(signature.first().getByRole('note').innerText()).resolves.toContain('ondertekend');

    // The detected type, a file input for .docx and the summary.
    await expect(page.getByText('Herkend als: brief').count()).resolves.toBe(1);
    await expect(page.locator('input[type="file"][accept*=".docx"]').count()).resolves.toBe(1);
    await expect(page.getByRole('combobox', { name: 'Documenttype' }).count()).resolves.toBe(1);

    mkdirSync(RESULTS, { recursive: true });
    await page.screenshot({ path: path.join(RESULTS, 'taskpane.png'), fullPage: true });
  });

  // "Je tekst blijft op je computer": outside Office, office.js (which calls Microsoft's telemetry
  // service) is not loaded, and the page talks to no one but our server.
  it('loads no office.js and contacts no other host outside Office', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((u) => /office(\.debug)?\.js/i.test(u))).toEqual([]);
    expect(requests.filter((u) => !u.startsWith(app.origin) && !u.startsWith('data:'))).toEqual([]);
  });

  it('applies every place of a grouped finding to the pasted text and checks again', async () => {
    await page
      .locator('[data-rule="address.form"]')
      .first()
      .getByRole('button', { name: 'Pas alles toe' })
      .click();
    await page.waitForFunction(() => document.querySelectorAll('[data-rule="address.form"]').length === 0);
    const value = await page.getByRole('textbox', { name: 'Tekst', exact: true }).inputValue();
    expect(value).toContain('U brengt best uw identiteitskaart mee.');
  });

  it('scrolls the text field to the place on Toon', async () => {
    const filler = Array.from(
      { length: 60 },
      (_, i) => `Regel ${i + 1} van een lange webtekst over de markt.`,
    );
    const text = page.getByRole('textbox', { name: 'Tekst', exact: true });
    await text.fill([...filler, 'Heeft u vragen? Bel ons.'].join('\n'));
    await page.getByRole('combobox', { name: 'Documenttype' }).selectOption({ label: 'Webtekst' });
    await page.getByRole('button', { name: 'Controleer', exact: true }).click();
    const address = page.locator('[data-rule="address.form"]');
    await address.first().waitFor();
    await address.first().getByRole('button', { name: 'Toon' }).click();
    const { scrollTop, selected } = await text.evaluate((el: HTMLTextAreaElement) => ({
      scrollTop: el.scrollTop,
      selected: el.value.slice(el.selectionStart, el.selectionEnd),
    }));
    expect(selected).toBe('Heeft u');
    expect(scrollTop).toBeGreaterThan(0);
  });

  it('opens a .docx in the browser (the reader loads on demand) and checks it', async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph('Gemeente Zilverbeek')] }) },
          children: [
            new Paragraph('Beste inwoner,'),
            new Paragraph('U bent welkom op de infoavond. Je kan je inschrijven via de website.'),
            new Paragraph('Met vriendelijke groeten,'),
            new Table({
              rows: [
                new TableRow({
                  children: [
                    new TableCell({ children: [new Paragraph('An Peeters'), new Paragraph('burgemeester')] }),
                    new TableCell({ children: [new Paragraph('')] }),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const buffer = Buffer.from(await Packer.toBuffer(doc));
    // The test before chose "Webtekst"; an opened letter is recognised from its text.
    await page.getByRole('combobox', { name: 'Documenttype' }).selectOption({ value: 'auto' });
    await page.locator('input[type="file"]').setInputFiles({
      name: 'uitnodiging.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer,
    });
    await page.getByText('Geopend: uitnodiging.docx').waitFor();
    await page.locator('[data-rule="signature.director-missing"]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Tekst', exact: true }).inputValue()).toContain(
      'Je kan je inschrijven',
    );
  });

  it('refuses a zip bomb .docx in the browser, naming the file, and keeps working', async () => {
    await page.locator('input[type="file"]').setInputFiles({
      name: 'bom.docx',
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      buffer: bombDocx({ inflatedMb: 400 }),
    });
    await page.getByText(/bom\.docx: Dit Word-bestand is te groot om na te kijken/).waitFor();
    expect(await page.getByText(/zipbom/).count()).toBeGreaterThan(0);
  });

  it('is served with its security headers: scripts from itself only, framed only by Microsoft hosts', async () => {
    const response = await page.goto(app.url);
    const headers = response!.headers();
    expect(headers['content-security-policy']).toMatch(/script-src 'self';/);
    expect(headers['content-security-policy']).toMatch(
      /frame-ancestors 'self' https:\/\/teams\.microsoft\.com .*https:\/\/\*\.officeapps\.live\.com/,
    );
    expect(headers['x-content-type-options']).toBe('nosniff');
    expect(headers['referrer-policy']).toBe('same-origin');
    await page.getByRole('textbox', { name: 'Tekst', exact: true }).waitFor();
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    // Evaluated through the DevTools protocol: an injected <script> would (rightly) be blocked by CSP.
    await page.evaluate(axe.source);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: typeof axe }).axe.run(document);
      return result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.map((n) => n.target.join(' ')),
      }));
    });
    const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(serious).toEqual([]);
  });

  it('logged no errors in the browser console', () => {
    expect(consoleErrors).toEqual([]);
  });

  it('loads office.js when Office opens the page (the _host_Info Office adds to the address)', async () => {
    const hosted = await browser.newPage();
    try {
      const officeJs = hosted.waitForRequest((r) => /\/vendor\/office-js\/office\.js$/.test(r.url()));
      await hosted.goto(`${app.url}?_host_Info=Word$Win32$16.01$nl-BE$$$$0`);
      await expect(officeJs).resolves.toBeTruthy();
    } finally {
      await hosted.close();
    }
  });
});

async function expectEnabled(locator: ReturnType<Page['locator']>): Promise<void> {
  await locator
    .page()
    .waitForFunction((el) => el instanceof HTMLButtonElement && !el.disabled, await locator.elementHandle());
}

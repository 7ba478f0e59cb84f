// One app package for Teams and Word (issue 16): the unified manifest declares the Word task pane
// next to the bot and the tabs, checked offline against the schema in @microsoft/app-manifest,
// and agrees with the XML add-in manifest that older Office (perpetual, Mac) installs.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { buildPackage, readSources } from '../../manifest/build-package';
import { readSettings } from '../../manifest/settings';
import { checkTeamsManifest } from '../../manifest/teams-manifest-check';
import { detectCapabilities } from '../../taskpane/word/requirements';

const ENV = {
  TEAMS_APP_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  MicrosoftAppId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  PUBLIC_HOSTNAME: 'afspraak.zilverbeek.be',
};
const HOST = `https://${ENV.PUBLIC_HOSTNAME}`;

interface Extension {
  requirements: { scopes: string[]; capabilities: { name: string; minVersion: string }[] };
  runtimes: { id: string; code: { page: string }; actions: { id: string; type: string }[] }[];
  ribbons: {
    tabs: { groups: { controls: { actionId: string; icons: { size: number; url: string }[] }[] }[] }[];
  }[];
  alternates: { hide?: { customOfficeAddin?: { officeAddinId: string } }; alternateIcons?: unknown }[];
}

async function build() {
  const built = await buildPackage(readSettings(ENV, '0.1.0'), readSources());
  return { ...built, extension: (built.manifest.extensions as Extension[])[0] };
}

/** The XML manifest's value of one element or attribute (the templates are simple and regular). */
const xmlValue = (xml: string, pattern: RegExp) => pattern.exec(xml)?.[1];

describe('the unified manifest declares the Word task pane', () => {
  it('validates against the schema offline with the bot, the tabs and the Word extension together', async () => {
    const { manifest, extension } = await build();
    expect(await checkTeamsManifest(manifest, ENV.PUBLIC_HOSTNAME)).toEqual([]);
    expect(manifest.bots).toHaveLength(1);
    expect(manifest.staticTabs).toBeDefined();
    expect(extension.requirements.scopes).toEqual(['document']);
    // Reading and marking the document, as the XML manifest's ReadWriteDocument.
    expect(manifest.authorization).toEqual({
      permissions: { resourceSpecific: [{ name: 'Document.ReadWrite.User', type: 'Delegated' }] },
    });
  });

  it('the schema check sees the extension: a wrong scope is refused', async () => {
    const { manifest, extension } = await build();
    const broken = {
      ...manifest,
      extensions: [{ ...extension, requirements: { ...extension.requirements, scopes: ['spreadsheet'] } }],
    };
    const problems = await checkTeamsManifest(broken, ENV.PUBLIC_HOSTNAME);
    expect(problems.join('\n')).toMatch(/scopes/);
  });

  it('asks the Word requirement set the pane needs in full: a Word at that minimum has every core capability', async () => {
    const { extension, wordAddinXml } = await build();
    const word = extension.requirements.capabilities.find((c) => c.name === 'WordApi');
    expect(word).toBeDefined();
    const atMinimum = (name: string, version: string) =>
      name === 'WordApi' && Number(version) <= Number(word!.minVersion);
    const capabilities = detectCapabilities(atMinimum);
    expect(capabilities.core).toBe(true);
    expect(capabilities.tablesAndHeaders).toBe(true);
    // The XML manifest asks the same minimum, so both kinds of Office install on the same Words.
    expect(xmlValue(wordAddinXml, /<Set Name="WordApi" MinVersion="([\d.]+)"\/>/)).toBe(word!.minVersion);
  });

  it('opens the same task pane page as the XML manifest, from a Home tab button', async () => {
    const { extension, wordAddinXml } = await build();
    const runtime = extension.runtimes[0];
    expect(runtime.code.page).toBe(`${HOST}/taskpane/`);
    expect(xmlValue(wordAddinXml, /<SourceLocation DefaultValue="([^"]+)"\/>/)).toBe(runtime.code.page);
    const actions = new Set(runtime.actions.filter((a) => a.type === 'openPage').map((a) => a.id));
    const controls = extension.ribbons.flatMap((r) =>
      r.tabs.flatMap((t) => t.groups.flatMap((g) => g.controls)),
    );
    expect(controls.length).toBeGreaterThan(0);
    for (const control of controls) {
      expect(actions.has(control.actionId)).toBe(true);
      expect(control.icons.map((i) => i.size).sort((a, b) => a - b)).toEqual([16, 32, 80]);
      // The icons are the ones the server serves under /tab/icons/ (manifest/icons/addin-*.png).
      for (const icon of control.icons)
        expect(existsSync(join(__dirname, '../../manifest/icons', icon.url.split('/').pop()!))).toBe(true);
    }
  });

  it('hides the XML add-in where the unified one runs, and lets the admin centre derive one for older Office', async () => {
    const { extension, wordAddinXml } = await build();
    const xmlId = xmlValue(wordAddinXml, /<Id>([^<]+)<\/Id>/);
    expect(extension.alternates.find((a) => a.hide)?.hide?.customOfficeAddin?.officeAddinId).toBe(xmlId);
    expect(extension.alternates.some((a) => a.alternateIcons)).toBe(true);
  });

  it('puts the one manifest with its icons in appPackage.zip', async () => {
    const { zip } = await build();
    const files = Object.keys((await JSZip.loadAsync(zip)).files).sort();
    expect(files).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const inZip = JSON.parse(await (await JSZip.loadAsync(zip)).file('manifest.json')!.async('string'));
    expect(inZip.extensions[0].requirements.scopes).toEqual(['document']);
  });
});

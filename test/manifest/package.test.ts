import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { PNG } from 'pngjs';
import { buildPackage, ManifestInvalidError, readSources } from '../../manifest/build-package';
import { TemplateError } from '../../manifest/fill-template';
import { runPackage } from '../../manifest/package';
import { readSettings, SettingsError } from '../../manifest/settings';
import { checkTeamsManifest } from '../../manifest/teams-manifest-check';
import { U_FORM, visibleStrings } from '../taskpane/tab/visible-strings';

const ENV = {
  TEAMS_APP_ID: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  MicrosoftAppId: '0a1b2c3d-4e5f-4a6b-8c7d-8e9f0a1b2c3d',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: 'b2c3d4e5-f6a7-4b8c-9d0e-1f2a3b4c5d6e',
  PUBLIC_HOSTNAME: 'afspraak.zilverbeek.be',
};
const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

async function build(env: Record<string, string> = ENV) {
  return buildPackage(readSettings(env, '0.1.0'), readSources());
}

function collectUrls(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string' && /^[a-z]+:\/\//.test(value)) out.push(value);
  else if (value && typeof value === 'object') for (const v of Object.values(value)) collectUrls(v, out);
  return out;
}

describe('the Teams app package', () => {
  it('validates against the official schema offline, with the bot, both tabs and SSO', async () => {
    const { manifest } = await build();
    expect(await checkTeamsManifest(manifest, ENV.PUBLIC_HOSTNAME)).toEqual([]);
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    const bot = (
      manifest.bots as {
        botId: string;
        scopes: string[];
        commandLists: { commands: { title: string }[] }[];
      }[]
    )[0];
    expect(bot.botId).toBe(ENV.MicrosoftAppId);
    expect(bot.scopes.sort()).toEqual(['groupChat', 'personal', 'team']);
    const titles = bot.commandLists.flatMap((l) => l.commands.map((c) => c.title));
    expect(titles).toEqual(expect.arrayContaining(['help', 'persvraag', 'persdesk instellen', 'overzicht']));
    const tabs = (manifest.staticTabs as { entityId: string }[]).map((t) => t.entityId);
    expect(tabs).toEqual(expect.arrayContaining(['afspraken', 'persdesk', 'samenstellen', 'vragen']));
    // The communication service can also pin the Persdesk in its channel.
    expect((manifest.configurableTabs as { configurationUrl: string; scopes: string[] }[])[0]).toMatchObject({
      configurationUrl: `https://${ENV.PUBLIC_HOSTNAME}/tab/?pagina=instellen`,
      scopes: ['team'],
    });
    expect(manifest.webApplicationInfo).toEqual({
      id: ENV.MicrosoftAppId,
      resource: `api://${ENV.PUBLIC_HOSTNAME}/${ENV.MicrosoftAppId}`,
    });
    expect(manifest.validDomains).toEqual([ENV.PUBLIC_HOSTNAME]);
  });

  it('keeps command titles short enough for the Teams command menu (32 characters)', async () => {
    const { manifest } = await build();
    const bot = (manifest.bots as { commandLists: { commands: { title: string }[] }[] }[])[0];
    for (const list of bot.commandLists) {
      expect(list.commands.length).toBeLessThanOrEqual(10);
      for (const c of list.commands) expect(c.title.length).toBeLessThanOrEqual(32);
    }
  });

  it('puts every URL on PUBLIC_HOSTNAME and every id is a GUID', async () => {
    const { manifest, wordAddinXml } = await build();
    const urls = [
      ...collectUrls({ ...manifest, $schema: undefined }),
      ...(wordAddinXml.match(/(https|api):\/\/[^"<\s]+/g) ?? []),
    ];
    expect(urls.length).toBeGreaterThan(8);
    for (const url of urls) expect(new URL(url).host).toBe(ENV.PUBLIC_HOSTNAME);
    const addinId = /<Id>([^<]+)<\/Id>/.exec(wordAddinXml)![1];
    for (const id of [manifest.id, (manifest.webApplicationInfo as { id: string }).id, addinId])
      expect(id).toMatch(GUID);
  });

  it('the schema check catches a field the schema forbids, naming it', async () => {
    const { manifest } = await build();
    const broken = {
      ...manifest,
      accentColor: 'blauw',
      bots: [{ ...(manifest.bots as object[])[0], scopes: ['kanaal'] }],
    };
    const problems = await checkTeamsManifest(broken, ENV.PUBLIC_HOSTNAME);
    expect(problems.join('\n')).toMatch(/\/bots\/0\/scopes\/0/);
    expect(problems.join('\n')).toMatch(/\/accentColor/);
  });

  it('writes appPackage.zip with manifest.json and the two icons, and word-addin.xml', async () => {
    const out = mkdtempSync(join(tmpdir(), 'afspraak-package-'));
    const [zipPath, xmlPath] = await runPackage({ ...ENV }, out);
    const zip = await JSZip.loadAsync(readFileSync(zipPath));
    expect(Object.keys(zip.files).sort()).toEqual(['color.png', 'manifest.json', 'outline.png']);
    const manifest = JSON.parse(await zip.file('manifest.json')!.async('string'));
    expect(manifest.id).toBe(ENV.TEAMS_APP_ID);
    expect(readFileSync(xmlPath, 'utf8')).toContain('<Host Name="Document"/>');
  });

  it('gives the same Word add-in id on every run for one Teams app, so updates replace it', async () => {
    const a = readSettings(ENV, '0.1.0');
    const b = readSettings(ENV, '0.1.0');
    const other = readSettings({ ...ENV, TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555' }, '0.1.0');
    expect(a.wordAddinId).toBe(b.wordAddinId);
    expect(a.wordAddinId).toMatch(GUID);
    expect(a.wordAddinId).not.toBe(other.wordAddinId);
  });
});

describe('the icons', () => {
  const read = (file: string) => PNG.sync.read(readFileSync(join(__dirname, '../../manifest/icons', file)));

  it('has a 192×192 colour icon that is opaque', () => {
    const png = read('color.png');
    expect([png.width, png.height]).toEqual([192, 192]);
    for (let i = 3; i < png.data.length; i += 4) expect(png.data[i]).toBe(255);
  });

  it('has a 32×32 outline icon: white on a transparent background', () => {
    const png = read('outline.png');
    expect([png.width, png.height]).toEqual([32, 32]);
    let transparent = 0;
    let drawn = 0;
    for (let i = 0; i < png.data.length; i += 4) {
      const alpha = png.data[i + 3];
      if (alpha === 0) transparent++;
      else {
        drawn++;
        expect([png.data[i], png.data[i + 1], png.data[i + 2]]).toEqual([255, 255, 255]);
      }
    }
    // The corners are empty and there is a visible drawing.
    expect(png.data[3]).toBe(0);
    expect(transparent).toBeGreaterThan(32 * 32 * 0.5);
    expect(drawn).toBeGreaterThan(60);
  });

  it.each([16, 32, 64, 80])('has a %i px add-in icon', (size) => {
    const png = read(`addin-${size}.png`);
    expect([png.width, png.height]).toEqual([size, size]);
  });
});

describe('bad settings stop packaging with the variable named', () => {
  it.each(['TEAMS_APP_ID', 'MicrosoftAppId', 'MicrosoftAppType', 'MicrosoftAppTenantId', 'PUBLIC_HOSTNAME'])(
    'missing %s',
    (name) => {
      const env: Record<string, string> = { ...ENV };
      delete env[name];
      expect(() => readSettings(env, '0.1.0')).toThrow(SettingsError);
      expect(() => readSettings(env, '0.1.0')).toThrow(new RegExp(`^${name} ontbreekt`));
    },
  );

  it.each([
    ['TEAMS_APP_ID', 'zilverbeek-app'],
    ['MicrosoftAppId', '1234'],
    ['MicrosoftAppTenantId', 'zilverbeek.onmicrosoft.com'],
    ['MicrosoftAppType', 'MultiTenant'],
    ['PUBLIC_HOSTNAME', 'https://afspraak.zilverbeek.be/'],
    ['PUBLIC_HOSTNAME', 'afspraak zilverbeek'],
    ['APP_VERSION', 'versie 2'],
  ])('malformed %s (%s)', (name, value) => {
    try {
      readSettings({ ...ENV, [name]: value }, '0.1.0');
      throw new Error('accepted');
    } catch (error) {
      expect(error).toBeInstanceOf(SettingsError);
      expect((error as SettingsError).variable).toBe(name);
      expect((error as Error).message.startsWith(name)).toBe(true);
    }
  });

  it('warns that a managed identity needs its own SSO app registration', () => {
    const s = readSettings({ ...ENV, MicrosoftAppType: 'UserAssignedMSI' }, '0.1.0');
    expect(s.warnings.join(' ')).toMatch(/SSO_APP_ID/);
    const withSso = readSettings(
      { ...ENV, MicrosoftAppType: 'UserAssignedMSI', SSO_APP_ID: ENV.TEAMS_APP_ID },
      '0.1.0',
    );
    expect(withSso.warnings).toEqual([]);
    expect(withSso.ssoAppId).toBe(ENV.TEAMS_APP_ID);
  });
});

describe('a broken template fails with the field named', () => {
  const settings = readSettings(ENV, '0.1.0');

  it('an unknown placeholder names its JSON path', async () => {
    const sources = readSources();
    const teamsTemplate = sources.teamsTemplate.replace(
      '"botId": "${MicrosoftAppId}"',
      '"botId": "${MicrosoftBotId}"',
    );
    await expect(buildPackage(settings, { ...sources, teamsTemplate })).rejects.toThrow(
      /bots\[0\]\.botId.*MicrosoftBotId/,
    );
    await expect(buildPackage(settings, { ...sources, teamsTemplate })).rejects.toBeInstanceOf(TemplateError);
  });

  it('a field the schema does not know is named', async () => {
    const sources = readSources();
    const teamsTemplate = sources.teamsTemplate.replace('"accentColor"', '"accentKleur"');
    const attempt = buildPackage(settings, { ...sources, teamsTemplate });
    await expect(attempt).rejects.toBeInstanceOf(ManifestInvalidError);
    await expect(buildPackage(settings, { ...sources, teamsTemplate })).rejects.toThrow(
      /accentKleur|accentColor/,
    );
  });

  it('invalid JSON is reported', async () => {
    const sources = readSources();
    await expect(
      buildPackage(settings, { ...sources, teamsTemplate: sources.teamsTemplate.replace('{', '{,') }),
    ).rejects.toThrow(/teams-manifest\.json.*geen geldige JSON/);
  });

  it('a URL off PUBLIC_HOSTNAME in the Word manifest is named with its element', async () => {
    const sources = readSources();
    const wordTemplate = sources.wordTemplate.replace(
      'https://${PUBLIC_HOSTNAME}/taskpane/"/>',
      'https://localhost:3000/taskpane/"/>',
    );
    await expect(buildPackage(settings, { ...sources, wordTemplate })).rejects.toThrow(
      /SourceLocation|bt:Url/,
    );
  });

  it('an unknown placeholder in the Word template names its line', async () => {
    const sources = readSources();
    const wordTemplate = sources.wordTemplate.replace('<Id>${WORD_ADDIN_ID}</Id>', '<Id>${ADDIN_ID}</Id>');
    await expect(buildPackage(settings, { ...sources, wordTemplate })).rejects.toThrow(
      /word-addin\.xml, regel \d+: .*ADDIN_ID/,
    );
  });

  it('malformed XML and a missing required element are reported', async () => {
    const sources = readSources();
    await expect(
      buildPackage(settings, { ...sources, wordTemplate: sources.wordTemplate.replace('</Hosts>', '') }),
    ).rejects.toThrow(/geen geldige XML/);
    await expect(
      buildPackage(settings, {
        ...sources,
        wordTemplate: sources.wordTemplate.replace(/<Permissions>.*<\/Permissions>/, ''),
      }),
    ).rejects.toThrow(/Permissions ontbreekt/);
  });
});

describe('packaging speaks with je (agreement 22)', () => {
  const root = join(__dirname, '../../manifest');

  it.each(['settings.ts', 'package.ts', 'build-package.ts', 'fill-template.ts'])(
    '%s has no u-form in its messages',
    (file) => {
      const strings = visibleStrings(join(root, file));
      expect(strings.length).toBeGreaterThan(0);
      expect(strings.filter((s) => U_FORM.test(s))).toEqual([]);
    },
  );

  it('the Teams and Word manifests describe the app with je', () => {
    for (const file of ['teams-manifest.json', 'word-addin.xml']) {
      const text = readFileSync(join(root, 'templates', file), 'utf8');
      expect(text).not.toMatch(U_FORM);
      expect(text).toMatch(/\bje bestuur\b/);
    }
  });

  it('a missing TEAMS_APP_ID is explained with je', () => {
    const { TEAMS_APP_ID: _omit, ...rest } = ENV;
    expect(() => readSettings(rest, '0.1.0')).toThrow(/een GUID die je één keer aanmaakt/);
  });
});

// Offline checks of the Teams app manifest: the official JSON schema shipped in
// @microsoft/app-manifest (never fetched), plus what the schema cannot know: every URL and
// domain on PUBLIC_HOSTNAME, ids that are GUIDs and consistent with the settings.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { AppManifestUtils } from '@microsoft/app-manifest';

const SCHEMA_PREFIX = 'https://developer.microsoft.com/';

/** The schema file the package ships for a manifest's $schema URL; throws when it is not shipped. */
export function localSchema(schemaUrl: string): Record<string, unknown> {
  if (!schemaUrl.startsWith(`${SCHEMA_PREFIX}json-schemas/teams/`)) {
    throw new Error(`$schema ${schemaUrl} is geen Teams-schema van developer.microsoft.com`);
  }
  const root = dirname(require.resolve('@microsoft/app-manifest/package.json'));
  const file = join(root, 'build', schemaUrl.slice(SCHEMA_PREFIX.length));
  if (!existsSync(file)) throw new Error(`het schema ${schemaUrl} zit niet in @microsoft/app-manifest`);
  // The package itself cleans these escapes before parsing (see its fetchSchema).
  return JSON.parse(readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b'));
}

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function collectUrls(value: unknown, path: string, out: { path: string; url: string }[]): void {
  if (typeof value === 'string') {
    if (/^[a-z][a-z0-9+.-]*:\/\//i.test(value)) out.push({ path, url: value });
  } else if (Array.isArray(value)) {
    value.forEach((item, i) => collectUrls(item, `${path}[${i}]`, out));
  } else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$schema') continue;
      collectUrls(item, path ? `${path}.${key}` : key, out);
    }
  }
}

/** Problems in a generated Teams manifest, each starting with the field; empty when it is fine. */
export async function checkTeamsManifest(
  manifest: Record<string, unknown>,
  publicHostname: string,
): Promise<string[]> {
  const schemaUrl = String(manifest.$schema ?? '');
  const failures = await AppManifestUtils.validateAgainstSchema(
    manifest as never,
    localSchema(schemaUrl) as never,
  );
  const problems = failures.map((f) => f.trim());

  const urls: { path: string; url: string }[] = [];
  collectUrls(manifest, '', urls);
  for (const { path, url } of urls) {
    const parsed = new URL(url);
    const scheme = path === 'webApplicationInfo.resource' ? 'api:' : 'https:';
    if (parsed.protocol !== scheme || parsed.host !== publicHostname) {
      problems.push(`${path}: ${url} ligt niet op ${scheme}//${publicHostname}`);
    }
  }
  const domains = (manifest.validDomains as string[] | undefined) ?? [];
  for (const [i, domain] of domains.entries()) {
    if (domain !== publicHostname) problems.push(`validDomains[${i}]: ${domain} is niet ${publicHostname}`);
  }
  const ids: [string, unknown][] = [
    ['id', manifest.id],
    ['webApplicationInfo.id', (manifest.webApplicationInfo as { id?: unknown } | undefined)?.id],
    ...((manifest.bots as { botId?: unknown }[] | undefined) ?? []).map((b, i): [string, unknown] => [
      `bots[${i}].botId`,
      b.botId,
    ]),
  ];
  for (const [path, id] of ids) {
    if (typeof id !== 'string' || !GUID.test(id)) problems.push(`${path}: ${String(id)} is geen GUID`);
  }
  return problems;
}

// Builds the app package in memory: the unified manifest (bot, tabs and the Word task pane as an
// `extensions` entry) and the XML add-in manifest from their templates, checked offline, and the
// zip the admin centres take. package.ts writes them to disk.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { fillJsonTemplate, fillXmlTemplate } from './fill-template';
import type { PackageSettings } from './settings';
import { templateValues } from './settings';
import { checkTeamsManifest } from './teams-manifest-check';
import { checkWordManifest } from './word-manifest-check';

export const MANIFEST_DIR = __dirname;

export interface PackageSources {
  teamsTemplate: string;
  wordTemplate: string;
  colorIcon: Buffer;
  outlineIcon: Buffer;
}

export function readSources(dir = MANIFEST_DIR): PackageSources {
  return {
    teamsTemplate: readFileSync(join(dir, 'templates', 'teams-manifest.json'), 'utf8'),
    wordTemplate: readFileSync(join(dir, 'templates', 'word-addin.xml'), 'utf8'),
    colorIcon: readFileSync(join(dir, 'icons', 'color.png')),
    outlineIcon: readFileSync(join(dir, 'icons', 'outline.png')),
  };
}

export interface BuiltPackage {
  manifest: Record<string, unknown>;
  wordAddinXml: string;
  zip: Buffer;
}

export class ManifestInvalidError extends Error {
  constructor(
    readonly file: string,
    readonly problems: string[],
  ) {
    super(`${file} is ongeldig:\n  - ${problems.join('\n  - ')}`);
    this.name = 'ManifestInvalidError';
  }
}

export async function buildPackage(
  settings: PackageSettings,
  sources: PackageSources,
): Promise<BuiltPackage> {
  const values = templateValues(settings);
  const manifest = fillJsonTemplate('templates/teams-manifest.json', sources.teamsTemplate, values) as Record<
    string,
    unknown
  >;
  const teamsProblems = await checkTeamsManifest(manifest, settings.publicHostname);
  if (teamsProblems.length) throw new ManifestInvalidError('manifest.json', teamsProblems);

  const wordAddinXml = fillXmlTemplate('templates/word-addin.xml', sources.wordTemplate, values);
  const wordProblems = checkWordManifest(wordAddinXml, settings.publicHostname);
  if (wordProblems.length) throw new ManifestInvalidError('word-addin.xml', wordProblems);

  const icons = manifest.icons as { color: string; outline: string };
  const zip = new JSZip();
  // A fixed date keeps the zip byte-identical for identical input (reproducible packages).
  const date = new Date('2020-01-01T00:00:00Z');
  zip.file('manifest.json', `${JSON.stringify(manifest, null, 2)}\n`, { date });
  zip.file(icons.color, sources.colorIcon, { date });
  zip.file(icons.outline, sources.outlineIcon, { date });
  const buffer = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { manifest, wordAddinXml, zip: buffer };
}

// `npm run package`: reads CONTRACT §5's variables from the environment (and .env is not read:
// set them in the shell or the CI's secrets), writes manifest/build/appPackage.zip (one app: the
// bot, the tabs and the Word task pane in the unified manifest; Teams admin centre or Microsoft 365
// admin centre, integrated apps) and manifest/build/word-addin.xml (the same task pane for Office
// that cannot read the unified manifest: perpetual Office, Office on Mac, older builds).
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { buildPackage, MANIFEST_DIR, ManifestInvalidError, readSources } from './build-package';
import { TemplateError } from './fill-template';
import { readSettings, SettingsError } from './settings';

export const BUILD_DIR = join(MANIFEST_DIR, 'build');

function projectVersion(): string {
  const pkg = JSON.parse(readFileSync(join(MANIFEST_DIR, '..', 'package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

export async function runPackage(env: NodeJS.ProcessEnv, outDir = BUILD_DIR): Promise<string[]> {
  const settings = readSettings(env, projectVersion());
  const built = await buildPackage(settings, readSources());
  mkdirSync(outDir, { recursive: true });
  const zipPath = join(outDir, 'appPackage.zip');
  const xmlPath = join(outDir, 'word-addin.xml');
  writeFileSync(zipPath, built.zip);
  writeFileSync(xmlPath, built.wordAddinXml);
  for (const warning of settings.warnings) console.warn(`Let op: ${warning}`);
  return [zipPath, xmlPath];
}

async function main(): Promise<void> {
  try {
    const written = await runPackage(process.env);
    for (const file of written) console.log(`Geschreven: ${relative(process.cwd(), file)}`);
    // Where each file goes, for the IT admin who runs this (the README's admin section says more).
    console.log(
      'appPackage.zip: de app (bot, tabbladen en Word-taakvenster) voor het Teams-beheercentrum of ' +
        'het Microsoft 365-beheercentrum (Geïntegreerde apps).',
    );
    console.log(
      'word-addin.xml: alleen het Word-taakvenster, voor Word dat de app niet kan lezen ' +
        '(Office 2016 tot 2024 zonder abonnement, Office voor Mac): Geïntegreerde apps > Invoegtoepassing uploaden.',
    );
  } catch (error) {
    if (
      error instanceof SettingsError ||
      error instanceof TemplateError ||
      error instanceof ManifestInvalidError
    ) {
      console.error(error.message);
      process.exitCode = 2;
      return;
    }
    throw error;
  }
}

if (require.main === module) void main();

// `afspraak <command>`: parses argv, sets up the context, and dispatches to cli/commands/.
import { parseArgs } from 'node:util';
import { nearest } from '../shared/organisation/nearest';
import { builtCliCommands } from '../build/constants';
import { EXIT_BAD_INPUT, UsageError, type CliCommandInfo, type CliContext } from './command';
import { commandLoaders } from './commands';
import { wrap } from './wrap';
import type { EffectiveOrganisation } from '../shared/organisation';

/** Where a run reads and writes; tests pass their own to run commands in-process. */
export interface CliIo {
  out: (line: string) => void;
  err: (line: string) => void;
  stdin: () => Promise<string>;
  /** Where DATABASE_URL and DATA_DIR are read for `--versie` (default process.env). */
  env?: NodeJS.ProcessEnv;
}

const GLOBAL_OPTIONS = {
  org: { type: 'string' },
  versie: { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const;

// `afspraak list | head` closes the pipe early: that is the reader's choice, not an error.
let pipeGuarded = false;
function guardPipe(): void {
  if (pipeGuarded) return;
  pipeGuarded = true;
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw e;
  });
}

const processIo: CliIo = {
  out: (line) => process.stdout.write(`${line}\n`),
  err: (line) => process.stderr.write(`${line}\n`),
  stdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks).toString('utf8');
  },
};

// The summary column; a usage longer than the column gets a line of its own.
const SUMMARY_COLUMN = 24;

/** One command in the overview, within 80 columns. */
function commandLines(c: CliCommandInfo): string[] {
  const usage = wrap(c.usage, '  ', 4);
  const last = usage[usage.length - 1];
  if (usage.length === 1 && last.length <= SUMMARY_COLUMN - 2)
    return wrap(c.summary, last.padEnd(SUMMARY_COLUMN), SUMMARY_COLUMN);
  return [...usage, ...wrap(c.summary, ' '.repeat(SUMMARY_COLUMN), SUMMARY_COLUMN)];
}

function helpText(commands: readonly CliCommandInfo[]): string[] {
  return [
    'Afspraak: de communicatieafspraken van je bestuur, in je dagelijkse werk.',
    '',
    'Gebruik: afspraak <commando> [opties]',
    '',
    'Commando’s:',
    ...commands.flatMap(commandLines),
    '',
    'Opties voor elk commando:',
    ...[
      [
        '--org <bestand>',
        'de afsprakennota (YAML) van je organisatie; standaard het voorbeeld organisations/zilverbeek.yaml',
      ],
      [
        '--versie <n>',
        "een bewaarde versie van de afsprakennota uit de databank van de server (DATABASE_URL of DATA_DIR); 'gepubliceerd' voor de huidige",
      ],
      ['--json', 'enkel JSON op stdout, voor scripts'],
      ['-h, --help', 'deze hulp; afspraak help <commando> voor één commando'],
    ].flatMap(([option, what]) => wrap(what, `  ${option.padEnd(15)}  `, 19)),
  ];
}

function commandHelp(c: CliCommandInfo): string[] {
  const options = Object.entries(c.options ?? {}).map(
    ([name, o]) => `  --${name}${o.type === 'string' ? ' <waarde>' : ''}`,
  );
  return [
    ...wrap(c.usage, 'Gebruik: afspraak', 4),
    '',
    ...wrap(c.summary, '', 0),
    ...(options.length ? ['', 'Opties:', ...options] : []),
    '',
    'Ook: --org <bestand>, --versie <n>, --json',
  ];
}

/** The command name is the first argument that is not an option or the value of `--org`/`--versie`. */
function splitCommand(argv: string[]): { name?: string; rest: string[] } {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--org' || a === '--versie') {
      i++;
      continue;
    }
    if (a === '--') break;
    if (!a.startsWith('-') || a === '-')
      return { name: a, rest: [...argv.slice(0, i), ...argv.slice(i + 1)] };
  }
  return { rest: argv };
}

/** Every command's help: from the build when there is one, else by loading each command. */
async function commandInfos(): Promise<readonly CliCommandInfo[]> {
  return builtCliCommands ?? Promise.all(Object.values(commandLoaders).map((load) => load()));
}

function findCommand(commands: readonly CliCommandInfo[], name: string): CliCommandInfo {
  const command = commands.find((c) => c.name === name);
  if (command) return command;
  const guess = nearest(
    name,
    commands.map((c) => c.name),
  );
  throw new UsageError(
    `onbekend commando '${name}'${guess ? `; bedoel je '${guess}'?` : ''} (zie afspraak help)`,
  );
}

function parseOptions(command: CliCommandInfo, rest: string[]) {
  try {
    return parseArgs({
      args: rest,
      options: { ...GLOBAL_OPTIONS, ...(command.options ?? {}) },
      allowPositionals: true,
      strict: true,
    });
  } catch (e) {
    const code = (e as { code?: string }).code;
    const option = /'([^']+)'/.exec((e as Error).message)?.[1] ?? '';
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION')
      throw new UsageError(
        `onbekende optie '${option}' voor '${command.name}' (zie afspraak help ${command.name})`,
      );
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE')
      throw new UsageError(
        `de optie '${option.split(' ')[0]}' verwacht een waarde (zie afspraak help ${command.name})`,
      );
    throw new UsageError((e as Error).message);
  }
}

/** Runs one command line; resolves to the exit code. Never throws. */
export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  if (io === processIo) guardPipe();
  let organisationFileError: (new (...args: never[]) => Error) | undefined;
  try {
    const { name, rest } = splitCommand(argv);
    const commands = await commandInfos();
    if (!name || name === 'help') {
      const topic = name === 'help' ? rest.find((a) => !a.startsWith('-')) : undefined;
      const lines = topic ? commandHelp(findCommand(commands, topic)) : helpText(commands);
      lines.forEach((l) => io.out(l));
      return 0;
    }
    const info = findCommand(commands, name);
    const { values, positionals } = parseOptions(info, rest);
    if (values.help) {
      commandHelp(info).forEach((l) => io.out(l));
      return 0;
    }
    // Loaded only to run a command: help and usage errors need neither YAML nor the catalogue.
    const [command, organisationFile, storedTerms, exampleCorpora] = await Promise.all([
      commandLoaders[info.name](),
      import('./organisation-file.js'),
      import('../build/stored-terms.js'),
      import('../build/example-corpus-store.js'),
    ]);
    organisationFileError = organisationFile.OrganisationFileError;
    storedTerms.useBuiltTerms();
    exampleCorpora.useBuiltExampleCorpus();
    const flags: Record<string, string | boolean> = {};
    for (const [k, v] of Object.entries(values))
      if (typeof v === 'string' || typeof v === 'boolean') flags[k] = v;
    const orgFile = typeof flags.org === 'string' ? flags.org : organisationFile.DEFAULT_ORGANISATION_FILE;
    let org: EffectiveOrganisation | undefined;
    // A stored version needs the database drivers: loaded only for --versie, so other runs stay fast.
    const stored =
      typeof flags.versie === 'string'
        ? await import('./stored-note.js').then((m) =>
            m.readStoredVersion(m.parseVersionChoice(flags.versie as string), io.env ?? process.env),
          )
        : undefined;
    if (stored && typeof flags.org === 'string')
      throw new UsageError('kies --org (een bestand) of --versie (een bewaarde versie), niet beide');
    if (stored)
      org = (await import('../shared/organisation/effective.js')).effectiveOrganisation(stored.organisation);
    const ctx: CliContext = {
      args: positionals,
      flags,
      json: flags.json === true,
      org: () => (org ??= organisationFile.loadEffectiveOrganisation(orgFile)),
      ...(stored ? { storedVersion: stored } : {}),
      stdin: io.stdin,
      out: io.out,
      err: io.err,
    };
    return await command.run(ctx);
  } catch (e) {
    if (e instanceof UsageError || (organisationFileError && e instanceof organisationFileError)) {
      io.err(e.message);
      return EXIT_BAD_INPUT;
    }
    // Anything else is a bug, not the user's input; still one line, with the stack on request.
    io.err(`interne fout: ${(e as Error).message ?? String(e)}`);
    if (process.env.AFSPRAAK_DEBUG) io.err(String((e as Error).stack));
    return EXIT_BAD_INPUT;
  }
}

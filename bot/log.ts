// The bot's log: one line per event on stdout/stderr, prefixed with a scope. Tests pass
// `silentLogger` (or a recording one) so their output stays readable.
export interface Logger {
  info(message: string, ...details: unknown[]): void;
  warn(message: string, ...details: unknown[]): void;
  error(message: string, ...details: unknown[]): void;
}

export function consoleLogger(scope = 'afspraak'): Logger {
  const prefix = `[${scope}]`;
  return {
    info: (m, ...d) => console.log(prefix, m, ...d),
    warn: (m, ...d) => console.warn(prefix, m, ...d),
    error: (m, ...d) => console.error(prefix, m, ...d),
  };
}

export const silentLogger: Logger = { info() {}, warn() {}, error() {} };

// Reads an agreement number from the command line: '36', 'afspraak 36' or '#36'.
import { UsageError } from '../command';

export function parseAgreementNumber(args: string[], usage: string): number {
  const raw = args.join(' ').trim();
  if (!raw) throw new UsageError(`geef een afspraaknummer, bv. afspraak ${usage}`);
  const m = /^(?:afspraak\s*)?#?(\d+)$/i.exec(raw);
  if (!m) throw new UsageError(`'${raw}' is geen afspraaknummer; geef een getal van 1 tot 87`);
  return Number(m[1]);
}

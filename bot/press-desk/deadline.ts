// Deadlines as staff type them (a date and a time in Belgium) to instants, and back for display.
// Europe/Brussels is the organisation's clock whatever the server's time zone is.

export const TIME_ZONE = 'Europe/Brussels';

/** The offset of Brussels from UTC at an instant, in minutes (60 in winter, 120 in summer). */
function offsetMinutes(at: Date): number {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(at);
  const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
  const asUtc = Date.UTC(
    get('year'),
    get('month') - 1,
    get('day'),
    get('hour'),
    get('minute'),
    get('second'),
  );
  return Math.round((asUtc - at.getTime()) / 60000);
}

/**
 * '2026-11-25' and '16:30' (Brussels) to a Date; a missing time means the end of the working day
 * (17:00). Undefined when the date is absent; null when it cannot be read.
 */
export function parseDeadline(date?: string, time?: string): Date | undefined | null {
  const d = date?.trim();
  if (!d) return undefined;
  const dm = /^(\d{4})-(\d{2})-(\d{2})$/.exec(d);
  const tm = /^(\d{1,2}):(\d{2})(?::\d{2})?$/.exec(time?.trim() || '17:00');
  if (!dm || !tm) return null;
  const [y, mo, da, h, mi] = [dm[1], dm[2], dm[3], tm[1], tm[2]].map(Number);
  if (mo < 1 || mo > 12 || da < 1 || da > 31 || h > 23 || mi > 59) return null;
  const naive = Date.UTC(y, mo - 1, da, h, mi);
  // Two passes find the right offset around a daylight-saving change.
  let guess = naive - offsetMinutes(new Date(naive)) * 60000;
  guess = naive - offsetMinutes(new Date(guess)) * 60000;
  const result = new Date(guess);
  return Number.isNaN(result.getTime()) ? null : result;
}

/** 'wo 25 nov. 16:30' in Brussels time. */
export function formatDeadline(at: Date): string {
  return new Intl.DateTimeFormat('nl-BE', {
    timeZone: TIME_ZONE,
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  }).format(at);
}

/** The start and end of the Brussels calendar day that contains `now`. */
export function brusselsDay(now: Date): { start: Date; end: Date } {
  const ymd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(now);
  const start = parseDeadline(ymd, '00:00') as Date;
  const next = new Date(start.getTime() + 36 * 3600_000);
  const nextYmd = new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE }).format(next);
  return { start, end: parseDeadline(nextYmd, '00:00') as Date };
}

/** The Brussels calendar year of an instant (for PV-YYYY numbers). */
export function brusselsYear(at: Date): number {
  return Number(new Intl.DateTimeFormat('en-CA', { timeZone: TIME_ZONE, year: 'numeric' }).format(at));
}

// The one Teams channel that is the press desk, set with `persdesk instellen`.
import type { Queryable } from '../storage';

export interface DeskChannel {
  reference: Record<string, unknown>;
  channelName: string | null;
  setById: string;
  setByName: string | null;
  setAt: Date;
}

export async function getDeskChannel(db: Queryable): Promise<DeskChannel | undefined> {
  const { rows } = await db.query<{
    reference: Record<string, unknown> | string;
    channel_name: string | null;
    set_by_id: string;
    set_by_name: string | null;
    set_at: Date;
  }>('select reference, channel_name, set_by_id, set_by_name, set_at from press_desk_channel where id = 1');
  const r = rows[0];
  if (!r) return undefined;
  return {
    reference: typeof r.reference === 'string' ? JSON.parse(r.reference) : r.reference,
    channelName: r.channel_name,
    setById: r.set_by_id,
    setByName: r.set_by_name,
    setAt: new Date(r.set_at),
  };
}

export async function setDeskChannel(
  db: Queryable,
  desk: { reference: Record<string, unknown>; channelName?: string; setById: string; setByName?: string },
): Promise<void> {
  await db.query(
    `insert into press_desk_channel (id, reference, channel_name, set_by_id, set_by_name, set_at)
     values (1, $1, $2, $3, $4, now())
     on conflict (id) do update set reference = excluded.reference, channel_name = excluded.channel_name,
       set_by_id = excluded.set_by_id, set_by_name = excluded.set_by_name, set_at = now()`,
    [JSON.stringify(desk.reference), desk.channelName ?? null, desk.setById, desk.setByName ?? null],
  );
}

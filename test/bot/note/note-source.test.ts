// The organisation source follows a version published elsewhere: by NOTIFY (both engines deliver
// it to a listener), and by its poll when no notification comes (a dropped LISTEN connection).
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { openNoteSource } from '../../../bot/note/note-source';
import { seedFromText } from '../../../bot/note/organisation-file';
import { createVersionStore, NOTE_CHANNEL } from '../../../bot/note/version-store';
import type { Storage } from '../../../bot/storage';
import { storageBackends } from '../../helpers/storage-backends';

const TEXT = readFileSync(resolve(__dirname, '../../../organisations/zilverbeek.yaml'), 'utf8');

describe.each(storageBackends().map((b) => [b.name, b] as const))(
  'the note source on %s',
  (_name, backend) => {
    let storage: Storage;
    beforeAll(async () => {
      await (await backend.open()).close();
    }, 180_000);
    beforeEach(async () => {
      storage = await backend.open();
    });
    afterEach(() => storage.close());

    it('delivers a NOTIFY sent in a committed transaction to a listener', async () => {
      const got: string[] = [];
      const stop = await storage.listen!(NOTE_CHANNEL, (p) => got.push(p));
      await storage.transaction((tx) => tx.query('select pg_notify($1, $2)', [NOTE_CHANNEL, '7']));
      const start = Date.now();
      while (!got.length && Date.now() - start < 3000) await new Promise((r) => setTimeout(r, 10));
      await stop();
      expect(got).toEqual(['7']);
    });

    it('switches to a version published by another writer, calls its listeners and prepares it first', async () => {
      const prepared: number[] = [];
      const source = await openNoteSource({
        storage,
        seed: seedFromText(TEXT, 'zilverbeek.yaml'),
        prepare: (org) => prepared.push(org.omitted.length),
        pollMs: 100_000, // only NOTIFY can bring it within the test
      });
      try {
        expect(source.current().number).toBe(1);
        const seen: number[] = [];
        source.onChange((n) => seen.push(n.number));
        // "Another instance": a second store on the same database publishes.
        const other = createVersionStore(storage);
        await other.saveDraft(
          {
            ...source.current().organisation,
            agreements: { ...source.current().organisation.agreements, omit: [67] },
          },
          { name: 'Kim' },
        );
        await other.publish({ name: 'Kim' });
        const start = Date.now();
        while (source.current().number < 2 && Date.now() - start < 3000)
          await new Promise((r) => setTimeout(r, 10));
        expect(source.current().number).toBe(2);
        expect(source.current().effective.omitted).toEqual([67]);
        expect(seen).toEqual([2]);
        expect(prepared).toEqual([0, 1]);
      } finally {
        await source.close();
      }
    });

    it('follows by its poll when there is no LISTEN', async () => {
      const source = await openNoteSource({
        storage: { ...storage, listen: undefined },
        seed: seedFromText(TEXT, 'zilverbeek.yaml'),
        pollMs: 50,
      });
      try {
        await createVersionStore(storage).restore(1, { name: 'Kim' });
        const start = Date.now();
        while (source.current().number < 2 && Date.now() - start < 3000)
          await new Promise((r) => setTimeout(r, 10));
        expect(source.current().number).toBe(2);
      } finally {
        await source.close();
      }
    });
  },
);

// The note's versions on both engines: ORG_FILE seeds version 1 and is imported again only when
// it changed; one draft at a time, saved against the revision it was read at; publishing and
// rolling back make new numbers, each with what changed since the version before it.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { seedFromText } from '../../../bot/note/organisation-file';
import { createVersionStore, type VersionStore } from '../../../bot/note/version-store';
import type { Storage } from '../../../bot/storage';
import type { Organisation } from '../../../shared/organisation/types';
import { storageBackends } from '../../helpers/storage-backends';

const FILE = resolve(__dirname, '../../../organisations/zilverbeek.yaml');
const TEXT = readFileSync(FILE, 'utf8');
const SAM = { name: 'Sam Communicatie', id: 'aad-sam' };
const KIM = { name: 'Kim Communicatie', id: 'aad-kim' };

const withOmitted = (org: Organisation, n: number): Organisation => ({
  ...org,
  agreements: { ...org.agreements, omit: [...org.agreements.omit, n] },
});

describe.each(storageBackends().map((b) => [b.name, b] as const))('note versions on %s', (_name, backend) => {
  let storage: Storage;
  let store: VersionStore;
  // The first PGlite of a test file runs initdb: slow on a busy machine, so not inside a test's time.
  beforeAll(async () => {
    await (await backend.open()).close();
  }, 180_000);
  beforeEach(async () => {
    storage = await backend.open();
    store = createVersionStore(storage);
  });
  afterEach(() => storage.close());

  it('seeds version 1 from the file once, and imports a changed file as a new version', async () => {
    const seed = seedFromText(TEXT, 'zilverbeek.yaml');
    const first = await store.importFile(seed.organisation, seed.hash, { name: 'ORG_FILE zilverbeek.yaml' });
    expect(first).toMatchObject({
      number: 1,
      origin: 'file',
      changes: [],
      createdBy: 'ORG_FILE zilverbeek.yaml',
    });
    expect(await store.importFile(seed.organisation, seed.hash, { name: 'x' })).toBeUndefined();
    expect(await store.currentNumber()).toBe(1);

    const changed = seedFromText(TEXT.replace('omit: []', 'omit: [67]'), 'zilverbeek.yaml');
    const second = await store.importFile(changed.organisation, changed.hash, {
      name: 'ORG_FILE zilverbeek.yaml',
    });
    expect(second?.number).toBe(2);
    expect(second?.changes.map((c) => c.text)).toEqual(['Afspraak 67 (Gemeentelijk infoblad) weggelaten.']);
    expect((await store.current())?.organisation.agreements.omit).toEqual([67]);
  });

  it('keeps one draft, refuses a save on a stale revision, and publishes it as the next number', async () => {
    const seed = seedFromText(TEXT, 'zilverbeek.yaml');
    await store.importFile(seed.organisation, seed.hash, { name: 'ORG_FILE' });
    expect(await store.draft()).toBeUndefined();
    expect(await store.publish(SAM)).toEqual({ ok: false, reason: 'no-draft' });

    const saved = await store.saveDraft(withOmitted(seed.organisation, 45), SAM, 0);
    expect(saved).toMatchObject({
      ok: true,
      draft: { basedOn: 1, revision: 1, updatedBy: 'Sam Communicatie' },
    });
    // Kim read the draft before Sam's save: her save names revision 0 and is refused.
    expect(await store.saveDraft(withOmitted(seed.organisation, 12), KIM, 0)).toMatchObject({
      ok: false,
      reason: 'draft-changed',
      draft: { revision: 1 },
    });
    const again = await store.saveDraft(withOmitted(seed.organisation, 12), KIM, 1);
    expect(again).toMatchObject({ ok: true, draft: { revision: 2, updatedBy: 'Kim Communicatie' } });
    expect(await store.publish(SAM, { revision: 1 })).toEqual({ ok: false, reason: 'draft-changed' });

    const published = await store.publish(SAM, {
      changeNote: 'Geen persberichten meer via de diensten.',
      revision: 2,
    });
    expect(published).toMatchObject({
      ok: true,
      version: {
        number: 2,
        origin: 'composer',
        createdBy: 'Sam Communicatie',
        changeNote: 'Geen persberichten meer via de diensten.',
      },
    });
    expect(published.ok && published.version.changes.map((c) => c.agreement)).toEqual([12]);
    expect(await store.draft()).toBeUndefined();
    expect((await store.list()).map((v) => v.number)).toEqual([2, 1]);
  });

  it('rolls back by publishing a copy of an older version as the newest', async () => {
    const seed = seedFromText(TEXT, 'zilverbeek.yaml');
    await store.importFile(seed.organisation, seed.hash, { name: 'ORG_FILE' });
    await store.saveDraft(withOmitted(seed.organisation, 45), SAM);
    await store.publish(SAM);
    const back = await store.restore(1, KIM);
    expect(back).toMatchObject({
      ok: true,
      version: { number: 3, origin: 'rollback', restoredFrom: 1, changeNote: 'Terug naar versie 1.' },
    });
    expect(back.ok && back.version.changes.map((c) => c.text)).toEqual([
      'Afspraak 45 (Perscommunicatie) opgenomen.',
    ]);
    expect((await store.current())?.organisation).toEqual(seed.organisation);
    expect(await store.restore(9, KIM)).toEqual({ ok: false, reason: 'not-found' });
  });

  it('gives every one of ten concurrent publishes its own number', async () => {
    const seed = seedFromText(TEXT, 'zilverbeek.yaml');
    await store.importFile(seed.organisation, seed.hash, { name: 'ORG_FILE' });
    const results = await Promise.all(Array.from({ length: 10 }, () => store.restore(1, SAM)));
    const numbers = results.map((r) => (r.ok ? r.version.number : 0)).sort((a, b) => a - b);
    expect(numbers).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
  });
});

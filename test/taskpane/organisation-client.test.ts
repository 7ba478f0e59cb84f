import {
  cachedOrganisation,
  fetchOrganisation,
  fetchPageConfig,
  OrganisationUnavailable,
} from '../../taskpane/organisation-client';
import { zilverbeek } from './fixtures';

class MemoryStorage {
  items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });

describe('the organisation client', () => {
  const body = {
    organisation: zilverbeek(),
    fileName: 'zilverbeek.yaml',
    version: 'v1',
    updated: '2026-11-20T10:00:00.000Z',
  };

  it('fetches the organisation with the token, makes it effective and caches it', async () => {
    const storage = new MemoryStorage();
    const fetch = jest.fn(async () => json(200, body));
    const loaded = await fetchOrganisation(
      { fetch: fetch as unknown as typeof globalThis.fetch, storage },
      'tok',
    );
    expect(fetch).toHaveBeenCalledWith(
      '/api/organisation',
      expect.objectContaining({ headers: { authorization: 'Bearer tok' } }),
    );
    expect(loaded.source).toBe('server');
    expect(loaded.org.byNumber.get(36)?.number).toBe(36);
    const cached = cachedOrganisation({ fetch: fetch as unknown as typeof globalThis.fetch, storage });
    expect(cached?.source).toBe('cache');
    expect(cached?.org.organisation.organisation.name).toBe('Gemeente Zilverbeek');
  });

  it.each([
    [401, 'sign-in'],
    [403, 'refused'],
    [500, 'server'],
  ])('turns status %i into a %s reason with the server’s Dutch message', async (status, reason) => {
    const fetch = async () => json(status, { error: { code: 'x', message: 'Uitleg van de server.' } });
    const error = await fetchOrganisation({ fetch: fetch as unknown as typeof globalThis.fetch }).catch(
      (e) => e,
    );
    expect(error).toBeInstanceOf(OrganisationUnavailable);
    expect(error.reason).toBe(reason);
    expect(error.message).toBe('Uitleg van de server.');
  });

  it('calls an unreachable server offline', async () => {
    const fetch = async () => {
      throw new TypeError('Failed to fetch');
    };
    await expect(
      fetchPageConfig({ fetch: fetch as unknown as typeof globalThis.fetch }),
    ).rejects.toMatchObject({
      reason: 'offline',
      message: 'De server van Afspraak is niet bereikbaar.',
    });
  });

  it('ignores a damaged cache', () => {
    const storage = new MemoryStorage();
    storage.setItem('afspraak.organisation.v1', '{not json');
    expect(cachedOrganisation({ fetch, storage })).toBeUndefined();
  });
});

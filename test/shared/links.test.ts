import {
  agreementDeepLink,
  agreementFromSubEntityId,
  agreementSubEntityId,
  agreementWebUrl,
} from '../../shared/links';

const APP = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';

describe('links to an agreement', () => {
  it('builds a Teams deep link to the Afspraken tab with the agreement as sub-entity', () => {
    const link = new URL(agreementDeepLink(APP, 45));
    expect(link.origin).toBe('https://teams.microsoft.com');
    expect(link.pathname).toBe(`/l/entity/${APP}/afspraken`);
    expect(JSON.parse(link.searchParams.get('context')!)).toEqual({ subEntityId: 'afspraak-45' });
  });

  it('adds a webUrl for people without Teams', () => {
    const web = agreementWebUrl('https://afspraak.zilverbeek.be/', 45);
    expect(web).toBe('https://afspraak.zilverbeek.be/tab/?pagina=afspraken#afspraak-45');
    expect(new URL(agreementDeepLink(APP, 45, web)).searchParams.get('webUrl')).toBe(web);
  });

  it('reads the agreement back from a sub-entity id', () => {
    expect(agreementFromSubEntityId(agreementSubEntityId(7))).toBe(7);
    expect(agreementFromSubEntityId('45')).toBe(45);
    for (const bad of [undefined, null, '', 'afspraak-', 'persdesk', 'afspraak-4x'])
      expect(agreementFromSubEntityId(bad)).toBeUndefined();
  });

  it('refuses what is not an agreement number', () => {
    expect(() => agreementDeepLink(APP, 0)).toThrow(RangeError);
    expect(() => agreementDeepLink(APP, 4.5)).toThrow(RangeError);
  });
});

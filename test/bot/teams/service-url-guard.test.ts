import { refuseServiceUrl } from '../../../bot/teams/service-url-guard';

const local = { mode: 'local' as const, localModeExposed: false };

describe('serviceUrl guard (local mode answers only this machine)', () => {
  it.each([
    'http://localhost:55000',
    'http://localhost:55000/',
    'http://127.0.0.1:3978/',
    'http://127.45.6.7/',
    'http://[::1]:9000/',
    'https://LOCALHOST/',
  ])('accepts the loopback serviceUrl %s (the Emulator on this machine)', (url) => {
    expect(refuseServiceUrl(local, url)).toBeUndefined();
  });

  it.each([
    'http://evil.example.com/',
    'http://localhost.evil.example.com/',
    'http://127.0.0.1.nip.io/',
    'http://10.0.0.5:3978/',
    'http://192.168.1.20/',
    'http://[::ffff:10.0.0.1]/',
    'http://0.0.0.0/',
    'https://smba.trafficmanager.net/emea/',
  ])('refuses %s with an English and a Dutch reason', (url) => {
    const refused = refuseServiceUrl(local, url);
    expect(refused?.error).toContain(url);
    expect(refused?.fout).toMatch(/lokale modus/);
  });

  it('lets an admin who exposed local mode on purpose (HOST) use any serviceUrl', () => {
    expect(refuseServiceUrl({ mode: 'local', localModeExposed: true }, 'http://10.0.0.5/')).toBeUndefined();
  });

  it('leaves production to the Bot Framework token check', () => {
    expect(
      refuseServiceUrl(
        { mode: 'production', localModeExposed: false },
        'https://smba.trafficmanager.net/emea/',
      ),
    ).toBeUndefined();
  });
});

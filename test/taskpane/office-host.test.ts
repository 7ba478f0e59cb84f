/** @jest-environment jsdom */
import { isOfficeHosted, loadOfficeJs, officeJsUrl, type OfficeHostEnv } from '../../taskpane/office-host';

const browser = (over: Partial<OfficeHostEnv> = {}): OfficeHostEnv => ({
  location: { search: '', hash: '' },
  name: '',
  sessionStorage: { getItem: () => null },
  // What Chrome and Edge have as window.external: no Office methods.
  external: { AddSearchProvider: () => undefined, IsSearchProviderInstalled: () => 0 },
  ...over,
});

describe('isOfficeHosted: load office.js only inside Office', () => {
  it('is false in a plain browser, also with other query parameters', () => {
    expect(isOfficeHosted(browser())).toBe(false);
    expect(isOfficeHosted(browser({ location: { search: '?tekst=1', hash: '#resultaat' } }))).toBe(false);
    expect(isOfficeHosted(browser({ name: 'afspraak' }))).toBe(false);
    expect(isOfficeHosted(browser({ name: '{"iets":1}' }))).toBe(false);
    expect(isOfficeHosted(browser({ external: undefined }))).toBe(false);
  });

  it('is true when Office passes its host info in the address (web, and desktop SourceLocation)', () => {
    const search = '?_host_Info=Word$Win32$16.01$nl-BE$telemetry$$$0';
    expect(isOfficeHosted(browser({ location: { search, hash: '' } }))).toBe(true);
    expect(isOfficeHosted(browser({ location: { search: '?a=1&_host_Info=Word|Web', hash: '' } }))).toBe(
      true,
    );
    expect(isOfficeHosted(browser({ location: { search: '', hash: '#_xdm_Info=abc' } }))).toBe(true);
  });

  it('is true when Office kept its host info after a navigation inside the add-in', () => {
    expect(isOfficeHosted(browser({ name: '{"hostInfo":"Word|Web|16.00|nl-BE"}' }))).toBe(true);
    expect(
      isOfficeHosted(
        browser({ sessionStorage: { getItem: (k) => (k === 'hostInfoValue' ? 'Word' : null) } }),
      ),
    ).toBe(true);
  });

  it('is true in a desktop host web view (Windows, Mac)', () => {
    expect(isOfficeHosted(browser({ external: { GetHostInfo: () => 'Word$Win32' } }))).toBe(true);
    expect(isOfficeHosted(browser({ external: { GetContext: () => ({}) } }))).toBe(true);
    expect(isOfficeHosted(browser({ webkit: { messageHandlers: { Agave: {} } } }))).toBe(true);
    expect(isOfficeHosted(browser({ agaveHost: { GetHostInfo: () => '' } }))).toBe(true);
  });

  it('survives blocked storage', () => {
    const blocked = {
      getItem: () => {
        throw new Error('SecurityError');
      },
    };
    expect(isOfficeHosted(browser({ sessionStorage: blocked }))).toBe(false);
  });
});

describe('office.js address and loading', () => {
  afterEach(() => {
    document.head.innerHTML = '';
  });

  it('reads the address the server filled in, and ignores the unfilled placeholder', () => {
    document.head.innerHTML = '<meta name="office-js" content="/vendor/office-js/office.js">';
    expect(officeJsUrl(document)).toBe('/vendor/office-js/office.js');
    document.head.innerHTML = '<meta name="office-js" content="%OFFICE_JS_URL%">';
    expect(officeJsUrl(document)).toBeUndefined();
  });

  it('adds the script and reports whether it loaded', async () => {
    const loading = loadOfficeJs(document, '/vendor/office-js/office.js');
    const script = document.head.querySelector('script')!;
    expect(script.getAttribute('src')).toBe('/vendor/office-js/office.js');
    script.dispatchEvent(new Event('load'));
    expect(await loading).toBe(true);
    const failing = loadOfficeJs(document, '/nergens.js');
    document.head.querySelectorAll('script')[1].dispatchEvent(new Event('error'));
    expect(await failing).toBe(false);
  });
});

describe('the task pane page', () => {
  it('names office.js in a meta tag, not a script tag, so a plain browser never fetches it', async () => {
    const { readFileSync } = await import('node:fs');
    const html = readFileSync(require.resolve('../../taskpane/index.html'), 'utf8');
    expect(html).toContain('<meta name="office-js" content="%OFFICE_JS_URL%" />');
    expect(html).not.toMatch(/<script[^>]*%OFFICE_JS_URL%/);
  });
});

// .txt and .md bytes: which encodings are read as text, and which files are refused as not text.
import { textFromBytes } from '../../../shared/checks/text-bytes';

const utf8 = (s: string) => new TextEncoder().encode(s);
const latin1 = (s: string) => Uint8Array.from(s, (c) => c.charCodeAt(0));

describe('textFromBytes', () => {
  it.each([
    ['UTF-8', utf8('Financiële steun voor één jaar.'), 'Financiële steun voor één jaar.'],
    ['UTF-8 with a byte order mark', utf8('\uFEFFBeste inwoner'), 'Beste inwoner'],
    ['Windows-1252 (older editors)', latin1('Financi\xeble steun \x96 \x80 5'), 'Financiële steun – € 5'],
    [
      'UTF-16 with a byte order mark',
      Uint8Array.from([0xff, 0xfe, ...Array.from('één').flatMap((c) => [c.charCodeAt(0), 0])]),
      'één',
    ],
    ['tabs, form feeds and Windows line ends', utf8('a\tb\r\nc\fd'), 'a\tb\r\nc\fd'],
  ])('reads %s', (_name, bytes, text) => {
    expect(textFromBytes(bytes)).toEqual({ ok: true, text });
  });

  it('keeps UTF-8 with one broken byte in a long text, the byte replaced', () => {
    const bytes = Uint8Array.from([...utf8(`Eén ${'woord '.repeat(100)}`), 0xff, ...utf8(' einde')]);
    const result = textFromBytes(bytes);
    expect(result.ok && result.text).toMatch(/^Eén woord .* \uFFFD einde$/);
  });

  it.each([
    ['a NUL byte', Uint8Array.from([0x41, 0, 0x42]), 'binary'],
    ['control characters beyond one in a hundred', utf8(`Tekst ${'\x01\x02\x1b'.repeat(5)}`), 'binary'],
    [
      'UTF-8 mixed with many invalid bytes',
      Uint8Array.from(Array.from({ length: 50 }, () => [...utf8('é'), 0xff, 0xfe, 0x41]).flat()),
      'not-text',
    ],
  ])('refuses %s with a Dutch reason', (_name, bytes, reason) => {
    const result = textFromBytes(bytes);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.message).toMatch(/tekst/);
    }
  });
});

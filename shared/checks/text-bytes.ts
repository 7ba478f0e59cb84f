// The text of a .txt or .md file from its bytes, or why it is not text. Pure (no fs): the CLI
// reads the bytes. Editors here write UTF-8 (with or without BOM), UTF-16 with BOM, or
// Windows-1252 (older Windows programs); a binary file renamed to .txt is none of these.

export type TextBytesResult =
  | { ok: true; text: string }
  /** Dutch, fit to show after the file's name. */
  | { ok: false; reason: 'binary' | 'not-text'; message: string };

/**
 * How much of a file may be broken before it is "not text": invalid UTF-8 sequences in a file
 * that is otherwise UTF-8, or control characters that no editor writes in prose.
 */
export const TEXT_LIMITS = { invalidShare: 0.01, controlShare: 0.01 } as const;

const BINARY =
  'dit is geen tekstbestand: het bevat binaire gegevens (een programma, afbeelding of ander bestandstype met de extensie .txt of .md?)';
const NOT_TEXT =
  'dit bestand bevat geen leesbare tekst: te veel tekens zijn ongeldig. Sla het op als tekst (UTF-8) en probeer opnieuw.';

// C0 controls other than tab, line feed, form feed and carriage return; DEL; and the five
// positions Windows-1252 leaves undefined (decoded to C1 controls).
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL = /[\u0001-\u0008\u000b\u000e-\u001f\u007f\u0081\u008d\u008f\u0090\u009d]/g;
const REPLACEMENT = /\uFFFD/g;

export function textFromBytes(bytes: Uint8Array): TextBytesResult {
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  else if (bytes[0] === 0xfe && bytes[1] === 0xff)
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  else {
    if (bytes.includes(0)) return { ok: false, reason: 'binary', message: BINARY };
    const decoded = utf8OrLegacy(bytes);
    if (!decoded) return { ok: false, reason: 'not-text', message: NOT_TEXT };
    text = decoded;
  }
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > Math.max(1, text.length * TEXT_LIMITS.controlShare)) {
    return { ok: false, reason: 'binary', message: BINARY };
  }
  return { ok: true, text: text.replace(/^\uFEFF/, '') };
}

/**
 * UTF-8 when the bytes are UTF-8 (a few broken sequences become U+FFFD); Windows-1252 when no
 * byte sequence is valid multi-byte UTF-8 (a legacy file); undefined when UTF-8 is mixed with
 * more than a small share of invalid bytes (neither).
 */
function utf8OrLegacy(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // Not valid UTF-8 as a whole: see how much of it is.
  }
  const lenient = new TextDecoder('utf-8').decode(bytes);
  const invalid = (lenient.match(REPLACEMENT)?.length ?? 0) - genuineReplacements(bytes);
  const multiByte = /[\u0080-\uFFFC\uFFFE\uFFFF]/.test(lenient);
  if (!multiByte) return windows1252(bytes);
  return invalid <= bytes.length * TEXT_LIMITS.invalidShare ? lenient : undefined;
}

// Windows-1252's 0x80–0x9F (€, curly quotes, dashes); the five undefined positions stay C1
// controls. Node's TextDecoder without full ICU decodes the label as Latin-1, so map them here.
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function windows1252(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    text += String.fromCharCode(
      ...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b)),
    );
  }
  return text;
}

/** U+FFFD written in the file itself (EF BF BD), which the lenient decoder also yields. */
function genuineReplacements(bytes: Uint8Array): number {
  let count = 0;
  for (let i = bytes.indexOf(0xef); i !== -1 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) {
    if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) count++;
  }
  return count;
}

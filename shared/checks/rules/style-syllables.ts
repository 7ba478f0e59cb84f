// Dutch syllable counting for the readability formulas (agreement 19, 64). A syllable is a vowel
// sound: the vowel letters between consonants are split into Dutch vowel spellings, longest first
// (aai, ooi, oei, eeu, ieu, then aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, au, ou), so "ideaal" is
// i-de-aal and "theater" the-a-ter. A diaeresis always opens a new syllable ("financiële" has
// five, "geëerd" two). Good enough for a text average; names and loanwords may be off by one.
// Works on character codes with lookup tables: it runs once for every word of the document.

const A = 97;
const E = 101;
const I = 105;
const J = 106;
const O = 111;
const U = 117;
const Y = 121;

/** For each character code below 0x180: the plain vowel it spells (lower case), or 0. */
const VOWEL = new Uint8Array(0x180);
/** Whether the character carries a diaeresis (ë, ï, ö, ü, ä and their capitals). */
const TREMA = new Uint8Array(0x180);

function setVowel(chars: string, base: number, trema = false): void {
  for (const c of chars) {
    VOWEL[c.charCodeAt(0)] = base;
    if (trema) TREMA[c.charCodeAt(0)] = 1;
  }
}
setVowel('aAáÁàÀâÂ', A);
setVowel('eEéÉèÈêÊ', E);
setVowel('iIíÍìÌîÎ', I);
setVowel('oOóÓòÒôÔ', O);
setVowel('uUúÚùÙûÛ', U);
setVowel('yY', Y);
setVowel('äÄ', A, true);
setVowel('ëË', E, true);
setVowel('ïÏ', I, true);
setVowel('öÖ', O, true);
setVowel('üÜ', U, true);

const key2 = (a: number, b: number) => a * 128 + b;
const key3 = (a: number, b: number, c: number) => (a * 128 + b) * 128 + c;
const codes = (s: string) => [...s].map((c) => c.charCodeAt(0));
const TRIGRAPHS = new Set(
  ['aai', 'ooi', 'oei', 'eeu', 'ieu'].map((s) => key3(...(codes(s) as [number, number, number]))),
);
const DIGRAPHS = new Set(
  ['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'au', 'ou'].map((s) =>
    key2(...(codes(s) as [number, number])),
  ),
);

// One reusable buffer for a run of vowel letters (words are short; longer runs are cut).
const run = new Uint8Array(32);

export function countSyllables(word: string): number {
  let count = 0;
  let n = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    const vowel = code < 0x180 ? VOWEL[code] : 0;
    if (vowel) {
      // Trema: a new syllable starts here, whatever came before.
      if (TREMA[code] && n > 0) {
        count += vowelSounds(n);
        n = 0;
      }
      if (n < run.length) run[n++] = vowel;
    } else if ((code === J || code === 74) && n > 0 && run[n - 1] === I) {
      if (n < run.length) run[n++] = J;
    } else if (n > 0) {
      count += vowelSounds(n);
      n = 0;
    }
  }
  if (n > 0) count += vowelSounds(n);
  // Abbreviations and symbols without vowels (CD&V, m²) are read as at least one syllable.
  return count > 0 ? count : 1;
}

/** How many vowel sounds the first n letters of the run hold. */
function vowelSounds(n: number): number {
  let sounds = 0;
  let i = 0;
  while (i < n) {
    if (i + 2 < n && TRIGRAPHS.has(key3(run[i], run[i + 1], run[i + 2]))) i += 3;
    else if (i + 1 < n && DIGRAPHS.has(key2(run[i], run[i + 1]))) i += 2;
    else i += 1;
    sounds++;
  }
  return sounds;
}

// Dutch syllable counting for the readability formulas (agreement 19, 64). A syllable is a vowel
// sound: the vowel letters between consonants are split into Dutch vowel spellings, longest first
// (aai, ooi, oei, eeu, ieu, then aa, ee, oo, uu, ie, oe, eu, ei, ij, ui, au, ou), so "ideaal" is
// i-de-aal and "theater" the-a-ter. A diaeresis always opens a new syllable ("financiële" has
// five, "geëerd" two). Good enough for a text average; names and loanwords may be off by one.

const TRIGRAPHS = new Set(['aai', 'ooi', 'oei', 'eeu', 'ieu']);
const DIGRAPHS = new Set(['aa', 'ee', 'oo', 'uu', 'ie', 'oe', 'eu', 'ei', 'ij', 'ui', 'au', 'ou']);
const VOWELS = new Set(['a', 'e', 'i', 'o', 'u', 'y']);
const DIAERESIS: Record<string, string> = { ë: 'e', ï: 'i', ö: 'o', ü: 'u', ä: 'a' };
const ACCENTED: Record<string, string> = {
  é: 'e',
  è: 'e',
  ê: 'e',
  á: 'a',
  à: 'a',
  â: 'a',
  ó: 'o',
  ò: 'o',
  ô: 'o',
  ú: 'u',
  û: 'u',
  í: 'i',
  î: 'i',
};

export function countSyllables(word: string): number {
  const lower = word.toLowerCase();
  let count = 0;
  let run = '';
  const flush = () => {
    if (run) count += vowelSounds(run);
    run = '';
  };
  for (let i = 0; i < lower.length; i++) {
    const ch = lower[i];
    const plain = DIAERESIS[ch];
    if (plain) {
      // Trema: a new syllable starts here, whatever came before.
      flush();
      run = plain;
    } else if (VOWELS.has(ch) || ACCENTED[ch]) {
      run += ACCENTED[ch] ?? ch;
    } else if (ch === 'j' && run.endsWith('i')) {
      run += 'j';
    } else {
      flush();
    }
  }
  flush();
  // Abbreviations and symbols without vowels (CD&V, m²) are read as at least one syllable.
  return Math.max(1, count);
}

/** How many vowel sounds one run of vowel letters holds. */
function vowelSounds(run: string): number {
  let n = 0;
  let i = 0;
  while (i < run.length) {
    if (i + 3 <= run.length && TRIGRAPHS.has(run.slice(i, i + 3))) i += 3;
    else if (i + 2 <= run.length && DIGRAPHS.has(run.slice(i, i + 2))) i += 2;
    else i += 1;
    n++;
  }
  return n;
}

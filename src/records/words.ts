/**
 * Words in a Markdown body: runs of letters or digits (apostrophes and hyphens inside a word keep it
 * one), Markdown marks ignored. The count of matches of `[\p{L}\p{N}][\p{L}\p{N}'’-]*` (Unicode), by a
 * scan that allocates nothing: the build counts every article's words on its main thread.
 */
export function countWords(markdown: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < markdown.length; i++) {
    let code = markdown.charCodeAt(i);
    let astral = false;
    if (code >= 0xd800 && code <= 0xdbff && i + 1 < markdown.length) {
      const low = markdown.charCodeAt(i + 1);
      if (low >= 0xdc00 && low <= 0xdfff) {
        code = 0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00);
        astral = true;
      }
    }
    if (isLetterOrDigit(code)) {
      if (!inWord) words++;
      inWord = true;
    } else if (!(inWord && (code === 0x27 || code === 0x2019 || code === 0x2d))) inWord = false;
    if (astral) i++;
  }
  return words;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/** Per code unit of the Basic Multilingual Plane: 0 not yet asked, 1 letter or digit, 2 neither. */
const bmp = new Uint8Array(0x10000);

function isLetterOrDigit(code: number): boolean {
  if (code < 0x80) return (code >= 0x61 && code <= 0x7a) || (code >= 0x41 && code <= 0x5a) || (code >= 0x30 && code <= 0x39);
  if (code > 0xffff) return LETTER_OR_DIGIT.test(String.fromCodePoint(code));
  if (bmp[code] === 0) bmp[code] = LETTER_OR_DIGIT.test(String.fromCharCode(code)) ? 1 : 2;
  return bmp[code] === 1;
}

/** Minutes to read at 230 words a minute, at least 1. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

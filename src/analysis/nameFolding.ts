/**
 * A transliteration-folding key for names, so that spellings of one name made by different
 * romanisation habits meet: Izium/Izyum, Kupiansk/Kupyansk, Zelensky/Zelenskiy/Zelenskyy,
 * Kharkiv/Harkiv, Mariupol/Mariupol'. General rules only, never a list of this event's names:
 *
 * 1. compatibility-decompose and drop diacritics (Zelenskýj → zelenskyj), lower-case;
 * 2. drop apostrophes and soft-sign marks (Mariupol’ → mariupol);
 * 3. 'kh' → 'h', 'j' → 'y' (the Polish/Czech spelling of the glide);
 * 4. 'y' → 'i' (folds iy/yy/y/i endings and ia/ya, iu/yu, ie/ye pairs);
 * 5. collapse doubled letters (zelenskii → zelenski, Lyssychansk → lisichansk).
 *
 * @example foldName('Zelenskyy') === foldName('Zelensky') // 'zelenski'
 */
export function foldName(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’ʼ`ʹ′]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .replace(/kh/g, 'h')
    .replace(/j/g, 'y')
    .replace(/y/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/**
 * Folding: how spellings that mean the same thing end up as one index term, in Node (index time)
 * and in the browser (query time) alike.
 *
 * Two Lunr pipeline functions are registered here under fixed labels, so a serialised pipeline
 * (`['clippingsNormalise', 'trimmer', 'stopWordFilter', 'clippingsFold']`) loads in both places:
 *
 * - `clippingsNormalise`: diacritics stripped (NFKD), curly and modifier apostrophes removed, a
 *   possessive `'s` dropped: `Zelenskyy’s` → `zelenskyy`, `Kyïv` → `kyiv`.
 * - `clippingsFold`: ordinary words go through Lunr's stemmer; names (decided per term at build
 *   time from how the archive capitalises them, or named by a topic) get a name key — the
 *   transliteration-folded spelling, stemmed, with a `!` suffix so that a name key can never equal
 *   an ordinary word's stem: `Izyum` → `izium!`, `Zelenskiy` → `zelenski!`. At query time the
 *   reader's capitals are unknown, so a query word yields both keys (`raisin` → `raisin`,
 *   `raisin!`) and matches an ordinary word only by its stem and a name only by its name key.
 *   That is why `raisin` never finds `raising` (stem `rais`), nor `dye` finds `die`.
 */
import lunr from 'lunr';

/**
 * Marks a name key. The trimmer strips '!' from every word, so no word key ends with it; and it
 * sorts before every letter and digit, so `flag!` sits right after `flag` in the sorted keys and
 * both land in the same shard.
 */
export const NAME_MARK = '!';

/** The index and query pipeline, by label (see the module comment). */
export const PIPELINE_LABELS = ['clippingsNormalise', 'trimmer', 'stopWordFilter', 'clippingsFold'] as const;

/** What `clippingsFold` does with a token, read from `token.metadata.fold`. */
export type FoldRole =
  | { kind: 'query'; aliases?: Record<string, string> }
  | { kind: 'index'; isName: (term: string) => boolean; aliases?: Record<string, string> };

const APOSTROPHES = /['’‘`´ʼʹʻ′]/g;

/** Lowercase, strip diacritics and apostrophes: `Kup’yansk` → `kupyansk`, `Café` → `cafe`. */
export function normaliseTerm(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/['’ʼ]s$/, '')
    .replace(APOSTROPHES, '');
}

/**
 * Transliteration folding for names (Ukrainian and Russian names in English text spell the same
 * sound several ways). Only ever applied to name-like terms, never to ordinary words.
 * `izyum`/`izium` → `izium`, `kupyansk` → `kupiansk`, `zelenskyy`/`zelenskiy`/`zelensky` →
 * `zelenski`, `balakleya`/`balakliya` → `balaklia`, `kharkiv` → `harkiv`.
 */
export function foldName(term: string): string {
  return term
    .replace(/(?:iy|yy|yi|ij|ii|y)$/, 'i') // Zelenskiy, Zelenskyy, Zelenskyi, Zelensky
    .replace(/kh/g, 'h') // Kharkiv / Harkiv
    .replace(/zh/g, 'z') // Zhytomyr / Zytomyr
    .replace(/w/g, 'v') // Wolodymyr / Volodymyr (German-style)
    .replace(/j(?=[aeiou])/g, 'y') // Jermak / Yermak
    .replace(/y/g, 'i') // Izyum / Izium, Kupyansk / Kupiansk
    .replace(/ei(?=[aeou])/g, 'i') // Balakleya (→ balakleia) / Balakliya (→ balakliia)
    .replace(/([a-z])\1+/g, '$1'); // Balakliia → balaklia; Zelenskii → zelenski
}

const stem = (s: string) => lunr.stemmer(new lunr.Token(s, {})).toString();

/** The index term of a name: aliases first (topic variants), then transliteration folding, then the stemmer. */
export function nameKey(term: string, aliases?: Record<string, string>): string {
  const folded = foldName(term);
  return (aliases?.[folded] ?? stem(folded)) + NAME_MARK;
}

/** The index term of an ordinary word: Lunr's stemmer. */
export const wordKey = stem;

/** Every key a query word is looked up under (a word key and a name key), without duplicates. */
export function queryKeys(term: string, aliases?: Record<string, string>): string[] {
  return [...new Set([wordKey(term), nameKey(term, aliases)])];
}

const normaliseFn: lunr.PipelineFunction = (token) => {
  const s = normaliseTerm(token.toString());
  return s ? token.update(() => s) : null;
};

const foldFn: lunr.PipelineFunction = (token) => {
  const role = (token as unknown as { metadata: { fold?: FoldRole } }).metadata.fold;
  const term = token.toString();
  if (role?.kind === 'index') return token.update(() => (role.isName(term) ? nameKey(term, role.aliases) : wordKey(term)));
  return queryKeys(term, role?.aliases).map((k) => token.clone(() => k));
};

lunr.Pipeline.registerFunction(normaliseFn, 'clippingsNormalise');
lunr.Pipeline.registerFunction(foldFn, 'clippingsFold');

/** A Lunr pipeline from its serialised labels; throws if a label is not registered here. */
export function loadPipeline(labels: readonly string[] = PIPELINE_LABELS): lunr.Pipeline {
  return lunr.Pipeline.load(labels as unknown as object);
}

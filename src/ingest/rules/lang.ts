/**
 * The language of an article as a two-letter BCP 47 code ('en', 'de', 'uk'), or null when the text
 * is too short to tell.
 *
 * Two steps, cheapest first:
 *   'function-word-count'  the share of function words ('the', 'und', 'les', …) of seven common
 *                          languages; answers only when one language clearly wins (a few µs).
 *   'trigram-franc'        franc-min's trigram models of 80 languages in every script, for the rest:
 *                          Polish, Russian, Ukrainian, Turkish, Indonesian, Arabic, Chinese, … (~1 ms).
 */
import { franc } from 'franc-min';

const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is was that for on with as by at from has have are were it his her said this which',
  de: 'der die das und ist nicht ein eine mit von den dem des auf für sich auch wurde sind im zu hat',
  fr: 'le la les et des est une un du dans pour que qui pas sur au avec ce se sont été il elle a',
  es: 'el la los las y de que en un una por con para es del se al su lo como más fue ha',
  it: 'il lo la gli le di che e un una per con non sono del della è ha anche nel alla',
  pt: 'o os as de que e um uma para com não do da em no na por mais foi são ao',
  nl: 'de het een en van is dat op te in met voor niet zijn aan er ook werd door',
  da: 'og i at det en den til er som på de med for af ikke der var har et om vi skal kan efter også blev',
  sv: 'och i att det som en på är av för med till den inte har de om ett var sig vi men kan också efter',
  nb: 'og i det som er på en til å av for med at ikke har de den var om ble også etter kan',
};
const LISTS = Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(' '))] as const);
/** Each function word → the indexes (in LISTS) of the languages it belongs to. */
const WORD_LANGS = new Map<string, number[]>();
LISTS.forEach(([, set], k) => {
  for (const w of set) WORD_LANGS.set(w, [...(WORD_LANGS.get(w) ?? []), k]);
});

/** ISO 639-3 codes franc-min returns → two-letter BCP 47 codes (languages without one stay out). */
const ISO_639_1: Readonly<Record<string, string>> = {
  eng: 'en', deu: 'de', fra: 'fr', spa: 'es', ita: 'it', por: 'pt', nld: 'nl', pol: 'pl', rus: 'ru', ukr: 'uk',
  bel: 'be', bul: 'bg', srp: 'sr', hrv: 'hr', bos: 'bs', ces: 'cs', slk: 'sk', slv: 'sl', hun: 'hu', ron: 'ro',
  swe: 'sv', dan: 'da', nob: 'nb', fin: 'fi', est: 'et', lit: 'lt', lvs: 'lv', ell: 'el', tur: 'tr', azj: 'az',
  kaz: 'kk', uzn: 'uz', arb: 'ar', pes: 'fa', urd: 'ur', pbu: 'ps', ckb: 'ku', heb: 'he', hin: 'hi', mar: 'mr',
  npi: 'ne', ben: 'bn', pan: 'pa', guj: 'gu', ori: 'or', tam: 'ta', tel: 'te', kan: 'kn', mal: 'ml', sin: 'si',
  tha: 'th', lao: 'lo', khm: 'km', mya: 'my', kat: 'ka', hye: 'hy', amh: 'am', cmn: 'zh', jpn: 'ja', kor: 'ko',
  vie: 'vi', ind: 'id', zlm: 'ms', jav: 'jv', sun: 'su', tgl: 'tl', swh: 'sw', hau: 'ha', yor: 'yo', ibo: 'ig',
  zul: 'zu', xho: 'xh', som: 'so', kin: 'rw', run: 'rn', nya: 'ny', lin: 'ln', plt: 'mg', fuv: 'ff', qug: 'qu',
};

/** Fewer words than this and no guess is made. */
const MIN_TOKENS = 8;
/** franc looks at this much text: enough for a sure guess, and its cost stays flat. */
const FRANC_SAMPLE = 1000;

/** The language by function words, or null when no language clearly wins. */
export function guessByFunctionWords(tokens: readonly string[]): string | null {
  // One pass over the tokens: each function word knows the languages it belongs to.
  const counts = new Int32Array(LISTS.length);
  for (const t of tokens) {
    const langs = WORD_LANGS.get(t);
    if (langs !== undefined) for (let k = 0; k < langs.length; k++) counts[langs[k]!]!++;
  }
  const scores = LISTS.map(([lang], k) => [lang, counts[k]!] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < Math.max(3, tokens.length * 0.08)) return null;
  if (second && best[1] < second[1] * 1.3) return null;
  return best[0];
}

/** @example detectLanguage('The troops said that the city was ...') // { lang: 'en', rule: 'function-word-count' } */
/**
 * 'scandinavian-orthography': trigrams confuse Danish, Swedish and Norwegian; their spelling does not. 'æ' and 'ø'
 * are Danish or Norwegian, 'ä' and 'ö' Swedish; then 'af', 'efter', 'hvad', 'blev' are Danish where Norwegian writes
 * 'av', 'etter', 'hva', 'ble'.
 */
function scandinavian(tokens: readonly string[]): string {
  let danoNorwegian = 0;
  let swedish = 0;
  let danish = 0;
  let norwegian = 0;
  for (const t of tokens.slice(0, 3000)) {
    if (/[æø]/u.test(t)) danoNorwegian++;
    if (/[äö]/u.test(t)) swedish++;
    if (DANISH.has(t)) danish++;
    if (NORWEGIAN.has(t)) norwegian++;
  }
  if (swedish >= danoNorwegian) return 'sv';
  return norwegian > danish ? 'nb' : 'da';
}
const DANISH = new Set('af efter hvad blev meget mig nu bliver siger dag uge kr'.split(' '));
const NORWEGIAN = new Set('av etter hva ble mye meg nå blir sier å uke'.split(' '));

export function detectLanguage(text: string): { lang: string; rule: string } | null {
  const sample = text.slice(0, 20000);
  const tokens = sample.toLowerCase().match(/\p{L}+/gu) ?? [];
  // Chinese and Japanese run words together: count their characters instead.
  const ideographs = sample.slice(0, 2000).match(/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/gu)?.length ?? 0;
  if (tokens.length < MIN_TOKENS && ideographs < 2 * MIN_TOKENS) return null;
  const byWords = guessByFunctionWords(tokens);
  if (byWords === 'da' || byWords === 'sv' || byWords === 'nb') return { lang: scandinavian(tokens), rule: 'scandinavian-orthography' };
  if (byWords) return { lang: byWords, rule: 'function-word-count' };
  const code = ISO_639_1[franc(sample.slice(0, FRANC_SAMPLE), { minLength: 20 })];
  if (code === 'sv' || code === 'da' || code === 'nb') return { lang: scandinavian(tokens), rule: 'scandinavian-orthography' };
  return code ? { lang: code, rule: 'trigram-franc' } : null;
}

/** @example guessLanguage('Банк России в понедельник сохранил ключевую ставку на уровне 8 процентов.') // 'ru' */
export function guessLanguage(text: string): string | null {
  return detectLanguage(text)?.lang ?? null;
}

/**
 * The patterns and word lists topic extraction uses, in one place (as marked keeps its rules in
 * rules.ts). General English only: nothing here names a place, person or organisation.
 */

/** A word: letters and marks, with inner apostrophes and hyphens ('Zelenskiy’s', 'pro-Kremlin'). */
export const WORD = /\p{L}[\p{L}\p{M}]*(?:['’-]\p{L}[\p{L}\p{M}]*)*/gu;

/** A hyphenated word is a name only when every part is capitalised ('Bosnia-Herzegovina', not 'pro-Kremlin'). */
export const HYPHENATED_NAME = /^\p{Lu}[\p{L}\p{M}'’]*(?:-\p{Lu}[\p{L}\p{M}'’]*)+$/u;

/** Title-case word: 'Izium', 'McDonald'. */
export const TITLE_CASE = /^\p{Lu}[\p{Ll}\p{M}]/u;

/** A short all-capitals acronym: 'NATO', 'CNN' (longer runs are shouting: 'ABANDON'). */
export const ACRONYM = /^\p{Lu}{2,5}$/u;

/** Characters that end a sentence, so the next capital may be grammar rather than a name. */
export const SENTENCE_END = /[.!?:;…•|\n]\s*["“‘'(\[]*\s*$/u;

/** Possessive endings dropped from names: "Putin’s" → 'Putin'. */
export const POSSESSIVE = /['’]s$/u;

/** Lower-case words allowed inside a name ('Ministry of Defence', 'Institute for the Study of War'). */
export const CONNECTORS = new Set(['of', 'for', 'the', 'de', 'da', 'del', 'der', 'van', 'von', 'al', 'bin', 'la', 'le']);

/** Titles stripped from the front of a name ('President Joe Biden' → 'Joe Biden'). */
export const HONORIFICS = new Set([
  'mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'professor', 'president', 'premier',
  'minister', 'general', 'gen', 'colonel', 'col', 'major', 'captain', 'capt', 'lieutenant', 'lt',
  'sergeant', 'sgt', 'commander', 'admiral', 'king', 'queen', 'prince', 'princess', 'pope', 'saint', 'st',
  'senator', 'sen', 'governor', 'gov', 'mayor', 'chancellor', 'secretary', 'spokesman', 'spokeswoman',
  'spokesperson', 'chief', 'leader',
]);

/** Words stripped with a title only when a title follows them ('Prime Minister', 'Defence Secretary'). */
export const TITLE_MODIFIERS = new Set(['prime', 'deputy', 'vice', 'former', 'acting', 'defence', 'defense', 'foreign', 'home', 'interior', 'lieutenant', 'army', 'staff']);

/** Words that are capitalised for grammar, not because they name something. */
export const STOPWORDS = new Set([
  'a', 'an', 'the', 'and', 'or', 'but', 'if', 'then', 'so', 'as', 'at', 'by', 'for', 'from', 'in', 'into', 'of',
  'on', 'onto', 'to', 'with', 'without', 'after', 'before', 'during', 'since', 'until', 'while', 'about', 'over',
  'under', 'up', 'down', 'out', 'off', 'per', 'via', 'amid', 'among', 'against', 'despite', 'through', 'across',
  'i', 'we', 'you', 'he', 'she', 'it', 'they', 'me', 'us', 'him', 'her', 'them', 'my', 'our', 'your', 'his',
  'its', 'their', 'this', 'that', 'these', 'those', 'there', 'here', 'what', 'which', 'who', 'whom', 'whose',
  'when', 'where', 'why', 'how', 'all', 'any', 'some', 'no', 'not', 'yes', 'more', 'most', 'many', 'much',
  'other', 'such', 'only', 'also', 'just', 'even', 'now', 'yet', 'still', 'very', 'is', 'are', 'was', 'were',
  'be', 'been', 'has', 'have', 'had', 'do', 'does', 'did', 'will', 'would', 'can', 'could', 'should', 'may',
  'might', 'must', 'shall', 'said', 'says', 'according', 'read', 'more', 'see', 'watch', 'click', 'share',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september', 'october', 'november',
  'december', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'today', 'yesterday', 'tomorrow', 'credit', 'photo', 'picture', 'image', 'images', 'video', 'getty',
  'ap', 'afp', 'pa', 'epa', 'copyright', 'published', 'updated', 'am', 'pm', 'bst', 'gmt', 'utc', 'est', 'edt',
  'cet', 'cest', 'pst', 'live', 'news', 'breaking', 'exclusive', 'opinion', 'analysis', 'comment',
]);

/** Single words that name a people or language rather than a place ('Russian', 'Ukrainians'). */
export const DEMONYM = /(?:ian|ean|ese|ish)s?$/u;

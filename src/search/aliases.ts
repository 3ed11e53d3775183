/**
 * Topic variants as name keys: the analysis stage merges spellings into topics ('Izium' with alias
 * 'Izyum'); every spelling of a topic's name should reach the same index term even where
 * transliteration folding alone would not merge them ('Kiev' / 'Kyiv').
 */
import type { TopicRef } from '../analysis/corpus.ts';
import { foldName, normaliseTerm, wordKey } from './fold.ts';

const words = (s: string) => s.split(/[\s\-]+/).map(normaliseTerm).filter(Boolean);

/**
 * Folded spelling → stemmed folded spelling of the topic's name, for aliases whose words differ
 * from the name's. Multi-word aliases map word by word when they have as many words as the name.
 */
export function aliasMap(topics: Iterable<TopicRef>): Record<string, string> {
  const map: Record<string, string> = {};
  for (const t of topics) {
    const name = words(t.name).map(foldName);
    for (const alias of t.aliases) {
      const aw = words(alias).map(foldName);
      const pairs = aw.length === name.length ? aw.map((w, i) => [w, name[i]!] as const)
        : aw.length === 1 && name.length > 1 ? [[aw[0]!, name[name.length - 1]!] as const] // 'Zelenskyy' for 'Volodymyr Zelensky'
        : [];
      for (const [from, to] of pairs) if (from !== to && !(from in map)) map[from] = wordKey(to);
    }
  }
  return map;
}

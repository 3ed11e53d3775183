/**
 * Topics: the places, people and organisations the articles name, found at build time.
 *
 * 1. Candidates are runs of capitalised words (nameCandidates.ts).
 * 2. The archive decides which capitals are names: a word counts as a name word when, in the
 *    whole archive, it is written capitalised mid-sentence at least as often as in lower case
 *    ('Izium' yes, 'Images' no). Runs that open a sentence or sit in a headline keep only such words.
 * 3. Spellings meet on a transliteration-folding key (nameFolding.ts); a lone surname joins the one
 *    full name that ends with it ('Putin' → 'Vladimir Putin').
 * 4. A topic needs two mentions in two articles (one article for a one-article archive).
 * The most frequent spelling names the topic; the others are its aliases. One pass over the text
 * plus sorting: linear in the size of the archive.
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { nameCandidates, stripMarkdown, isCapitalised, type NameCandidate } from './nameCandidates.ts';
import { foldName } from './nameFolding.ts';
import { SlugAllocator } from './slugAllocator.ts';
import { WORD, POSSESSIVE, SENTENCE_END, CONNECTORS, HONORIFICS, TITLE_MODIFIERS, STOPWORDS, DEMONYM } from './topicRules.ts';

/** A place, person or organisation named in articles, spelling variants merged. */
export interface TopicRef {
  name: string;
  slug: string;
  /** Other spellings merged into this topic ('Izyum' for 'Izium'). */
  aliases: string[];
}

export interface Topic extends TopicRef {
  /** The folding key the spellings share. */
  key: string;
  /** Indices (into the records given) of the articles naming it, in that order. */
  articles: number[];
  mentions: number;
}

export interface TopicIndex {
  /** Topics by slug order. */
  topics: Topic[];
  /** For each record given, its topics, most mentioned first. */
  perArticle: TopicRef[][];
}

/** At most this many topics are shown on one article page. */
export const TOPICS_PER_ARTICLE = 15;

interface WordCase { lower: number; capital: number }

/** How often each word is written in lower case and capitalised mid-sentence, archive-wide. */
function countWordCase(texts: string[]): Map<string, WordCase> {
  const stats = new Map<string, WordCase>();
  for (const text of texts) {
    for (const m of text.matchAll(WORD)) {
      const w = m[0].replace(POSSESSIVE, '');
      const key = w.toLowerCase();
      let s = stats.get(key);
      if (!s) stats.set(key, (s = { lower: 0, capital: 0 }));
      if (w === key) s.lower++;
      else if (isCapitalised(w) && m.index > 0 && !SENTENCE_END.test(text.slice(Math.max(0, m.index - 6), m.index))) s.capital++;
    }
  }
  return stats;
}

/** Clean one candidate into zero or more names (word lists). */
export function namesFromCandidate(c: NameCandidate, isNameWord: (w: string) => boolean): string[][] {
  // Uncertain runs (sentence starts, headlines) keep only stretches of proven name words.
  const pieces: string[][] = [];
  if (c.initial) {
    let cur: string[] = [];
    for (const w of c.words) {
      if (isNameWord(w) || (cur.length && CONNECTORS.has(w))) cur.push(w);
      else { pieces.push(cur); cur = []; }
    }
    pieces.push(cur);
  } else pieces.push(c.words);
  const out: string[][] = [];
  for (let p of pieces) {
    const low = (w: string) => w.toLowerCase();
    while (p.length && (STOPWORDS.has(low(p[0]!)) || CONNECTORS.has(p[0]!))) p = p.slice(1);
    p = p.slice(titleLength(p));
    while (p.length && (STOPWORDS.has(low(p.at(-1)!)) || CONNECTORS.has(p.at(-1)!))) p = p.slice(0, -1);
    if (!p.length) continue;
    if (p.length === 1 && (DEMONYM.test(low(p[0]!)) || !isNameWord(p[0]!))) continue;
    out.push(p);
  }
  return out;
}

/** How many leading words are a title ('Prime Minister', 'Mr'); modifiers count only before a title. */
function titleLength(words: string[]): number {
  let end = 0;
  for (let i = 0; i < words.length - 1; i++) {
    const w = words[i]!.toLowerCase();
    if (HONORIFICS.has(w)) end = i + 1;
    else if (!TITLE_MODIFIERS.has(w)) break;
  }
  return end;
}

/** Shouted words read better in title case ('IZIUM' → 'Izium'); acronyms stay. */
const displayWord = (w: string) => (w.length > 5 && w === w.toUpperCase() ? w[0] + w.slice(1).toLowerCase() : w);

interface Draft { key: string; surfaces: Map<string, number>; perArticle: Map<number, number>; multi: boolean }

/** Find the topics of a set of records. Deterministic: depends only on the records' content and order. */
export function extractTopics(records: ArticleRecord[]): TopicIndex {
  const texts = records.map((r) => ({ head: [r.title], body: [r.standfirst ?? '', stripMarkdown(r.body)] }));
  const stats = countWordCase(texts.flatMap((t) => t.body));
  const isNameWord = (w: string) => {
    const s = stats.get(w.toLowerCase());
    return !!s && s.capital > 0 && s.capital >= s.lower && !STOPWORDS.has(w.toLowerCase());
  };
  const drafts = new Map<string, Draft>();
  texts.forEach((t, i) => {
    const cands = [...t.head.flatMap((h) => nameCandidates(h, true)), ...t.body.flatMap((b) => nameCandidates(b))];
    for (const c of cands) {
      for (const words of namesFromCandidate(c, isNameWord)) {
        const surface = words.map(displayWord).join(' ');
        const key = foldName(surface);
        if (!key) continue;
        let d = drafts.get(key);
        if (!d) drafts.set(key, (d = { key, surfaces: new Map(), perArticle: new Map(), multi: words.length > 1 }));
        d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1);
        d.perArticle.set(i, (d.perArticle.get(i) ?? 0) + 1);
      }
    }
  });
  mergeSurnames(drafts);
  const minDocs = records.length > 1 ? 2 : 1;
  const kept = [...drafts.values()]
    .filter((d) => d.perArticle.size >= minDocs && sum(d.perArticle.values()) >= 2)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const slugs = new SlugAllocator();
  const topics: Topic[] = kept.map((d) => {
    const [name, ...rest] = [...d.surfaces.entries()].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || shoutRank(a[0]) - shoutRank(b[0]) || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
    const aliases = [...new Map(rest.filter((s) => s.toLowerCase() !== name!.toLowerCase()).map((s) => [s.toLowerCase(), s])).values()];
    return { name: name!, slug: slugs.allocate(name!), aliases, key: d.key, articles: [...d.perArticle.keys()].sort((a, b) => a - b), mentions: sum(d.perArticle.values()) };
  });
  const perArticle: Array<Array<{ ref: TopicRef; n: number }>> = records.map(() => []);
  topics.forEach((t, ti) => {
    const d = kept[ti]!;
    for (const [i, n] of d.perArticle) perArticle[i]!.push({ ref: { name: t.name, slug: t.slug, aliases: t.aliases }, n });
  });
  topics.sort((a, b) => (a.slug < b.slug ? -1 : 1));
  return {
    topics,
    perArticle: perArticle.map((l) => l.sort((a, b) => b.n - a.n || (a.ref.name < b.ref.name ? -1 : 1)).slice(0, TOPICS_PER_ARTICLE).map((x) => x.ref)),
  };
}

const words = (s: string) => s.split(' ').length;
const shoutRank = (s: string) => (s === s.toUpperCase() ? 1 : 0);
const sum = (xs: Iterable<number>) => { let n = 0; for (const x of xs) n += x; return n; };

/** A one-word name that ends exactly one multi-word name joins it ('Putin' → 'Vladimir Putin'). */
function mergeSurnames(drafts: Map<string, Draft>): void {
  const byLast = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    const words = d.key.split(' ');
    // Only person-like hosts: two or three words, none of the others a name on its own
    // ('Battle of Izium' never swallows 'Izium'; nor does a juxtaposition whose first word
    // is named alone more often than the pair).
    if (words.length < 2 || words.length > 3 || [...d.surfaces.keys()].some((s) => /\s\p{Ll}/u.test(s))) continue;
    const mentions = sum(d.perArticle.values());
    if (words.slice(0, -1).some((w) => sum(drafts.get(w)?.perArticle.values() ?? []) >= mentions)) continue;
    const last = words.at(-1)!;
    byLast.set(last, [...(byLast.get(last) ?? []), d]);
  }
  for (const d of [...drafts.values()]) {
    if (d.multi) continue;
    const hosts = byLast.get(d.key);
    if (hosts?.length !== 1) continue;
    const host = hosts[0]!;
    for (const [s, n] of d.surfaces) host.surfaces.set(s, (host.surfaces.get(s) ?? 0) + n);
    for (const [i, n] of d.perArticle) host.perArticle.set(i, (host.perArticle.get(i) ?? 0) + n);
    drafts.delete(d.key);
  }
}

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
 * The most frequent spelling names the topic; the others are its aliases. One pass over each
 * text (topicEvidence, which depends on that article alone and so can be cached), then Maps and
 * sorting: linear in the size of the archive.
 */
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { scanNames, stripMarkdown, type NameCandidate, type WordCase } from './nameCandidates.ts';
import { foldName } from './nameFolding.ts';
import { SlugAllocator } from './slugAllocator.ts';
import { CONNECTORS, HONORIFICS, TITLE_MODIFIERS, STOPWORDS, DEMONYM } from './topicRules.ts';

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

/**
 * What topic extraction needs from one article alone, in a compact form that can be cached:
 * how its body writes each word, and its capitalised runs.
 */
export interface TopicEvidence {
  /** 'word lower capital' triples, space-separated (words never contain spaces). */
  wordCase: string;
  /** Candidates in text order (headline first), '|'-separated; an uncertain one starts with '^'. */
  candidates: string;
}

/** The topic evidence of one record: its headline, standfirst and body (`stripped`: stripMarkdown(body)). */
export function topicEvidence(r: Pick<ArticleRecord, 'title' | 'standfirst' | 'body'>, stripped = stripMarkdown(r.body)): TopicEvidence {
  const wordCase = new Map<string, WordCase>();
  const cands = [...scanNames(r.title, true), ...scanNames(r.standfirst ?? '', false, wordCase), ...scanNames(stripped, false, wordCase)];
  let wc = '';
  for (const [w, c] of wordCase) wc += `${wc ? ' ' : ''}${w} ${c.lower} ${c.capital}`;
  return { wordCase: wc, candidates: cands.map((c) => (c.initial ? '^' : '') + c.words.join(' ')).join('|') };
}

/**
 * Topics of an archive, collected one article at a time (in any order), so that only the
 * archive-wide word counts and each article's candidate string stay in memory.
 */
export class TopicCollector {
  private stats = new Map<string, WordCase>();
  private candidates: string[] = [];

  /** Add the evidence of article `i` (its index in the archive's reading order). */
  add(i: number, e: TopicEvidence): void {
    const parts = e.wordCase ? e.wordCase.split(' ') : [];
    for (let k = 0; k + 2 < parts.length; k += 3) {
      const w = parts[k]!;
      let s = this.stats.get(w);
      if (!s) this.stats.set(w, (s = { lower: 0, capital: 0 }));
      s.lower += +parts[k + 1]!;
      s.capital += +parts[k + 2]!;
    }
    this.candidates[i] = e.candidates;
  }

  /** The topics of articles 0…n−1 (every index up to the highest must have been added). */
  finish(): TopicIndex {
    return topicsOf(this.candidates, this.stats);
  }
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

interface Draft { key: string; surfaces: Map<string, number>; perArticle: Map<number, number>; multi: boolean; mentions: number }

/** Find the topics of a set of records. Deterministic: depends only on the records' content and order. */
export function extractTopics(records: ArticleRecord[]): TopicIndex {
  const c = new TopicCollector();
  records.forEach((r, i) => c.add(i, topicEvidence(r)));
  return c.finish();
}

interface Name { surface: string; key: string; multi: boolean }

function topicsOf(candidates: string[], stats: Map<string, WordCase>): TopicIndex {
  const isNameWord = (w: string) => {
    const s = stats.get(w.toLowerCase());
    return !!s && s.capital > 0 && s.capital >= s.lower && !STOPWORDS.has(w.toLowerCase());
  };
  // The same candidate recurs across the archive; clean and fold each distinct one once.
  const memo = new Map<string, Name[]>();
  const namesOf = (encoded: string): Name[] => {
    let names = memo.get(encoded);
    if (names) return names;
    const initial = encoded.startsWith('^');
    const c: NameCandidate = { words: (initial ? encoded.slice(1) : encoded).split(' '), initial };
    names = [];
    for (const words of namesFromCandidate(c, isNameWord)) {
      const surface = words.map(displayWord).join(' ');
      const key = foldName(surface);
      if (key) names.push({ surface, key, multi: words.length > 1 });
    }
    memo.set(encoded, names);
    return names;
  };
  const drafts = new Map<string, Draft>();
  candidates.forEach((all, i) => {
    if (!all) return;
    for (const encoded of all.split('|')) {
      for (const { surface, key, multi } of namesOf(encoded)) {
        let d = drafts.get(key);
        if (!d) drafts.set(key, (d = { key, surfaces: new Map(), perArticle: new Map(), multi, mentions: 0 }));
        d.surfaces.set(surface, (d.surfaces.get(surface) ?? 0) + 1);
        d.perArticle.set(i, (d.perArticle.get(i) ?? 0) + 1);
        d.mentions++;
      }
    }
  });
  mergeSurnames(drafts);
  const minDocs = candidates.length > 1 ? 2 : 1;
  const kept = [...drafts.values()]
    .filter((d) => d.perArticle.size >= minDocs && d.mentions >= 2)
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const slugs = new SlugAllocator();
  const topics: Topic[] = kept.map((d) => {
    const [name, ...rest] = [...d.surfaces.entries()].sort((a, b) => words(b[0]) - words(a[0]) || b[1] - a[1] || shoutRank(a[0]) - shoutRank(b[0]) || (a[0] < b[0] ? -1 : 1)).map((e) => e[0]);
    const aliases = [...new Map(rest.filter((s) => s.toLowerCase() !== name!.toLowerCase()).map((s) => [s.toLowerCase(), s])).values()];
    return { name: name!, slug: slugs.allocate(name!), aliases, key: d.key, articles: [...d.perArticle.keys()].sort((a, b) => a - b), mentions: d.mentions };
  });
  const perArticle: Array<Array<{ ref: TopicRef; n: number }>> = candidates.map(() => []);
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

/** A one-word name that ends exactly one multi-word name joins it ('Putin' → 'Vladimir Putin'). */
function mergeSurnames(drafts: Map<string, Draft>): void {
  const byLast = new Map<string, Draft[]>();
  for (const d of drafts.values()) {
    const words = d.key.split(' ');
    // Only person-like hosts: two or three words, none of the others a name on its own
    // ('Battle of Izium' never swallows 'Izium'; nor does a juxtaposition whose first word
    // is named alone more often than the pair).
    if (words.length < 2 || words.length > 3 || [...d.surfaces.keys()].some((s) => /\s\p{Ll}/u.test(s))) continue;
    if (words.slice(0, -1).some((w) => (drafts.get(w)?.mentions ?? 0) >= d.mentions)) continue;
    const last = words.at(-1)!;
    const hosts = byLast.get(last);
    if (hosts) hosts.push(d);
    else byLast.set(last, [d]);
  }
  for (const d of [...drafts.values()]) {
    if (d.multi) continue;
    const hosts = byLast.get(d.key);
    if (hosts?.length !== 1) continue;
    const host = hosts[0]!;
    for (const [s, n] of d.surfaces) host.surfaces.set(s, (host.surfaces.get(s) ?? 0) + n);
    for (const [i, n] of d.perArticle) host.perArticle.set(i, (host.perArticle.get(i) ?? 0) + n);
    host.mentions += d.mentions;
    drafts.delete(d.key);
  }
}

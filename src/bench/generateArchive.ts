/**
 * The synthetic archive: a deterministic stream of raw page dumps that look like the real ones
 * (see articles/), written one file at a time so memory stays flat however many are asked for.
 *
 * About 92% of the files are original stories (a story is covered by several outlets over a few
 * days), 5% are near-duplicate versions of a recent file (lightly edited), 3% are republished copies
 * with a permission note. Names are invented as the archive grows, so the vocabulary does too.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createHash } from 'node:crypto';
import { Rng } from './prng.ts';
import { NameBank, type Person } from './names.ts';
import { ProseWriter, orgName, type Story } from './prose.ts';
import { makeOutlets, republishers, type Outlet } from './outlets.ts';
import { renderPage, titleCase, type Article } from './layouts.ts';
import { AGENCIES, NOUNS } from './words.ts';
import { TermCounter } from './termCounter.ts';
import { chooseQueries, type BenchQuery } from './chooseQueries.ts';

/** One generated raw file and what the generator knows to be true about it. */
export interface GeneratedDoc {
  /** File name, e.g. '0042_3fa9c0d1e2b4a5f6.txt' */
  name: string;
  text: string;
  truth: { title: string; date: string | null; outlet: string; kind: 'original' | 'near-duplicate' | 'republished' };
}

const DAY_MS = 86_400_000;
const START = Date.UTC(2019, 0, 1);
const SPAN_DAYS = 5 * 365;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
/** Share of pages each layout prints without any date. */
const UNDATED: Record<string, number> = { tabloid: 0.35, blog: 0.3, magazine: 0.2 };

/** Holds the archive's evolving state: names, outlets, recent stories and articles. */
class ArchiveGenerator {
  readonly rng: Rng;
  readonly bank: NameBank;
  private readonly outlets: Outlet[];
  private readonly stories: Story[] = [];
  private readonly recent: Array<{ article: Article; story: Story }> = [];
  private readonly headlines: string[] = [];

  constructor(private readonly n: number, seed: number) {
    this.rng = new Rng(seed);
    this.outlets = makeOutlets(this.rng.fork());
    this.bank = new NameBank(this.rng.fork());
  }

  private story(i: number): Story {
    const r = this.rng;
    if (this.stories.length && r.chance(0.55)) return this.stories[this.stories.length - 1 - r.zipf(Math.min(this.stories.length, 60))]!;
    const b = this.bank;
    const place = r.chance(0.7) ? b.newPlace() : b.knownPlace();
    const people: Person[] = [b.knownPerson(), b.newPerson(), b.newPerson()];
    if (r.chance(0.6)) people.push(b.newPerson());
    let otherPlace = b.knownPlace();
    if (otherPlace === place) otherPlace = b.newPlace();
    const day = Math.floor((i / this.n) * SPAN_DAYS);
    const s: Story = {
      id: this.stories.length, date: isoDay(START + day * DAY_MS), place, otherPlace,
      people, topic: r.zipfPick(NOUNS), org: orgName(r, r.chance(0.5) ? place : b.knownPlace()),
    };
    this.stories.push(s);
    if (this.stories.length > 100) this.stories.shift();
    return s;
  }

  private original(i: number): { article: Article; story: Story } {
    const r = this.rng;
    const story = this.story(i);
    const outlet = r.zipfPick(this.outlets);
    const extra = [this.bank.knownPerson()];
    extra.push(this.bank.newPerson());
    if (r.chance(0.5)) extra.push(this.bank.newPerson());
    const writer = new ProseWriter(r, story, r.chance(0.1) ? !outlet.ySpelling : outlet.ySpelling, extra);
    const date = r.chance(UNDATED[outlet.layout] ?? 0.05) ? null : isoDay(Date.parse(story.date) + r.between(0, 3) * DAY_MS);
    const headline = writer.headline();
    if (!outlet.mostRead.length || r.chance(0.08)) outlet.mostRead = this.teasers(4);
    const article: Article = {
      headline, kicker: r.chance(0.5) ? null : story.topic.toUpperCase() + ' ' + r.pick(['CRISIS', 'ROW', 'LATEST', 'SHOCK']),
      authors: Array.from({ length: r.chance(0.6) ? 1 : r.between(2, 3) }, () => r.pick(outlet.reporters)).filter((a, k, all) => all.indexOf(a) === k),
      date, outlet, agency: r.zipfPick(AGENCIES), datelineCity: writer.spell(story.place), topic: story.topic,
      paragraphs: Array.from({ length: r.between(7, 20) }, () => writer.paragraph()),
      captions: Array.from({ length: r.between(0, 3) }, () => writer.caption()),
      syndicatedFrom: null, teasers: this.teasers(r.between(2, 6)),
    };
    this.headlines.push(headline);
    if (this.headlines.length > 60) this.headlines.shift();
    return { article, story };
  }

  private teasers(k: number): string[] {
    if (!this.headlines.length) return ['Five things to know before the weekend', 'What the new rules mean for you'];
    const picked = new Set<string>();
    for (let tries = 0; picked.size < k && tries < 3 * k; tries++) picked.add(this.rng.pick(this.headlines));
    return [...picked];
  }

  /** The same story lightly edited: a changed sentence, a dropped or added paragraph, sometimes a new headline. */
  private nearDuplicate(prev: { article: Article; story: Story }): Article {
    const r = this.rng;
    const a = prev.article;
    const writer = new ProseWriter(r, prev.story, a.outlet.ySpelling);
    const paragraphs = [...a.paragraphs];
    paragraphs[r.int(paragraphs.length)] = writer.paragraph();
    if (r.chance(0.5) && paragraphs.length > 4) paragraphs.pop();
    else paragraphs.push(writer.paragraph());
    return { ...a, paragraphs, headline: r.chance(0.3) ? writer.headline() : a.headline, teasers: this.teasers(3) };
  }

  /** Another outlet's copy of a recent article, with the permission note. */
  private republished(prev: { article: Article }): Article {
    const outlet = this.rng.pick(republishers(this.outlets));
    return { ...prev.article, outlet, syndicatedFrom: prev.article.outlet.name, authors: [] };
  }

  /** The i-th document. */
  next(i: number): GeneratedDoc {
    const r = this.rng;
    let kind: GeneratedDoc['truth']['kind'] = 'original';
    let article: Article;
    const roll = r.next();
    if (this.recent.length > 20 && roll < 0.05) {
      kind = 'near-duplicate';
      article = this.nearDuplicate(this.recent[this.recent.length - 1 - r.int(this.recent.length)]!);
    } else if (this.recent.length > 20 && roll < 0.08) {
      kind = 'republished';
      article = this.republished(this.recent[this.recent.length - 1 - r.int(this.recent.length)]!);
    } else {
      const made = this.original(i);
      article = made.article;
      this.recent.push(made);
      if (this.recent.length > 200) this.recent.shift();
    }
    const text = renderPage(r, article);
    const width = Math.max(3, String(this.n - 1).length);
    const name = `${String(i).padStart(width, '0')}_${createHash('sha1').update(text).digest('hex').slice(0, 16)}.txt`;
    const title = article.outlet.titleCase ? titleCase(article.headline) : article.headline;
    return { name, text, truth: { title, date: article.date, outlet: article.outlet.name, kind } };
  }
}

/**
 * The documents of an archive of `n` files, generated lazily; the same `n` and `seed` always give
 * the same documents.
 */
export function* generateDocuments(n: number, seed = 20220912): Generator<GeneratedDoc> {
  const g = new ArchiveGenerator(n, seed);
  for (let i = 0; i < n; i++) yield g.next(i);
}

/** What writing an archive produced. */
export interface ArchiveStats {
  files: number;
  bytes: number;
  ms: number;
  /** Distinct lower-cased terms over all files (furniture included). */
  terms: number;
  kinds: Record<GeneratedDoc['truth']['kind'], number>;
  undated: number;
  /** Queries for the search measurement, chosen from the archive's own term statistics. */
  queries: BenchQuery[];
}

/** Write an archive of `n` raw files into `dir` (created if missing), one file at a time. */
export function writeArchive(dir: string, n: number, seed = 20220912): ArchiveStats {
  const t = performance.now();
  fs.mkdirSync(dir, { recursive: true });
  const counter = new TermCounter();
  const stats: ArchiveStats = { files: 0, bytes: 0, ms: 0, terms: 0, kinds: { original: 0, 'near-duplicate': 0, republished: 0 }, undated: 0, queries: [] };
  const g = new ArchiveGenerator(n, seed);
  for (let i = 0; i < n; i++) {
    const doc = g.next(i);
    fs.writeFileSync(path.join(dir, doc.name), doc.text);
    counter.add(doc.text);
    stats.files++;
    stats.bytes += Buffer.byteLength(doc.text);
    stats.kinds[doc.truth.kind]++;
    if (!doc.truth.date) stats.undated++;
  }
  stats.terms = counter.distinct;
  stats.queries = chooseQueries(counter, g.bank.people);
  stats.ms = performance.now() - t;
  return stats;
}

/**
 * The last build's terms of each article (articleTerms.ts), under the build's cache folder
 * (search/terms.bin, one file, in V8's serialisation, which keeps typed arrays as they are). A
 * rebuild reads an unchanged article's terms from here instead of tallying and tokenising its text
 * again: after a one-article change that was half of the search stage. The file holds one build:
 * terms no article used this time are dropped when it is written.
 */
import fs from 'node:fs';
import path from 'node:path';
import v8 from 'node:v8';
import { articleTerms, type ArticleTerms } from './articleTerms.ts';
import { writeFileAtomicSync } from '../build/syncFiles.ts';
import type { SearchArticle } from './fields.ts';

export class TermsCache {
  private readonly file: string;
  private readonly last: Map<string, ArticleTerms>;
  private readonly used = new Map<string, ArticleTerms>();

  constructor(cacheDir: string) {
    this.file = path.join(cacheDir, 'search', 'terms.bin');
    this.last = readTerms(this.file);
  }

  /** The terms of `a`, whose `articleTermsKey` is `key`: the last build's when it has them, else made now. */
  termsOf(a: SearchArticle, key: string): ArticleTerms {
    const terms = this.used.get(key) ?? this.last.get(key) ?? articleTerms(a);
    this.used.set(key, terms);
    return terms;
  }

  /** Keep this build's terms for the next one. */
  save(): void {
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    writeFileAtomicSync(this.file, v8.serialize([...this.used].map(([key, t]) => [key, stored(t)])));
  }
}

/**
 * Texts as UTF-8 (V8 keeps a string with one curly quote two bytes a character, and nearly every
 * body has one) and counts as 16 bits where they fit: half the file.
 */
interface StoredTerms extends Omit<ArticleTerms, 'tallyTerms' | 'tallyCounts' | 'vocab' | 'body'> {
  tallyTerms: Uint8Array;
  tallyCounts: Uint16Array | Uint32Array;
  vocab: Uint8Array;
  body: Uint8Array;
}

const utf8 = (s: string) => Buffer.from(s, 'utf8');
const text = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('utf8');

function stored(t: ArticleTerms): StoredTerms {
  const narrow = t.tallyCounts.every((n) => n <= 0xffff);
  return {
    ...t, tallyTerms: utf8(t.tallyTerms), vocab: utf8(t.vocab), body: utf8(t.body),
    tallyCounts: narrow ? Uint16Array.from(t.tallyCounts) : t.tallyCounts,
  };
}

function readTerms(file: string): Map<string, ArticleTerms> {
  try {
    const entries = v8.deserialize(fs.readFileSync(file)) as Array<[string, StoredTerms]>;
    if (!Array.isArray(entries)) return new Map();
    return new Map(entries.map(([key, s]) => [key, {
      ...s, tallyTerms: text(s.tallyTerms), vocab: text(s.vocab), body: text(s.body), tallyCounts: Uint32Array.from(s.tallyCounts),
    }]));
  } catch {
    return new Map(); // none yet, or unreadable: every article's terms are made afresh
  }
}

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
    fs.writeFileSync(`${this.file}.tmp`, v8.serialize([...this.used]));
    fs.renameSync(`${this.file}.tmp`, this.file); // whole or not at all
  }
}

function readTerms(file: string): Map<string, ArticleTerms> {
  try {
    const entries = v8.deserialize(fs.readFileSync(file)) as Array<[string, ArticleTerms]>;
    return Array.isArray(entries) ? new Map(entries) : new Map();
  } catch {
    return new Map(); // none yet, or unreadable: every article's terms are made afresh
  }
}

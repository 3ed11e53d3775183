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
import { articleTerms, articleTermsKey, type ArticleTerms } from './articleTerms.ts';
import type { SearchArticle } from './fields.ts';

export class TermsCache {
  private readonly file: string;
  private readonly last: Map<string, ArticleTerms>;
  private readonly used = new Map<string, ArticleTerms>();

  /** `code` changes with the code that makes terms (see writeSearch.ts). */
  constructor(cacheDir: string, private readonly code: string) {
    this.file = path.join(cacheDir, 'search', 'terms.bin');
    this.last = readTerms(this.file);
  }

  /** The terms of `a`: the last build's when its text is the same, else made now. */
  termsOf = (a: SearchArticle): ArticleTerms => {
    const key = articleTermsKey(a, this.code);
    const terms = this.used.get(key) ?? this.last.get(key) ?? articleTerms(a);
    this.used.set(key, terms);
    return terms;
  };

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

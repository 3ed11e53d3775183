/**
 * Unique slugs within one URL namespace (/topics/, /sources/, /authors/). Names that differ only
 * in case or spelling have already been merged by key, so each key asks once; when two different
 * keys still want the same slug, the one asking later (callers ask in a sorted, stable order) gets
 * a numbered suffix. Reserved words ('page', 'unknown') are never handed out, so listings'
 * own paths cannot collide with a name.
 */
import { createHash } from 'node:crypto';
import { toSlug } from '../records/slug.ts';

export class SlugAllocator {
  private taken: Set<string>;

  constructor(reserved: string[] = ['page', 'index']) {
    this.taken = new Set(reserved);
  }

  /** A slug for `name` that no earlier call received. Names without Latin letters get a hash. */
  allocate(name: string): string {
    const base = toSlug(name) || `n-${createHash('sha256').update(name).digest('hex').slice(0, 8)}`;
    let slug = base;
    for (let i = 2; this.taken.has(slug); i++) slug = `${base}-${i}`;
    this.taken.add(slug);
    return slug;
  }
}

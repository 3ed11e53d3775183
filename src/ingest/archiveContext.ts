/**
 * Archive-wide line statistics: in how many distinct files each normalised line occurs.
 * A line that recurs across many files of one archive is site furniture ('Most read in News',
 * a newsletter prompt); the extractor drops such lines only when the archive is big enough
 * for the count to mean something (see `isArchiveFurniture`).
 */
import type { ArchiveContext } from './Extraction.ts';
import { isProse, normaliseLine, wordCount } from './rules/lineShape.ts';

/** Lines longer than this are never counted: furniture is short, and it keeps the map small. */
const MAX_COUNTED_LINE = 200;

/**
 * Counts, per normalised line, the number of distinct texts containing it.
 * @example buildArchiveContext(['Share\nA\n', 'Share\nB\n']).lineFileCounts.get('share') // 2
 */
export function buildArchiveContext(texts: Iterable<string>): ArchiveContext {
  return contextOfLineKeys((function* () {
    for (const text of texts) yield lineKeysOf(String(text ?? ''));
  })());
}

/** The distinct keys (normalised lines short enough to count) of one text, in order of first occurrence. */
export function lineKeysOf(text: string): string[] {
  const keys = new Set<string>();
  for (const line of text.split('\n')) {
    if (line.length > MAX_COUNTED_LINE) continue;
    const key = normaliseLine(line);
    if (key !== '') keys.add(key);
  }
  return [...keys];
}

/** `buildArchiveContext` from each text's `lineKeysOf`, for a caller that keeps them for `pageContextOfKeys`. */
export function contextOfLineKeys(keysPerText: Iterable<string[]>): ArchiveContext {
  const counts = new Map<string, number>();
  let files = 0;
  for (const keys of keysPerText) {
    files++;
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return { files, lineFileCounts: counts };
}

/** Smallest archive in which repetition is evidence: 3 files of 5 is already 60%. */
export const MIN_FILES_FOR_REPETITION = 5;
export const MIN_FILES_WITH_LINE = 3;
export const MIN_SHARE_WITH_LINE = 0.3;

/**
 * True when the line recurs in enough files of the archive to be furniture. Lines that read as
 * real sentences are never furniture by repetition: several versions of one story share them.
 */
export function isArchiveFurniture(line: string, context: ArchiveContext): boolean {
  if (context.files < MIN_FILES_FOR_REPETITION || line.length > MAX_COUNTED_LINE) return false;
  if (isProse(line) || wordCount(line) >= 16) return false;
  const n = context.lineFileCounts.get(normaliseLine(line)) ?? 0;
  return n >= MIN_FILES_WITH_LINE && n / context.files >= MIN_SHARE_WITH_LINE;
}

/**
 * The archive's facts about one page's lines only: the lines of this page that recur often enough
 * to be furniture (all that extracting the page asks of the context), small enough to send to a
 * worker thread and to key a cache with. Extraction always runs with it (on a worker or not), so
 * where it runs cannot change its result.
 */
export function pageContext(page: string, context: ArchiveContext): ArchiveContext {
  return pageContextOfKeys(context.files >= MIN_FILES_FOR_REPETITION ? lineKeysOf(page) : [], context);
}

/** `pageContext` from the page's `lineKeysOf`: a build that counted them need not fold its lines twice. */
export function pageContextOfKeys(keys: string[], context: ArchiveContext): ArchiveContext {
  const counts = new Map<string, number>();
  if (context.files >= MIN_FILES_FOR_REPETITION) {
    for (const key of keys) {
      const n = context.lineFileCounts.get(key);
      if (n !== undefined && n >= MIN_FILES_WITH_LINE && n / context.files >= MIN_SHARE_WITH_LINE) counts.set(key, n);
    }
  }
  return { files: context.files, lineFileCounts: counts };
}

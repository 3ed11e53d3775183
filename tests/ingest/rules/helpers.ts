/** Test helper: the decision for the first line containing `needle`. */
import { extractArticle } from '../../../src/ingest/extract.ts';
import type { LineDecision } from '../../../src/ingest/Extraction.ts';

export function decisionFor(text: string, needle: string): LineDecision {
  const d = extractArticle(text).lines.find((l) => l.text.includes(needle));
  if (!d) throw new Error(`no line contains ${needle}`);
  return d;
}

/** A plain body paragraph long enough to count as prose. */
export const PROSE = 'Ukrainian forces pushed deeper into the Kharkiv region on Monday, officials said.';
export const PROSE2 = 'The counter-offensive has forced Moscow to pull back units from around the city.';

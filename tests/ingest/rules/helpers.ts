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

/** Body paragraphs as a hard-wrapped save prints them (Firefox's 'Save Page As > Text'): lines cut near 72 characters. */
export const WRAPPED_BODY = [
  'A 27-year-old man who left a city taxi driver with a permanent brain',
  'injury after a row over a fare has been jailed for five years, with the',
  'final year suspended.',
  '',
  'The court heard that the driver, who had worked the night shift for more',
  'than 20 years, had pulled in outside a takeaway at about 3.40am when his',
  'two passengers got out without paying.',
  '',
  'When he followed them on to the footpath and asked for the fare, the man',
  'punched him in the face, knocking him to the ground, and then kicked him',
  'twice in the head while his friend looked on from across the street.',
  '',
  'The judge said it was a senseless and cowardly attack on a man who was',
  'simply trying to earn a living, and that the victim may never drive again.',
].join('\n');

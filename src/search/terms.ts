/**
 * Text → index terms with their places, through the registered Lunr pipeline. The same function
 * runs at build time (to index) and in the browser (to find the words to mark in a snippet).
 */
import lunr from 'lunr';
import { loadPipeline, type FoldRole } from './fold.ts';

/** One term of a text: its key, its token number (for phrases) and its characters (for marks). */
export interface TermAt {
  key: string;
  /** Token number in the field, stop words counted, so `white flag` is n, n+1. */
  index: number;
  start: number;
  length: number;
}

let pipeline: lunr.Pipeline | undefined;

/** The terms of `text`, in order; stop words and empty tokens are gone but keep their numbers. */
export function termsOf(text: string, role: FoldRole): TermAt[] {
  pipeline ??= loadPipeline();
  const out: TermAt[] = [];
  for (const token of lunr.tokenizer(text)) {
    const meta = (token as unknown as { metadata: { position: [number, number]; index: number; fold?: FoldRole } }).metadata;
    meta.fold = role;
    const [start, length] = meta.position;
    for (const t of pipeline.run([token])) out.push({ key: t.toString(), index: meta.index, start, length });
  }
  return out;
}

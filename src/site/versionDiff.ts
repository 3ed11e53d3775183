/**
 * A readable word-level diff between two versions of one story: words only in the older text are
 * struck through (<del>), words only in the newer one underlined (<ins>), paragraphs kept.
 * Article text is escaped here, at the last moment, like every other piece of body HTML.
 */
import { diffWords, diffArrays, type ChangeObject } from 'diff';
import { escapeHtml } from './renderBody.ts';
import { stripMarkdown } from '../analysis/nameCandidates.ts';

export interface VersionDiff {
  html: string;
  /** Words added and removed going from `from` to `to`. */
  added: number;
  removed: number;
}

/**
 * Paragraphs of a Markdown body as plain text, separated by blank lines. Curly and straight
 * quotes are unified first: a typographic difference is not a change a reader cares about.
 */
export function plainParagraphs(markdown: string): string {
  return markdown.split(/\n{2,}/)
    .map((p) => stripMarkdown(p).replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim())
    .filter(Boolean).join('\n\n');
}

const countWords = (s: string) => (s.match(/\S+/g) ?? []).length;

/** Word-level edits beyond this fall back to whole paragraphs, keeping the cost bounded. */
export const MAX_WORD_EDITS = 1500;

/** Diff the body `from` against the body `to` (both Markdown). */
export function renderVersionDiff(from: string, to: string): VersionDiff {
  const a = plainParagraphs(from), b = plainParagraphs(to);
  const parts: Array<Pick<ChangeObject<string>, 'value' | 'added' | 'removed'>> = diffWords(a, b, { maxEditLength: MAX_WORD_EDITS })
    ?? diffArrays(a.split('\n\n'), b.split('\n\n')).map((c) => ({ value: c.value.join('\n\n') + '\n\n', added: c.added, removed: c.removed }));
  let added = 0, removed = 0;
  const paras: string[] = [];
  let cur = '';
  for (const part of parts) {
    const tag = part.added ? 'ins' : part.removed ? 'del' : null;
    if (part.added) added += countWords(part.value);
    if (part.removed) removed += countWords(part.value);
    // A change may span paragraphs: close and reopen its mark at each break.
    part.value.split(/\n{2,}/).forEach((chunk, i) => {
      if (i > 0) { paras.push(cur); cur = ''; }
      if (!chunk) return;
      cur += tag ? `<${tag}>${escapeHtml(chunk)}</${tag}>` : escapeHtml(chunk);
    });
  }
  paras.push(cur);
  const html = paras.filter((p) => p.trim()).map((p) => `<p>${p}</p>`).join('\n');
  return { html, added, removed };
}

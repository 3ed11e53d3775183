/**
 * Where the article stops before the page does: a comment thread ('5 thoughts on …',
 * 'Leave a Reply', 'Share or comment on this article:') and the writer's bio under the last
 * paragraph ('Jane Doe is a reporter covering …').
 */
import { REGEXPS } from './patterns.ts';
import { isStrongProse } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';

/** Paragraphs of article that must come before a comments heading for it to end the article. */
const MIN_PARAGRAPHS_BEFORE_COMMENTS = 3;

/**
 * 'comments-section': everything after a comments heading that follows the article's paragraphs
 * is readers' text or form chrome. A 'Comments' link above the article does not count.
 */
export function dropCommentSection(rows: Row[]): void {
  let paragraphs = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (isOpen(row) && isStrongProse(row.text)) paragraphs++;
    if (paragraphs < MIN_PARAGRAPHS_BEFORE_COMMENTS || row.text.length > 200) continue;
    if (row.decision && row.decision.fate !== 'dropped') continue;
    if (!REGEXPS.commentsHeading.test(row.text)) continue;
    decide(row, 'dropped', 'comments', 'comments-section', true);
    for (const after of rows.slice(i + 1)) decide(after, 'dropped', 'comments', 'comments-section');
    return;
  }
}

const BIO_VERB = /^\s*(?:is|was|has|writes|covers|reports|edits|ist|schreibt|est|écrit|es|escribe|è|scrive|é|escreve|jest|pisze|—|–|-)\s/iu;

/**
 * 'author-bio': one of the last paragraphs opens with a writer's full name and a verb of being
 * or writing ('Maria Gonzalez is a reporter covering water …'): it is about the writer, not the story.
 */
export function dropAuthorBio(rows: Row[], authors: readonly string[]): void {
  if (authors.length === 0) return;
  let seen = 0;
  for (let i = rows.length - 1; i >= 0 && seen < 3; i--) {
    const row = rows[i]!;
    if (!isOpen(row)) continue;
    seen++;
    for (const name of authors) {
      if (name.length < 4 || !row.text.startsWith(name)) continue;
      if (BIO_VERB.test(row.text.slice(name.length))) decide(row, 'dropped', 'bio', 'author-bio');
    }
  }
}

/**
 * Escapes only what would change meaning in Markdown: block markers at the start of a line
 * ('#', '>', '-', '+', '1.', '=' underlines, fences), emphasis characters ('*', and '_' at word
 * edges), backticks, brackets, tildes and a backslash before punctuation. Everything else,
 * curly quotes included, is left exactly as in the source.
 */

/**
 * @example escapeMarkdown('we’re totally f*****d') // 'we’re totally f\\*\\*\\*\\*\\*d'
 */
export function escapeMarkdown(text: string): string {
  let out = text
    .replace(/\\(?=[!-/:-@[-`{-~])/g, '\\\\')
    .replace(/[*`[\]~]/g, (c) => '\\' + c)
    .replace(/_/g, (c, offset: number, whole: string) => {
      const before = whole[offset - 1] ?? ' ';
      const after = whole[offset + 1] ?? ' ';
      return /[\p{L}\p{N}]/u.test(before) && /[\p{L}\p{N}]/u.test(after) ? c : '\\' + c;
    });
  out = out.replace(/^(\s*)(#|>|[-+=](?=\s|$|[-=]{2})|\d{1,9}(?=[.)](?:\s|$)))/, (_m, sp: string, marker: string) =>
    /^\d/.test(marker) ? sp + marker + '\\' : sp + '\\' + marker,
  );
  return out;
}

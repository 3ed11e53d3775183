/**
 * Record body (Markdown) → HTML for article pages. Article text is data: raw HTML in a body is
 * shown as text, links keep only safe schemes, and the page keeps its single <h1>.
 * Captions (a paragraph made only of emphasised lines) become <figure><figcaption>, with a
 * 'Credit:' line set apart as the credit.
 */
import { Marked, type Tokens, type Token } from 'marked';

const SAFE_HREF = /^(https?:|mailto:|#|\/|\.{0,2}\/|[^:/?#]+(?:[/?#]|$))/i;

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** True when a paragraph's inline tokens are nothing but emphasis (and the line breaks between). */
function isCaption(tokens: Token[]): boolean {
  let ems = 0;
  for (const t of tokens) {
    if (t.type === 'em') ems++;
    else if (t.type === 'text' && t.raw.trim() === '') continue;
    else if (t.type === 'br') continue;
    else return false;
  }
  return ems > 0;
}

const CREDIT = /^(credit|photo|picture|image|source)s?\s*:/i;

const marked = new Marked({
  gfm: true,
  renderer: {
    html({ text }: Tokens.HTML | Tokens.Tag) {
      return escapeHtml(text);
    },
    heading({ tokens, depth }: Tokens.Heading) {
      const level = Math.min(6, Math.max(2, depth));
      return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
    },
    link({ href, title, tokens }: Tokens.Link) {
      const text = this.parser.parseInline(tokens);
      if (!SAFE_HREF.test(href.trim()) || /^\s*(javascript|data|vbscript):/i.test(href)) return text;
      const t = title ? ` title="${escapeHtml(title)}"` : '';
      return `<a href="${escapeHtml(href)}"${t} rel="nofollow noopener">${text}</a>`;
    },
    image({ text }: Tokens.Image) {
      // Remote images are not fetched into the archive; keep their description as text.
      return escapeHtml(text);
    },
    paragraph({ tokens }: Tokens.Paragraph) {
      if (!isCaption(tokens)) return `<p>${this.parser.parseInline(tokens)}</p>\n`;
      const lines = tokens.filter((t): t is Tokens.Em => t.type === 'em');
      const credit = lines.filter((l) => CREDIT.test(l.text));
      const words = lines.filter((l) => !CREDIT.test(l.text));
      const caption = words.map((l) => this.parser.parseInline(l.tokens)).join(' ');
      const creditHtml = credit.map((l) => ` <span class="credit">${this.parser.parseInline(l.tokens)}</span>`).join('');
      return `<figure class="caption"><figcaption>${caption}${creditHtml}</figcaption></figure>\n`;
    },
  },
});

/** Render a record body to safe HTML. */
export function renderBody(markdown: string): string {
  return marked.parse(markdown, { async: false }) as string;
}

/**
 * Renders an article the way a saved page of its outlet looks as raw text: the headline with its
 * habits (' | Outlet' suffix, ' date 2022-09-12 ' prefix, a kicker above), the byline and date in
 * the outlet's wording, wire datelines, hard-wrapped paragraphs, and the furniture around the story.
 */
import type { Rng } from './prng.ts';
import type { Outlet } from './outlets.ts';
import { footer, gluedCredit, kicker, mostReadBlock, readMoreBlock, relatedStamps, sharePrompts } from './furniture.ts';
import { MONTHS } from './words.ts';

/** An article before it is laid out: what the generator knows to be true about it. */
export interface Article {
  headline: string;
  kicker: string | null;
  authors: string[];
  /** 'YYYY-MM-DD', or null for an undated page. */
  date: string | null;
  outlet: Outlet;
  /** Agency for the dateline and credits, e.g. 'Reuters'. */
  agency: string;
  /** City for a wire dateline, as the outlet spells it. */
  datelineCity: string;
  topic: string;
  paragraphs: string[];
  captions: string[];
  /** Outlet that first published the story, for republished copies. */
  syndicatedFrom: string | null;
  /** Other stories' headlines, for teaser blocks. */
  teasers: string[];
}

/** Break a paragraph into lines of at most `width` characters. */
export function hardWrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const w of text.split(' ')) {
    if (line && line.length + 1 + w.length > width) {
      lines.push(line);
      line = w;
    } else line = line ? `${line} ${w}` : w;
  }
  if (line) lines.push(line);
  return lines;
}

/** Every word capitalised, as some outlets print headlines. */
export const titleCase = (s: string): string => s.replace(/(^|\s)(\p{Ll})/gu, (_, sp: string, c: string) => sp + c.toUpperCase());

/** 'By A', 'By A and B', 'By A, B and C'. */
export function byline(authors: readonly string[]): string {
  if (authors.length <= 1) return `By ${authors[0] ?? ''}`;
  return `By ${authors.slice(0, -1).join(', ')} and ${authors[authors.length - 1]}`;
}

/** '12 September 2022' */
export function longDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${Number(d)} ${MONTHS[Number(m) - 1]} ${y}`;
}

/** Body paragraphs with adverts, captions and a mid-story teaser block mixed in (as page dumps have them). */
function body(rng: Rng, a: Article, opts: { adverts: boolean; captions: boolean; wrap: number | null; midBlock: string[] | null }): string[] {
  const out: string[] = [];
  const mid = Math.floor(a.paragraphs.length / 2);
  a.paragraphs.forEach((p, i) => {
    if (opts.wrap) out.push(...hardWrap(p, opts.wrap));
    else out.push(p);
    out.push('');
    if (opts.adverts && rng.chance(0.25)) out.push('Advertisement', '');
    if (opts.captions && i === 1) out.push(...a.captions.map((c) => gluedCredit(c, rng.chance(0.7) ? a.agency : a.outlet.name)), '');
    if (opts.midBlock && i === mid) out.push(...opts.midBlock);
  });
  return out;
}

/** Lay out an article as its outlet's saved page. */
export function renderPage(rng: Rng, a: Article): string {
  const o = a.outlet;
  const headline = o.titleCase ? titleCase(a.headline) : a.headline;
  const year = (a.date ?? '2023').slice(0, 4);
  const lines: string[] = [];
  switch (a.syndicatedFrom ? 'magazine' : o.layout) {
    case 'tabloid':
      lines.push(`${headline} | ${o.name}`, '');
      if (a.date && rng.chance(0.5)) lines.push(`Published ${longDate(a.date)}`, '');
      lines.push(...body(rng, a, { adverts: false, captions: false, wrap: null, midBlock: mostReadBlock(rng, o.mostRead, true) }));
      lines.push(...readMoreBlock(rng, o, a.teasers, a.topic), '', '    Source: Read Full Article');
      break;
    case 'dateprefix':
      lines.push(`${a.date ? ` date ${a.date} ` : ''}${headline}`, '', byline(a.authors), '');
      lines.push(...body(rng, a, { adverts: false, captions: false, wrap: null, midBlock: null }));
      lines.push(`${o.name} / ${a.agency}`);
      break;
    case 'kicker':
      lines.push(a.kicker ?? kicker(rng), '', headline, '');
      if (a.date) lines.push(`${byline(a.authors.slice(0, 1))}, ${longDate(a.date)}`, '');
      lines.push(...body(rng, a, { adverts: true, captions: true, wrap: null, midBlock: mostReadBlock(rng, o.mostRead, false) }));
      lines.push('Topics', 'Advertisement', rng.pick([o.domain, 'machibet777.com', 'bestodds365.net']));
      break;
    case 'blog':
      lines.push('Connect with us', 'X', 'Categories:', '', 'News', '', headline, '', 'Published', '', 'on');
      if (a.date) lines.push('', longDate(a.date));
      lines.push('', headline, 'Share this post:', '');
      lines.push(...body(rng, a, { adverts: false, captions: false, wrap: null, midBlock: null }));
      lines.push('', `Get More Stories Like This On: Facebook: @${o.domain.split('.')[0]}, Twitter: @${o.domain.split('.')[0]}`);
      lines.push(...relatedStamps(rng, a.teasers));
      break;
    case 'wire': {
      lines.push(headline, '', byline(a.authors), '');
      if (a.date) lines.push(`Published ${longDate(a.date)}`, '');
      const [first, ...rest] = a.paragraphs;
      const dated = { ...a, paragraphs: [`${a.datelineCity.toUpperCase()} (${a.agency}) - ${first ?? ''}`, ...rest] };
      lines.push(...body(rng, dated, { adverts: false, captions: false, wrap: 72, midBlock: null }));
      lines.push(`Reporting by ${a.authors[0] ?? a.agency}; Editing by ${o.reporters[o.reporters.length - 1]}`, '', ...footer(rng, o, year));
      break;
    }
    case 'broadsheet':
      lines.push(headline, '');
      if (a.paragraphs[0]) lines.push(a.paragraphs[0].split('. ')[0]!.replace(/\.?$/, '.'), '');
      lines.push(byline(a.authors));
      if (a.date) lines.push(`Published ${longDate(a.date)} at ${String(rng.between(6, 22)).padStart(2, '0')}:${String(rng.between(0, 59)).padStart(2, '0')} BST`);
      lines.push('', ...sharePrompts(rng), '');
      lines.push(...body(rng, a, { adverts: rng.chance(0.3), captions: true, wrap: 76, midBlock: null }));
      lines.push('Related stories', '', ...relatedStamps(rng, a.teasers), ...footer(rng, o, year));
      break;
    case 'magazine':
      lines.push(headline, '');
      if (a.captions[0]) lines.push(`(${a.captions[0]}.)`, '');
      if (a.date && rng.chance(0.7)) lines.push(longDate(a.date), '');
      lines.push(...body(rng, a, { adverts: false, captions: false, wrap: null, midBlock: null }));
      if (a.syndicatedFrom) lines.push(`This article appeared in ${a.syndicatedFrom} and has been published here with permission.`);
      else lines.push(...footer(rng, o, year));
      break;
  }
  return lines.join('\n').replace(/\n{3,}/g, '\n\n').trimEnd() + '\n';
}

/**
 * The publisher, chosen among what the page says, most telling first: a headline suffix
 * ('… | The Sun'), a credit line at the end ('The Sun / CNN'), a 'Source: X' line, an outlet in
 * the byline ('… Associated Press'), a wire dateline ('KYIV (Reuters) -'), a copyright notice.
 */
import { REGEXPS } from './patterns.ts';
import type { Row } from './lineTable.ts';
import { isTitleCase, wordCount } from './lineShape.ts';

export interface SourceCandidate {
  name: string;
  rule: string;
}

const RANK = ['headline-outlet-suffix', 'credit-line', 'source-line', 'byline-outlet', 'aggregator-publisher-line', 'dateline-agency', 'masthead-repeated', 'masthead-home-link', 'copyright-notice'];

/**
 * 'masthead-home-link': the logo's link text in the header, 'The Meridian - Back to home', 'Der Kurier – Zur Startseite',
 * names the site (the copyright line further down often names the company behind it instead).
 */
export function homeLinkName(rows: Row[]): SourceCandidate | null {
  for (const row of rows.slice(0, 40)) {
    if (row.text.length > 60 || row.decision?.fate === 'field') continue;
    const m = HOME_LINK.exec(row.text.trim());
    const name = m?.[1]?.trim() ?? '';
    if (m && wordCount(name) <= 5 && /^\p{Lu}/u.test(name) && !HOME_WORDS.test(name)) return { name, rule: 'masthead-home-link' };
  }
  return null;
}
const HOME_LINK = /^(\S.{1,40}?)\s+[-–—|:]\s+(?:back to (?:the )?home(?: ?page)?|go to (?:the )?home ?page|(?:zur(?:ück zur)?|zur) startseite|retour (?:à|a) l['’]accueil|volver a la portada|ir a la portada|torna alla home(?: ?page)?|voltar (?:à|a|para a) (?:página inicial|home))$/iu;

/**
 * 'aggregator-publisher-line': aggregators credit a story 'Story by …' and print the publisher's
 * name on a short line of its own at the top of the card, right above the headline (or above the
 * 'Story by' line when the headline comes under it): 'The Independent' / headline / 'Story by …'.
 */
export function aggregatorPublisher(rows: Row[], headlineIndex: number): SourceCandidate | null {
  const storyBy = rows.find((r) => r.decision?.role === 'byline' && /^story by\b/iu.test(r.text));
  if (!storyBy || headlineIndex < 0) return null;
  const top = Math.min(storyBy.index, headlineIndex);
  const above = rows.slice(Math.max(0, top - 3), top).reverse().find((r) => r.text.trim() !== '' && r.decision?.fate !== 'field');
  if (!above) return null;
  const name = above.text.trim();
  const n = wordCount(name);
  if (n < 1 || n > 5 || name.length > 40 || !/^\p{Lu}/u.test(name) || /[.!?:,;|]$/.test(name) || HOME_WORDS.test(name)) return null;
  // A menu word dropped by a one-line rule ('Top stories', 'Sign in') is not a publisher; a line
  // swept up under a navigation label ('Top stories' / 'Canada' / 'The Brampton Ledger') may be.
  if (above.decision && !POSITION_RULES.has(above.decision.rule) && above.decision.rule !== 'teaser-block-after-label') return null;
  return n >= 2 || /^\p{Lu}{2,}/u.test(name) ? { name, rule: 'aggregator-publisher-line' } : null;
}

/**
 * 'masthead-repeated': the site's name opens the page ('Circuit & Field', 'Der Zeitspiegel', after
 * any skip links) and comes back further down ('More From Circuit & Field', 'Der Zeitspiegel Abo',
 * 'SCB News homepage'). A copyright line often names the company behind the title instead.
 */
/** 'Startseite', 'Новости': the home link and the news section, in the languages we meet. */
const HOME_WORDS = /^(?:home|homepage|home page|startseite|accueil|inicio|portada|início|página inicial|главная|головна|news|nachrichten|actualités|notizie|noticias|notícias|nieuws|wiadomości|новости|новини)$/iu;

/** Rules that drop a line for where it stands, not for what it says. */
const POSITION_RULES = new Set(['before-headline', 'header-chrome', 'repeated-across-archive', 'link-list-run']);

export function mastheadName(rows: Row[], copyrightHolders: readonly string[] = []): SourceCandidate | null {
  let first = rows.slice(0, 5).find((r) => r.decision?.rule !== 'skip-link');
  // 'Truffe agli anziani … - La Voce dell'Adige' / 'Vai al contenuto' / 'La Voce dell'Adige': a browser title opens
  // the page; the masthead is the line under it that repeats the title's suffix.
  const suffix = first && first.text.length <= 300 ? /\s[-–—|]\s+([^-–—|]{2,40})$/u.exec(first.text.trim())?.[1]?.trim().toLowerCase() : undefined;
  if (suffix) first = rows.slice(first!.index + 1, first!.index + 5).find((r) => r.text.trim().toLowerCase() === suffix) ?? first;
  // Only a line that no one-line rule took for a button or a menu word ('Opinion', 'Suscríbete').
  if (!first || (first.decision && !POSITION_RULES.has(first.decision.rule))) return null;
  // 'Circuitline homepage', 'SCB News home': the logo's link text names the site.
  // ('Patch Logo': the logo image's alt text.)
  const name = first.text.trim().replace(/\s+(?:homepage|home page|home|startseite|accueil|portada|logo)$/iu, '');
  const n = wordCount(name);
  if (n < 1 || n > 5 || name.length > 40 || !/^\p{Lu}/u.test(name) || /[.!?:,;|]$/.test(name)) return null;
  if ((n === 1 && name.length < 4) || HOME_WORDS.test(name)) return null;
  // Back in the page's chrome (a short line, a copyright line), never in the story's own paragraphs
  // ('Ukraine' opening the page is a section, not the site).
  // (Or in a notice of the site's own: 'The Hill has removed its comment section, …'.)
  const inChrome = rows.some((r) => r !== first && r.text !== name && r.text.includes(name) &&
    (wordCount(r.text) <= 10 || /©|copyright/iu.test(r.text) || (r.decision?.fate === 'dropped' && r.decision.role === 'notice')));
  // ('… said in a statement shared first with The Hill': a story may cite the outlet by its name; 'The' and a capital name it.)
  const citing = /^The\s+\p{Lu}/u.test(name) ? new RegExp(`\\b(?:with|to|told|by|for|from)\\s+${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`, 'u') : null;
  const inStory = rows.some((r) => r.decision?.fate === 'kept' && r.decision.role === 'paragraph' && r.text.includes(name) && wordCount(r.text) > 10 && !citing?.test(r.text));
  // Or the copyright line names the company behind the title ('El Norte del Duero' / '© Ediciones del Duero').
  // ('THE WESTERN SENTINEL' over '© The Western Sentinel Ltd' is the same name: the notice spells it better.)
  if (copyrightHolders.some((holder) => holder.toLowerCase() === name.toLowerCase())) return null;
  const byCompany = copyrightHolders.some((holder) => sharesDistinctiveWord(name, holder));
  return (inChrome || byCompany) && !inStory ? { name, rule: 'masthead-repeated' } : null;
}

/**
 * The site's name, read before the headline is chosen: the masthead named again in the chrome, or the
 * page's first line coming back alone on a line further down ('The Harbour Town Evening Gazette' at the top
 * and the foot). A line equal to it is never the headline.
 */
export function siteNameLine(rows: Row[]): string | null {
  const masthead = mastheadName(rows);
  if (masthead) return masthead.name;
  const first = rows.slice(0, 5).find((r) => r.decision?.rule !== 'skip-link' && r.text.trim() !== '');
  if (!first || first.decision || first.text.length > 60 || /[.!?]$/.test(first.text)) return null;
  // 'headline-not-site-name': a page often lists itself among its related stories, so its headline comes back
  // lower too; a line of six words and more in sentence case ('Why the council in X matters for the budget') is a
  // headline, not a name ('The Harbour Town Evening Gazette').
  if (wordCount(first.text) > 5 && !isTitleCase(first.text)) return null;
  const again = rows.find((r) => r.index > first.index + 3 && r.text.trim() === first.text.trim());
  // ('Putin’s Army Just Ran Out of Excuses' / … / the same line over its standfirst, the byline and the date: a browser's
  // title printed again in its place is the headline; a name is not followed by the story's byline.)
  if (!again || rows.slice(again.index + 1, again.index + 5).some((r) => r.decision?.fate === 'field' && /^(?:byline|date)$/.test(r.decision.role))) return null;
  return first.text.trim();
}

/** A word of four letters or more, capitalised, that both names contain ('Duero'). */
function sharesDistinctiveWord(a: string, b: string): boolean {
  const words = (t: string): string[] => t.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 4 && /^\p{Lu}/u.test(w));
  const other = new Set(words(b).map((w) => w.toLowerCase()));
  return words(a).some((w) => other.has(w.toLowerCase()));
}

/** Finds an agency in a dateline among the first body rows: 'KYIV (Reuters) -' → 'Reuters'. */
export function datelineAgency(rows: Row[]): SourceCandidate | null {
  let seen = 0;
  for (const row of rows) {
    if (row.decision?.fate !== 'kept' && row.decision !== null) continue;
    if (++seen > 6) break;
    const m = REGEXPS.dateline.exec(row.text.slice(0, 120));
    if (m) return { name: (m[1] ?? '').trim(), rule: 'dateline-agency' };
  }
  return null;
}

/** The best candidate by rule rank (ties: first found). */
export function chooseSource(candidates: SourceCandidate[]): SourceCandidate | null {
  const usable = candidates.filter((c) => c.name.trim() !== '' && c.name.length <= 60);
  usable.sort((a, b) => rank(a.rule) - rank(b.rule));
  const best = usable[0];
  if (!best) return null;
  // 'outlet-regional-desk': 'n1 SP' in the byline is the desk of 'n1' (the headline's suffix) in one state or
  // region: a two- or three-capital code after a name another candidate gives alone; the outlet is the bare name.
  const bare = usable.find((c) => c !== best && best.name.length > c.name.length + 2 &&
    best.name.toLowerCase().startsWith(c.name.trim().toLowerCase() + ' ') && /^\p{Lu}{2,3}$/u.test(best.name.slice(c.name.trim().length).trim()));
  return bare ? { name: bare.name, rule: bare.rule } : best;
}

function rank(rule: string): number {
  const i = RANK.indexOf(rule);
  return i < 0 ? RANK.length : i;
}

/**
 * extractArticle: one raw article text → fields, Markdown body and a decision for every line.
 *
 * The rules run as a cascade over a table of lines (see `rules/lineTable.ts`); each rule only
 * decides lines no earlier rule has decided, and names itself in the decision:
 *
 *   0. web archive toolbar       the Wayback Machine's bar over a replayed page         rules/webArchive.ts
 *      drop caps                 a section's big first letter back on its word          rules/dropCap.ts
 *   1. one-line furniture        adverts, share prompts in any language, calls to action,  rules/furniture.ts
 *                                cookie banners, audio players, gallery controls, stamps, chrome words,
 *                                sign-up boxes (label, pitch, e-mail field, consent), reader prompts,
 *                                long notices by their opening, scoreboards and line-ups
 *                                breadcrumbs, paywall meters, post navigation, tables of
 *                                contents, reference lists, a video's title printed twice
 *   2. meta lines                bylines, date lines, 'Source:/From:' lines; bylines of  rules/metaLines.ts
 *                                story cards under the article are not the writers'
 *   3. headline and kicker       the headline-shaped line above the byline/date          rules/headline.ts
 *                                (never the site's own name: site-name-not-headline)
 *                                (headline-above-meta, stopping at a kicker label), else the first
 *                                one; a copy of the page's title line wins over another pick;
 *                                suffixes peeled; the date nearest above the body beats a masthead's date;
 *                                a slashed date is read the way the page's other slashed dates are
 *   4. trailer                   syndication note, credit line, source, copyright;      rules/trailer.ts
 *                                comment threads after the article, a wire story's contact box  rules/ending.ts
 *   5. teasers                   blocks after labels (up to a hard-wrapped paragraph),  rules/teasers.ts
 *                                stamp cards, kicker+headline pairs, 'Explainer: …' links between paragraphs,
 *                                a card between two copies of its label ('Liveblog' / headline / 'liveblog')
 *                                pull quotes: quoted lines whose words are already in the body  rules/pullQuotes.ts
 *   6. archive repetition        lines recurring across the archive                    archiveContext.ts
 *   7. position                  before headline, repeated headline, header chrome,     rules/structure.ts
 *                                an East Asian deck as standfirst, the byline box between byline and date
 *   8. captions, subheadings     kept with their own Markdown shape                     rules/captions.ts, rules/subheadings.ts
 *                                the writer's bio (last paragraphs, byline box, bio box) rules/ending.ts
 *   9. link lists, after the end short non-sentence leftovers                           rules/structure.ts
 *  10. body                      paragraphs (re-joined), bullet and numbered lists      rules/paragraphs.ts
 *  11. language                  function words, else franc-min trigrams                rules/lang.ts
 *  12. source                    headline suffix, credit, 'Source:', byline outlet,     rules/source.ts
 *                                the site's own name in the byline (byline-site-name),
 *                                an agency byline under a masthead (agency-story-on-masthead),
 *                                dateline agency, masthead named again, copyright
 *
 * Pure and deterministic; never throws (a failure inside a rule falls back to keeping every line).
 */
import { EMPTY_CONTEXT, type ArchiveContext, type ExtractedFields, type Extraction, type LineDecision } from './Extraction.ts';
import { isArchiveFurniture } from './archiveContext.ts';
import { dropLineFurniture, dropWrappedTails } from './rules/furniture.ts';
import { dropWebArchiveToolbar } from './rules/webArchive.ts';
import { joinDropCaps } from './rules/dropCap.ts';
import { preferDateBelow, readBareNameBylines, readBracketDateline, readCjkDatelineReporters, readClosingName, readMetaLines, readSlashedDateInPageOrder, readYearlessDate } from './rules/metaLines.ts';
import { cleanHeadline, findHeadline, outletOnNextLine, wrappedHeadlineTail } from './rules/headline.ts';
import { cleanOutletName, readTrailer } from './rules/trailer.ts';
import { dropKickerTeaserPairs, dropLabelSandwichCards, dropLabelledStoryLinks, dropRepeatedFrameCards, dropStampGroups, dropTeaserBlocks, dropVideoCardsOverCaptionToggle, dropVideoPlaylist } from './rules/teasers.ts';
import { markCaptions } from './rules/captions.ts';
import { dropPressReleaseSource, dropAfterPaywallCut, dropAuthorBio, dropCommentSection, dropContactBoxes } from './rules/ending.ts';
import { markSubheadings } from './rules/subheadings.ts';
import { dropPullQuotes } from './rules/pullQuotes.ts';
import {
  dropAfterBodyEnd, dropAfterReprintNotice, dropBeforeHeadline, dropBetweenMeta, dropLinkListRuns, dropRepeatedHeadline, findBodyEnd, findBodyStart, readHeaderZone,
} from './rules/structure.ts';
import { markBodyRows, renderBody } from './rules/paragraphs.ts';
import { dropProseInsideNoticeBox } from './rules/appealBoxes.ts';
import { aggregatorPublisher, chooseSource, datelineAgency, homeLinkName, mastheadName, siteNameLine, type SourceCandidate } from './rules/source.ts';
import { detectLanguage } from './rules/lang.ts';
import { buildTable, decide, isOpen, type Row } from './rules/lineTable.ts';
import { looseKey, wordCount } from './rules/lineShape.ts';

/**
 * Extracts one article.
 * @example extractArticle('Troops flee | The Sun\n\nRussian soldiers fled the city on Saturday, officials said.').fields.source // 'The Sun'
 */
export function extractArticle(text: string, context: ArchiveContext = EMPTY_CONTEXT): Extraction {
  const input = typeof text === 'string' ? text : String(text ?? '');
  try {
    return runRules(input, context ?? EMPTY_CONTEXT);
  } catch (err) {
    return keepEverything(input, `extraction rules failed, every line kept: ${err instanceof Error ? err.message : String(err)}`);
  }
}

function emptyFields(): ExtractedFields {
  return {
    title: null, date: null, time: null, timezone: null, authors: [], source: null, kicker: null,
    standfirst: null, syndicated_from: null, credit: null, lang: null,
  };
}

function runRules(text: string, context: ArchiveContext): Extraction {
  const rows = buildTable(text);
  const fields = emptyFields();
  const fieldRules: Extraction['fieldRules'] = {};
  const warnings: string[] = [];
  const sources: SourceCandidate[] = [];

  dropWebArchiveToolbar(rows);
  joinDropCaps(rows);
  dropLineFurniture(rows);
  const meta = readMetaLines(rows);

  const repeated = (row: Row): boolean => isArchiveFurniture(row.text, context);
  // 'site-name-not-headline': the site's own name is never the headline, whatever its shape.
  const site = siteNameLine(rows);
  const isSiteName = (row: Row): boolean => site !== null && looseKey(row.text) === looseKey(site);
  const found = findHeadline(rows, (row) => isSiteName(row) || (repeated(row) && wordCount(row.text) < 5));
  let headlineIndex = -1;
  if (found) {
    headlineIndex = found.headline.index;
    const tail = wrappedHeadlineTail(rows, found.headline);
    const clean = cleanHeadline(tail ? `${found.headline.text} ${tail.text}` : found.headline.text);
    if (tail) decide(tail, 'field', 'title', 'headline-wrapped');
    fields.title = clean.title;
    fieldRules.title = clean.rules.length ? clean.rules.join('+') : found.rule;
    decide(found.headline, 'field', 'title', fieldRules.title);
    const outlet = clean.outlet ?? found.titleOutlet ?? null;
    if (outlet) sources.push({ name: outlet, rule: 'headline-outlet-suffix' });
    const wrappedOutlet = outletOnNextLine(rows, found.headline);
    if (wrappedOutlet) {
      sources.push({ name: wrappedOutlet.text.trim(), rule: 'headline-outlet-suffix' });
      decide(wrappedOutlet, 'field', 'source', 'headline-outlet-suffix-wrapped');
    }
    if (clean.gluedDate && !meta.date) {
      fields.date = clean.gluedDate;
      fieldRules.date = 'headline-glued-date-prefix';
    }
    if (found.kicker) {
      fields.kicker = found.kicker.text;
      fieldRules.kicker = 'kicker-above-headline';
      decide(found.kicker, 'field', 'kicker', 'kicker-above-headline');
    }
  } else {
    warnings.push('no headline found');
  }

  preferDateBelow(rows, meta, headlineIndex);
  readSlashedDateInPageOrder(rows, meta);
  readYearlessDate(rows, meta, headlineIndex);
  const trailer = readTrailer(rows);
  dropCommentSection(rows);
  dropAfterPaywallCut(rows, headlineIndex);
  dropContactBoxes(rows);
  dropPressReleaseSource(rows);
  dropTeaserBlocks(rows);
  dropStampGroups(rows, headlineIndex);
  dropKickerTeaserPairs(rows);
  dropVideoPlaylist(rows);
  dropVideoCardsOverCaptionToggle(rows);
  dropLabelSandwichCards(rows);
  for (const row of rows) if (isOpen(row) && repeated(row)) decide(row, 'dropped', 'repeated', 'repeated-across-archive');
  dropPullQuotes(rows);

  if (found && fields.title) {
    dropLabelledStoryLinks(rows, headlineIndex);
    dropBeforeHeadline(rows, headlineIndex);
    dropRepeatedHeadline(rows, fields.title, headlineIndex);
  }
  markCaptions(rows, headlineIndex);
  const bodyStart = findBodyStart(rows, headlineIndex);
  readBareNameBylines(rows, headlineIndex, bodyStart, meta);
  readCjkDatelineReporters(rows, headlineIndex, meta);
  readBracketDateline(rows, headlineIndex, meta);
  readClosingName(rows, headlineIndex, meta);
  // (A wire story signed by its agency alone may close on the agency's own blurb: 'Agence France-Presse is a global news agency …'.)
  dropAuthorBio(rows, meta.authors.length ? meta.authors : meta.bylineOutlet && meta.authorsRule === 'byline-agency' ? [meta.bylineOutlet] : []);
  const standfirst = readHeaderZone(rows, headlineIndex, bodyStart);
  dropBetweenMeta(rows, headlineIndex);
  dropRepeatedFrameCards(rows);
  if (standfirst) {
    fields.standfirst = standfirst.text;
    fieldRules.standfirst = standfirst.rule;
  }
  markSubheadings(rows, headlineIndex);
  dropLinkListRuns(rows);
  dropAfterReprintNotice(rows);
  dropAfterBodyEnd(rows, findBodyEnd(rows));
  dropWrappedTails(rows);
  dropProseInsideNoticeBox(rows);
  markBodyRows(rows);
  const body = renderBody(rows);

  // Fields from meta lines, trailer and sources.
  if (meta.date) {
    fields.date = meta.date.date;
    fields.time = meta.date.time;
    fields.timezone = meta.date.timezone;
    fieldRules.date = meta.dateRule ?? 'date-line';
    if (meta.date.time) fieldRules.time = fieldRules.date;
    if (meta.date.timezone) fieldRules.timezone = fieldRules.date;
  }
  if (meta.authors.length) {
    fields.authors = meta.authors;
    fieldRules.authors = meta.authorsRule ?? 'byline-by-prefix';
  } else if (meta.wireAuthors.length) {
    fields.authors = [...new Set(meta.wireAuthors)];
    fieldRules.authors = 'wire-credits-footer';
  }
  if (trailer.syndicatedFrom) {
    fields.syndicated_from = trailer.syndicatedFrom;
    fieldRules.syndicated_from = 'syndication-note';
  }
  if (trailer.credit) {
    fields.credit = trailer.credit;
    fieldRules.credit = 'credit-line';
  }
  sources.push(...trailer.sources);
  for (const name of meta.attributions) sources.push({ name: cleanOutletName(name), rule: 'source-line' });
  if (meta.bylineOutlet) sources.push({ name: meta.bylineOutlet, rule: 'byline-outlet' });
  const agency = datelineAgency(rows.slice(Math.max(0, headlineIndex + 1)));
  if (agency) sources.push(agency);
  const publisher = aggregatorPublisher(rows, headlineIndex);
  if (publisher) sources.push(publisher);
  const masthead = mastheadName(rows, sources.filter((c) => c.rule === 'copyright-notice').map((c) => c.name));
  if (masthead) sources.push(masthead);
  const homeLink = homeLinkName(rows);
  if (homeLink) sources.push(homeLink);
  // 'byline-site-name': 'Por Portal Gerais — Belo Horizonte' under the masthead 'Portal Gerais' credits
  // the site itself: its name is the outlet, not a writer.
  if (masthead && fields.authors.some((a) => a.toLowerCase() === masthead.name.toLowerCase())) {
    fields.authors = fields.authors.filter((a) => a.toLowerCase() !== masthead.name.toLowerCase());
    if (!fields.authors.length) delete fieldRules.authors;
    sources.push({ name: masthead.name, rule: 'byline-outlet' });
  }
  // '© 2022 Maya Chen' on a writer's own site names the writer, not a publisher.
  const writers = new Set(fields.authors.map((a) => a.toLowerCase()));
  const source = chooseSource(sources.filter((c) => !writers.has(c.name.trim().toLowerCase())));
  if (source) {
    fields.source = source.name;
    fieldRules.source = source.rule;
  }
  // 'agency-story-on-masthead': an agency's name alone as the byline ('PTI') under a site's repeated
  // masthead ('Bharat Herald') is a wire story the site republished: the site publishes, the agency syndicates.
  if (source?.rule === 'byline-outlet' && meta.authorsRule === 'byline-agency' && masthead && masthead.name !== source.name) {
    fields.syndicated_from ??= source.name;
    fieldRules.syndicated_from ??= 'agency-story-on-masthead';
    fields.source = masthead.name;
    fieldRules.source = 'agency-story-on-masthead';
  }
  const lang = detectLanguage(body);
  if (lang) {
    fields.lang = lang.lang;
    fieldRules.lang = lang.rule;
  }
  if (body.trim() === '') warnings.push('no article text left after furniture removal');

  return { fields, fieldRules, body, lines: toDecisions(rows), warnings };
}

function toDecisions(rows: Row[]): LineDecision[] {
  return rows.map((r) => ({
    line: r.line,
    text: r.text,
    fate: r.decision?.fate ?? 'kept',
    role: r.decision?.role ?? 'paragraph',
    rule: r.decision?.rule ?? 'paragraph',
  }));
}

/** The safety net: every line kept as a paragraph, with a warning saying why. */
function keepEverything(text: string, warning: string): Extraction {
  const rows = buildTable(text);
  for (const row of rows) decide(row, 'kept', 'paragraph', 'fallback-keep-all');
  return { fields: emptyFields(), fieldRules: {}, body: renderBody(rows), lines: toDecisions(rows), warnings: [warning] };
}

/**
 * Where the article stops before the page does: a comment thread ('5 thoughts on …',
 * 'Leave a Reply', 'Share or comment on this article:') and the writer's bio under the last
 * paragraph ('Jane Doe is a reporter covering …').
 */
import { REGEXPS } from './patterns.ts';
import { isStrongProse, wordCount } from './lineShape.ts';
import { decide, isOpen, type Row } from './lineTable.ts';
import { parseBareName } from './byline.ts';

/** Paragraphs of article that must come before a comments heading for it to end the article. */
const MIN_PARAGRAPHS_BEFORE_COMMENTS = 3;

/**
 * 'comments-section': everything after a comments heading that follows the article's paragraphs
 * is readers' text or form chrome. A 'Comments' link above the article does not count, nor one with
 * more of the article's prose below it than above.
 */
export function dropCommentSection(rows: Row[]): void {
  const proseWords = rows.map((row) => (isOpen(row) && isStrongProse(row.text) ? wordCount(row.text) : 0));
  let wordsAfter = proseWords.reduce((sum, n) => sum + n, 0);
  let wordsBefore = 0;
  let paragraphs = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (proseWords[i]) { paragraphs++; wordsBefore += proseWords[i]!; wordsAfter -= proseWords[i]!; }
    if (paragraphs < MIN_PARAGRAPHS_BEFORE_COMMENTS || row.text.length > 200) continue;
    if (row.decision && row.decision.fate !== 'dropped') continue;
    if (!REGEXPS.commentsHeading.test(row.text)) continue;
    // 'Comment' in the share bar under an opinion piece's headline, standfirst and bio: more of the article's
    // prose below the heading than above it means the article has not ended (dropping it all lost whole bodies).
    if (wordsAfter > wordsBefore) continue;
    decide(row, 'dropped', 'comments', 'comments-section', true);
    for (const after of rows.slice(i + 1)) decide(after, 'dropped', 'comments', 'comments-section');
    return;
  }
}

/** '38.42%' of 'this article' ('de cet article', 'dieses Artikels', 'del artículo', 'этой статьи') left to read. */
const PERCENT = /\d(?:[.,]\d{1,2})?\s?%/u;
const ARTICLE_WORD = /(?:article|artícul|articol|artig|artikel|artykuł|стать|статт)/iu;
const READ_OR_SUBSCRIBE = /(?:lire|read|leer|lesen|leggere|\bler\b|czyta|читат|прочит|abonn|subscri|suscri|abbona|assinant|prenumer|подпис|передплат)/iu;
/** 'La suite est réservée aux abonnés', 'The rest of this article is for subscribers', 'Jetzt weiterlesen mit Kompass+': the hidden rest of the story. */
const REST_FOR_SUBSCRIBERS = /^(?:jetzt |now )?(?:weiterlesen mit|continue reading with|keep reading with|lire la suite avec|sigue leyendo con|continua a leggere con)\s+\S|(?:la suite|the rest of (?:this|the) (?:article|story)|der rest des artikels|el resto (?:del|de este) artículo|il resto dell['’]articolo)\b.{0,40}(?:abonnés|subscribers|members|abonnenten|suscriptores|abbonati)/iu;

/**
 * 'paywall-cut': 'Il vous reste 38.42% de cet article à lire. La suite est réservée aux abonnés.' — the page shows the
 * story only up to here; what follows is the paywall's offer, the share bar and the footer (a footer's one-sentence
 * blurb had stretched the body to the bottom of the page). Fields already read below it stay.
 */
export function isPaywallCut(text: string): boolean {
  if (text.length > 240 || wordCount(text) > 40) return false;
  // (A sentence of the story may give a percentage and name an article: the cut also speaks of reading or subscribing.)
  return (PERCENT.test(text) && ARTICLE_WORD.test(text) && READ_OR_SUBSCRIBE.test(text)) || REST_FOR_SUBSCRIBERS.test(text);
}

export function dropAfterPaywallCut(rows: Row[], headlineIndex: number): void {
  let paragraphs = 0;
  for (const row of rows.slice(Math.max(0, headlineIndex + 1))) {
    if (isOpen(row) && isStrongProse(row.text) && !isPaywallCut(row.text)) paragraphs++;
    if (paragraphs < 2 || row.decision && row.decision.fate !== 'dropped' || !isPaywallCut(row.text)) continue;
    decide(row, 'dropped', 'notice', 'paywall-cut', true);
    for (const after of rows.slice(row.index + 1)) decide(after, 'dropped', 'notice', 'after-paywall-cut');
    return;
  }
}

/** Paragraphs at the end of the page searched for the writer's bio. */
const BIO_WINDOW = 4;

const BIO_VERB = /^\s*(?:is|was|has|writes|covers|reports|edits|ist|schreibt|est|écrit|es|escribe|è|scrive|é|escreve|jest|pisze|—|–|-)\s/iu;

/**
 * A journalist's job named near the start of a paragraph that opens with the writer's name, in any language
 * ('Kovács Péter a Hírpont belpolitikai újságírója, …', 'Anna Virtanen on SYR:n toimittaja …'): the bio, whatever its verb.
 */
const BIO_ROLE = /journalist|reporter|correspondent|újságíró|szerkesztő|tudósító|toimittaja|periodista|redactor|redaktor|giornalista|jornalista|journaliste|dziennikar|novinář|novinar|novinár|žurnalist|журналист|журналіст|кореспондент|корреспондент|gazeteci|muhabir|wartawan|صحفي|صحافي|محرر|עיתונאי|記者|记者|phóng viên|mwandishi|corresponsal|periodist/iu;

/**
 * 'author-bio': a paragraph that opens with a writer's full name and a verb of being or writing
 * ('Maria Gonzalez is a reporter covering water …') is about the writer, not the story. Looked for
 * among the last paragraphs and in the byline box (the first rows after the byline); a bio box at
 * the end may also print the name on a line of its own, under an 'About the author' label, and
 * the bio under it ('Lucía Ferrández' / 'Es redactora de …').
 */
export function dropAuthorBio(rows: Row[], authors: readonly string[]): void {
  if (authors.length === 0) return;
  const names = authors.filter((name) => name.length >= 4);
  const opensWithBio = (text: string): boolean => names.some((name) => text.startsWith(name) &&
    (BIO_VERB.test(text.slice(name.length)) || (/^\s/u.test(text.slice(name.length)) && wordCount(text) <= 60 && BIO_ROLE.test(text.slice(name.length, name.length + 100)))));
  // 'Tunde has over eight years of experience …': near the end, a bio may use the first name alone.
  const firstNames = names.map((name) => name.split(/\s+/)[0] ?? '').filter((first) => first.length >= 3 && /^\p{Lu}/u.test(first));
  const opensWithFirstNameBio = (text: string): boolean =>
    firstNames.some((first) => text.startsWith(first + ' ') && /^\s(?:is|has|was|writes|covers|reports|joined)\s/u.test(text.slice(first.length)));
  // 'Holloway is a Europe-based correspondent for …', 'Dmytrenko covers Ukraine …': a wire service's bio names the
  // writer by surname, with the beat or the job in it.
  const surnames = names.map((name) => name.split(/\s+/).pop() ?? '').filter((last) => last.length >= 4 && /^\p{Lu}/u.test(last));
  const opensWithSurnameBio = (text: string): boolean => surnames.some((last) => {
    if (!text.startsWith(last + ' ')) return false;
    const rest = text.slice(last.length, last.length + 120);
    return /^\s(?:covers|writes about|reports on)\s/u.test(rest) || (/^\s(?:is|was)\s/u.test(rest) && (BIO_ROLE.test(rest) || /\b(?:editor|writer|columnist)\b/iu.test(rest)));
  });
  let seen = 0;
  for (let i = rows.length - 1; i >= 0; i--) {
    const row = rows[i]!;
    if (!isOpen(row)) continue;
    // The bio sits under the last paragraph, often with a related-stories box and the footer after
    // it: looked for among the last few paragraphs, whatever short lines follow them.
    if (isStrongProse(row.text)) seen++;
    if (seen <= BIO_WINDOW && (opensWithBio(row.text) || opensWithFirstNameBio(row.text) || opensWithSurnameBio(row.text))) decide(row, 'dropped', 'bio', 'author-bio');
    // 'लेखक के बारे में' / 'राहुल शर्मा' / the bio: under an 'About the author' label, the writer's name and the
    // paragraph after it are the bio box, whatever the bio's verb (Hindi puts it last).
    if (REGEXPS.bioLabel.test(row.text) && rows[i + 1] && names.includes(rows[i + 1]!.text.trim()) && isOpen(rows[i + 1])) {
      const bio = rows[i + 2];
      decide(row, 'dropped', 'bio', 'author-bio');
      decide(rows[i + 1]!, 'dropped', 'bio', 'author-bio');
      if (bio && isOpen(bio) && wordCount(bio.text) <= 80 && !/\?\s*$/.test(bio.text)) decide(bio, 'dropped', 'bio', 'author-bio');
      continue;
    }
    // The name alone on its line, the bio glued under it: a bio box wherever it sits.
    const next = rows[i + 1];
    // Not an interview's question under the interviewer's name ('Jane Doe' / 'Is it true that …?').
    if (names.includes(row.text) && !row.blankAfter && next && isOpen(next) && /^\p{L}/u.test(next.text) && BIO_VERB.test(' ' + next.text) && !/\?\s*$/.test(next.text)) {
      decide(row, 'dropped', 'bio', 'author-bio');
      decide(next, 'dropped', 'bio', 'author-bio');
      const label = rows[i - 1];
      if (label && isOpen(label) && !label.blankAfter && REGEXPS.bioLabel.test(label.text)) decide(label, 'dropped', 'bio', 'author-bio');
    }
  }
  dropBioBoxUnderByline(rows);
  const byline = rows.findIndex((r) => r.decision?.role === 'byline');
  if (byline < 0) return;
  let open = 0;
  for (let i = byline + 1; i < rows.length && open < 3; i++) {
    const row = rows[i]!;
    if (!isOpen(row)) continue;
    open++;
    if (opensWithBio(row.text)) decide(row, 'dropped', 'bio', 'author-bio');
  }
}

/**
 * 'author-bio-box': a byline repeated under the article ('Written by Marguerite Okonjo') heads the
 * writer's box: the short lines between it and its 'Follow' button ('Editor for Transit Notebook',
 * 'Writing about buses, bikes and …') describe the writer.
 */
function dropBioBoxUnderByline(rows: Row[]): void {
  let paragraphs = 0;
  for (const row of rows) {
    if (isOpen(row) && isStrongProse(row.text)) paragraphs++;
    if (paragraphs < 3 || row.decision?.role !== 'byline') continue;
    const box: Row[] = [];
    for (let j = row.index + 1; j < rows.length && j <= row.index + 6; j++) {
      const r = rows[j]!;
      if (r.decision?.fate === 'dropped' && /^follow\b/iu.test(r.text)) {
        for (const b of box) decide(b, 'dropped', 'bio', 'author-bio-box');
        break;
      }
      if (isOpen(r) && wordCount(r.text) <= 30) box.push(r);
      else if (r.decision?.fate !== 'dropped') break;
    }
  }
}

/**
 * 'contact-box': 'To contact the reporters on this story:' / 'Ethan Caldwell in San Francisco at ecaldwell12@…' /
 * 'To contact the editors responsible for this story:' / 'Jillian Morrow at jmorrow@…' / 'Marcus Fenn' — a wire
 * story's contact box: its labels, the e-mail lines and the bare names under them, up to the next blank line.
 */
export function dropContactBoxes(rows: Row[]): void {
  for (const row of rows) {
    if (!isOpen(row) || row.text.length > 100 || !/:$/u.test(row.text) || !REGEXPS.contactLabel.test(row.text)) continue;
    decide(row, 'dropped', 'credits', 'contact-box');
    for (let j = row.index + 1; j < rows.length && !rows[j - 1]!.blankAfter; j++) {
      const line = rows[j]!;
      const contact = REGEXPS.contactLabel.test(line.text) || (wordCount(line.text) <= 12 && (line.text.includes('@') || parseBareName(line.text) !== null));
      if (!isOpen(line) || !contact) break;
      decide(line, 'dropped', 'credits', 'contact-box');
    }
  }
}

/**
 * 'press-release-source': 'SOURCE Pacific Kelp Works' — a press-release wire's closing credit of the issuer, the label in
 * capitals. (The issuer's 'About …' description above it is kept: annotators read it as part of the release.)
 */
export function dropPressReleaseSource(rows: Row[]): void {
  for (const row of rows.slice(Math.floor(rows.length / 3))) {
    if (isOpen(row) && /^SOURCE\s+\p{Lu}/u.test(row.text) && wordCount(row.text) <= 8 && !/[.!?]$/u.test(row.text)) {
      decide(row, 'dropped', 'credits', 'press-release-source');
    }
  }
}

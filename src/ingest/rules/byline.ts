/**
 * Bylines: who wrote the piece. Only lines shaped like a byline are read ('By A, B and C',
 * 'Written by X, Senior Reporter', 'By Maria Lopez | 3 min read', 'By JOHN DOE Associated Press',
 * 'Von Max Mustermann', 'Jane Smith, Reuters'), so people quoted in the story never become authors.
 */
import { REGEXPS } from './patterns.ts';
import { findDate } from './dates.ts';
import { endsWithPeriod, wordCount } from './lineShape.ts';

export interface Byline {
  authors: string[];
  /** An outlet named in the byline ('Reuters', 'Associated Press'), if any. */
  outlet: string | null;
  /** The rule that recognised it. */
  rule: string;
}

/** Words that make a byline segment a role, not a name ('Senior Reporter'). */
const ROLE_WORDS = new Set(
  ('reporter reporters correspondent correspondents editor editors writer writers staff contributor ' +
    'contributors columnist journalist senior chief political deputy associate assistant managing ' +
    'news health science business crime sports sport foreign defence defense security world home ' +
    'affairs digital freelance special investigations investigative producer presenter analyst ' +
    'meteorologist anchor photographer photojournalist videographer ' +
    'redakteur redakteurin korrespondent korrespondentin journaliste journalistes rédacteur rédactrice envoyé envoyée envoyés envoyées ' +
    'spécial spéciale spéciaux spéciales correspondant correspondante correspondants ' +
    'redacción redactor redactora réalisateur réalisatrice corresponsal giornalista inviato repórter jornalista periodista ' +
    'redacteur redactrice verslaggever verslaggeefster correspondente redattore redattrice inviata toimittaja').split(' '),
);

/** The job itself, which ends a role ('Environment correspondent', 'Political editor'). */
const ROLE_NOUNS = new Set(
  ('reporter correspondent editor writer columnist journalist producer presenter analyst contributor ' +
    'meteorologist anchor photographer photojournalist videographer ' +
    'redakteur redakteurin korrespondent korrespondentin journaliste rédacteur redactor redactora réalisateur réalisatrice corresponsal giornalista repórter jornalista periodista ' +
    'redacteur redactrice verslaggever verslaggeefster redattore redattrice toimittaja').split(' '),
);

/** Words that make a segment an outlet ('Associated Press', 'BBC News', 'Reuters'). */
const OUTLET_WORDS = new Set(
  ('press news times post reuters agency agencies herald guardian telegraph journal tribune media ' +
    'online daily mail express wire afp ap bbc cnn bloomberg upi dpa efe ansa sun mirror independent ' +
    'observer gazette chronicle star standard world network radio tv television magazine newswire ' +
    'bureau desk report inquirer today insider correspondents staff').split(' '),
);

const PARTICLES = new Set('de da di del della van von der den du dos das la le al el bin ibn ter ten y e st'.split(' '));

const CAPS_TOKEN = /^(Mc|Mac|O['’])?([\p{Lu}\p{M}'’.-]+)$/u;

/** Title-cases an ALL-CAPS name ('JOHN DOE' → 'John Doe', 'HANNAH McDONALD' → 'Hannah McDonald'). */
function fixCase(name: string): string {
  const tokens = name.split(/\s+/);
  if (!tokens.every((t) => CAPS_TOKEN.test(t)) || !tokens.some((t) => /\p{Lu}{2}/u.test(t))) return name;
  return tokens
    .map((t) => {
      const m = CAPS_TOKEN.exec(t)!;
      const rest = (m[2] ?? '').toLowerCase().replace(/(^|['’-])(\p{L})/gu, (_x, p: string, c: string) => p + c.toUpperCase());
      return (m[1] ?? '') + rest;
    })
    .join(' ');
}

/** First words of place names, so that 'Por Ana Souza, São Paulo' names one writer, not two. */
const PLACE_HEADS = new Set('são san santa santo los las new saint st. st rio buenos le la el den tel hong kuala port cape abu ciudad porto puerto'.split(' '));

/** First words of place names that never open a person's name ('New Delhi', 'Kuala Lumpur'). */
const PLACE_ONLY_HEADS = new Set('são sao los las new hong kuala buenos abu ciudad tel cape port porto puerto'.split(' '));

/** 'Jane Doe, Berlin' / 'Ana Souza, São Paulo': the place after a single writer's name. */
function dropTrailingPlace(list: string): string {
  const m = /^([^,]+?),\s*(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+)?)$/u.exec(list.trim());
  if (!m || REGEXPS.nameSplit.test(m[1] ?? '') || !isPersonName(m[1] ?? '')) return list;
  const place = (m[2] ?? '').split(/\s+/);
  return place.length === 1 || PLACE_HEADS.has((place[0] ?? '').toLowerCase()) ? (m[1] ?? '') : list;
}

/**
 * Words that make capitalised words an organisation's or a box's name, never a person's
 * ('Baltic Defence Policy Centre', 'Associated Wire', 'Ottawa Bureau', 'Service Information', 'Audience Relations').
 */
const ORGANISATION_WORDS = new Set(
  ('centre center centres institute institution board ministry agency agencies wire wires news service services ' +
    'council foundation university department office committee commission association society bureau desk ' +
    'information details ' +
    // A picture's label ('IMAGE SOURCE, REUTERS', 'Photo Credit'): never a writer.
    'image images source photo photos picture pictures credit credits caption ' +
    // A footer's contact department ('Audience Relations, CNB', 'Customer Support'): never a writer.
    'relations communications subscriptions subscription advertising marketing support helpdesk feedback enquiries inquiries').split(' '),
);

/** True when any word of the name is an organisation word ('… Policy Centre', '… Associated Wire'). */
export function namesOrganisation(text: string): boolean {
  for (const t of text.split(/\s+/)) if (ORGANISATION_WORDS.has(t.toLowerCase().replace(/[^\p{L}]/gu, ''))) return true;
  return false;
}

/** A person's name: 1–5 capitalised tokens, particles and initials allowed, no organisation word. */
export function isPersonName(text: string, allowSingle = false): boolean {
  // Chinese, Japanese and Korean names: two to four characters, one token ('王小明', '김민수').
  if (allowSingle && /^[\p{Script=Han}\p{Script=Hangul}]{2,4}$/u.test(text.trim())) return true;
  // Scripts without capitals (Arabic, Hebrew, Devanagari, Thai): two to four short words of one script.
  if (/^[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Bengali}]{2,12}(?:\s+[\p{Script=Arabic}\p{Script=Hebrew}\p{Script=Devanagari}\p{Script=Thai}\p{Script=Bengali}]{2,12}){1,3}$/u.test(text.trim())) return true;
  const tokens = text.trim().split(/\s+/);
  if (tokens.length > 5 || tokens.length === 0 || text.length > 60) return false;
  if (tokens.length === 1 && !allowSingle) return false;
  // ('PARA LA NACION': the paper a writer filed for, not a name.)
  if (writtenFor(text.trim()) !== null) return false;
  let caps = 0;
  for (const t of tokens) {
    if (PARTICLES.has(t.toLowerCase()) && caps > 0) continue;
    // 'Listen In English', 'Back To Top': an English function word in capitals makes a button's label, not a name.
    if (CAPITALISED_FUNCTION_WORDS.has(t)) return false;
    if (!/^(?:\p{Lu}[\p{L}\p{M}'’.-]*|\p{Lu}\.)$/u.test(t)) return false;
    caps++;
  }
  return caps > 0 && !namesOrganisation(text);
}

const JP_PLACE_REPORTER = /^[\p{Script=Katakana}\p{Script=Han}ー・]{1,12}[=＝]([\p{Script=Han}]{2,5}(?:[、，,][\p{Script=Han}]{2,5}){0,3})$/u;

/** 'PARA LA NACION', 'For The Times', 'Especial para Clarín', 'Pour Le Monde': the paper a writer filed for, or null. */
function writtenFor(text: string): string | null {
  const prefix = /^(?:(?:special|especial|spécial|speciale)\s+)?(?:for|para|pour|für|voor|dla)\s+/iu.exec(text);
  const name = prefix ? text.slice(prefix[0].length) : '';
  return prefix && /^\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,4}$/u.test(name) ? name : null;
}

const CAPITALISED_FUNCTION_WORDS = new Set(['In', 'On', 'At', 'To', 'For', 'With', 'From', 'Into', 'Of', 'The', 'And', 'Or', 'Your', 'Our', 'This', 'Is', 'Are']);

function isOutlet(segment: string): boolean {
  const ws = segment.toLowerCase().split(/\s+/);
  // "Google News'te": a suffix after an apostrophe (Turkish case endings) is not part of the word.
  return ws.some((w) => OUTLET_WORDS.has(w.replace(/^([\p{L}]{2,})['’]\p{L}{1,4}$/u, '$1').replace(/[^\p{L}]/gu, '')));
}

function isRole(segment: string): boolean {
  const ws = segment.toLowerCase().split(/\s+/).filter(Boolean);
  return ws.length > 0 && ws.some((w) => ROLE_WORDS.has(w)) && ws.length <= 6;
}

/** Splits 'A, B and C' into names; returns null when any part is not a name, role or outlet. */
function readNames(list: string, allowSingle: boolean): { authors: string[]; outlet: string | null } | null {
  const authors: string[] = [];
  let outlet: string | null = null;
  // 'JOHN DOE and JANE ROE Associated Press': all-caps names, then a title-case outlet.
  const tokens = list.trim().split(/\s+/);
  let cut = tokens.length;
  while (cut > 0 && /^\p{Lu}\p{Ll}/u.test(tokens[cut - 1] ?? '')) cut--;
  const head = tokens.slice(0, cut).join(' ');
  const tail = tokens.slice(cut).join(' ');
  if (cut > 0 && cut < tokens.length && /\p{Lu}{2}/u.test(head) && !/\p{Ll}{2}/u.test(head.replace(/\b(?:and|und|et|y|e)\b/gu, '')) && isOutlet(tail)) {
    list = head;
    outlet = tail;
  }
  // 'HANNAH McDONALD FOR MAILONLINE', 'Jane Doe for The Times': the outlet written for.
  const forOutlet = /^(.+?)\s+(?:for|für|pour|para|per)\s+(\S.{1,40})$/iu.exec(list.trim());
  // ('… For The Daily Lantern': a name after 'The' in capitalised words is a title, whatever its words.)
  if (forOutlet && (isOutletOnly(forOutlet[2] ?? '') || /^The(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){1,4}$/u.test((forOutlet[2] ?? '').trim()))) {
    list = forOutlet[1] ?? '';
    outlet ??= (forOutlet[2] ?? '').trim();
  }
  // 'A and B in Kharkiv and Izium': the places the writers filed from, joined like names, are no writer.
  list = dropPlacesAfterIn(list);
  for (const raw of list.split(REGEXPS.nameSplit)) {
    // 'Jane Smith in Kyiv', 'Max Mustermann aus Berlin': the place is not part of the name.
    let part = raw.trim().replace(/[.,;:]+$/, '').replace(/\s+(?:in|at|from|aus|à|en|reporting from)\s+\p{Lu}.*$/u, '');
    if (part === '') continue;
    // 'Harriet Lowe For Mailonline and Darren Whitcombe': one writer's outlet after her name, the next writer after it.
    const partFor = /^(.+?)\s+(?:[Ff]or|FOR|für|pour|para)\s+(\p{Lu}[\p{L}\p{M}'’&.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’&.-]*){0,3})$/u.exec(part);
    if (partFor && isPersonName(partFor[1] ?? '') && !isPersonName(partFor[2] ?? '')) {
      part = partFor[1] ?? '';
      outlet ??= partFor[2] ?? null;
    }
    if (BROADCASTER_DESK.test(part)) continue;
    // 'political correspondent Jane Doe': the role before the name.
    const named = dropLeadingRole(part);
    if (named !== part && isPersonName(named)) {
      authors.push(fixCase(named));
      continue;
    }
    // 'Mark Dietrich Associated Press': the agency printed after the last writer without a comma.
    const tail = splitOutletTail(part);
    if (tail) {
      authors.push(fixCase(tail.name));
      outlet ??= tail.outlet;
      continue;
    }
    // 'Published by The Daily Lantern Group Ltd': a company (or any name after 'The') is the publisher, never a writer.
    if (COMPANY_NAME.test(part)) {
      outlet ??= part;
      continue;
    }
    // 'Por A, B, TV Centro-Oeste': a broadcaster's name after the writers (opening with 'TV', 'Radio', 'Rede') is the outlet.
    if (authors.length > 0 && /^(?:TV|Rádio|Radio|Rede|Canal|Kanal)\s+\p{Lu}/u.test(part)) {
      outlet ??= part;
      continue;
    }
    // 'Autor: Jan Novák, Petr Svoboda, ČTK': an agency's initials alone after the names are the outlet, not a one-word name.
    if (isOutletOnly(part) && isOutlet(part) || /^\p{Lu}{2,5}$/u.test(part) && authors.length > 0) {
      outlet ??= part;
    } else if (isRole(part)) {
      continue;
    } else if (isPersonName(part, allowSingle)) {
      authors.push(fixCase(part));
    } else {
      // 'Daniel Whitcombe Associated Wire': an outlet glued after the writer's name, no comma between.
      const glued = splitGluedOrganisation(part);
      if (!glued) return null;
      authors.push(fixCase(glued.name));
      outlet ??= glued.outlet;
    }
  }
  return authors.length > 0 || outlet ? { authors, outlet } : null;
}

/**
 * 'Daniel Whitcombe Associated Wire' → the name (two or three capitalised words) and the outlet after it,
 * when the outlet's words are capitalised and one is an organisation or outlet word ('Wire', 'Agency', 'News').
 */
function splitGluedOrganisation(part: string): { name: string; outlet: string } | null {
  const tokens = part.split(/\s+/);
  if (tokens.length < 3 || tokens.length > 7) return null;
  for (const k of [2, 3]) {
    const name = tokens.slice(0, k).join(' ');
    const rest = tokens.slice(k);
    if (rest.length === 0 || !rest.every((t) => /^\p{Lu}/u.test(t))) continue;
    const org = rest.join(' ');
    if ((namesOrganisation(org) || isOutlet(org)) && isPersonName(name) && !isOutlet(name)) return { name, outlet: org };
  }
  return null;
}

/**
 * 'health reporter Maddie Gillespie', 'our political correspondent Jane Doe' → the name: up to three lower-case words
 * ending in a job ('reporter', 'correspondent', 'editor') before a capitalised name are the writer's role.
 */
function dropLeadingRole(part: string): string {
  const m = /^((?:\p{Ll}+\s+){0,3}?)(\p{Ll}+)\s+(?=\p{Lu})/u.exec(part);
  return m && ROLE_NOUNS.has(m[2] ?? '') ? part.slice(m[0].length) : part;
}

/**
 * 'Mark Dietrich Associated Press', 'Jane Roe Global Wire' → the name (two or three capitalised words) and the outlet
 * after it: two or three capitalised words ending in an outlet word ('Press', 'News', 'Wire', 'Agency').
 */
function splitOutletTail(part: string): { name: string; outlet: string } | null {
  const tokens = part.split(/\s+/);
  if (tokens.length < 4 || tokens.length > 6) return null;
  const last = (tokens[tokens.length - 1] ?? '').toLowerCase();
  if (!/^(?:press|news|wire|agency|newswire|service)$/u.test(last)) return null;
  for (const k of [2, 3]) {
    const rest = tokens.slice(k);
    if (rest.length < 2 || rest.length > 3 || !rest.every((t) => /^\p{Lu}/u.test(t))) continue;
    const name = tokens.slice(0, k).join(' ');
    if (isPersonName(name) && !isOutlet(name)) return { name, outlet: rest.join(' ') };
  }
  return null;
}

/**
 * 'Matthias Vogelsang and Julia Brandtner in Kharkiv and Izium' → the names only: after the last
 * 'in'/'from', capitalised places joined by 'and' or commas are where the writers were, not writers.
 */
function dropPlacesAfterIn(list: string): string {
  let last = -1;
  let len = 0;
  for (const m of list.matchAll(/\s(?:in|at|from|aus|à|en|reporting from)\s(?=\p{Lu})/gu)) {
    last = m.index;
    len = m[0].length;
  }
  if (last <= 0) return list;
  const places = list.slice(last + len);
  // 'in Kharkiv, Owen Pike': after a comma, two capitalised words are the next writer, not a place.
  if (places.includes(',') && places.split(/\s*,\s*|\s+(?:and|und|et|y|e|&)\s+/u).some((p) => /\s/u.test(p.trim()))) return list;
  return /^\p{Lu}[\p{L}\p{M}'’.-]*(?:(?:\s+|\s*,\s*|\s+(?:and|und|et|y|e|&)\s+)\p{Lu}[\p{L}\p{M}'’.-]*){0,5}$/u.test(places) ? list.slice(0, last) : list;
}

/** A company's or a publication's name: 'The Daily Lantern', '… Group Ltd', '… Media Inc.', '… GmbH'. */
const COMPANY_NAME = /^the\s+\p{Lu}|\s(?:ltd|limited|inc|llc|plc|gmbh|ag|s\.?a|corp|corporation|company|group|media)\.?$/iu;

/** 'WNF-Studio Kiew', 'ARD-Hauptstadtstudio': a broadcaster's initials, a hyphen and its desk (and a place) — never a person. */
const BROADCASTER_DESK = /^\p{Lu}{2,6}-\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){0,2}$/u;

/** 'BBC News', 'Associated Press': every token an outlet word or 'The'. */
function isOutletOnly(part: string): boolean {
  return part.split(/\s+/).every((w) => OUTLET_WORDS.has(w.toLowerCase()) || /^the$/i.test(w) || /^\p{Lu}+$/u.test(w));
}

/** A follow button printed after a writer's name: 'Texte par : Clémence Moreau Suivre'. */
const FOLLOW_BUTTON_TAIL = /(?<=\p{L})\s+(?:follow|suivre|seguir|folgen|segui|volgen|følg|följ|obserwuj)$/iu;

/**
 * Reads a byline line, or returns null when the line is not one.
 * @example parseByline('By Tariq Tahir, Isaac Crowson, Katie Davis')?.authors // ['Tariq Tahir', 'Isaac Crowson', 'Katie Davis']
 */
export function parseByline(text: string): Byline | null {
  if (text.length > 200) return null;
  // 'Author Lena Hartmann (with Reuters, AP)', 'Autor X (mit dpa, AFP)': the agencies that helped are not writers.
  // 'ByNatalia Kovach and Jared Whitlow': the label glued to the first name.
  // 'Texte par : Clémence Moreau Suivre': the follow button printed after the name is no part of it.
  const bare = text.trim().replace(/^By(?=\p{Lu}\p{Ll})/u, 'By ').replace(FOLLOW_BUTTON_TAIL, '');
  // 'Darren Whitfield @DARRENWHITFIELD': a name with the writer's social handle after it.
  const handled = /^(\p{Lu}[^@|]{2,60}?)\s+@[\w.]{2,30}$/u.exec(bare);
  const handleWriter = handled ? fullWriterName(handled[1] ?? '') : null;
  if (handleWriter) return { authors: [handleWriter], outlet: null, rule: 'byline-name-handle' };
  let t = bare.replace(/\s*\((?:with|mit|avec|con|com|met|z|ze|med)\s+[^()]{1,80}\)$/iu, '');
  // 'Yael Ben-Harush and Agencies', 'Marie Dupont et agences': the agencies named together as co-writers are no writer.
  t = t.replace(AGENCIES_AS_COWRITERS, '');
  // 'Claire Ménard (avec AFP)': a name alone with the agencies that helped in brackets is a byline by that shape.
  const helped = t !== bare;
  // 'By Camille Deschamps with AP, AFP': the agencies may follow without brackets.
  t = t.replace(AGENCIES_AFTER_WITH, '');
  // 'Photographs by Ines Carvalho. Words by Mark Dunleavy': of a photo-and-text credit, only the text's names are writers.
  const words = PHOTO_AND_WORDS.exec(t);
  if (words) t = words[1] ?? words[2] ?? t;
  // 'Story by Yulia Savchenko. Translation by Peter Lassiter.': who translated, edited or drew it, after the writers, is no writer.
  t = t.replace(OTHER_CREDIT_TAIL, '');
  // 'Lea Brunner (Text), Chris Roth (Bilder)', 'Von A (Text) und B (Fotos)': the parts in brackets say who wrote and who
  // took the pictures; only the writing part names authors, and the brackets alone make the line a byline.
  const credited = parseCreditRoles(t);
  if (credited) return credited;
  // 'Author: Dana Whitfield (KXYZ)': a station's call sign (or an outlet's initials) in brackets after the names is the outlet.
  const sign = CALL_SIGN_TAIL.exec(t);
  if (sign && REGEXPS.bylinePrefix.test(t)) {
    const inner = parseByline(t.slice(0, sign.index));
    if (inner && inner.authors.length > 0) return { ...inner, outlet: inner.outlet ?? sign[1] ?? null };
  }
  const barred = parseNameBarOutlet(t);
  if (barred) return barred;
  const outletFirst = parseOutletBarBy(t);
  if (outletFirst) return outletFirst;
  // Drop glued dates and everything after a bar: 'By Maria Lopez | 3 min read'.
  // A date glued before or after the names: 'By Jane Smith12 September 2022', 'Posted on 13 Sep 2022 by Jane Smith'.
  const date = findDate(t);
  if (date) {
    // 'Posted by Carol Jenkins on September 9, 2024': the 'on' belongs to the date.
    // 'Posted by Dana Whitfield on Monday, Sep 12, 2022': so does a weekday before it.
    // 'Hannah GoreckiUpdated March 18 2025': a date label glued to the name's last letter is not part of the name.
    // 'By Rosalind Keane and Tobias Wendt - 03/14/24 6:00 AM ET': so does a dash between the names and the date.
    const before = t.slice(0, date.start).trim().replace(/\s+[-–—·•]$/u, '').replace(REGEXPS.trailingWeekday, '').trim().replace(/\s+(?:on|le|am|el|em|il|op)$/iu, '')
      .replace(GLUED_DATE_LABEL, '');
    const after = t.slice(date.end).replace(/^[\s,]*(?:\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?)?\s*/i, '').trim();
    // 'Born Dorothy Mae Lindqvist on April 11, 1937, in Duluth, Minn., she moved to …': a sentence goes on after the
    // date (four lower-case words or more), which a byline's stamp never does.
    if ((after.slice(0, 160).match(/(?<![\p{L}\p{M}])\p{Ll}{3,}(?![\p{L}\p{M}])/gu)?.length ?? 0) >= 4) return null;
    // 'Posted Mon, Sep 12, 2022 at 3:05 pm': a prefix and a weekday are not a name.
    t = before.replace(REGEXPS.datePrefix, '').replace(REGEXPS.weekday, '').replace(/^[\s,]+|[\s,]+$/g, '') !== '' ? before : after;
  }
  // 'Par Sandrine Collet - Aujourd'hui à 06h00': a relative day after the names is a stamp, not a name.
  t = t.replace(REGEXPS.readingTimeTail, '').replace(REGEXPS.relativeDayTail, '');
  // '记者 陈晓雯 刘洋': a reporter label and the names, no colon.
  const cjkNames = REGEXPS.cjkRoleNames.exec(t);
  if (cjkNames) return { authors: (cjkNames[1] ?? '').split(/[\s\u3000、，,]+/u), outlet: null, rule: 'byline-cjk-role-names' };
  const placed = REGEXPS.cjkReporterPlace.exec(t);
  if (placed) return { authors: (placed[1] ?? '').split(/[、，,]/u), outlet: null, rule: 'byline-cjk-role-names' };
  // 'キーウ=田村健一': a Japanese paper's byline, the place the reporter filed from, '=', the reporter.
  const filed = JP_PLACE_REPORTER.exec(t);
  if (filed) return { authors: (filed[1] ?? '').split(/[、，,]/u), outlet: null, rule: 'byline-cjk-role-names' };
  // '（佐藤健一、田中美穂）': a Japanese paper credits its writers in brackets under the last paragraph;
  // '（新潟市）' names a place, not a writer.
  const credit = REGEXPS.cjkClosingCredit.exec(t);
  if (credit) {
    const names = (credit[1] ?? '').split(/[、，,・]/u);
    if (names.every((n) => !/[市区區県縣町村省都府道州局社部]$/u.test(n))) return { authors: names, outlet: null, rule: 'byline-cjk-closing-credit' };
    return null;
  }
  // 'EFE', 'Reuters', 'Europa Press' alone under the headline: a wire story without a writer's name.
  if (REGEXPS.agencyOnly.test(t)) return { authors: [], outlet: t, rule: 'byline-agency' };
  // 'Redacción', 'Newsroom', 'Staff': the desk wrote it; no writer's name, but the line is the byline.
  // ('নিজস্ব প্রতিবেদক', 'स्टाफ रिपोर्टर', 'مراسلنا': 'our own reporter' in Bengali, Hindi, Arabic, Persian and Urdu.)
  if (/^(?:redacción|redação|rédaction|redaktion|redazione|redactie|redakcja|редакция|редакція|redaksi|newsroom|staff|news desk|haber merkezi|nachrichtenredaktion|agencias|redacció|(?:na )?(?:mwandishi|waandishi) wetu|নিজস্ব (?:প্রতিবেদক|সংবাদদাতা)|স্টাফ রিপোর্টার|(?:हमारे |विशेष )?संवाददाता|स्टाफ रिपोर्टर|مراسلنا|فريق التحرير|گروه خبر|تحریریه|نمائندہ خصوصی|اسٹاف رپورٹر)[\s/|,]*$/iu.test(t)) {
    return { authors: [], outlet: null, rule: 'byline-newsroom' };
  }
  // 'de Maria Popescu': a Romanian (and Portuguese) byline's lower-case 'de'; a capitalised 'De …' opens a sentence or a name,
  // and 'de' before one word ('de Volkskrant') is the Dutch article of a title.
  // 'Na Amina Juma': Swahili's 'by', taken only before a whole line of two to four capitalised names.
  const prefixed = REGEXPS.bylinePrefix.exec(t) ?? /^de\s+(?=\p{Lu}[\p{L}\p{M}'’-]*\s+\p{Lu})/u.exec(t) ?? /^Na\s+(?=\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){1,3}$)/u.exec(t);
  // ('Door A en B·Vandaag, 14:35': a middle dot glued between a name and a stamp splits too; 'col·legi' keeps its own.)
  t = (t.split(/\s+[|·•]\s+|\s+[|·•]|[|·•]\s+|(?<=\p{L})[·•](?=[\p{Lu}\d])/u)[0] ?? '').trim();
  if (prefixed) {
    // 'By Sean Hollister, a senior editor who covers …': the description after the name is not part of it.
    // 'Par Benoît Vidal (Kiev, envoyé spécial) et Claire Aumont': where a writer filed from and as what, in brackets
    // after the name, is not part of it, wherever in the list it stands.
    // 'Door A en B': after a Dutch 'door', 'en' joins two writers ('and'); it is not the Spanish or French 'in'.
    const dutch = /^door\b/iu.test(prefixed[0]);
    const rest = dropTrailingPlace(dropLeadingRole(
      // ('Przez A i B', 'Per A i B': a lower-case 'i' between names is the Polish, Catalan or Croatian 'and'.)
      (dutch ? t.slice(prefixed[0].length).replace(/\s+en\s+(?=\p{Lu})/gu, ' and ') : t.slice(prefixed[0].length)).replace(/(?<=\p{Ll})\s+i\s+(?=\p{Lu})/gu, ' and ')
        .replace(/,\s*(?:a|an|the|who|our|is)\s.*$/iu, '').replace(PAREN_PLACE, '').replace(INNER_BRACKETS, '')
        .replace(COMMA_PLACE, '').replace(/[,\s]+$/, '')),
    );
    // 'Por Ana Souza, g1 SP', 'Por A e B, do n1': an outlet whose name has a digit (and maybe its state's code) after the comma.
    const coded = DIGIT_OUTLET.exec(rest);
    if (coded && coded.index > 0) {
      const named = readNames(rest.slice(0, coded.index), true);
      if (named && named.authors.length > 0) return { authors: named.authors, outlet: coded[1] ?? coded[2] ?? null, rule: 'byline-by-prefix' };
    }
    if (rest === '' || endsWithPeriod(rest) && !/\b\p{Lu}\.$/u.test(rest)) return null;
    // 'By RFN's Ukrainian Service': a desk wrote it; no writer's name, the desk is the outlet.
    // ('By Maria Team' may be a person: two words without a possessive or an article are left to the name rules.)
    if (REGEXPS.deskByline.test(rest) && (/['’]s\s|^(?:the|our)\s/iu.test(rest) || wordCount(rest) >= 3)) return { authors: [], outlet: rest, rule: 'byline-newsroom' };
    // 'Posted on January 8, 2025 by admin': a site's user name (one lower-case word) is the byline, but names no writer.
    if (/^[\p{Ll}\d_.-]{2,20}$/u.test(rest) && date) return { authors: [], outlet: null, rule: 'byline-user-name' };
    const placed = readNamesOutletPlace(rest);
    if (placed) return { ...placed, rule: 'byline-by-prefix' };
    const closed = readClosedListAndOutlet(rest);
    if (closed) return { ...closed, rule: 'byline-by-prefix' };
    const names = readNames(rest, true);
    if (names && names.authors.length > 0) return { ...names, rule: 'byline-by-prefix' };
    const desk = readNamesThenDesk(rest);
    if (desk) return { ...desk, rule: 'byline-by-prefix' };
    // 'By Doug Keller Local Journalism Initiative Reporter': after the prefix, a name and a role with no comma between.
    // ('BY KENJI MORITA STAFF WRITER' in capitals reads as an outlet's name, not a writer's, until the role is taken off.)
    const withRole = parseNameWithRole(rest);
    return withRole ? { ...withRole, rule: 'byline-by-prefix' } : names ? { ...names, rule: 'byline-by-prefix' } : null;
  }
  if (!prefixed && /^(?:von|par|por|di|door)\b/iu.test(t)) return null;
  // 'Jane Doe | Sep 12, 2022': a bare name sharing its line with the date.
  // 'Actualizado al 15 de abril', 'Updated on …': a date label is not a name.
  if (!prefixed && date && REGEXPS.updatedPrefix.test(t)) return null;
  // ('ALONA MAZURENKO — SUNDAY, 11 SEPTEMBER 2022, 12:47': or a dash between them.)
  const named = t.replace(/[,|·•\s—–-]+$/u, '');
  // ('Kabar Nusantara.com - 07/07/2025': a site's name, not a person's.)
  if (!prefixed && date && isPersonName(named) && !isOutlet(t) && !isOutlet(named) && !/\.\p{L}{2,}$/u.test(named)) {
    return { authors: [fixCase(named)], outlet: null, rule: 'byline-name-with-date' };
  }
  // '김민수 기자', '山田太郎記者': a Korean, Chinese or Japanese name before the word for reporter.
  // '高松総局　中村彩花記者': the bureau may come first.
  const cjk = /^(?:[\p{Script=Han}\p{Script=Hangul}]{1,8}(?:総局|支局|本社|局|部|지국|본부|총국)[\s\u3000]+)?([\p{Script=Han}\p{Script=Hangul}]{2,4})\s*(?:기자|記者|记者|특파원|特派員)$/u.exec(t);
  if (cjk) return { authors: [cjk[1] ?? ''], outlet: null, rule: 'byline-name-with-role' };
  // 'byline-name-at-venue': 'Tom Ashcroft at the Riverside Lane' — a match report's writer and the ground he reported from.
  const venue = NAME_AT_VENUE.exec(t);
  if (venue && isPersonName(venue[1] ?? '') && !isOutlet(venue[1] ?? '')) {
    return { authors: [fixCase(venue[1] ?? '')], outlet: null, rule: 'byline-name-at-venue' };
  }
  // 'Fiona Harvey Environment correspondent': a name and a role on one line, no comma.
  const nameRole = parseNameWithRole(t) ?? parseNamesWithRoles(t);
  if (nameRole) return nameRole;
  // 'Ines Valdivia and Thomas Berghoff, Global Wire Service': writers joined by 'and', then the outlet.
  const closed = readClosedListAndOutlet(t);
  if (closed && closed.outlet && isOutlet(closed.outlet)) return { ...closed, rule: 'byline-names-and-outlet' };
  if (helped && isPersonName(t) && !isOutlet(t)) return { authors: [fixCase(t)], outlet: null, rule: 'byline-name-with-agencies' };
  // 'Harriet Penrose in Kharkiv, Owen Lisle and agencies': several writers (one with the place she filed from) before the agencies.
  if (helped && /[,&]|\s(?:and|und|et|y|e)\s/u.test(t)) {
    const listed = readNames(t, false);
    if (listed && listed.authors.length >= 2 && !listed.outlet) return { authors: listed.authors, outlet: null, rule: 'byline-name-with-agencies' };
  }
  // 'Jane Smith, Reuters' / 'Jane Smith, Senior Reporter': a name then an outlet or a role.
  const comma = /^([^,]{3,60}),\s*([^,]{2,60})$/.exec(t);
  // 'San Marcos, TX': a two-letter code after the comma is a state or country, not an outlet.
  const code = /^\p{Lu}{2}$/u.test((comma?.[2] ?? '').trim()) && !/^(?:AP|PA)$/.test((comma?.[2] ?? '').trim());
  // 'New Delhi, PTI': a dateline's place and the agency, no writer; no one's first name is 'New' or 'São'.
  const place = PLACE_ONLY_HEADS.has((comma?.[1] ?? '').trim().split(/\s+/u)[0]?.toLowerCase() ?? '');
  if (comma && !code && !place && isPersonName(comma[1] ?? '') && (isOutletOnly(comma[2] ?? '') || isRole(comma[2] ?? ''))) {
    const outlet = isOutletOnly(comma[2] ?? '') && !isRole(comma[2] ?? '') ? (comma[2] ?? '').trim() : null;
    return { authors: [fixCase((comma[1] ?? '').trim())], outlet, rule: 'byline-name-and-outlet' };
  }
  return null;
}

/** A name of two or three words, 'at' and a capitalised place of up to five words ('at the Riverside Lane', 'at Wembley'). */
const NAME_AT_VENUE = /^(\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})\s+at\s+(?:the\s+)?\p{Lu}[\p{L}\p{M}'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}'’.-]*){0,4}$/u;

/** 'with AP, AFP', 'avec agences', 'mit dpa und Reuters': news agencies that helped, after the writers' names. */
const AGENCY = '(?:AP|AFP|Reuters|dpa|EFE|ANSA|Lusa|PAP|ANP|Belga|APA|TASS|Xinhua|Kyodo|Yonhap|PTI|IANS|agencies|agences|agencias|agenzie|Agenturen|wires)';
/** 'and Agencies', 'et agences', 'und Agenturen', '& wires': the agencies as a whole, never one by name (that could be a surname). */
const AGENCIES_AS_COWRITERS = /\s+(?:and|&|und|et|y|e|en|og|och)\s+(?:news\s+)?(?:agencies|agences|agencias|agências|agenzie|agenturen|wires|wire services)$/iu;
const AGENCIES_AFTER_WITH = new RegExp(`\\s+(?:with|mit|avec|con|com|met)\\s+${AGENCY}(?:\\s*(?:,|&|and|und|et|y|e)\\s*${AGENCY}){0,4}$`, 'u');
/** '. Translation by Peter Lassiter.', '; edited by …', '. Illustrations: …': a second credit, for work that is not the writing. */
const OTHER_CREDIT_TAIL = /(?<=\S)[.;|]\s*(?:(?:abridged |english )?translat(?:ion|ed)|edit(?:ing|ed)|illustrat(?:ion|ions|ed)|graphics|video|photo(?:graph)?s?|photography|pictures|images)\s*(?:by|:)\s*[^.;|]{2,60}\.?$/iu;

/** 'Photographs by A. Words by B', 'Words by B. Photography by A', 'Text: B, photos: A': the part that names the writers. */
const PHOTO_AND_WORDS = /^(?:photo(?:graph)?s|photography|pictures|images)\s*(?:by|:)\s*[^.;|]{2,60}[.;|]\s*((?:words|text)\s*(?:by|:)\s*.{2,80})$|^((?:words|text)\s*(?:by|:)\s*[^.;|]{2,60})[.;|]\s*(?:photo(?:graph)?s|photography|pictures|images)\s*(?:by|:).{2,80}$/iu;
/** 'GoreckiUpdated', 'MüllerAktualisiert': a date label glued, without a space, to the end of a name. */
const GLUED_DATE_LABEL = /(?<=\p{Ll})(?:Updated|Published|Posted|Modified|Aktualisiert|Veröffentlicht|Publié|Modifié|Actualizado|Publicado|Aggiornato|Pubblicato|Bijgewerkt|Gepubliceerd)$/u;

/** ', em São Paulo', ', à Paris', ', aus Berlin': where the writers filed from, after a comma. */
const COMMA_PLACE = /,\s*(?:em|in|à|en|aus|desde|from)\s+\p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u;
/** ', g1 SP', ', do n1', ', 7NEWS': an outlet's name with a digit in it, after the writers' names. */
const DIGIT_OUTLET = /,\s*(?:d[oa]s?\s+)?((?=[\p{L}\p{N}]*\d)\p{L}[\p{L}\p{N}]{0,10}(?:\s+\p{Lu}{2,3})?)$|,\s*(?:d[oa]s?\s+)?(\d{1,3}\p{L}[\p{L}\p{N}]{0,10}(?:\s+\p{Lu}{2,3})?)$/u;

/** '(Kiev, envoyé spécial)', '(in Kyiv)': brackets after a name in a prefixed byline, never part of a name. */
const INNER_BRACKETS = /\s*\([^()]{1,60}\)/gu;

/** '(à Beaune)', '(in Kyiv)', '(aus Berlin)': where the writers filed from, in brackets after their names. */
const PAREN_PLACE = /\s*\((?:in|at|à|en|em|aus|a|in|da|from|desde|de)\s+\p{Lu}[^()]{0,40}\)\s*$/u;

/**
 * 'byline-closed-list': 'Por Fernanda Lima e Caio Barreto, Portal Nordeste PE' — a list of writers
 * is closed by its 'and' ('A, B and C'), so a part after a comma that follows the 'and' is not one
 * more writer: it names the outlet (or a place).
 */
function readClosedListAndOutlet(rest: string): { authors: string[]; outlet: string | null } | null {
  const m = /^(.+?\s(?:and|und|et|y|e|en)\s[^,]+),\s*(\p{Lu}[^,]{1,40})$/u.exec(rest.trim());
  if (!m || REGEXPS.nameSplit.test(m[2] ?? '') || isRole(m[2] ?? '')) return null;
  const names = readNames(m[1] ?? '', false);
  if (!names || names.authors.length < 2 || names.outlet) return null;
  // 'Von A und B, Berlin', 'Por A e B, São Paulo': a one-word part or a place name is where they
  // filed from; an outlet has an outlet word ('Global Wire Service'), capitals ('EFE') or several words.
  const part = (m[2] ?? '').trim();
  const ws = part.split(/\s+/);
  const place = !isOutlet(part) && !/^\p{Lu}{2,}$/u.test(part) && (ws.length === 1 || PLACE_HEADS.has((ws[0] ?? '').toLowerCase()));
  return { authors: names.authors, outlet: place ? null : part };
}

/**
 * 'Por Ana Souza, Portal Norte — Brasília': after the names, a comma, the outlet, a dash and the
 * place the story was filed from; what stands between the comma and the dash is the outlet.
 * Without such an outlet ('By A, B and C — Lisboa') the place is simply taken off.
 */
function readNamesOutletPlace(rest: string): { authors: string[]; outlet: string | null } | null {
  const placed = /^(.+?)\s+[—–]\s+\p{Lu}[\p{L}\p{M} .'’-]{1,40}$/u.exec(rest);
  if (!placed) return null;
  const head = placed[1] ?? '';
  // The outlet may be written in lower case or open with a digit ('Por A e B, n1 SP — São Paulo').
  const m = /^(.+),\s*([\p{Lu}\p{Ll}\p{N}][^,]{1,40})$/u.exec(head);
  // 'By A, B and C — Kyiv' lists writers, and 'By A, Staff — Kyiv' a role: neither names an outlet.
  if (m && !REGEXPS.nameSplit.test(m[2] ?? '') && !isRole(m[2] ?? '')) {
    const names = readNames(m[1] ?? '', true);
    if (names && names.authors.length > 0) return { authors: names.authors, outlet: names.outlet ?? (m[2] ?? '').trim() };
  }
  const names = readNames(head, true);
  return names && names.authors.length > 0 ? names : null;
}

/** '(KXYZ)', '(WNF-TV)': a broadcaster's call sign or an outlet's initials in brackets at the end of a byline. */
const CALL_SIGN_TAIL = /\s*\((\p{Lu}[\p{Lu}\d]{1,5}(?:-(?:TV|FM|AM|DT))?)\)\s*$/u;

/** The part each person did, in brackets after the name: writing ('Text', 'Texte') or pictures and video (not a writer). */
const WRITING_PART = /^(?:text|texte|texto|testo|tekst|teksti|words|wort|reportage|report|redaktion)$/iu;
const PICTURE_PART = /^(?:bilder|bild|fotos|foto|photos|photo|photographs|pictures|images|fotografie|fotografia|fotografías|illustration|illustrationen|illustrations|grafik|grafiken|graphics|infografik|video|videos|kamera|camera)$/iu;

/**
 * 'byline-credit-roles': 'Lea Brunner (Text), Chris Roth (Bilder)', 'Par A (texte) et B (photos)': each name
 * with its part in brackets; the writing parts are the authors, the picture parts are not.
 */
function parseCreditRoles(text: string): Byline | null {
  if (text.length > 160 || !text.includes('(')) return null;
  const body = text.replace(REGEXPS.bylinePrefix, '');
  const parts = body.split(/\s*\)\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\be\b|\by\b|\ben\b|\bog\b|\bi\b)?\s*/iu).filter((p) => p.trim() !== '');
  const authors: string[] = [];
  let pictures = 0;
  for (const part of parts) {
    const m = /^([^()]{3,60}?)\s*\(\s*([\p{L}]+)\s*$/u.exec(part.trim());
    if (!m) return null;
    // 'Karin Lindqvist, Jonas Ek (foto)': the part in brackets is the last name's (or names joined by 'and');
    // names before it, after a comma, have no part of their own: they wrote the story.
    const groups = (m[1] ?? '').split(/\s*,\s*/u);
    const unlabelled = groups.slice(0, -1).map((n) => n.trim()).filter(Boolean);
    const names = (groups[groups.length - 1] ?? '').split(REGEXPS.nameSplit).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0 || ![...names, ...unlabelled].every((n) => isPersonName(n) && !isOutlet(n))) return null;
    authors.push(...unlabelled.map(fixCase));
    if (WRITING_PART.test(m[2] ?? '')) authors.push(...names.map(fixCase));
    else if (PICTURE_PART.test(m[2] ?? '')) pictures++;
    else return null;
  }
  return authors.length > 0 ? { authors, outlet: null, rule: 'byline-credit-roles' } : null;
}

/**
 * 'Por A, B, n7 Ribeirão Preto e Franca e TV Horizonte': after a 'By', writers' full names joined by commas, then
 * the desk, regional edition or TV affiliate that filed the story — a part after a comma that is no name, told by a
 * digit in a word ('n7'), an outlet word ('TV', 'News', 'Radio'), initials, or a lower-case opening; it and all after
 * it are the outlet.
 */
function readNamesThenDesk(rest: string): { authors: string[]; outlet: string | null } | null {
  const segs = rest.split(/\s*,\s*/u);
  if (segs.length < 2) return null;
  const authors: string[] = [];
  let i = 0;
  for (; i < segs.length; i++) {
    const names = (segs[i] ?? '').split(REGEXPS.nameSplit).map((n) => n.trim()).filter(Boolean);
    if (names.length === 0 || !names.every((n) => n.split(/\s+/).length >= 2 && isPersonName(n) && !isOutlet(n))) break;
    authors.push(...names.map(fixCase));
  }
  if (authors.length === 0 || i === segs.length) return null;
  // ('…, do n1 RJ e TV Litoral': the Portuguese 'of the' before the desk is not part of its name.)
  const desk = segs.slice(i).join(', ').trim().replace(/^d[oa]s?\s+/u, '');
  if (desk.length > 80) return null;
  const deskLike = /(?:^|\s)(?=[\p{L}\p{N}]*\d)(?=[\p{L}\p{N}]*\p{L})[\p{L}\p{N}]{2,12}(?:\s|$)/u.test(desk) || isOutlet(desk) ||
    /(?:^|\s)\p{Lu}{2,6}(?:\s|$)/u.test(desk) || /^\p{Ll}/u.test(desk);
  return deskLike ? { authors, outlet: desk } : null;
}

/**
 * 'High Plains Public Radio | By Tomás Ybarra': a public broadcaster prints its own name first, then the 'By' line
 * after a bar; the names come from the 'By' part, the outlet from the part before it.
 */
function parseOutletBarBy(text: string): Byline | null {
  const bar = text.indexOf('|');
  if (bar < 2 || bar > 60) return null;
  const head = text.slice(0, bar).trim();
  const rest = text.slice(bar + 1).trim();
  if (!REGEXPS.bylinePrefix.test(rest) || (isPersonName(head) && !isOutlet(head)) || wordCount(head) > 6) return null;
  const byline = parseByline(rest);
  return byline && byline.authors.length > 0 ? { ...byline, outlet: byline.outlet ?? head, rule: 'byline-outlet-bar-by' } : null;
}

/** 'Last Updated: 2 hours ago', 'Updated 5 min ago': a stamp counted back from now, with or without a label. */
const RELATIVE_STAMP = /^(?:(?:last\s+)?(?:updated|posted|published|modified)\s*:?\s*)?(?:\d{1,3}|an?|one)\s+(?:sec(?:ond)?s?|min(?:ute)?s?|hours?|hrs?|days?|weeks?)\s+ago$/iu;

/** 'Kantaro Komiya | Reuters', 'Jane Doe | Staff Writer | Sep 12, 2022': a name, then outlets, roles or dates after bars (a role at least, when no outlet). */
function parseNameBarOutlet(text: string): Byline | null {
  if (!/[|·•]/u.test(text) || text.length > 120) return null;
  const segs = text.split(/\s*[|·•]\s*/u).filter((x) => x !== '');
  // 'By Jane Doe | Reuters': the byline word is not part of the name.
  const name = (segs[0] ?? '').replace(REGEXPS.bylinePrefix, '');
  // 'Amira Haddad, Jonah Whitecloud · CNB News · Posted: …': several writers' full names before the outlet.
  const names = name.split(REGEXPS.nameSplit).map((n) => n.trim()).filter(Boolean);
  const list = names.length > 1 && names.every((n) => n.split(/\s+/).length >= 2 && isPersonName(n) && !isOutlet(n) && !isRole(n));
  if (segs.length < 2 || !list && (!isPersonName(name) || isOutlet(name) || isRole(name))) return null;
  let outlet: string | null = null;
  for (const seg of segs.slice(1)) {
    if (isOutletOnly(seg) && isOutlet(seg)) outlet ??= seg;
    // 'Last Updated: 2 hours ago': a relative stamp is a date segment too.
    else if (!isRole(seg) && !findDate(seg) && !RELATIVE_STAMP.test(seg)) return null;
  }
  if (outlet) return { authors: list ? names.map(fixCase) : [fixCase(name)], outlet, rule: 'byline-name-bar-outlet' };
  if (list) return null;
  // 'Rebecca Thornquist | Business Editor': a name and the writer's job between bars.
  // ('By Mark Ellison | Staff Writer' is left to the 'By' rule, which takes the prefix off.)
  return segs.slice(1).some((seg) => isRole(seg)) && !REGEXPS.bylinePrefix.test(segs[0] ?? '') ? { authors: [fixCase(name)], outlet: null, rule: 'byline-name-bar-role' } : null;
}

/** Words that open a role as its rank or beat ('Political correspondent', 'Senior reporter', 'Chief editor'). */
const ROLE_OPENERS = new Set('senior chief political deputy associate assistant managing foreign special investigative freelance digital executive principal lead staff'.split(' '));
/** A beat named before the job, which is never the last word of a name ('Environment correspondent'). */
const BEAT_WORDS = new Set(
  ('environment environmental education transport transportation economics economic economy technology tech climate energy culture arts ' +
    'property markets legal courts weather entertainment travel food motoring consumer money finance politics education local regional').split(' '),
);

/** 'Fiona Harvey Environment correspondent': two or three name words, then a role. */
function parseNameWithRole(text: string): Byline | null {
  if (text.length > 90) return null;
  const tokens = text.split(/\s+/);
  if (tokens.length < 3 || tokens.length > 7 || /[.!?,;:]$/.test(text)) return null;
  // 'Lim Wei Ling Political Correspondent': a three-word name (Chinese order) when the third word is no role or beat
  // word and a rank or beat that opens roles ('Political', 'Senior', 'Chief') follows it with the job after.
  const threeFirst = tokens.length >= 5 && !ROLE_WORDS.has((tokens[2] ?? '').toLowerCase()) && !BEAT_WORDS.has((tokens[2] ?? '').toLowerCase()) &&
    ROLE_OPENERS.has((tokens[3] ?? '').toLowerCase());
  for (const k of threeFirst ? [3, 2] : [2, 3]) {
    const name = tokens.slice(0, k).join(' ');
    const role = tokens.slice(k);
    if (role.length === 0 || !/^\p{Lu}/u.test(role[0] ?? '')) continue;
    // Every word of the role part must be a role word or a beat ('Environment', 'Political', 'Sports').
    // 'Sam Porter Local Democracy Reporting Service': a news or reporting service ends a role like a job does.
    // 'Geneviève Tremblay Ottawa Bureau': a bureau or a desk ends a role like a job does.
    const last = (role[role.length - 1] ?? '').toLowerCase();
    if (!ROLE_NOUNS.has(last) && last !== 'bureau' && last !== 'desk' && !/(?:^|\s)(?:reporting|news|wire) (?:service|desk|team)$/iu.test(role.join(' '))) continue;
    // 'NBS Scotland Highlands and Islands correspondent': an acronym before a title-case word is a
    // broadcaster's desk in the role, not a person ('Jean DUPONT' writes the surname in capitals, not the first name).
    const deskFirst = /^\p{Lu}{2,6}$/u.test(tokens[0] ?? '') && /\p{Ll}/u.test(tokens.slice(1, k).join(' '));
    if (!deskFirst && isPersonName(name) && !isOutlet(name) && !isRole(name)) return { authors: [fixCase(name)], outlet: null, rule: 'byline-name-with-role' };
  }
  return null;
}

/**
 * 'Kieran Maddox Political correspondent and Priya Halloran': writers joined by 'and', each a full name,
 * at least one with a role after it (no comma) — the role between the names is neither writer's.
 */
function parseNamesWithRoles(text: string): Byline | null {
  if (text.length > 140 || !/\s(?:and|&)\s/u.test(text)) return null;
  const parts = text.split(/\s+(?:and|&)\s+/u);
  if (parts.length < 2 || parts.length > 4) return null;
  const authors: string[] = [];
  let roles = 0;
  for (const part of parts) {
    const withRole = parseNameWithRole(part);
    if (withRole) {
      roles++;
      authors.push(...withRole.authors);
      continue;
    }
    const tokens = part.split(/\s+/);
    if (tokens.length < 2 || tokens.length > 4 || !isPersonName(part) || isOutlet(part) || isRole(part)) return null;
    if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()))) return null;
    authors.push(fixCase(part));
  }
  return roles > 0 ? { authors, outlet: null, rule: 'byline-name-with-role' } : null;
}

/**
 * The line under a byline: a role ('Local Democracy Reporter') or an outlet with a place
 * ('BBC News, Kyiv'). Returns null when it is neither.
 */
export function parseBylineContinuation(text: string): { outlet: string | null } | null {
  // 'Today, 9:41 am': a stamp with a clock time under the byline names no outlet.
  if (text.length > 80 || /\d[:.]\d\d(?!\d)/.test(text)) return null;
  // 'Reporting from Kyiv and Kharkiv, Ukraine'
  if (/^[Rr]eporting from\s+\p{Lu}/u.test(text)) return { outlet: null };
  // 'PARA LA NACION', 'For The Times', 'Especial para Clarín': the paper the writer filed for.
  const filedFor = writtenFor(text.trim());
  if (filedFor) return { outlet: filedFor };
  const first = (text.split(',')[0] ?? '').trim();
  if (isOutletOnly(first) && isOutlet(first)) return { outlet: first };
  // 'NBS Radio Cumbria', 'KTV News Fresno': the outlet (an acronym and an outlet word) and its local desk's place, no comma.
  const desk = /^(\p{Lu}{2,6}(?:\s+\p{Lu}\p{Ll}+)?)\s+\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?$/u.exec(text.trim());
  if (desk && wordCount(desk[1] ?? '') === 2 && isOutletOnly(desk[1] ?? '') && isOutlet(desk[1] ?? '')) return { outlet: desk[1] ?? null };
  if (isRole(text.replace(/\s+(?:in|at|for|of)\s+.*$/i, '')) && !endsWithPeriod(text)) return { outlet: null };
  return null;
}

/**
 * A name alone on a line under the headline ('Dan Sabbagh in Kyiv', 'Olivia Grant'): a byline
 * when it names a place or is followed by a role or date line (checked by the caller).
 */
export function parseBareName(text: string): { authors: string[]; withPlace: boolean } | null {
  if (text.length > 120) return null;
  // 'القاهرة - أحمد حسن', 'KYIV — Jane Doe': a one-word place, a dash, then the name.
  // (The place is a word: 'Capitale) - RIPRODUZIONE RISERVATA' ends a wrapped caption.)
  const placed = /^[\p{L}\p{M}.'’]+\s+[-–—]\s+(.+)$/u.exec(text.trim());
  if (placed) {
    const inner = parseBareName(placed[1] ?? '');
    return inner ? { authors: inner.authors, withPlace: true } : null;
  }
  // 'Andrea Fehr, Bern': one writer's name, a comma and a one-word place (the caller wants a date or role beside it).
  const commaPlace = /^([^,]+),\s*\p{Lu}[\p{L}\p{M}'’-]+$/u.exec(text.trim());
  if (commaPlace) {
    const inner = parseBareName(commaPlace[1] ?? '');
    return inner && inner.authors.length === 1 && !isOutlet(text) && !isRole(text.split(',')[1] ?? '') ? { authors: inner.authors, withPlace: false } : null;
  }
  // 'Jordi Bonet Vallverdú | Falset': one writer's name, a bar and the place (one or two words) the story was filed from.
  const barPlace = text.includes('|') ? /^([^|]+?)\s*\|\s*(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+)?)$/u.exec(text.trim()) : null;
  if (barPlace) {
    const place = barPlace[2] ?? '';
    const inner = parseBareName(barPlace[1] ?? '');
    return inner && inner.authors.length === 1 && !isOutlet(place) && !isRole(place) ? { authors: inner.authors, withPlace: false } : null;
  }
  // 'Anna Korhonen, Mikko Laine, Oulu': several writers' full names, then a one-word place after the last comma.
  const listPlace = /^([^,]+(?:,[^,]+)+),\s*(\p{Lu}[\p{L}\p{M}'’-]+)$/u.exec(text.trim());
  if (listPlace && !isOutlet(listPlace[2] ?? '') && !isRole(listPlace[2] ?? '')) {
    const inner = parseBareName(listPlace[1] ?? '');
    if (inner && inner.authors.length >= 2) return { authors: inner.authors, withPlace: false };
  }
  // 'Isobel Kaye in Kyiv and Martin Ferrow': each writer with or without the place she filed from.
  const eachPlaced = namesEachWithPlace(text);
  if (eachPlaced) return { authors: eachPlaced, withPlace: true };
  // (The place is capitalised words, 'and' or 'of' between them: 'in Villa Rica and in the Westgate Plaza shopping' goes on as a sentence.)
  const m = /^(.+?)\s+(?:in|at|reporting from)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:(?:and|of|de|do|da|del|am|an|upon|on)\s+)?\p{Lu}[\p{L}.'’-]*){0,4})$/u.exec(text.trim());
  const authors: string[] = [];
  // 'Helen Pidd and Jamie Grierson': every part a full name of two to four words.
  for (const part of (m?.[1] ?? text).trim().split(REGEXPS.nameSplit)) {
    // 'Eleanor Marsh (now) and Femi Adebayo (earlier)': a live blog's writers with their shifts.
    const name = part.replace(/\s*\((?:now|earlier|later|until \S+|from \S+|jetzt|zuvor|maintenant|avant|ahora|antes|adesso|prima|nu|eerder)\)/giu, '').trim();
    const writer = fullWriterName(name);
    if (!writer) return null;
    authors.push(writer);
  }
  return authors.length ? { authors, withPlace: !!m } : null;
}

/** Each part of a list of two or more writers a full name, one or more with ' in <Place>' after it; null otherwise. */
function namesEachWithPlace(text: string): string[] | null {
  const parts = text.trim().split(REGEXPS.nameSplit);
  if (parts.length < 2) return null;
  let placed = 0;
  const authors: string[] = [];
  for (const part of parts) {
    const m = /^(.+?)\s+(?:in|at|reporting from)\s+\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,2}$/u.exec(part.trim());
    if (m) placed++;
    const writer = fullWriterName((m?.[1] ?? part).trim());
    if (!writer) return null;
    authors.push(writer);
  }
  return placed > 0 ? authors : null;
}

/** A writer's full name of two to four words, in its proper case; null for an outlet, a role or a label. */
function fullWriterName(name: string): string | null {
  const tokens = name.split(/\s+/);
  if (tokens.length < 2 || tokens.length > 4 || isOutlet(name) || isRole(name) || !isPersonName(name)) return null;
  // 'FOR IMMEDIATE RELEASE', 'About The Author': function and label words are never part of a name.
  if (tokens.some((t) => NOT_NAME_WORDS.has(t.toLowerCase()))) return null;
  return fixCase(name);
}

/** Words that never stand in a person's name: function words and page labels ('FOR IMMEDIATE RELEASE', 'About The Author'). */
const NOT_NAME_WORDS = new Set(
  ('for the of to from with an immediate release releases press media contact contacts breaking update updated live home about ' +
    'menu share follow more read latest top most popular related by af av von par por door przez log sign new url link permalink copy print').split(' '),
);

/** Writers named in a wire footer: 'Reporting by A and B; Writing by C; Editing by D' → A, B, C. */
export function parseWireCredits(text: string): string[] {
  const out: string[] = [];
  for (const m of text.slice(0, 400).matchAll(REGEXPS.wireWriters)) {
    const names = readNames((m[1] ?? '').replace(/\.$/, ''), false);
    if (names) out.push(...names.authors);
  }
  return out;
}

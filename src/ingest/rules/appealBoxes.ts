/**
 * Boxes that ask the reader for something, told by their frame rather than their words: a newsletter's sign-up
 * box (the call, the pitch, the button), the privacy note under its button, a membership or donation appeal
 * over its 'Join now' / 'Support us' button, and a paywall's offer between 'Subscribe to continue reading' and
 * 'Log in'. The frame's lines were already dropped by the one-line rules; these take what sits inside it.
 */
import { REGEXPS } from './patterns.ts';
import { endsSentence, isStrongProse, wordCount } from './lineShape.ts';
import { blocksOf, decide, isOpen, type Row } from './lineTable.ts';

/** One-line rules that drop a sign-up box's call, button or e-mail field. */
const SIGNUP_FRAME = new Set(['call-to-action', 'share-or-follow-prompt', 'email-field', 'newsletter-or-legal-notice']);
/** One-line rules that drop the end of a box: its button, its e-mail field, its legal note, a promotion's end marker. */
const BOX_END = new Set([...SIGNUP_FRAME, 'long-notice', 'long-pitch-or-notice', 'promotion-box', 'disclaimer-or-paywall']);

/** What the note under a sign-up button is about: the reader's data. */
const PRIVACY_NOTE = /privacy|data protection|your data|personal data|consent|your sign-?up|unsubscribe|datenschutz|confidentialité|privacidad|privacidade|конфиденциальн|персональн/iu;

/** What a membership or donation appeal says: 'reader-funded', 'become a member', 'please consider supporting us', 'we go on only thanks to our readers'. */
const APPEAL =
  /reader-(?:funded|supported)|become (?:a|our) (?:member|supporter|patron)|your support keeps\b|we need your (?:help|support)\b|(?:support|supporting) us\b|(?:support|fund) (?:our|independent) (?:work|journalism|reporting)|(?:make a|one-off) donation|благодаря вашей помощи|поддержите нас|завдяки вашій підтримці|підтримайте нас|(?:only|solely) thanks to (?:our )?readers|(?:rely|relies|depend|depends) on (?:our )?readers|keep(?:ing)? (?:our )?(?:work|journalism|reporting) (?:free|open)\b|making a (?:gift|donation|contribution) of any amount|(?:только|лишь) благодаря читател|(?:лише|тільки) завдяки читач|uniquement grâce à (?:nos|ses) lecteurs|nur dank (?:unserer|ihrer) leser/iu;

/** What a box's button asks: 'Join now', 'Donate', 'Support us', 'Become a member', 'RECÍBELA', 'Помочь'. */
const BOX_BUTTON = /rec[ií]b|inscr[ií]b|join|donat|support|subscri|become|contribut|give|member|spend|unterstütz|soutenir|faire un don|apoy|don[aá]|помо|поддерж|підтрим|допомо|^(?:single|monthly|annual|one-?(?:time|off))$/iu;

/** A box's button: a few words, no sentence end ('Join now', 'Maybe later', 'RECÍBELA', 'Помочь'). */
function isButton(row: Row | undefined): boolean {
  return !!row && row.text.length <= 40 && wordCount(row.text) <= 4 && !/[.!?,:;]$/u.test(row.text) && !/\d{3,}/.test(row.text);
}

const droppedBy = (row: Row | undefined, rules: Set<string>): boolean => !!row && row.decision?.fate === 'dropped' && rules.has(row.decision.rule);

/**
 * 'sign-up-box': 'Sign up to the Northern Quarterly newsletter' / 'Long reads, essays and reviews …' / 'Sign up' —
 * one to three short lines right under a sign-up call (no blank line between), closed by the box's button, e-mail
 * field or legal note, are the box's pitch.
 */
function dropSignUpPitches(rows: Row[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const call = rows[i]!;
    if (call.blankAfter || !droppedBy(call, SIGNUP_FRAME) || call.text.length > 160) continue;
    if (!REGEXPS.signUpVerb.test(call.text) && !REGEXPS.newsletterWord.test(call.text)) continue;
    // 'Sign up to our Ashcombe newsletter …' / 'We have more newsletters': the box's link to its other newsletters.
    // ('Sign up to First Dispatch' / 'Free daily newsletter' / the pitch / the legal note: the name comes first.)
    const link = rows[i + 1]!;
    const named = isOpen(link) && wordCount(link.text) <= 6 && !endsSentence(link.text) && REGEXPS.newsletterWord.test(link.text);
    if (named) decide(link, 'dropped', 'notice', 'sign-up-box');
    if (named && link.blankAfter) continue;
    const first = named ? i + 2 : i + 1;
    let j = first;
    while (j < rows.length && j <= first + 1 && isOpen(rows[j]) && wordCount(rows[j]!.text) <= 30 && !rows[j]!.blankAfter) j++;
    const end = rows[j];
    // The box ends at a dropped button or note of its own (a share bar under a paragraph is no box's end), or at its
    // own button standing last before a blank line.
    const closedByFrame = droppedBy(end, BOX_END) && (end!.decision!.rule === 'email-field' || end!.decision!.rule === 'promotion-box' ||
      REGEXPS.signUpVerb.test(end!.text) || REGEXPS.newsletterWord.test(end!.text) || PRIVACY_NOTE.test(end!.text));
    const closedByButton = !!end && isOpen(end) && end.blankAfter && isButton(end) && j > first && (REGEXPS.signUpVerb.test(end.text) || BOX_BUTTON.test(end.text));
    if (!closedByFrame && !closedByButton) continue;
    for (const row of rows.slice(first, j)) decide(row, 'dropped', 'notice', 'sign-up-box');
    if (closedByButton) decide(end!, 'dropped', 'notice', 'sign-up-box');
  }
}

/**
 * 'sign-up-box-pitch-above': 'Get the latest news delivered daily!' / 'We will send you the latest local news …' /
 * 'Sign Up' / 'By signing up, you agree to our Terms of Use and Privacy Policy.' — a block set apart by blank lines
 * that closes with a sign-up button and the note on the reader's data: the one or two short lines that open the
 * block are the box's pitch, whatever they say.
 */
function dropSignUpPitchesAbove(rows: Row[]): void {
  for (const button of rows) {
    if (button.blankAfter || !droppedBy(button, SIGNUP_FRAME) || !isButton(button) || !REGEXPS.signUpVerb.test(button.text)) continue;
    const note = rows[button.index + 1];
    if (!note || !note.blankAfter || note.decision?.fate !== 'dropped' || !PRIVACY_NOTE.test(note.text)) continue;
    const pitch: Row[] = [];
    let k = button.index - 1;
    for (; k >= 0 && pitch.length < 3; k--) {
      const row = rows[k]!;
      if (row.blankAfter || !isOpen(row) || wordCount(row.text) > 25) break;
      pitch.push(row);
      if (row.blankBefore) break;
    }
    const top = pitch[pitch.length - 1];
    if (pitch.length === 0 || pitch.length > 2 || !top?.blankBefore) continue;
    for (const row of pitch) decide(row, 'dropped', 'notice', 'sign-up-box-pitch-above');
  }
}

/**
 * 'sign-up-box-heading': 'Add some "good" to your morning and evening.' / 'Get the Atlantic Daily newsletter delivered …' /
 * 'Email address:' / 'Subscribe' — the line that opens a block whose other lines are all the box's call, e-mail field and
 * button is the box's heading.
 */
function dropSignUpHeadings(rows: Row[]): void {
  for (const heading of rows) {
    if (!isOpen(heading) || !heading.blankBefore || heading.blankAfter || wordCount(heading.text) > 15) continue;
    const call = rows[heading.index + 1];
    if (!droppedBy(call, SIGNUP_FRAME) || !(REGEXPS.newsletterWord.test(call!.text) || REGEXPS.signUpVerb.test(call!.text))) continue;
    let field = false;
    let j = heading.index + 1;
    for (; j < rows.length && j <= heading.index + 5; j++) {
      const row = rows[j]!;
      if (row.decision?.fate !== 'dropped') break;
      if (row.decision.rule === 'email-field' || REGEXPS.emailField.test(row.text)) field = true;
      if (row.blankAfter) break;
    }
    // The whole block is the box: its last line closes it before a blank line, and an e-mail field is among its lines.
    if (field && rows[j]?.blankAfter && rows[j]?.decision?.fate === 'dropped') decide(heading, 'dropped', 'notice', 'sign-up-box-heading');
  }
}

/**
 * 'sign-up-privacy-note': 'We use your sign-up to provide content in ways you've consented to …', 'We care about
 * the protection of your data. Read our Privacy Policy.' — the small print right under a sign-up button.
 */
function dropPrivacyNotesUnderButtons(rows: Row[]): void {
  for (let i = 1; i < rows.length; i++) {
    const row = rows[i]!;
    const button = rows[i - 1]!;
    if (!droppedBy(button, SIGNUP_FRAME) || !isOpen(row) || row.text.length > 400 || wordCount(row.text) > 45) continue;
    if (!REGEXPS.signUpVerb.test(button.text) && !REGEXPS.emailField.test(button.text)) continue;
    if (PRIVACY_NOTE.test(row.text)) decide(row, 'dropped', 'notice', 'sign-up-privacy-note');
  }
}

/**
 * 'membership-appeal': 'We’re reporting from the front lines …' / 'The Kyiv Dispatch is an independent, reader-funded
 * newsroom. …' / 'Become a member today …' / 'Join now' / 'Maybe later' — an appeal for members or money with its button
 * within two lines under it (or a dropped 'Support us from £3 a month' right under it) is the outlet's, with the box's
 * short heading lines above it when a blank line or a separator opens the box.
 */
function dropMembershipAppeals(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row) || row.text.length > 600 || !APPEAL.test(row.text) || wordCount(row.text) > 60) continue;
    // Down to the button: appeal lines or short lines, no blank line between.
    let button = -1;
    for (let j = i + 1; j < rows.length && j <= i + 3 && !rows[j - 1]!.blankAfter; j++) {
      const r = rows[j]!;
      if (isOpen(r) && isButton(r) && BOX_BUTTON.test(r.text)) {
        button = j;
        break;
      }
      if (!isOpen(r) || (wordCount(r.text) > 25 && !APPEAL.test(r.text))) break;
    }
    const after = rows[i + 1];
    // 'Support us from £3 a month' under it, dropped as a link or a call: the button.
    const buttonAfter = !row.blankAfter && !!after && after.decision?.fate === 'dropped' && wordCount(after.text) <= 8 &&
      /support|join|donat|member|subscri|помо|поддерж|підтрим/iu.test(after.text);
    if (button < 0 && !buttonAfter) continue;
    // Up: the box's heading lines (two at most, short), only when a blank line or a dropped separator opens the box.
    let top = i;
    while (top > 0 && i - top < 2 && isOpen(rows[top - 1]) && !rows[top - 1]!.blankAfter && wordCount(rows[top - 1]!.text) <= 25) top--;
    const opener = rows[top - 1];
    // ('«Free Shore» works for you — and depends on no state' right over the appeal, with the last paragraph above it and
    // no blank line between: one heading line without a sentence end is the box's, not the story's.)
    const heading = top < i && !endsSentence(rows[i - 1]!.text) && wordCount(rows[i - 1]!.text) <= 20;
    if (top < i && opener && !opener.blankAfter && opener.decision?.fate !== 'dropped') top = heading ? i - 1 : i;
    // '… we have a small favour to ask. … now support us financially.' / 'We believe everyone deserves …' / 'If you can,
    // please consider supporting us …' / 'Single': an appeal of several long lines, the box opening with an appeal line.
    for (let k = i - 1; k >= 0 && i - k <= 3 && isOpen(rows[k]) && !rows[k]!.blankAfter && rows[k]!.text.length <= 600; k--) {
      if (APPEAL.test(rows[k]!.text) && (k === 0 || rows[k - 1]!.blankAfter || rows[k - 1]!.decision?.fate === 'dropped')) top = Math.min(top, k);
    }
    let last = button < 0 ? i : button;
    // 'Join now' / 'Maybe later': the buttons side by side.
    while (button >= 0 && last + 1 < rows.length && !rows[last]!.blankAfter && isOpen(rows[last + 1]) && isButton(rows[last + 1]) && last - button < 2) last++;
    for (const r of rows.slice(top, last + 1)) decide(r, 'dropped', 'notice', 'membership-appeal');
    i = last;
  }
}

/**
 * 'paywall-box': 'Subscribe to continue reading' / 'You've reached your free article limit …' / the offer / 'Subscribe now' /
 * 'Log in to continue reading' — the lines between a paywall notice and the box's last call (within a dozen lines),
 * and the terms right under it ('Subscriptions automatically renew. Conditions apply.').
 */
function dropPaywallBoxes(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const open = rows[i]!;
    if (open.decision?.rule !== 'disclaimer-or-paywall' || !/subscri|abonn|suscr|assin|abbon|continue reading|weiterlesen/iu.test(open.text)) continue;
    let last = -1;
    for (let j = i + 1; j < rows.length && j <= i + 12; j++) {
      const r = rows[j]!;
      if (r.decision?.fate === 'field') break;
      if (droppedBy(r, BOX_END) && /subscri|log ?in|sign in|abonn|suscr|assin|abbon|anmeld/iu.test(r.text)) last = j;
    }
    if (last < 0) continue;
    const inside = rows.slice(i + 1, last);
    // A box, not the story: its lines are short.
    if (inside.some((r) => isOpen(r) && wordCount(r.text) > 25)) continue;
    for (const r of inside) decide(r, 'dropped', 'notice', 'paywall-box');
    const terms = rows[last + 1];
    if (terms && isOpen(terms) && wordCount(terms.text) <= 20 && /renew|cancel|conditions apply|terms|verl[äa]ngert|kündbar|résiliable|sans engagement/iu.test(terms.text)) {
      decide(terms, 'dropped', 'notice', 'paywall-box');
    }
    i = last;
  }
}

/** Drops the inside of sign-up boxes, membership appeals and paywall boxes. */
export function dropAppealBoxes(rows: Row[]): void {
  dropPaywallBoxes(rows);
  dropSignUpPitches(rows);
  dropSignUpHeadings(rows);
  dropSignUpPitchesAbove(rows);
  dropPrivacyNotesUnderButtons(rows);
  dropMembershipAppeals(rows);
  dropAppealsOverOptionButtons(rows);
  dropRestOfAppealBlock(rows);
}

/**
 * 'appeal-block': 'Support Vox's explanatory journalism' / 'Every day at Vox, we aim to …' / the appeal and its options /
 * '$5/month' … 'Yes, I'll give $5/month' / 'We accept credit card …' — a short block set apart by blank lines, with an
 * appeal found in it, is the appeal's box from its heading to its small print, while the story goes on in other blocks.
 */
function dropRestOfAppealBlock(rows: Row[]): void {
  const prose = rows.filter((r) => isOpen(r) && isStrongProse(r.text)).length;
  for (const block of blocksOf(rows)) {
    const open = block.filter((r) => isOpen(r));
    const appeal = block.some((r) => r.decision?.rule === 'membership-appeal' || r.decision?.rule === 'appeal-over-option-buttons');
    if (appeal && block.length <= 16 && prose - open.filter((r) => isStrongProse(r.text)).length >= 3) {
      for (const row of open) decide(row, 'dropped', 'notice', 'appeal-block');
    }
  }
}

/** A support button's verb, first on the line: 'Support the Meridian', 'Donate', 'Soutenir', 'Поддержать'. */
const SUPPORT_BUTTON = /^(?:support|donate|contribute|give|join|become|soutenir|faire un don|unterstütz|apoy|don[aá]|поддерж|підтрим|помоч|допомог)/iu;

/**
 * 'appeal-over-option-buttons': '… we have a small favour to ask. …' / 'Unlike many others, we have no shareholders …' /
 * 'Support the Meridian' / 'Single' / 'Monthly' / 'Annual' / 'Continue' — a support button with a run of option buttons
 * under it: the paragraphs right over it (no blank line between, a blank line or dropped furniture above them) are
 * the outlet's appeal, whatever words it uses.
 */
function dropAppealsOverOptionButtons(rows: Row[]): void {
  for (let i = 1; i + 2 < rows.length; i++) {
    const button = rows[i]!;
    if (!isOpen(button) || !isButton(button) || !SUPPORT_BUTTON.test(button.text)) continue;
    let last = i;
    while (last + 1 < rows.length && last - i < 6 && !rows[last]!.blankAfter && isOpen(rows[last + 1]) && isButton(rows[last + 1])) last++;
    if (last - i < 2) continue;
    const appeal: Row[] = [];
    let k = i - 1;
    for (; k >= 0 && appeal.length < 3; k--) {
      const row = rows[k]!;
      if (row.blankAfter || !isOpen(row) || wordCount(row.text) > 120 || !endsSentence(row.text)) break;
      appeal.push(row);
      if (row.blankBefore) break;
    }
    const top = appeal[appeal.length - 1];
    const opener = top ? rows[top.index - 1] : undefined;
    if (!top || !(top.blankBefore || opener?.decision?.fate === 'dropped')) continue;
    for (const row of [...appeal, ...rows.slice(i, last + 1)]) decide(row, 'dropped', 'notice', 'appeal-over-option-buttons');
    i = last;
  }
}

/** One-line rules that drop a pitch's or an appeal's own lines. */
const PITCH_RULES = new Set(['long-pitch-or-notice', 'call-to-action', 'sitewide-notice', 'page-note', 'disclaimer-or-paywall', 'long-notice', 'promotion-box']);

/**
 * 'prose-inside-notice-box': 'You're a dedicated reader' / 'We're really pleased that you've read …' / 'That's why we
 * started …' / 'So now we have a request. …' / 'Join Our Community' — under the story, in a block without blank lines, a
 * few sentences between two lines of a pitch or an appeal already dropped are the box's own (its letter to the reader),
 * not the story's, which stands above it.
 */
export function dropProseInsideNoticeBox(rows: Row[]): void {
  let bodyAbove = 0;
  for (const block of blocksOf(rows)) {
    const pitches = block.filter((r) => r.decision?.fate === 'dropped' && PITCH_RULES.has(r.decision.rule));
    const inside = pitches.length >= 2 ? block.filter((r) => isOpen(r) && r.index > pitches[0]!.index && r.index < pitches[pitches.length - 1]!.index) : [];
    if (bodyAbove >= 3 && inside.length >= 1 && inside.length <= 4) {
      for (const row of inside) decide(row, 'dropped', 'notice', 'prose-inside-notice-box');
    }
    bodyAbove += block.filter((r) => isOpen(r) && isStrongProse(r.text)).length;
  }
}

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Council votes to fund levee study as residents demand answers\nBy Hannah Gorecki\n\n';

test("a sign-up box's pitch between its call and its button is dropped", () => {
  const text = `${HEAD}${PROSE}\n\nSign up to the Northern Quarterly newsletter\nLong reads, essays and reviews from the north, every Friday\nSign up\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'Long reads').rule, 'sign-up-box');
});

test("a newsletter label's pitch closed by its own one-word button is dropped", () => {
  const text = `${HEAD}${PROSE}\n\nNewsletter\nEl análisis de la actualidad y las mejores historias, todos los jueves en tu buzón\nRECÍBELA\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'El análisis').rule, 'sign-up-box');
  assert.equal(decisionFor(text, 'RECÍBELA').fate, 'dropped');
});

test('the privacy note under a sign-up button is dropped', () => {
  const text = `${HEAD}${PROSE}\n\nGet the latest news sent straight to your inbox\nEnter your email\nSubscribe\nWe use your sign-up to provide content in ways you've consented to and to improve our understanding of you.\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'We use your sign-up').rule, 'sign-up-privacy-note');
});

test('a membership appeal over its buttons is dropped, line by line', () => {
  const text = `${HEAD}${PROSE}\n\nWe’re reporting from the front lines of Russia’s war.\nThe Kyiv Dispatch is an independent, reader-funded newsroom. We rely on our members to keep going.\nBecome a member today and help us tell the world the truth about Ukraine.\nJoin now\nMaybe later\n\n${PROSE2}`;
  for (const needle of ['We’re reporting', 'reader-funded', 'Become a member', 'Join now']) assert.equal(decisionFor(text, needle).rule, 'membership-appeal', needle);
  assert.ok(extractArticle(text).body.includes(PROSE2));
});

test("a story's paragraph about supporters, without a button, is kept", () => {
  const text = `${HEAD}${PROSE}\n\nThe mayor urged residents to support us in the fight for funding, the group's chair said on Tuesday.\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'The mayor urged').fate, 'kept');
});

test("a paywall's offer between its notice and its log-in call is dropped, with the terms under it", () => {
  const text = `${HEAD}${PROSE}\n\nSubscribe to continue reading\nYou've reached your free article limit for this month.\nDigital\n$1\nper week for the first 12 weeks\nSubscribe now\nAlready a subscriber?\nLog in to continue reading\nSubscriptions automatically renew. Conditions apply.\n\n${PROSE2}`;
  for (const needle of ['free article limit', 'per week for the first', 'automatically renew']) assert.equal(decisionFor(text, needle).fate, 'dropped', needle);
});

test("a sign-up box's link to more newsletters, and a box that names its newsletter before the pitch", () => {
  const a = `${HEAD}${PROSE}\nSign up to our Ashcombe newsletter for the latest updates\nWe have more newsletters\n${PROSE2}`;
  assert.equal(decisionFor(a, 'We have more').rule, 'sign-up-box');
  const b = `${HEAD}${PROSE}\n\nSign up to First Dispatch\nFree daily newsletter\nOur morning email breaks down the key stories of the day, telling you what’s happening and why it matters\nPrivacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.\nafter newsletter promotion\n\n${PROSE2}`;
  assert.equal(decisionFor(b, 'Our morning email').rule, 'sign-up-box');
});

test('on a page without blank lines an appeal takes only its own lines and button, never the paragraphs around it', () => {
  const text = `${HEAD}${PROSE}\nThe loss of the town is the most significant defeat since the collapse of the front in the region, analysts said.\nThe group, which is reader-funded, asked residents to support us in rebuilding the archive, its chair said.\nAnother setback for Moscow\n${PROSE2}`;
  assert.equal(decisionFor(text, 'The loss of the town').fate, 'kept');
  assert.equal(decisionFor(text, PROSE2.slice(0, 20)).fate, 'kept');
});

test('paragraphs between a sign-up line and a share bar are not a box', () => {
  const text = `${HEAD}${PROSE}\nSign up to our newsletter\nThe town lies just across the regional border from Izium, which the president visited.\nShare this article\n${PROSE2}`;
  assert.equal(decisionFor(text, 'The town lies').fate, 'kept');
});

test("a block closed by a sign-up button and the note on the reader's data: its opening lines are the box's pitch", () => {
  const page = `${HEAD}${PROSE}\n\nThe afternoon edition, free!\nWe will send you the latest local news, sports and things to do every afternoon.\nSign Up\nBy signing up, you agree to our Terms of Use and Privacy Policy.\n\n${PROSE2}`;
  const e = extractArticle(page);
  assert.equal(decisionFor(page, 'The afternoon edition').rule, 'sign-up-box-pitch-above');
  assert.equal(decisionFor(page, 'We will send you').fate, 'dropped');
  assert.ok(e.body.includes(PROSE) && e.body.includes(PROSE2));
});

test("a reader-funded appeal ('we go on only thanks to our readers') over its button, its heading line right above it, is the outlet's box", () => {
  const page = `${HEAD}${PROSE}\n${PROSE2}\n«Тихий берег» работает для вас — и не зависит ни от государства, ни от олигархов\nНас заблокировали, а наших журналистов признали «иностранными агентами». Мы продолжаем работать только благодаря читателям.\nПоддержать «Тихий берег»\nБезопасные способы помощи\n\nThe levee study will report in the spring, the council said.`;
  const e = extractArticle(page);
  assert.equal(decisionFor(page, 'работает для вас').rule, 'membership-appeal');
  assert.equal(decisionFor(page, 'Нас заблокировали').rule, 'membership-appeal');
  assert.ok(e.body.includes(PROSE2) && e.body.includes('levee study will report'));
});

test("paragraphs right over a support button with a run of option buttons ('Single' / 'Monthly' / 'Annual') are the outlet's appeal, whatever they say", () => {
  const page = `${HEAD}${PROSE}\n\n${PROSE2}\n\nReuse this content\n… as you’re joining us today from Austria, we have a small favour to ask. Millions rely on the Beacon every day.\nUnlike many others, the Beacon has no shareholders and no billionaire owner. It is funded by people like you.\nSupport the Beacon\nSingle\nMonthly\nAnnual\nContinue\n\nMore stories`;
  const e = extractArticle(page);
  assert.equal(decisionFor(page, 'small favour').rule, 'appeal-over-option-buttons');
  assert.equal(decisionFor(page, 'no shareholders').rule, 'appeal-over-option-buttons');
  assert.ok(e.body.includes(PROSE2));
});

test("an appeal of several long lines, opened by an appeal line and closed by option buttons without a support button, is the outlet's box", () => {
  const page = `${HEAD}${PROSE}\n\n${PROSE2}\n\n… as you’re joining us today from Germany, we have a small favour to ask. Millions turn to the Beacon every day, and readers in 180 countries now support us financially.\nWe believe everyone deserves access to information that’s grounded in science and truth, whatever they can afford to pay.\nIf you can, please consider supporting us with a single contribution or, better still, a regular one. It takes less than a minute.\nSingle\nMonthly\nAnnual\n\nThe levee study will report in the spring, the council said.`;
  const e = extractArticle(page);
  for (const needle of ['small favour', 'We believe everyone', 'If you can']) assert.equal(decisionFor(page, needle).rule, 'membership-appeal');
  assert.ok(e.body.includes(PROSE2) && e.body.includes('levee study will report'));
});

test("'we rely on our readers' over a dropped 'Become a member' is an appeal", () => {
  const page = `${HEAD}${PROSE}\n\nWe keep our journalism free and accessible to everyone, with no paywall. But independent reporting from a country at war costs money, and we rely on our readers to keep going.\nBecome a member\n\n${PROSE2}\n`;
  assert.equal(decisionFor(page, 'We keep our journalism').rule, 'membership-appeal');
  assert.ok(extractArticle(page).body.includes(PROSE2));
});

test("'become our patron', 'your support keeps … independent', 'we need your help': appeals over their buttons", () => {
  const page = `${HEAD}${PROSE}\n\nYour support keeps the Harbour Post independent. For more than 27 years we have reported the truth. Become a Harbour Post supporter today.\nSupport us\n\n${PROSE2}\n`;
  assert.equal(decisionFor(page, 'Your support keeps').rule, 'membership-appeal');
  const patron = `${HEAD}${PROSE}\n\nJournalists fight on their own frontline. Support the Harbour Post or become our patron!\nBecome a patron\n\n${PROSE2}\n`;
  assert.equal(decisionFor(patron, 'become our patron').rule, 'membership-appeal');
});

test("sentences between two lines of an appeal, in one block under the story, are the appeal's letter", () => {
  const page = [HEAD.trim(), '', PROSE, '', PROSE2, '', PROSE, '', "You're a dedicated reader", "We're really pleased that you've read X of our articles in the past month.",
    "That's why we started the site ten years ago - to provide discerning readers like you with must-read coverage.", "So now we have a request. Unlike other news outlets, we haven't put up a paywall.",
    'Join Our Community', 'Already a member? Sign in to stop seeing this'].join('\n');
  assert.equal(decisionFor(page, 'So now we have a request').rule, 'prose-inside-notice-box');
  assert.equal(decisionFor(page, "We're really pleased").fate, 'dropped');
  // A story's last paragraph glued over a list of teasers is no letter.
  const story = [HEAD.trim(), '', PROSE, '', PROSE2, '', PROSE, '', 'The company said it had about 11,900 customers at the end of the quarter, up 16% from a year ago.',
    '— Sam Whitcombe contributed to this report.', "Don't miss these stories:", 'Five stocks with pricing power as inflation lingers'].join('\n');
  assert.equal(decisionFor(story, '11,900 customers').fate, 'kept');
});

test("an appeal's whole box, set apart by blank lines, goes: its heading, its letter, its amounts and its small print", () => {
  const page = [HEAD.trim(), '', PROSE, '', PROSE2, '', "Support Vox's explanatory journalism", 'Every day at Vox, we aim to answer your most important questions and provide you with clarity.',
    'Will you join us in keeping our work free for everyone by making a gift of any amount?', 'One-Time', 'Monthly', 'Annual', '$5/month', '$10/month', 'Other',
    "Yes, I'll give $5/month", 'We accept credit card, Apple Pay, and Google Pay.', '', PROSE, '', PROSE2].join('\n');
  for (const line of ["Support Vox's", 'Every day at Vox', '$10/month', "Yes, I'll give", 'We accept credit card']) assert.equal(decisionFor(page, line).fate, 'dropped', line);
  assert.equal(decisionFor(page, PROSE).fate, 'kept');
});

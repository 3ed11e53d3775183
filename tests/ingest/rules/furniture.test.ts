import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE_FURNITURE_RULES, isBreadcrumb } from '../../../src/ingest/rules/furniture.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2, WRAPPED_BODY } from './helpers.ts';
import { REGEXPS } from '../../../src/ingest/rules/patterns.ts';

function ruleFor(line: string): string | null {
  return LINE_FURNITURE_RULES.find((r) => r.test(line))?.name ?? null;
}

const FURNITURE: [string, string][] = [
  ['Advertisement', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['Share this post:', 'share-or-follow-prompt'],
  ['Connect with us', 'share-or-follow-prompt'],
  ['Get More Stories Like This On: Facebook: @AllNaija, Twitter: @AllNaija', 'share-or-follow-prompt'],
  ['Sign up for our newsletter', 'newsletter-or-legal-notice'],
  ['We use cookies to improve your experience on our site.', 'newsletter-or-legal-notice'],
  ['This article is more than 2 years old', 'newsletter-or-legal-notice'],
  ['2 months ago', 'relative-time-stamp'],
  ['Lifestyle2 months ago', 'relative-time-stamp'],
  ['ANE Football Analytical3 months ago', 'relative-time-stamp'],
  ['Updated 3 hours ago', 'relative-time-stamp'],
  ['Source: Read Full Article', 'read-full-article-link'],
  ['machibet777.com', 'bare-domain-name'],
  ['3 min read', 'reading-time'],
  ['Published', 'chrome-word'],
  ['on', 'chrome-word'],
  ['Topics', 'chrome-word'],
  ['X', 'share-or-follow-prompt'],
  ['___', 'no-letters'],
  ['In a time of both misinformation and too much information, quality journalism is more crucial than ever.', 'long-pitch-or-notice'],
  ['By subscribing, you can help us get the story right.', 'long-pitch-or-notice'],
  ['ABC News has been covering the war in Ukraine since the invasion began. Follow our live coverage here.', 'long-pitch-or-notice'],
  ['Ten artykuł czytasz w ramach płatnej subskrypcji', 'long-pitch-or-notice'],
  ['Recibí en tu email todas las noticias, coberturas, historias y análisis de nuestros periodistas.', 'long-pitch-or-notice'],
  ['Dalszy ciąg materiału pod wideo', 'advertisement'],
  ['Story continues below video', 'advertisement'],
  ['Get emails about this page', 'newsletter-or-legal-notice'],
  ['Audio Listen to this article', 'listen-prompt'],
  ['Live updates: follow the latest news on Russia-Ukraine', 'inline-teaser-link'],
  ['Comments are subject to our community guidelines, which can be viewed here.', 'long-pitch-or-notice'],
  ['Jetzt DER STANDARD abonnieren und unabhängigen Journalismus unterstützen.', 'long-pitch-or-notice'],
  ['Bitte melden Sie sich an, um zu posten.', 'long-pitch-or-notice'],
  ['Alle Rechte vorbehalten. Nutzung ausschließlich für den privaten Eigenbedarf.', 'long-pitch-or-notice'],
  ["Chaque matin, recevez l'essentiel de l'actualité du jour avec notre sélection d'articles.", 'long-pitch-or-notice'],
  ['Dagbladet har ikke ansvar for innhold på eksterne nettsider som det lenkes til.', 'long-pitch-or-notice'],
  ['Dagbladet arbeider etter Vær Varsom-plakatens regler for god presseskikk.', 'long-pitch-or-notice'],
  ['Support Novaya Gazeta Europe!', 'long-pitch-or-notice'],
  ['To remove a recurring donation, fill out this form.', 'long-pitch-or-notice'],
  ['Novaya Gazeta Europe is registered in Latvia. All rights reserved.', 'long-pitch-or-notice'],
  ['Första månaden för 1 kr. Avsluta när du vill.', 'long-pitch-or-notice'],
  ['Är du redan Plus-kund? Logga in', 'long-pitch-or-notice'],
  ['Enjoy more local news with a subscription. Sign up today.', 'long-pitch-or-notice'],
  ['Normal text size Larger text size Very large text size', 'long-pitch-or-notice'],
  ["Go deeper: Russia's war in Ukraine, by the numbers", 'long-pitch-or-notice'],
  ['Show Caption Hide Caption', 'long-pitch-or-notice'],
  ['Natasha Korol reported from Kyiv, and Gregory Haas from London.', 'reported-from-note'],
  ['Ukraine claims major gains in counteroffensive 02:11', 'video-title-with-duration'],
  ['Kopiera länk', 'long-pitch-or-notice'],
  ['Detta är en nyhetsartikel', 'long-pitch-or-notice'],
  ['Bli Plus-kund', 'long-pitch-or-notice'],
  ['Got a confidential news tip? We want to hear from you.', 'newsletter-or-legal-notice'],
  ['This is AI generated summarization, which may have errors. For context, always refer to the full article.', 'sitewide-notice'],
  ['Receive free War in Ukraine updates', 'call-to-action'],
  ['We’ll send you a myFT Daily Digest email rounding up the latest War in Ukraine news every morning.', 'call-to-action'],
  ['Reminder, this is a Premium article and requires a subscription to read.', 'sitewide-notice'],
  ['The Hill has removed its comment section, as there are many other forums for readers to participate in the conversation.', 'sitewide-notice'],
  ["Lire aussiUkraine : dans Balakliïa libérée, les habitants sortent des caves après six mois d'occupation", 'inline-teaser-link'],
  ['Read more in Daily Maverick: "Sewage crisis: residents take the municipality to court"', 'inline-teaser-link'],
  ['GEDI Periodici e Servizi S.p.A.', 'company-name-footer'],
  ['If you see a spelling error on our website, select it and press Ctrl+Enter.', 'typo-report-hint'],
  ['Join Jerusalem Post Premium Plus now for just $5 and upgrade your experience with an ads-free website', 'priced-offer'],
  ['Hören sie hier die Audioversion dieses Artikels.', 'sitewide-notice'],
  ['Melden Sie sich für unseren Newsletter "Was jetzt?" an und erhalten Sie jeden Morgen die wichtigsten Nachrichten.', 'call-to-action'],
  ['Een versie van dit artikel verscheen ook in NRC in de ochtend van 15 maart 2024', 'print-edition-note'],
  ["Click to play video: 'BC Ferries cancels sailings on major route during spring break'", 'video-control'],
];

test("a short title over a paywall's offer lines is the offer box's title", () => {
  const text = ['24-åring döms för bedrägerier', '', PROSE, 'Kvällsbladet Plus', 'Läs vidare – och få tillgång till alla våra Plus-artiklar',
    'Första månaden för 1 kr. Avsluta när du vill.', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Kvällsbladet Plus').rule, 'box-title');
  // A subheading over the story's next paragraph stays.
  assert.equal(decisionFor(['24-åring döms för bedrägerier', '', PROSE, 'Sparade manus', PROSE2, 'Första månaden för 1 kr. Avsluta när du vill.'].join('\n'), 'Sparade manus').fate, 'kept');
});

test('a clock time after a preposition, or in a date line, is no video running time', () => {
  assert.equal(ruleFor('Polls close at 20:00'), null);
  assert.notEqual(ruleFor('Published: 12/09/2022 10:42'), 'video-title-with-duration');
});

test('a copyright line with "All rights reserved" is left to the trailer, which names the publisher', () => {
  assert.equal(extractArticle(['Council approves cycle lanes', '', PROSE, '', PROSE2, '', '© 2022 Anytown Gazette. All rights reserved.'].join('\n')).fields.source, 'Anytown Gazette');
});

test('a newsletter pitch of more than 25 words, closing on its sign-up, is dropped between paragraphs', () => {
  const pitch = 'Get a note directly from our foreign correspondents on what’s making headlines around the world. Sign up for our weekly What in the World newsletter here.';
  assert.equal(decisionFor(['Ukraine retakes Kupiansk', '', PROSE, pitch, PROSE2].join('\n'), 'Get a note').fate, 'dropped');
});

for (const [line, rule] of FURNITURE) {
  test(`drops ${JSON.stringify(line)} by ${rule}`, () => assert.equal(ruleFor(line), rule));
}

test("a note on the page's machine-read audio or its summary is dropped as a page note", () => {
  for (const line of ['This audio is generated by an AI tool.', 'Read a summary of this article on FAST.']) {
    assert.equal(decisionFor(`Buses to run more often\n\n${PROSE}\n\n${line}\n\n${PROSE2}`, line).rule, 'page-note');
  }
});

test('keeps sentences that merely mention furniture words', () => {
  for (const line of [
    'Ukraine shared the video on Telegram two months ago, officials said.',
    'The advertisement campaign was launched in Kyiv.',
    'I said it a year ago and I will say it again',
    'Published reports say the army has retreated.',
  ]) {
    assert.equal(ruleFor(line), null, line);
  }
});

test('drops inline links to other stories', () => {
  assert.equal(ruleFor('READ MORE: Putin’s troops flee as Ukraine advances'), 'inline-teaser-link');
  assert.equal(ruleFor('RELATED: Zelensky visits Izium'), 'inline-teaser-link');
  assert.equal(ruleFor('Click here to get the latest news'), 'newsletter-or-legal-notice');
});

test('skip links are furniture in every language we meet', () => {
  for (const line of ['Skip to main content', 'Skip to navigation', 'Zum Inhalt springen', 'Aller au contenu principal', 'Ir al contenido',
    'Vai al contenuto', 'Pular para o conteúdo', 'Naar de hoofdinhoud', 'Przejdź do treści', 'Перейти до основного вмісту']) {
    assert.equal(ruleFor(line), 'skip-link', line);
  }
  assert.equal(ruleFor('Skip to the end of the war, officials said.'), null);
});

test('share prompts are furniture in any language and in runs', () => {
  for (const line of ['Share on Facebook Share on Twitter Share on LinkedIn Share via Email', 'Compartir en WhatsApp', 'Artikel teilen',
    'Deel dit artikel', 'Udostępnij', 'Поділитися', 'Compartilhe:', 'Share this story']) {
    assert.match(ruleFor(line) ?? '', /share/, line);
  }
});

test('a line made only of chrome words is furniture', () => {
  assert.equal(ruleFor('Like Loading...'), 'chrome-word-run');
  assert.equal(ruleFor('Like many others'), null);
});

test('calls to action name both an action and what it is for', () => {
  for (const line of ['Download the WXYZ 7 app for breaking news alerts.', 'For all the latest Delhi News, download Indian Express App.',
    "Sign up for CNN's Wonder Theory science newsletter. Explore the universe with news on fascinating discoveries.",
    'Support local journalism. Donate today.', '📣 Join our Telegram channel for the latest news and updates', 'Подписывайтесь на наш канал в Telegram']) {
    assert.equal(ruleFor(line), 'call-to-action', line);
  }
  assert.equal(ruleFor('Download speeds fell by half in the storm, the company said.'), null);
});

test('disclaimers, paywall labels and browser notices are furniture', () => {
  for (const line of ["The views expressed in this article are the author's own.", 'Contact the author', 'Article réservé aux abonnés',
    'Please use Chrome browser for a more accessible video player', 'Please turn on JavaScript to use this feature']) {
    assert.equal(ruleFor(line), 'disclaimer-or-paywall', line);
  }
});

test('company registration lines in a footer are furniture', () => {
  assert.equal(ruleFor('The Echo, 14 Market Place, Darlington DL1 5AA. Registered in England No. 01234567.'), 'legal-footer');
  assert.equal(ruleFor('All content © 2022 Northern Echo Weekly Ltd.'), 'legal-footer');
});

test('reading times and inline teasers in other languages are furniture', () => {
  assert.equal(ruleFor('Lecture 3 min.'), 'reading-time');
  for (const line of ['Lees ook: Steeds meer ongelukken met elektrische fietsen', 'Czytaj też: Metro na Bródno. Kiedy nowe stacje?',
    'Читайте також: Енергетики відновили світло у трьох районах міста']) {
    assert.equal(ruleFor(line), 'inline-teaser-link', line);
  }
});

test('a cookie banner is furniture however long it is', () => {
  const banner = 'We use cookies to give you the best experience on our website. By continuing to use this site you agree to our use of cookies. Find out more in our cookie policy.';
  assert.equal(decisionFor(`${banner}\nHospital trust opens new diagnostic centre\nBy Jane Doe\n\n${PROSE}`, 'We use cookies').rule, 'cookie-notice');
});

test('audio players, language links, clock-only update stamps and comment links are furniture', () => {
  for (const [line, rule] of [
    ['Listen to the article', 'listen-prompt'], ['Écouter cet article', 'listen-prompt'], ['ascolta articolo', 'listen-prompt'],
    ['Artikel zum Hören • 4 Min', 'listen-prompt'], ['Ouça este artigo', 'listen-prompt'], ['1:24 min', 'listen-prompt'],
    ['Leer en español', 'language-switch'], ['Read in English', 'language-switch'],
    ['Updated 6:48 p.m. ET', 'update-clock-stamp'], ['Ir a los comentarios', 'comments-link'], ['Jump to comments', 'comments-link'],
    ['Share full article', 'share-prompt-any-language'], ['Story continues', 'advertisement'],
    ['Save articles to read later and create your own reading list.', 'call-to-action'],
  ] as const) {
    assert.equal(ruleFor(line), rule, line);
  }
});

test("the print edition's note is furniture however long it is", () => {
  const note = 'A version of this article appears in print on Sept. 13, 2022, Section A, Page 1 of the New York edition with the headline: Russia Struggles to Hold Supply Lines. Order Reprints | Today’s Paper | Subscribe';
  assert.equal(decisionFor(`Ukraine’s swift advance leaves supply lines in disarray\nBy Jane Doe\n\n${PROSE}\n\n${note}`, 'A version of').rule, 'print-edition-note');
});

test('gallery controls, cookie headers and feedback prompts are furniture', () => {
  for (const [line, rule] of [['1 of 12', 'gallery-control'], ['Expand', 'gallery-control'], ['Previous', 'gallery-control'],
    ['Is this page useful?', 'disclaimer-or-paywall'], ['Report a problem with this page', 'disclaimer-or-paywall'],
    ['Dela artikeln', 'share-prompt-any-language'], ['Paylaş', 'share-prompt-any-language'],
    ['Läs också: Så påverkas ditt bolån av räntehöjningen', 'inline-teaser-link']] as const) {
    assert.equal(ruleFor(line), rule, line);
  }
  assert.equal(decisionFor(`Cookies on GOV.UK\nWe use some essential cookies to make this website work.\nNew funding to fix potholes\nBy Jane Doe\n\n${PROSE}`, 'essential cookies').rule, 'cookie-notice');
});

test('a "More …" label starts a block of teasers', () => {
  assert.equal(decisionFor(`Sally Rooney on fame and the novel\nBy Tom Reilly\n\n${PROSE}\n\nMore interviews\nMargaret Atwood: ‘The future is not written’`, 'Atwood').rule, 'teaser-block-after-label');
});

test('article sentences that borrow furniture words stay', () => {
  for (const line of ['Share Prices', 'Support our troops, the crowd chanted today.', 'Comments were not returned.',
    'The company, registered in England, was fined £2 million.', 'Share prices fell 5%.', 'Download speeds doubled last year.']) {
    assert.equal(ruleFor(line), null, line);
  }
});

test('short subscribe prompts and end-of-post thanks are furniture', () => {
  assert.equal(ruleFor('Subscribe for just $1 a week'), 'call-to-action');
  assert.equal(ruleFor('Thanks for reading The Weekly Ledger! Subscribe for free to receive new posts and support my work.'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('Subscribers to the service grew by 14%.'), null);
});

test("'Copy link' buttons in other languages are share prompts", () => {
  for (const line of ['Copiar enlace', 'Copiar link', 'Copier le lien', 'Link kopieren']) assert.equal(ruleFor(line), 'share-or-follow-prompt', line);
});

test("a comment count with a count of new comments is a link to the comments", () => {
  assert.equal(ruleFor('87 Comments / 87 New'), 'comments-link');
});

test('an affiliate disclosure is a notice, but a sentence about commissions is not', () => {
  assert.equal(ruleFor('If you buy something from a Circuitline link, we may earn a commission. See our ethics statement.'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('We may earn a commission when you buy through links on our site.'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('The agents earn a commission of 3% on every house they sell, the report said.'), null);
});

test("'Subscribe to continue reading' in several languages is a paywall notice", () => {
  for (const line of ['Suscríbete para seguir leyendo', 'Subscribe to continue reading', 'Abonnez-vous pour lire la suite']) {
    assert.equal(ruleFor(line), 'disclaimer-or-paywall', line);
  }
});

test('the e-mail box of a sign-up form is furniture', () => {
  for (const line of ['Type your email...', 'Email (required)', 'Ihre E-Mail-Adresse']) assert.equal(ruleFor(line), 'email-field', line);
});

test('a named newsletter label and sign-up buttons in other languages are furniture', () => {
  assert.equal(ruleFor('Newsletter « Politique »'), 'share-or-follow-prompt');
  assert.equal(ruleFor('S’inscrire'), 'call-to-action');
  assert.equal(ruleFor('Jetzt anmelden'), 'call-to-action');
});

test("a newsletter's pitch between its label and its sign-up button is dropped", () => {
  const page = ['Hallenbad wird neu gebaut', 'Von Katrin Meier', PROSE, '', 'Newsletter', 'Jeden Morgen das Wichtigste aus der Region direkt in Ihr Postfach.', 'Jetzt anmelden'].join('\n');
  assert.equal(decisionFor(page, 'Jeden Morgen').rule, 'newsletter-pitch');
});

test('a consent notice under a sign-up form is dropped however long it is', () => {
  const line = 'By submitting your email, you agree to our Terms and Privacy Notice. This site is protected by reCAPTCHA and the Google Privacy Policy and Terms of Service apply.';
  assert.equal(decisionFor(`Drives fail after firmware update\n\n${PROSE}\n\n${line}`, 'By submitting').fate, 'dropped');
});

test("a newsletter's 'reader-supported publication' pitch is a notice", () => {
  assert.equal(ruleFor('The Precinct Ledger is a reader-supported publication. To receive new posts and support my work, consider becoming a free or paid subscriber.'), 'disclaimer-or-paywall');
});

test('a sentence about people agreeing to terms is no consent notice', () => {
  const line = 'By signing up for the programme, farmers agree to leave a strip of every field unplanted for five years under the terms of the deal.';
  assert.equal(decisionFor(`Farmers sign up to nature scheme\n\n${PROSE}\n\n${line}`, 'By signing up').fate, 'kept');
});

test("the pitch between a newsletter's name and its e-mail field is dropped", () => {
  const page = ['Drives fail after firmware update', PROSE, '', 'The Daily Digest', 'A free daily digest of the news that matters most.', 'Email (required)', 'Sign Up'].join('\n');
  assert.equal(decisionFor(page, 'A free daily digest').rule, 'newsletter-pitch');
});

test("a player's 'Duration 2:14' and 'Social Sharing' are furniture", () => {
  assert.equal(ruleFor('Duration 2:14'), 'listen-prompt');
  assert.equal(ruleFor('Social Sharing'), 'share-or-follow-prompt');
});

test("the blurb under a 'WATCH |' link and a player's clock is the video's, not the article's", () => {
  const page = ['Glaciers lost a fifth of their ice', PROSE, '', 'WATCH | Aerial footage shows how far the glacier has retreated:', 'Duration 2:14',
    "Researchers flew over the icefield in September to document summer melt. Here's what they saw.", '', PROSE2].join('\n');
  assert.equal(decisionFor(page, 'Researchers flew').rule, 'video-card');
  assert.equal(decisionFor(page, PROSE2).fate, 'kept');
});

test('links to the site index and to the app are skip links too', () => {
  for (const line of ['Skip to site index', 'Open in app', 'Naar de inhoud', 'Ouvrir dans l’application', 'Abrir en la app']) {
    assert.equal(ruleFor(line), 'skip-link', line);
  }
  assert.equal(ruleFor('Open in app stores across Europe, the game sold well.'), null);
});

test('a members-only label is a paywall notice, not a headline', () => {
  assert.equal(ruleFor('Member-only story'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('Subscribers only'), 'disclaimer-or-paywall');
});

test('a reading time with a spaced colon is chrome: Temps de lecture : 5 min', () => {
  assert.equal(ruleFor('Temps de lecture : 5 min'), 'reading-time');
});

test('share, channel, donation and call-out prompts are furniture in their general shapes', () => {
  const cases: [string, string][] = [
    ['Kindly share this story:', 'share-or-follow-prompt'],
    ['Join The Lagos Courier WhatsApp Channel', 'share-or-follow-prompt'],
    ['Story continues below this ad', 'advertisement'],
    ['If you enjoyed this, consider subscribing to Transit Notebook — it’s free.', 'reader-prompt'],
    ["WANT YOUR COMPANY'S NEWS FEATURED ON NEWSWIREHUB.COM?", 'reader-prompt'],
    ['Do you live in Marlow Springs and know what your service line is made of? Tell us here.', 'reader-prompt'],
    ['The Ledger Project is a nonprofit newsroom. Donate today.', 'reader-prompt'],
    ['KQRT 7 will update this story as more information becomes available.', 'reader-prompt'],
    ['This article was produced in partnership with the Gulf Plains Tribune.', 'disclaimer-or-paywall'],
    ['Veja mais notícias do estado no Portal Nordeste PE.', 'reader-prompt'],
    ['Publicado há 5 horas — Atualizado há 3 horas', 'relative-time-stamp'],
  ];
  for (const [line, rule] of cases) assert.equal(ruleFor(line), rule, line);
  assert.equal(ruleFor('The council said it would donate the land to the trust next year.'), null);
});

test('long notices are dropped by their opening whatever their length', () => {
  for (const line of [
    'Privacy Notice: Newsletters may contain info about charities, online ads, and content funded by outside parties. For more information see our Privacy Policy.',
    'NewsStream is an aggregator. Articles are the property of their respective owners.',
    'SCB acknowledges Aboriginal and Torres Strait Islander peoples as the First Australians and Traditional Custodians of the lands where we live, learn, and work.',
    'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.',
    'All rights reserved. This material, and other digital content on this website, may not be reproduced, published, broadcast, rewritten or redistributed.',
  ]) {
    assert.equal(decisionFor([PROSE, '', PROSE2, '', line].join('\n'), line.slice(0, 30)).rule, 'long-notice', line);
  }
});

test('a short copyright line is left for the trailer to read the publisher from', () => {
  assert.equal(decisionFor([PROSE, '', PROSE2, '', 'Copyright 2022 Nexstar Media Inc. All rights reserved.'].join('\n'), 'Copyright').rule, 'copyright-notice');
});

test('an image description for screen readers is furniture', () => {
  assert.equal(ruleFor('Photo shows a small marsupial held in a gloved hand.'), 'image-description');
});

test("a newsletter's name and pitch between its label and the sign-up button are dropped", () => {
  const text = [PROSE, '', PROSE2, '', 'Newsletter', '« La Lettre Environnement »', 'Chaque mardi, l’essentiel de l’actualité climat et biodiversité.', "S'inscrire"].join('\n');
  assert.equal(decisionFor(text, 'La Lettre').rule, 'newsletter-pitch');
  assert.equal(decisionFor(text, 'Chaque mardi').rule, 'newsletter-pitch');
});

test('share menus, subscription pitches and comment headings in their general shapes', () => {
  assert.equal(ruleFor('Weitere Optionen zum Teilen'), 'share-or-follow-prompt');
  assert.equal(ruleFor('Subscribe to MarketPulse PRO for exclusive insights and analysis, and live business day programming'), 'reader-prompt');
});

test('advert labels in more languages and save/republish buttons are furniture', () => {
  for (const line of ['Advertentie', 'Reklama', 'SKIP ADVERTISEMENT', '広告', '광고']) assert.equal(ruleFor(line), 'advertisement', line);
  for (const line of ['Save Story', 'Republish', 'はてなブックマーク']) assert.equal(ruleFor(line), 'share-or-follow-prompt', line);
});

test('follow, share-this, continue-reading and newsletter prompts in more languages', () => {
  for (const line of ['Síguenos en Google News', 'Folgen Sie uns auf Facebook', 'Suivez-nous sur Instagram', 'Compartilhe esta notícia']) {
    assert.equal(ruleFor(line), 'share-or-follow-prompt', line);
  }
  for (const line of ['Lesen Sie weiter', 'La suite après cette publicité', 'Continua a leggere dopo la pubblicità', 'Sponsored by Acme', 'Anúncio']) {
    assert.equal(ruleFor(line), 'advertisement', line);
  }
  assert.equal(ruleFor('Recibe nuestro boletín'), 'newsletter-or-legal-notice');
  // ('Melden Sie sich für …' opens a call to action, however it goes on.)
  assert.equal(ruleFor('Melden Sie sich für unseren Newsletter an'), 'call-to-action');
  for (const line of ['How the newsletter works', 'Follow the money, she said.', 'The newsletter was launched in 2019 and now has 40,000 readers.']) {
    assert.equal(ruleFor(line), null, line);
  }
});

test('"did you like this article?" prompts in more languages', () => {
  for (const line of ['Vous avez aimé cet article ? Abonnez-vous pour soutenir le journalisme local.', '¿Te ha gustado este artículo? Suscríbete.']) {
    assert.equal(ruleFor(line), 'reader-prompt', line);
  }
});

test('an update stamp with a relative time and a long label is a stamp: Mis à jour il y a 2 h', () => {
  assert.equal(ruleFor('Mis à jour il y a 2 h'), 'relative-time-stamp');
  assert.equal(ruleFor('Aktualisiert vor 3 Stunden'), 'relative-time-stamp');
});

test('skip links in Japanese, Chinese and Korean are skip links', () => {
  assert.equal(ruleFor('メインコンテンツへスキップ'), 'skip-link');
  assert.equal(ruleFor('跳到主要内容'), 'skip-link');
  assert.equal(ruleFor('본문 바로가기'), 'skip-link');
});

test('a breadcrumb trail in any language is furniture; a credit line or a headline with a slash is not', () => {
  for (const line of ['当前位置：首页 > 本地 > 民生', 'Home > News > Local', 'Accueil › Région › Angers', 'You are here: Home » Sport', 'Home / News / Scotland']) {
    assert.equal(isBreadcrumb(line), true, line);
  }
  for (const line of ['The Sun / CNN', 'AP / Reuters / AFP', 'Next post: Crossing guard needed at Elm Street school »', 'Prices rose > 5% in May, figures show.']) {
    assert.equal(isBreadcrumb(line), false, line);
  }
});

test('paywall meters, post navigation and prompts to follow on a messaging app are furniture', () => {
  assert.equal(ruleFor('You have 3 free articles left this month.'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('Il vous reste 2 articles gratuits ce mois-ci.'), 'disclaimer-or-paywall');
  assert.equal(ruleFor('Next post: Crossing guard needed at Elm Street school »'), 'post-navigation');
  assert.equal(ruleFor('« Previous post: Fall leaf pickup schedule announced'), 'post-navigation');
  assert.equal(ruleFor('📲 Receba as notícias do Portal Gerais no WhatsApp'), 'share-or-follow-prompt');
  assert.equal(ruleFor('The next post office to close will be in Elm Street, the council said.'), null);
});

test('editorial notes: a syndicated-feed disclaimer, "How we reviewed this article", an update policy', () => {
  for (const line of [
    '(This story has not been edited by Bharat Herald staff and is auto-generated from a syndicated feed.)',
    'How we reviewed this article:',
    'Our experts continually monitor the health and wellness space, and we update our articles when new information becomes available.',
  ]) assert.equal(decisionFor(`${PROSE}\n\n${PROSE2}\n\n${line}\n`, line.slice(0, 20)).fate, 'dropped', line);
});

test("a table of contents under 'On this page' is dropped; the subheadings it lists stay in the body", () => {
  const text = `Walking pneumonia: what it is and who gets it\n\nOn this page\nWhat is it?\nWho is at risk?\nWhen to see a doctor\n\n${PROSE}\n\nWho is at risk?\n\n${PROSE2}\n`;
  const x = extractArticle(text);
  assert.equal(x.lines.find((l) => l.text === 'On this page')?.rule, 'table-of-contents');
  assert.equal(x.lines.filter((l) => l.text === 'Who is at risk?').map((l) => l.rule)[0], 'table-of-contents');
  assert.match(x.body, /Who is at risk\?/);
});

test('a references list under "Sources" is dropped, a "Sources" line over prose is not', () => {
  const text = `${PROSE}\n\n${PROSE2}\n\nSources\nCenters for Disease Control and Prevention. (2024). Mycoplasma pneumoniae infection.\nWaites KB, et al. (2017). Mycoplasma pneumoniae from the respiratory tract and beyond.\n`;
  assert.equal(decisionFor(text, 'Waites KB').rule, 'reference-list');
  assert.equal(decisionFor(text, 'Sources').rule, 'reference-list');
  const prose = `${PROSE}\n\nSources\n${PROSE2}\n`;
  assert.notEqual(decisionFor(prose, 'The counter-offensive').rule, 'reference-list');
});

test('a video title printed twice, bare and behind a "VÍDEO:" label, is the player\'s', () => {
  const text = `${PROSE}\nTemporal derruba árvores em BH\nVÍDEO: Temporal derruba árvores em BH\n${PROSE2}\n`;
  assert.equal(decisionFor(text, 'VÍDEO').rule, 'video-title-pair');
  assert.equal(decisionFor(text, 'Temporal derruba').rule, 'video-title-pair');
});

test('a number with a full stop ending a hard-wrapped sentence is kept: "… through May" / "30."', () => {
  const text = `${PROSE}\n\nThe transit board will hold three public hearings in May. Riders can also submit comments online through May\n30.\n\n${PROSE2}\n`;
  assert.match(extractArticle(text).body, /through May 30\./);
});

test("a duration alone on its line ('5 min') is a player's or reading time", () => {
  assert.equal(ruleFor('5 min'), 'reading-time');
  assert.equal(ruleFor('5 min walk to the station'), null);
});

test("'Accéder au contenu principal' is a skip link and a Ukrainian reading time is chrome", async () => {
  const { REGEXPS } = await import('../../../src/ingest/rules/patterns.ts');
  assert.ok(REGEXPS.skipLink.test('Accéder au contenu principal'));
  assert.ok(REGEXPS.skipLink.test('Accéder à la barre de navigation'));
  assert.ok(REGEXPS.skipLink.test('Ga naar de navigatie'));
  assert.ok(REGEXPS.readingTime.test('Час читання: 4 хв'));
});

test('share buttons with the title, audio players and "Originally published as" are furniture', async () => {
  const { REGEXPS } = await import('../../../src/ingest/rules/patterns.ts');
  assert.ok(REGEXPS.shareArticle.test('Partager l’article : Le budget de déneigement de Sherbrooke déjà dépassé'));
  assert.ok(REGEXPS.audioPlayer.test('Écouter l’article | 5 minutes'));
  assert.ok(REGEXPS.audioPlayer.test('Listen to more stories on hark'));
  assert.ok(REGEXPS.originallyPublishedAs.test('Originally published as ‘Like a bomb went off’: Ute ploughs through servo'));
  assert.ok(REGEXPS.inlineTeaser.test('Baca juga: KAI Commuter Tambah 12 Perjalanan KRL Mulai Pekan Depan'));
  assert.ok(!REGEXPS.audioPlayer.test('Listen to the article by the mayor, who said the budget was gone.'));
  // The player's clock in minutes and seconds, and its 'Learn more' link.
  assert.ok(REGEXPS.audioPlayer.test('Listen to this article · 6:14 min Learn more'));
});

test('error-report prompts, contributor credits, AI-narration credits and "Read: …" links are furniture', async () => {
  const { REGEXPS } = await import('../../../src/ingest/rules/patterns.ts');
  assert.ok(REGEXPS.errorReportPrompt.test('Помітили помилку? Виділіть її та натисніть Ctrl+Enter'));
  assert.ok(REGEXPS.contributedCredit.test('NCN’s Jordan Pike contributed to this report.'));
  assert.ok(REGEXPS.aiNarration.test('Produced by ElevenLabs and News Over Audio (NOA) using AI narration.'));
  assert.ok(REGEXPS.inlineTeaser.test('Read: The quiet decline of America’s small-town museums'));
  assert.ok(!REGEXPS.contributedCredit.test('She said the council contributed to this report on housing, which was published in May, and more.'));
  // 'X contributed reporting.' (from a place, with an initial in the name) is the same credit.
  assert.equal(ruleFor('Luis Ferrer contributed reporting.'), 'contributor-credit');
  assert.equal(ruleFor('Daniel J. Whitcombe and Ana Ruiz contributed reporting from Madrid.'), 'contributor-credit');
  assert.equal(ruleFor('Additional reporting was contributed by Tom Hale.'), 'contributor-credit');
  assert.equal(ruleFor('Each of the three councils contributed research funding to the study last year.'), null);
});

test("an embed's start and end markers ('Début du widget Widget.') are furniture", async () => {
  const { REGEXPS } = await import('../../../src/ingest/rules/patterns.ts');
  assert.ok(REGEXPS.widgetMarker.test('Début du widget Widget.'));
  assert.ok(REGEXPS.widgetMarker.test('Fin du widget Widget.'));
  assert.ok(REGEXPS.relatedLabel.test('Останні новини'));
});

test("press-release labels: 'FOR IMMEDIATE RELEASE', 'Media Contact: …', 'Submitted by the Office of …'", () => {
  assert.equal(ruleFor('FOR IMMEDIATE RELEASE'), 'press-release-label');
  assert.equal(ruleFor('Media Contact: Dana Whitcomb, Communications Director'), 'press-release-label');
  assert.equal(ruleFor('Submitted by the Office of Mayor Linda Hargrove'), 'press-release-label');
  assert.notEqual(ruleFor('Submitted by Jane Doe'), 'press-release-label');
});

test('a breadcrumb trail ending in the headline is dropped when the headline follows on its own line', () => {
  const text = ['होम / राज्य / मध्य प्रदेश / मध्य प्रदेश में मंत्रिमंडल विस्तार की तैयारी तेज', 'मध्य प्रदेश में मंत्रिमंडल विस्तार की तैयारी तेज', PROSE, PROSE2].join('\n');
  assert.equal(decisionFor(text, 'होम /').rule, 'breadcrumb-with-title');
});

test('full-sentence follow pitches, sign-up and paywall pitches, consent banners and notices in more languages', () => {
  const lines = [
    'Síguenos en Google News y entérate antes que nadie de lo que pasa en la capital.',
    'Join the Mzansi Wire WhatsApp channel for breaking news as it happens. Tap here to follow.',
    'Ακολουθήστε το Kairos24.gr στο Google News και μάθετε πρώτοι όλες τις ειδήσεις',
    'Urmărește știrile Actualitatea Zilei și pe canalul nostru de WhatsApp',
    'Google News पर हमें फॉलो करें',
    "Don't miss out on the latest news and information.",
    'Your subscription could not be saved. Please try again.',
    'Log ind for at læse videre',
    'Er du allerede abonnent?',
    'Denne artikel er forbeholdt abonnenter. Få adgang til alle artikler på avisen.dk og i appen.',
    'Sie wollen mehr aus der Kultur? Jetzt abonnieren und alle Plus-Artikel der Abendpost lesen.',
    'Acest site folosește cookie-uri pentru a vă oferi o experiență de navigare cât mai bună.',
    'Aftonkuriren använder cookies för att ge dig en bättre upplevelse.',
    'Djurslands Dagblad er medlem af Danske Medier og har tilsluttet sig Pressenævnet.',
    'Tento materiál je součástí placeného zpravodajství ČTK. Jakékoli další šíření je bez předchozího souhlasu ČTK výslovně zakázáno.',
    'ΔΙΑΦΗΜΙΣΗ',
    'Tổng biên tập: Phạm Văn Long',
  ];
  for (const line of lines) assert.ok(ruleFor(line), line);
  // The same words in a news sentence are the story.
  for (const line of ['WhatsApp said on Monday that channels now have 500 million users worldwide.', 'The ministry uses the data to plan new bus routes.']) {
    assert.equal(ruleFor(line), null, line);
  }
});

test("a tip-off pitch ('Har du bilder eller information om olyckan? Tipsa …') is furniture", () => {
  assert.ok(ruleFor('Har du bilder eller information om olyckan? Tipsa Aftonkuriren – det är enkelt, snabbt och du kan vara anonym.'));
  assert.ok(ruleFor('Do you have photos or video of the crash? Send them to us.'));
});

test("chrome words in more languages: 'शेयर करें', 'फॉन्ट साइज़ बदलें', 'Chia sẻ', 'Email address'", () => {
  for (const line of ['शेयर करें', 'फॉन्ट साइज़ बदलें', 'Chia sẻ', 'Email address']) assert.equal(ruleFor(line), 'chrome-word', line);
});

test("a consent banner's sentences without the word 'cookie', and its 'We respect your privacy' heading, are furniture", () => {
  for (const line of ['Με την άδειά σας, εμείς και οι συνεργάτες μας ενδέχεται να χρησιμοποιούμε ακριβή δεδομένα γεωγραφικής τοποθεσίας.',
    'We and our partners store and/or access information on a device and process personal data.', 'Σεβόμαστε την ιδιωτικότητά σας']) {
    assert.ok(ruleFor(line), line);
  }
  assert.equal(ruleFor('We and the council will keep talking, the mayor said on Monday.'), null);
});

test("newsletter blurbs and reuse terms by their opening: 'Recevez chaque matin …', 'Der Morgen-Newsletter mit …', 'Використання матеріалів …'", () => {
  for (const line of ['Recevez chaque matin les nouvelles de votre région.', 'Der Morgen-Newsletter mit den wichtigsten Themen des Tages.',
    'Використання матеріалів дозволяється за умови посилання на «Вісті».', 'Simak breaking news dan berita pilihan kami langsung di ponselmu lewat WhatsApp Channel.']) {
    assert.ok(ruleFor(line), line);
  }
});

test('skip-to-content links in Swahili, Catalan, Indonesian, Nordic, Central European, Arabic, Hebrew and Vietnamese are chrome', () => {
  for (const line of ['Ruka hadi maudhui', 'Anar al contingut principal', 'Salta al contingut', 'Langsung ke konten', 'Siirry sisältöön', 'Hoppa till innehållet',
    'Gå til indhold', 'Přejít na obsah', 'Ugrás a tartalomhoz', 'Sari la conținut', 'انتقل إلى المحتوى', 'דלג לתוכן', 'Chuyển đến nội dung']) {
    assert.equal(ruleFor(line), 'skip-link', line);
  }
});

test('cookie banners, follow and newsletter pitches in Catalan, Arabic and Hungarian are furniture', () => {
  for (const line of ["Aquest lloc web utilitza galetes pròpies i de tercers per millorar l'experiència de navegació.",
    'يستخدم هذا الموقع ملفات تعريف الارتباط لتحسين تجربتك.', 'تابعوا الشرق الجديد على أخبار جوجل',
    'Iratkozz fel hírlevelünkre, és minden reggel elküldjük a nap legfontosabb híreit!']) {
    assert.ok(ruleFor(line), line);
  }
});

test('paywall, comment-rules, donation, error-report and guestbook lines in several languages are furniture', () => {
  for (const line of ['Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado a todos os conteúdos.', 'Já é assinante? Inicie sessão',
    'Os comentários estão sujeitos a moderação. Leia as regras.', 'Мы существуем только благодаря читателям. Любая сумма поможет нам работать дальше.',
    'Found a mistake in this article?', 'Report it to us.', 'Thank You For Your Report!', 'Offer condolences to the family', 'Sign the guestbook',
    'Arrangements by Haverford & Sons Funeral Home, Millbrook.', 'Soma pia: Tume ya Uchaguzi yatangaza ratiba ya uandikishaji wapiga kura']) {
    assert.ok(ruleFor(line), line);
  }
  assert.equal(ruleFor('Os comentários do ministro foram recebidos com surpresa pela oposição, que pediu explicações.'), null);
});

test("affiliate disclosures and deal widgets ('$699 at Best Buy') are furniture; prices in prose are not", () => {
  assert.equal(ruleFor("GadgetBeat may earn a commission when you buy through links on our site. Here's how it works."), 'affiliate-disclosure');
  assert.ok(ruleFor('When you buy through our links, we may earn an affiliate commission.'));
  assert.equal(ruleFor('$699 at Best Buy'), 'price-widget');
  assert.equal(ruleFor('See at Amazon'), 'price-widget');
  assert.equal(ruleFor('The phone costs $699 at launch, the company said.'), null);
  assert.equal(ruleFor('The European Commission may earn praise for the move, officials said.'), null);
});

test("Catalan, Finnish and Swahili update stamps, follow pitches and newsletter blurbs are furniture", () => {
  for (const line of ['Actualitzada a les 13:47', 'Päivitetty klo 9:12', 'Seuraa SYR Oulua Facebookissa ja Instagramissa.',
    'Rep cada matí les notícies del Baix Camp al teu correu. Subscriu-te al nostre butlletí gratuït!',
    'Jiunge na jarida letu upate habari muhimu kila asubuhi.']) {
    assert.ok(ruleFor(line), line);
  }
});

test("'TANGAZO', 'Publicitat' are advert labels; 'Enviar per correu' is share chrome", () => {
  for (const line of ['TANGAZO', 'Publicitat', 'Enviar per correu']) assert.ok(ruleFor(line), line);
});

test('a paywall sentence of more than 25 words but under 150 characters is still furniture', () => {
  const text = ['Urgências com esperas de 14 horas', PROSE, PROSE2,
    'Este artigo é exclusivo para assinantes. Assine já e tenha acesso ilimitado a todos os conteúdos do Diário por apenas 1€ no primeiro mês.'].join('\n');
  assert.equal(decisionFor(text, 'Este artigo').fate, 'dropped');
});

test("'Published in The Millbrook Ledger on Feb. 3, 2025.' under an obituary is a syndication footer", () => {
  assert.ok(ruleFor('Published in The Millbrook Ledger on Feb. 3, 2025.'));
});

test("a market quote bar's entries ('S&P 500 5,104.33 +0.4%') are chrome, never the headline", () => {
  assert.equal(ruleFor('S&P 500 5,104.33 +0.4%'), 'market-ticker');
  assert.equal(ruleFor('Russell 2000 2,071.15 -0.2%'), 'market-ticker');
  assert.equal(ruleFor('DAX 18.235,40 −0,6 %'), 'market-ticker');
  assert.equal(ruleFor('Gold 2,188.60 +4.40 (+0.2%)'), 'market-ticker');
  assert.equal(ruleFor('Unemployment rose to 4.1% in March'), null);
  assert.equal(ruleFor('FTSE 100 8,123.40 ▼ 12.30 (0.15%)'), 'market-ticker');
  assert.equal(ruleFor('Bitcoin $67,012.50 +2.1%'), 'market-ticker');
  assert.equal(ruleFor('Dow Jones ▲ 0.3%'), 'market-ticker');
  assert.equal(ruleFor('The index rose 0.4%'), null);
  const text = ['S&P 500 5,104.33 +0.4%', 'Dow 30 38,722.69 +0.3%', 'Norwegian salmon farmer cuts outlook as sea lice costs mount', 'By Tom Hale',
    'Mon, March 10, 2025 at 3:12 PM GMT+1', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Norwegian salmon farmer cuts outlook as sea lice costs mount');
});

test("a cookie banner's 'accept or refuse' sentence is a consent notice, whatever its verb", () => {
  const text = ['Le Courrier et ses partenaires utilisent des cookies pour mesurer l’audience et vous proposer des publicités adaptées.',
    'Vous pouvez accepter ou refuser ces traitements, ou paramétrer vos choix à tout moment via le lien « Gérer mes cookies » en bas de page.',
    'Accepter et fermer', 'Assurance-chômage : le gouvernement suspend son décret', 'Par Claire Dubois', '4 mars 2025', '', PROSE, '', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Vous pouvez accepter').fate, 'dropped');
  assert.equal(ruleFor('Cookies were once a treat, he said, and the children would accept them gladly and without a word of complaint.'), null);
});

test('a sentence asking to sign up for the newsletter right over the sign-up button is its pitch', () => {
  const text = ['Truffe agli anziani, condannati i due finti tecnici del gas', 'di Marco Rossi', '5 marzo 2025', '', PROSE, '',
    'Se vuoi restare aggiornato sulle notizie di Verona e provincia iscriviti gratis alla newsletter. Arriva ogni giorno alle 7 nella tua casella di posta.',
    'Iscriviti alla newsletter', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Se vuoi restare').rule, 'newsletter-pitch');
  assert.ok(extractArticle(text).body.includes(PROSE2));
});

test("a station's plug for its own news ('For the latest news …, head to …') is furniture", () => {
  assert.equal(ruleFor('For the latest news, weather, sports, and streaming video, head to KQRT News 7.'), 'outlet-plug');
  assert.equal(ruleFor('For the latest on the fire, the county said residents should check its evacuation map.'), null);
});

test("every line between 'skip past newsletter promotion' and 'after newsletter promotion' is the promotion box", () => {
  const text = ['Tens of thousands march in Lisbon over soaring rents', 'By Helena Marsh', 'Tue 11 Feb 2025 17.32 GMT', '', PROSE,
    'skip past newsletter promotion', 'Sign up to This is Europe', 'Free weekly newsletter',
    'The most pressing stories and debates for Europeans – from identity to economics to the environment',
    'after newsletter promotion', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.ok(!e.body.includes('most pressing stories'));
  assert.ok(!e.body.includes('Free weekly'));
  assert.ok(!e.body.includes('promotion'));
  assert.ok(e.body.includes(PROSE2));
});

test("a first-person appeal for support after the article ('I hope you appreciated this article. Before you move on, …') is a pitch", () => {
  assert.equal(ruleFor('I hope you appreciated this article. Before you move on, I was hoping you would consider taking the step of supporting our journalism.'), 'long-pitch-or-notice');
  assert.equal(ruleFor('Before you go, please consider supporting our independent reporting with a gift of any size.'), 'long-pitch-or-notice');
  assert.equal(ruleFor('I hope you appreciated the gesture, she told the mayor before the vote.'), null);
});

test("a local-news finder, a 'by sharing this article' prompt, a sign-up privacy note and a syndication-rights note are furniture", () => {
  assert.equal(ruleFor('Help keep family & friends informed by sharing this article'), 'share-or-follow-prompt');
  assert.equal(ruleFor('Look up your local QBN news and information'), 'local-news-finder');
  assert.equal(ruleFor('Search by suburb, town or postcode'), 'local-news-finder');
  assert.equal(ruleFor('Your information is being handled in accordance with the QBN Privacy Collection Statement.'), 'newsletter-or-legal-notice');
  assert.equal(ruleFor(', updated'), 'chrome-word');
  assert.equal(ruleFor('This service may include material from Agence France-Presse (AFP), APTN, Reuters, AAP and CNN which is copyright and cannot be reproduced.'), 'long-pitch-or-notice');
  assert.equal(ruleFor('Residents can search by suburb for the nearest evacuation centre, the council said.'), null);
  assert.equal(ruleFor('She said the local paper had been the best source of news for decades.'), null);
});

test("numbered notes at the foot of a post ('1' / note / '2' / note) are the writer's footnotes, not the story", () => {
  const text = ['Why the council should legalize fourplexes', 'By Dana Kowalczyk', 'Mar 12, 2025', '', PROSE, '', PROSE2, '',
    '1', 'See the council minutes for June 11, 1974, and the 1981 Public Works annual report.', '2',
    'This counts demolitions of two- to four-unit buildings replaced by single-family homes, 1990–2024.',
    'Subscribe to The Zoning Letter', 'By Dana Kowalczyk · Launched 2 years ago',
    'Local housing, zoning and land use, explained by a renter who reads the meeting minutes so you don’t have to.', 'Subscribe'].join('\n');
  const e = extractArticle(text);
  assert.equal(decisionFor(text, 'See the council minutes').rule, 'footnotes');
  assert.ok(!e.body.includes('This counts demolitions'));
  // The publication's card: the sign-up call, the writer's line, the blurb, the button.
  assert.equal(decisionFor(text, 'Local housing, zoning').rule, 'newsletter-pitch');
  assert.ok(e.body.includes(PROSE2));
  // A numbered run followed by more of the article is not footnotes.
  const ranked = ['The five best bakeries in town', 'By Dana Kowalczyk', 'Mar 12, 2025', '', PROSE, '', '1', 'Crumb and Co. on Ninth Street bakes before dawn.', '2',
    'The Rye House sells out of its sourdough by noon.', 'Every one of these bakeries opened in the last decade, and all of them are still owned by the people who started them.'].join('\n');
  assert.ok(extractArticle(ranked).body.includes('Crumb and Co.'));
});

test("a video's play button ('Video afspelen') over its clock makes the next line the video's title; a print-issue note is furniture", () => {
  assert.equal(ruleFor('Video afspelen'), 'video-control');
  assert.equal(ruleFor('Play video'), 'video-control');
  assert.equal(ruleFor('• aus DER KOMPASS 8/2025'), 'print-edition-note');
  assert.equal(ruleFor('From The Monthly 3/2024'), 'print-edition-note');
  assert.equal(ruleFor('Prices rose in 9/2024'), null);
  const text = ['Duizenden huishoudens in Zwolle nacht zonder stroom', '', PROSE, '', 'Video afspelen', '00:48',
    'Zo zag de brand in het verdeelstation er vannacht uit', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Zo zag de brand').rule, 'video-card');
  assert.ok(extractArticle(text).body.includes(PROSE2));
});

test("agencies' and contributors' credit lines in more languages are furniture; a sentence that goes on after a comma is not", () => {
  for (const line of ['Con información de EFE y Europa Press.', 'Con información de EFE, Reuters y AP', 'Mit Material von dpa', 'Avec AFP',
    'Com informações da Agência Brasil', 'Con informazioni di Ansa', 'With additional reporting by Jane Doe in Kyiv.']) {
    assert.equal(ruleFor(line), 'contributor-credit', line);
  }
  assert.equal(ruleFor('Con información de EFE, el ministro dijo que la reforma era urgente.'), null);
  assert.equal(ruleFor('Avec AFP, il a signé un accord.'), null);
});

test("audio players without 'the' or with a clock only, and 'Share this article with …' prompts are furniture", () => {
  assert.equal(ruleFor('Listen to this story · 4:02'), 'audio-player');
  assert.equal(ruleFor('Escuchar artículo · 3 min'), 'audio-player');
  assert.equal(ruleFor('Share this article with friends and family'), 'share-or-follow-prompt');
});

test("a reader-support appeal opening 'If you liked this article' in French, German, Italian, Spanish and Portuguese, and cookie choices in Italian and Portuguese, are furniture", () => {
  for (const line of ['Si vous avez aimé cet article, abonnez-vous pour soutenir notre rédaction.', 'Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unseren Journalismus.',
    'Se ti è piaciuto questo articolo, sostieni il nostro giornalismo.', 'Si te ha gustado este artículo, suscríbete.', 'Se você gostou desta matéria, assine o jornal.']) {
    assert.equal(ruleFor(line), 'reader-prompt', line);
  }
  assert.equal(ruleFor('Puoi accettare o rifiutare i cookie e modificare le tue preferenze in qualsiasi momento.'), 'long-pitch-or-notice');
  assert.equal(ruleFor('Você pode aceitar ou recusar os cookies e alterar suas preferências a qualquer momento.'), 'long-pitch-or-notice');
});

test("the print edition's note in more languages is furniture", () => {
  for (const line of ['Dieser Artikel erschien in der Printausgabe vom 5. März 2025.', "Cet article est paru dans l'édition du 5 mars 2025.",
    'Este artículo se publicó en la edición impresa del 5 de marzo de 2025.', 'A version of this article appeared in the March 5, 2025 print edition.',
    "Questo articolo è stato pubblicato sull'edizione cartacea del 5 marzo 2025.", 'Este artigo foi publicado na edição impressa de 5 de março de 2025.']) {
    assert.equal(decisionFor(['Troops flee the city as the front collapses', 'By Jane Doe', 'March 4, 2025', '', PROSE, '', PROSE2, '', line].join('\n'), line).rule, 'print-edition-note', line);
  }
});

test("a newsletter box's promise to fill the reader's inbox is a pitch, in any wording; 'my inbox is open' is not", () => {
  for (const line of [
    'Start your day with the stories that matter most, delivered to your inbox every weekday morning from the newsroom.',
    'Get new engineering posts delivered to your inbox. No spam, unsubscribe any time.',
    'Las noticias más importantes de América Latina, cada mañana en tu correo.',
  ]) assert.equal(ruleFor(line), 'newsletter-pitch', line);
  assert.equal(ruleFor("If you know something about this contract, my inbox is open."), null);
});

test("a photo widget's 'Show Caption' / 'Hide Caption' buttons are gallery controls", () => {
  assert.equal(ruleFor('Show Caption'), 'gallery-control');
  assert.equal(ruleFor('Hide Caption'), 'gallery-control');
});

test('wire version notes, page update notes, assistance credits and a writer-contact line are furniture; prose about updates is not', () => {
  assert.equal(ruleFor('(Updates with analyst comment in fifth paragraph.)'), 'update-note');
  assert.equal(ruleFor('(Adds quotes from minister, background)'), 'update-note');
  assert.equal(ruleFor('Update 9/12/22, 9:11 a.m. ET: This article was updated with additional information.'), 'update-note');
  assert.equal(ruleFor('--With assistance from Priya Raman and Tom Okafor.'), 'contributor-credit');
  assert.equal(ruleFor('Contributing: Tom Lee'), 'contributor-credit');
  assert.equal(ruleFor('Reach Jane Roe at jroe@example.com or on X @janeroe.'), 'writer-contact-line');
  assert.equal(ruleFor('The company said it updates its software every month to fix security flaws.'), null);
  assert.equal(ruleFor('(The company declined to comment.)'), null);
});

test("a newsletter box's heading over its pitch and sign-up button goes with them", () => {
  const page = ['Schools vote to close two buildings', PROSE, PROSE2, '', 'Get the latest news from Area schools',
    'Sign up for our Education newsletter, delivered to your inbox every Tuesday.', 'Sign Up', '', PROSE2.replace('Moscow', 'the army')].join('\n');
  assert.equal(decisionFor(page, 'Get the latest news').rule, 'newsletter-pitch');
});

test("a topic label run into its comma list, a player's JavaScript fallback, skip-section links and initials sign-offs are furniture", () => {
  assert.equal(ruleFor('Related Subjects Ukraine, Russia, Kherson'), 'label-list');
  assert.equal(ruleFor('More on the war, in pictures and words, from our correspondents in the field.'), null);
  assert.equal(ruleFor('To view this video please enable JavaScript, and consider upgrading to a web browser that supports HTML5 video'), 'video-control');
  assert.equal(ruleFor('Skip next section Explore more'), 'skip-link');
  assert.equal(ruleFor('lh/rc (Reuters, AP)'), 'contributor-credit');
  assert.equal(ruleFor('Send us your feedback'), 'feedback-prompt');
});

test("an advert's feedback survey (numbered question, option lines, buttons, thanks) and its 'Ad Feedback' links are dropped; 'Related article X' is a teaser link", () => {
  const page = ['Strikes plunge city into darkness', '1. How relevant is this ad to you?', '2. Did you encounter any technical issues?',
    'Video player was slow to load content', 'Ad froze or did not finish loading', 'Other issues', 'Cancel', 'Submit', 'Thank You!',
    'Your effort and contribution in providing this feedback is much appreciated.', '', PROSE, 'Ad Feedback',
    'Related article Satellite images show equipment left behind', PROSE2].join('\n');
  for (const needle of ['slow to load', 'Ad froze', 'Cancel', 'much appreciated']) assert.equal(decisionFor(page, needle).rule, 'ad-survey', needle);
  assert.equal(decisionFor(page, 'Ad Feedback').rule, 'advertisement');
  assert.equal(decisionFor(page, 'Related article').rule, 'inline-teaser-link');
  assert.equal(ruleFor('Search KNN...'), 'chrome-word');
});

test('a numbered question in the story, answered in sentences, is not a survey', () => {
  const page = ['How the plan works', PROSE, '1. What does the new ad campaign cost?', 'The ministry said the campaign would cost about $2 million over two years.', PROSE2].join('\n');
  assert.equal(decisionFor(page, 'campaign would cost').fate, 'kept');
});

test("a teaser box with screen-reader list markers ('list of 3 items' … 'end of list') goes whole, with its label", () => {
  const page = ['Prisoner swap', PROSE, 'keep reading', 'list of 2 items', 'list 1 of 2', 'Key events, day 211', 'list 2 of 2',
    'Kremlin orders partial mobilisation', 'end of list', PROSE2].join('\n');
  for (const needle of ['keep reading', 'list 1 of 2', 'Key events', 'Kremlin orders', 'end of list']) assert.equal(decisionFor(page, needle).rule, 'screen-reader-list', needle);
  assert.equal(decisionFor(page, PROSE2).fate, 'kept');
});

test("'Note from the author:' and the appeal for support under it are dropped; a note without an ask stays", () => {
  const appeal = 'Hi, this is Jane Doe. I wrote this story after two days in the town. If you value it, please support our newsroom by becoming a member.';
  const page = ['Life after occupation', PROSE, PROSE2, 'Note from the author:', appeal, 'Become a member'].join('\n');
  assert.equal(decisionFor(page, 'Note from the author').rule, 'appeal-from-author');
  assert.equal(decisionFor(page, 'Hi, this is').rule, 'appeal-from-author');
  const plain = ['Life after occupation', PROSE, 'Note from the author:', 'Some names in this story have been changed to protect the people who spoke to me.', PROSE2].join('\n');
  assert.equal(decisionFor(plain, 'Some names').fate, 'kept');
});

test("an embedded post's signature line ('— Name (@handle) September 12, 2022') is furniture; a quote's attribution is not", () => {
  assert.equal(ruleFor('— Defense of Ukraine (@UkrDefenseHQ) September 12, 2022'), 'embed-signature');
  assert.equal(ruleFor('— Jane Doe (@janedoe) 12 September 2022'), 'embed-signature');
  assert.equal(ruleFor('— Jane Doe, mayor of the town'), null);
});

test("a tip box selling the site's own feed ('💡 Tip: You can subscribe to …') is a call to action; a tip about the story's subject is not", () => {
  assert.equal(ruleFor('💡 Tip: You can subscribe to our security advisories via RSS from the Trust Center.'), 'call-to-action');
  assert.equal(ruleFor('Tip: Check your smoke alarms before the clocks change.'), null);
});

test("a share bar's 'e-mail' button and 'shares' counter label are share chrome", () => {
  assert.equal(ruleFor('e-mail'), 'share-or-follow-prompt');
  assert.equal(ruleFor('shares'), 'share-or-follow-prompt');
});

test("the newsletter's name and pitch between a sign-up call and the e-mail field are dropped", () => {
  const page = ['Prisoner swap', PROSE, PROSE2, 'Sign up for our newsletters', 'Week in the Middle East',
    'Catch up on our coverage of the region, all in one place.', 'E-mail address', 'Subscribe'].join('\n');
  assert.equal(decisionFor(page, 'Week in the').rule, 'newsletter-pitch');
  assert.equal(decisionFor(page, 'Catch up').rule, 'newsletter-pitch');
});

test("a footer's trademark and copyright notice ('X Sans ™ & © 2016 …') is a legal footer", () => {
  assert.equal(ruleFor('KNN Sans ™ & © 2016 Keystone News Network.'), 'legal-footer');
});

test("the article's date line between its byline and a share bar is not a sign-up card's blurb", () => {
  const text = `Russia pulls troops out of Lyman\nComments\nBy Camille Deschamps with AP, AFP\nUpdated: 01/10/2022 - 18:42\nShare this article\n\n${PROSE}\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'Updated:').role, 'date');
  assert.equal(extractArticle(text).fields.date, '2022-10-01');
});

test('video embed prompts, video titles behind a label, live-coverage plugs and gift-article boxes are furniture', () => {
  assert.equal(ruleFor('Copy/paste the article video embed link below:'), 'video-control');
  assert.equal(ruleFor("Video. Ukraine's flag raised over Lyman as Russian forces retreat"), 'video-title-line');
  assert.equal(ruleFor('Follow Al Wadi’s live coverage of the Russia-Ukraine war here.'), 'outlet-plug');
  assert.equal(ruleFor('Send any friend a story'), 'gift-article-box');
  assert.equal(ruleFor('As a subscriber, you have 10 gift articles to give each month. Anyone can read what you share.'), 'gift-article-box');
  assert.equal(ruleFor('Read more about live music in the city.'), null);
  assert.equal(ruleFor('Video. It was the only evidence the court accepted.'), null);
});

test('cookie and data-protection banners in Russian and Polish are furniture', () => {
  const text = `Szanowny Użytkowniku, zanim przejdziesz do serwisu, prosimy o zapoznanie się z informacjami dotyczącymi przetwarzania Twoich danych osobowych (RODO). Klikając „Przejdź do serwisu”, wyrażasz zgodę na przetwarzanie danych.\nMasowy grób w Iziumie\n\n${PROSE}\n\nМы используем cookies. Оставаясь на сайте, вы соглашаетесь с этим.`;
  assert.equal(decisionFor(text, 'Szanowny').rule, 'cookie-notice');
  assert.equal(decisionFor(text, 'Мы используем').rule, 'cookie-notice');
  assert.equal(decisionFor(`Privacy rules tighten\n\nThe GDPR protects personal data across the union, the commission said on Monday.\n\n${PROSE}`, 'The GDPR').fate, 'kept');
});

test('a Russian sign-up box: call, pitch, e-mail field and button', () => {
  const text = `Russia retreats from Izium\n\n${PROSE}\n\nПодпишитесь на рассылку «Окна»\nГлавное за день — каждый вечер у вас в почте\nВаш email\nПодписаться\n\n${PROSE2}`;
  for (const needle of ['Подпишитесь', 'Главное за день', 'Ваш email', 'Подписаться']) assert.equal(decisionFor(text, needle).fate, 'dropped', needle);
});

test("terms-of-use footers, a broadcaster's airing note, a media player's card and a gallery's 'View all' link are furniture", () => {
  assert.equal(ruleFor('Users of this site agree to the Terms of Service, Privacy Notice/Your California Privacy Rights, and Cookie Policy.'), 'legal-footer');
  assert.equal(ruleFor('Über dieses Thema berichtete WNF Aktuell am 10. September 2022 um 20:00 Uhr.'), 'broadcast-note');
  assert.equal(ruleFor('Audio: Ukraine meldet Rückeroberung von Isjum, Katrin Albers, WNF, 10.09.2022 18:30 Uhr'), 'audio-player');
  assert.equal(ruleFor('View all 24 photos'), 'gallery-control');
  assert.equal(ruleFor('Users of the bridge say the detour adds 20 minutes to their walk.'), null);
});

test("'Puedes seguir a … en Facebook' is a follow pitch", () => {
  const text = `Kupiansk resiste\n\n${PROSE}\n\nPuedes seguir a Diario Meridiano Internacional en Facebook y Twitter, o apuntarte aquí para recibir nuestra newsletter semanal.\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'Puedes seguir').fate, 'dropped');
});

test("the title under a video player's 'Now playing' and clock is the video's", () => {
  const text = `Bats in the dark\nBy Priya Raman\n\n${PROSE}\nTap to unmute\nNow playing\n01:58\nHow scientists track bats in the dark\nSource: Coastline Daily\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'How scientists').rule, 'video-card');
});

test("a video player's playlist (each title over its running time) is not the headline, and the standfirst above it stays the standfirst", () => {
  const e = extractArticle(`News\nWeather\n\nWind-driven grass fire forces evacuations, destroys 3 homes east of Haysburg\nFire crews from four counties were called in to help as gusts topped 55 mph\n\nNOW PLAYING\nCrews battle grass fire near Route 9\n01:48\nUP NEXT\nEvacuees describe racing flames on Cottonwood Road\n02:11\nFirst Alert Forecast: Critical fire danger continues Thursday\n03:04\n\nBy Kelsey Dunmore\nPublished: Apr. 3, 2024 at 4:15 PM CDT\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Wind-driven grass fire forces evacuations, destroys 3 homes east of Haysburg');
  assert.equal(e.fields.standfirst, 'Fire crews from four counties were called in to help as gusts topped 55 mph');
  assert.equal(e.lines.find((l) => l.text.startsWith('Evacuees'))?.rule, 'video-playlist');
});

test('one clock time under a line is not a playlist', () => {
  const e = extractArticle(`Council votes to close the pool\nBy Jane Smith\n12 September 2022\n\n${PROSE}\n\nThe vote was taken at\n21:45\n\n${PROSE2}`);
  assert.notEqual(e.lines.find((l) => l.text.startsWith('The vote was'))?.rule, 'video-playlist');
});

test("links to a broadcaster's live stream are chrome in any language", () => {
  for (const line of ['WATCH LIVE', 'Watch KVRB Live', 'Watch live: KVRB 12 News at 6', 'تماشای پخش زنده تلویزیون جهان‌نما', 'شاهد البث المباشر']) {
    assert.equal(decisionFor(`${line}\nCouncil votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\n${PROSE2}`, line).rule, 'watch-live-link', line);
  }
});

test('skip links in Arabic and Persian spellings are chrome', () => {
  for (const line of ['تخطي إلى المحتوى الرئيسي', 'پرش به محتوا']) {
    assert.equal(decisionFor(`${line}\nCouncil votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\n${PROSE2}`, line).rule, 'skip-link', line);
  }
});

test("a Catalan reading time is chrome: 'Temps de lectura: 3 min'", () => {
  assert.equal(ruleFor('Temps de lectura: 3 min'), 'reading-time');
});

test('follow and share prompts with the verb last (Bengali, Persian), and advert labels in Bengali, Hindi, Persian and Arabic, are furniture', () => {
  assert.equal(ruleFor('প্রভাতবার্তার খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন'), 'share-or-follow-prompt');
  assert.equal(ruleFor('جهان‌نما فارسی را در شبکه‌های اجتماعی دنبال کنید'), 'share-or-follow-prompt');
  assert.equal(ruleFor('این مطلب را به اشتراک بگذارید'), 'share-or-follow-prompt');
  for (const label of ['বিজ্ঞাপন', 'विज्ञापन', 'تبلیغات', 'إعلان']) assert.equal(ruleFor(label), 'advertisement', label);
  assert.equal(ruleFor('Le puede interesar: Estas son las vías con pico y placa regional para el puente festivo'), 'inline-teaser-link');
});

test("privacy-choice links, the newsroom's tip box, a promotion closed by its button in capitals and a privacy banner are furniture", () => {
  assert.equal(ruleFor('Do not sell my info'), 'privacy-choice-link');
  assert.equal(ruleFor('Do Not Sell or Share My Personal Information'), 'privacy-choice-link');
  assert.equal(ruleFor('Have a confidential tip for our reporters? Get in touch'), 'tip-prompt');
  assert.equal(ruleFor('Send a tip to our reporters'), 'tip-prompt');
  assert.equal(ruleFor("Before it's here, it's on the Meridian Terminal. LEARN MORE"), 'promo-with-button');
  assert.notEqual(ruleFor('The agency said it would publish the figures in the spring. AP'), 'promo-with-button');
  assert.equal(decisionFor(`Council votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\nAt Ridgeline Broadcasting, we value your privacy. Click here to read our updated privacy policy.\n\n${PROSE2}`, 'we value').fate, 'dropped');
});

test("site-wide notices, support appeals, subscription prices and a pitch closing on 'Sign up for our … newsletter.' are furniture", () => {
  assert.equal(ruleFor('The UKBC is not responsible for the content of external sites.'), 'sitewide-notice');
  assert.equal(ruleFor('Audio generated by AI. Report an issue.'), 'sitewide-notice');
  assert.equal(ruleFor('Log in, register or subscribe to save articles for later.'), 'sitewide-notice');
  assert.equal(ruleFor('Very large text size'), 'sitewide-notice');
  assert.equal(ruleFor('See stories by Tomás Ybarra'), 'sitewide-notice');
  assert.equal(ruleFor('Our journalism requires your support. Subscribe today for unlimited access to the Irish Ledger.'), 'support-appeal');
  assert.equal(ruleFor('Apoie o jornalismo de qualidade'), 'support-appeal');
  assert.equal(ruleFor('A partir de 1€ no primeiro mês'), 'subscription-price');
  assert.equal(ruleFor('Start the day with a summary of the most important stories. Sign up for our Morning Edition newsletter.'), 'newsletter-pitch');
  assert.equal(ruleFor('[See also: Why the Treasury still doesn\'t trust the regions]'), 'inline-teaser-link');
  // A sentence of the story about journalism is not an appeal.
  assert.equal(ruleFor('Local journalism has lost a third of its reporters since 2010, the study found.'), null);
});

test("a syndication disclaimer and a support appeal longer than 25 words are furniture", () => {
  const syndicated = '(Only the headline and picture of this story may have been reworked by The Indian Meridian staff; the rest of the content is auto-generated from a syndicated feed.)';
  const appeal = 'Local, independent journalism depends on you. HPPR is a nonprofit, and more than half of our funding comes from listeners like you. Make your gift today to keep public radio strong on the High Plains.';
  const e = extractArticle(`Council votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\n${PROSE2}\n\n${syndicated}\n\n${appeal}`);
  assert.equal(e.lines.find((l) => l.text === syndicated)?.fate, 'dropped');
  assert.equal(e.lines.find((l) => l.text === appeal)?.fate, 'dropped');
});

test("the line opening a block whose other lines are a sign-up box's call, e-mail field and button is the box's heading", () => {
  const e = extractArticle(`Council votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\n${PROSE2}\n\nAdd some "good" to your morning and evening.\nGet the Atlantic Daily newsletter delivered to your inbox every weekday.\nEmail address:\nSubscribe\n\n${PROSE}`);
  assert.equal(e.lines.find((l) => l.text.startsWith('Add some'))?.rule, 'sign-up-box-heading');
  assert.equal(ruleFor('Email address:'), 'email-field');
});

test("an alert bar (a label in capitals, the alert, a tap prompt) is furniture wherever it stands", () => {
  assert.equal(ruleFor('WEATHER ALERT: Red Flag Warning in effect for 14 counties until 9 p.m. Wednesday. Tap for details.'), 'alert-bar');
  assert.equal(ruleFor('TRAFFIC ALERT: I-35 closed northbound at Exit 12. Click here for more information.'), 'alert-bar');
  assert.equal(ruleFor('WEATHER ALERT: Red Flag Warning in effect for 14 counties until 9 p.m. Wednesday.'), null);
});

test('page notes are told by their opening, even when they run to two sentences', () => {
  for (const note of [
    "Click here to see the Institute's interactive map of the front line. This map is updated daily alongside the static maps in this report.",
    'Materials provided by Riverside Polytechnic. Note: Content may be edited for style and length.',
    'Open this photo in gallery:',
    'Audio for this article is generated by AI. Please let us know if you have any feedback.',
    'Voice is AI-generated. Inconsistent pronunciation of names and places may occur.',
    'Have an opinion on this topic? Submit a letter to the editor.',
    'This editorial represents the opinion of the Westbrook Courier Editorial Board, which operates independently of the newsroom.',
    'We welcome your letters. Send them to letters@example.com.',
    'Advertisement · Scroll to continue',
    'Heb jij een tip over dit onderwerp? Mail de redactie.',
    'The Morning Digest newsletter brings you the news you need to start your day. Sign up here.',
  ]) {
    assert.equal(decisionFor(`Headline over the body here\n\n${PROSE}\n\n${note}\n\n${PROSE2}`, note.slice(0, 20)).fate, 'dropped', note);
  }
});

test('a paragraph that only mentions clicking or a newsletter is kept', () => {
  const line = 'Residents who click here and there on the council website say the newsletter was never sent to them.';
  assert.equal(decisionFor(`Headline over the body here\n\n${PROSE}\n\n${line}\n\n${PROSE2}`, 'Residents who').fate, 'kept');
});

test('a rights notice that does not open with the copyright sign is dropped; one that opens with it is left to the trailer', () => {
  assert.equal(ruleFor('版權所有 © 2024 南方日報 All Rights Reserved.'), 'rights-reserved-notice');
  assert.equal(ruleFor('각 기사의 저작권은 해당 언론사에 있습니다.'), 'rights-reserved-notice');
  assert.notEqual(ruleFor('© 2024 Lakeside Gazette. All rights reserved.'), 'rights-reserved-notice');
});

test('a site licence note is a page note', () => {
  const note = 'Unless otherwise noted, all materials on this site are licensed under Creative Commons Attribution 4.0 International.';
  assert.equal(decisionFor(`Headline over the body here\n\n${PROSE}\n\n${PROSE2}\n\n${note}`, 'Unless otherwise').rule, 'page-note');
});

test('error-report links, a follow-feed note and a comment community\'s welcome are page notes', () => {
  for (const note of ['Report an editorial error', 'Report a technical issue', 'Authors and topics you follow will be added to your personal news feed in Following.',
    "Welcome to The Lakehead Chronicle's comment community. Please be respectful of others and stay on topic."]) {
    assert.equal(decisionFor(`Headline over the body here\n\n${PROSE}\n\n${note}\n\n${PROSE2}`, note.slice(0, 20)).rule, 'page-note', note);
  }
});

test("an agencies' inputs credit ('(With inputs from agencies)', 'With inputs from Reuters, AP', '(With PTI inputs)') is a credit, not body", () => {
  for (const t of ['(With inputs from agencies)', 'With inputs from Reuters, AP', '(With PTI inputs)', 'With agency inputs from IANS and ANI']) {
    assert.equal(decisionFor(`Metro viaduct cracks found on elevated section\n\n${PROSE}\n\n${PROSE2}\n\n${t}`, t).rule, 'agency-inputs-credit', t);
  }
  assert.notEqual(decisionFor(`Metro viaduct cracks found on elevated section\n\n${PROSE}\n\nInputs from residents shaped the plan.\n\n${PROSE2}`, 'Inputs from').rule, 'agency-inputs-credit');
});

test("'Follow the NWA’s coverage of the floods at https://…': a pointer to the outlet's topic page is furniture", () => {
  const page = `Floods close the river road\n\n${PROSE}\n\n${PROSE2}\n\nFollow the NWA’s coverage of the floods at https://nwa.example/hub/floods`;
  assert.equal(decisionFor(page, 'Follow the NWA').rule, 'coverage-link');
  const body = `Floods close the river road\n\n${PROSE}\n\nResidents can find the council's updates at www.example.gov/floods, officials said.\n\n${PROSE2}`;
  assert.notEqual(decisionFor(body, 'Residents can find').fate, 'dropped');
});

test("'Published in the print edition of the March 10, 2025, issue, with the headline …' is the print edition's note", () => {
  assert.ok(REGEXPS.printNote.test('Published in the print edition of the March 10, 2025, issue, with the headline “The Seed Vault.”'));
  assert.equal(REGEXPS.printNote.test('Published in the spring, the report found the print edition of the paper had lost readers.'), false);
});

test("a reader-tip question then 'send us' ('Masz news, zdjęcie lub filmik? Prześlij nam …') and a 'thank you for reading' sign-off are the outlet's notices", () => {
  const head = `Most w Kruszynie znów otwarty\n\n${PROSE}\n\n${PROSE2}\n\n`;
  for (const t of ['Masz news, zdjęcie lub filmik? Prześlij nam przez formularz kontaktowy.', 'Got a photo or a video of the storm? Send it to us at our tips page.',
    'Dziękujemy, że przeczytałaś/eś nasz artykuł do końca. Bądź na bieżąco! Obserwuj nas w Wiadomościach Google.', 'Thank you for reading to the end. Follow us on Google News.']) {
    assert.equal(decisionFor(head + t, t.slice(0, 12)).fate, 'dropped', t);
  }
  const quote = 'Who would do this? Send us to prison if you must, we will not move, he said.';
  assert.notEqual(decisionFor(head + quote, 'Who would').fate, 'dropped');
});

test('a label, a day relative to today and a clock time is a stamp, never a headline', () => {
  assert.equal(ruleFor('Aangepast vandaag, 15:10'), 'relative-day-stamp');
  assert.equal(ruleFor('Updated today at 9:15 am'), 'relative-day-stamp');
  assert.equal(ruleFor('Gestern, 18:47'), 'relative-day-stamp');
  assert.notEqual(ruleFor('Today the council meets at 10:00 to vote on the budget'), 'relative-day-stamp');
  const text = ['Regio / Leiden', 'Door Femke de Wit en Pieter Smit·Vandaag, 09:12', 'Gewijzigd vandaag, 10:40', 'Leiden sluit de parkeergarage onder de Beestenmarkt voor een jaar', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Leiden sluit de parkeergarage onder de Beestenmarkt voor een jaar');
});

test('a paywall box\'s meter and offer, and a press-code note, are furniture', () => {
  const box = ['Subscribe to The Karoo Courier', "You've read all your free articles for this month.", 'Get unlimited access to award-winning journalism and analysis for R59 per month.', 'Cancel anytime.', 'Subscribe now'];
  const text = ['Town runs out of water', 'By Jane Roberts', '', PROSE, '', PROSE2, '', ...box, '', 'The Karoo Courier adheres to the Press Code of Ethics and Conduct for South African Print and Online Media.'].join('\n');
  assert.equal(decisionFor(text, 'free articles').fate, 'dropped');
  assert.equal(decisionFor(text, 'unlimited access').fate, 'dropped');
  assert.equal(decisionFor(text, 'Press Code').fate, 'dropped');
  assert.notEqual(ruleFor('Get unlimited access to the park by walking in from the east gate.'), 'long-pitch-or-notice');
});

test('a video title printed around its running time, and a title repeated under its WATCH link over the clock, are the player\'s', () => {
  const text = ['Storm topples trees across the city', 'By Jane Roberts', '', 'Hail covers streets in the north of the city', '01:48', 'Hail covers streets in the north of the city', '', PROSE, '',
    'WATCH | Riders wait hours as buses stay parked:', 'Riders wait hours as buses stay parked', 'Duration 2:14', 'Students and shift workers say they are paying for taxis.', PROSE2].join('\n');
  const lines = extractArticle(text).lines;
  assert.ok(lines.filter((l) => l.text.startsWith('Hail covers')).every((l) => l.fate === 'dropped'));
  assert.equal(lines.find((l) => l.text === 'Riders wait hours as buses stay parked')?.rule, 'video-card');
  assert.equal(decisionFor(text, 'Students and shift workers').rule, 'video-card');
  assert.equal(decisionFor(text, PROSE2).fate, 'kept');
});

test('a newsletter box without a button: its heading over its sign-up sentence, or one line opening with its name and a colon', () => {
  const text = ['Tram di notte fino alle due', 'di Giulia Neri', '', PROSE, '', 'La newsletter di Vedetta Torino',
    'Se vuoi restare aggiornato sulle notizie di Torino iscriviti gratis alla newsletter di Vedetta Torino. Basta cliccare qui.', '', PROSE2, '',
    'Der Bern-Newsletter der AZ: Die wichtigsten Nachrichten aus Stadt und Kanton, jeden Werktag um 6 Uhr. Hier kostenlos abonnieren.', '', PROSE].join('\n');
  assert.equal(decisionFor(text, 'La newsletter di').rule, 'newsletter-box');
  assert.equal(decisionFor(text, 'Se vuoi restare').rule, 'newsletter-box');
  assert.equal(decisionFor(text, 'Der Bern-Newsletter').rule, 'newsletter-box');
  assert.equal(decisionFor(text, PROSE2).fate, 'kept');
});

test('a push-notification prompt over its buttons is furniture', () => {
  const text = ['Vapur seferleri uzatıldı', '', PROSE, '', PROSE2, '', 'Haber bildirimlerini açın',
    'Son dakika haberlerinden anında haberdar olmak için bildirimlere izin verin.', 'İzin Ver', 'Daha Sonra'].join('\n');
  assert.equal(decisionFor(text, 'Haber bildirimlerini').rule, 'notification-prompt');
  assert.equal(decisionFor(text, 'bildirimlere izin').rule, 'notification-prompt');
  // A sentence about notifications inside the story, with no buttons under it, stays.
  const story = ['Phones to get quieter', '', PROSE, 'Apple will let users allow notifications from only a few apps at night, the company said.', '', PROSE2].join('\n');
  assert.equal(decisionFor(story, 'allow notifications').fate, 'kept');
});

test('a line printed three times on one page is furniture, every copy (printed-three-times); twice is not enough', () => {
  const note = 'This advertisement has not loaded yet, but your article continues below.';
  const page = `Ferry fares rise again\nBy Jane Doe\n\n${PROSE}\n\n${note}\n\n${PROSE2}\n\n${note}\n\nThe operator said the rise was the last this year, officials said.\n\n${note}\n`;
  const e = extractArticle(page);
  assert.ok(!e.body.includes('advertisement has not loaded'));
  assert.equal(e.lines.filter((l) => l.rule === 'printed-three-times').length, 3);
  const twice = extractArticle(page.replace(new RegExp(`${note.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\n$`), ''));
  assert.equal(twice.lines.filter((l) => l.rule === 'printed-three-times').length, 0);
});

test("summary points end at the byline printed under them without a blank line", () => {
  const page = `Ferry operator cuts winter sailings as fuel costs bite\nPublished Tue, Apr 25 2023 4:16 PM EDT\n\nKEY POINTS\nThe operator cut winter sailings by a fifth.\nFares rise by a tenth from October.\nBy Jane Doe and John Roe\n${PROSE}\n\n${PROSE2}\n`;
  assert.deepEqual(extractArticle(page).fields.authors, ['Jane Doe', 'John Roe']);
});

test('a newsletter pitch naming the reader\'s inbox is furniture in several languages, full stop or not', () => {
  for (const pitch of [
    'Receba todas as manhãs as principais notícias da região no seu e-mail.',
    'Få de senaste nyheterna från bygden direkt i din inkorg – prenumerera på vårt kostnadsfria nyhetsbrev',
    'Sign up to receive daily headline news from The Harbour Post, a division of Harbour Media Inc.',
  ]) {
    assert.equal(decisionFor(`Ferry fares rise again\nBy Jane Doe\n\n${PROSE}\n\n${pitch}\n\n${PROSE2}\n`, pitch.slice(0, 20)).fate, 'dropped', pitch);
  }
  // A sentence of the story about e-mail stays.
  const story = 'The council said residents would receive the notice by e-mail on Monday.';
  assert.equal(decisionFor(`Ferry fares rise again\nBy Jane Doe\n\n${PROSE}\n\n${story}\n\n${PROSE2}\n`, story.slice(0, 20)).fate, 'kept');
});

test("an ad-blocker notice, a link read out with 'opens new tab', a clip's running time with its source and 'Scroll down for video' are furniture", () => {
  const page = `Rail fares to rise for the first time in decades\nBy Jane Doe\nMarch 18, 2025\n\n${PROSE}\nThis could be due to a conflict with your ad-blocking or security software.\nPlease add example.co.jp and piano.io to your list of allowed sites.\nAcquire Licensing Rights, opens new tab\n03:12 - Source: KNN\nScroll down for video\n${PROSE2}\n`;
  assert.equal(decisionFor(page, 'ad-blocking').rule, 'ad-blocker-notice');
  assert.equal(decisionFor(page, 'allowed sites').rule, 'ad-blocker-notice');
  assert.equal(decisionFor(page, 'Licensing Rights').rule, 'new-tab-link');
  assert.equal(decisionFor(page, '03:12').rule, 'video-control');
  assert.equal(decisionFor(page, 'Scroll down').rule, 'video-control');
  // A sentence of the story about ad blockers does not speak to the reader.
  const story = `Rail fares to rise\nBy Jane Doe\nMarch 18, 2025\n\n${PROSE}\nPublishers say ad blockers cost the industry billions a year, the report found.\n${PROSE2}\n`;
  assert.equal(decisionFor(story, 'ad blockers cost').fate, 'kept');
});

test("a player's fallback text, a co-publication note and a contributor line with a data credit are furniture", () => {
  const page = `Care homes cut night staff\nBy Jane Doe\nOct. 9, 2024\n\n${PROSE}\nThis video can not be played\nTo play this video you need to enable JavaScript in your browser.\n${PROSE2}\nThis story was co-published with The Tri-County Courier.\nMollie Sands of The Tri-County Courier contributed reporting. Data analysis by Pradeep Venn.\n`;
  assert.equal(decisionFor(page, 'can not be played').rule, 'video-control');
  assert.equal(decisionFor(page, 'enable JavaScript').rule, 'video-control');
  assert.equal(decisionFor(page, 'co-published').fate, 'dropped');
  assert.equal(decisionFor(page, 'contributed reporting').rule, 'contributor-credit');
});

test("contributors' lines, update notes, the article's audio player and the outlet's notes about its own pages are furniture", () => {
  const page = `Ukraine retakes the city\nBy Jane Doe\nSeptember 11, 2022\n\nThis article is part of the Daily Beacon's ongoing coverage of the war in Ukraine.\nPress play to listen to this article\nVoiced by artificial intelligence.\nWhy you can trust Beacon News\n${PROSE}\n\n${PROSE2}\nThis article has been updated.\nAssociated Press writers Olha Shevchuk in Kyiv and Daniel Roos in Tallinn, Estonia, contributed.\nNPR's Halyna Tkach contributed to this report from Kyiv.\n`;
  for (const needle of ['part of the Daily Beacon', 'Press play', 'Voiced by', 'Why you can trust', 'has been updated', 'writers Olha', 'Halyna Tkach']) {
    assert.equal(decisionFor(page, needle).fate, 'dropped', needle);
  }
  assert.ok(extractArticle(page).body.includes(PROSE2));
});

test("a wire service's bio naming the writer by surname, with the beat or the job, is the bio", () => {
  const page = `Ukraine retakes the city\nBy Mariia Dmytrenko and James Holloway\nSeptember 11, 2022\n\n${PROSE}\n\n${PROSE2}\n\nDmytrenko covers Ukraine and the war for the agency. She is based in Kyiv.\nHolloway is a Europe-based correspondent for the agency.\n`;
  assert.equal(decisionFor(page, 'Dmytrenko covers').rule, 'author-bio');
  assert.equal(decisionFor(page, 'Holloway is').rule, 'author-bio');
});

test('the lower-case rest of a pitch a hard-wrapped save cut in two is dropped with it', () => {
  const text = ['Taxi driver attacked over a fare', '', WRAPPED_BODY, '',
    'Sign up for push alerts and have the best news, analysis and comment', 'delivered directly to your phone', '', WRAPPED_BODY].join('\n');
  assert.equal(decisionFor(text, 'delivered directly').rule, 'wrapped-tail-of-dropped-line');
  // On a browser's copy, a capitalised line under a dropped one is a paragraph of its own.
  const copied = ['Taxi driver attacked over a fare', '', PROSE, 'Sign up for push alerts and have the best news, analysis and comment', 'Officials said.', '', PROSE2].join('\n');
  assert.equal(decisionFor(copied, 'Officials said.').fate, 'kept');
});

test('a video card under a "WATCH | …:" link with a title of its own is dropped: title, clock and blurb', () => {
  const text = ['City to charge for parking at arenas', '', PROSE, 'WATCH | Parents react to proposed parking fees at city rinks:', 'Hockey parents say new parking fees will hit families hard',
    'Duration 2:07', 'Ottawa families who spend hours each week at city arenas say the fees are another cost on top of registration.', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Hockey parents say').rule, 'video-card');
  assert.equal(decisionFor(text, 'Ottawa families').rule, 'video-card');
  assert.equal(decisionFor(text, PROSE2).fate, 'kept');
});

test('a video title between a "story goes on under the video" note and the clock is the player\'s', () => {
  const text = ['Ukraińska kontrofensywa pod Charkowem', '', PROSE, 'Dalszy ciąg materiału pod wideo', 'Ukraińska kontrofensywa pod Charkowem. Nagranie z wyzwolonej Bałaklii', '01:24', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Nagranie z wyzwolonej').rule, 'video-card');
});

test("a site's terms for citing its materials are dropped, however long", () => {
  const terms = 'When citing and using any materials on the Internet, open for search engines, hyperlinks not lower than the first paragraph to "example.net" are mandatory, in addition, citing the translated materials of foreign media is possible only if there is a hyperlink to the site. Materials marked as "Advertisement" are published as advertising.';
  assert.equal(decisionFor(`Buses to run more often\n\n${PROSE}\n\n${PROSE2}\n\n${terms}`, 'When citing').rule, 'citation-terms');
});

test("a video's title over its clock, printed again under it, goes with the player: 'Video: …' / '2:04' / the title", () => {
  const page = ['Ferries cancel sailings as spring break begins', '', PROSE, "Click to play video: 'BC Ferries cancels sailings on major route'", 'Video: BC Ferries cancels sailings on major route',
    '2:04', 'BC Ferries cancels sailings on major route', PROSE2].join('\n');
  assert.equal(decisionFor(page, 'Video: BC Ferries').fate, 'dropped');
  assert.equal(extractArticle(page).lines.find((l) => l.text === 'BC Ferries cancels sailings on major route')?.rule, 'video-title-around-clock');
});

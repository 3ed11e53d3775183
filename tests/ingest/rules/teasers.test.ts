import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGEXPS } from '../../../src/ingest/rules/patterns.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2 } from './helpers.ts';
import { isTeaserShaped } from '../../../src/ingest/rules/teasers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('drops the teaser headlines after a "Most read" label and stops at the next sentence', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nMost read in News\n\nFAMILY'S SORROW\n\nEugenie breaks down beside cousin Zara\n\n${PROSE2}`);
  assert.ok(!e.body.includes('Eugenie'));
  assert.ok(!e.body.includes("FAMILY'S"));
  assert.ok(e.body.includes(PROSE2));
});

test('a teaser question after a label is still a teaser', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nRead More on The Sun\n\nBank Holiday CONFIRMED – when will you get a day off?\n\n${PROSE2}`);
  assert.ok(!e.body.includes('Bank Holiday'));
});

test('drops kicker and headline pairs without a label', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nSHOCK TWIST\nRussian TV host breaks ranks on live show\n\n${PROSE2}`);
  assert.ok(!e.body.includes('SHOCK TWIST'));
  assert.ok(!e.body.includes('breaks ranks'));
});

test('drops the card around a relative stamp, even a caption-like sentence glued above it', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nLuka Modric celebrates after scoring the second goal against Celta Vigo.\nSports1 year ago\n\nLuka Modric set to join Ronaldo\n`);
  assert.ok(!e.body.includes('Modric'));
});

test('an all-caps subheading followed by prose is not a teaser pair', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nRUSSIAN RETREAT\n\n${PROSE2}`);
  assert.ok(e.body.includes('## RUSSIAN RETREAT'));
});

test("the page's own 'Updated 3 hours ago' under its date line takes no caption with it", () => {
  const e = extractArticle(['Dutch central bank warns of housing slowdown', 'By Bart Meijer', 'September 12, 2022 2:05 PM UTC', 'Updated 3 hours ago',
    '[1/2] Houses are seen in Amsterdam, March 4, 2022. REUTERS/Piroschka van de Wouw', PROSE, PROSE2].join('\n'));
  assert.ok(e.body.includes('Houses are seen in Amsterdam'), e.body);
});

test('a live-blog entry above a relative stamp keeps its last sentence', () => {
  const e = extractArticle(['Storm live: red warning as winds batter the coast', 'Updated 14:32 GMT, 18 February 2022', '2h ago', '14.32 GMT',
    'Trains cancelled across southern England', PROSE, PROSE2, '3h ago', '13.05 GMT', 'Roof torn open', PROSE].join('\n'));
  assert.ok(e.body.includes(PROSE2), e.body);
});

test('a hard-wrapped paragraph after a teaser label is article text, not a teaser', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nRelated\nThe best drives for gaming PCs in 2025\n\nThe fix comes too late for some users. Owners on the forum and\non Reddit have described drives that vanished overnight.\n\n${PROSE2}`);
  assert.ok(!e.body.includes('best drives'), e.body);
  assert.ok(e.body.includes('The fix comes too late for some users. Owners on the forum and on Reddit'), e.body);
});

test("'Más información' and 'Leia mais:' over a list of headlines are teaser labels", () => {
  for (const label of ['Más información', 'Leia mais:']) {
    const e = extractArticle(`${HEAD}${PROSE}\n\n${label}\nLos aguacates de la comarca, entre la sequía y el negocio\n\n${PROSE2}`);
    assert.ok(!e.body.includes('aguacates'), e.body);
    assert.ok(e.body.includes(PROSE2));
  }
});

test("an 'Explainer: …' line alone between two paragraphs is a link, but as the headline it stays", () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nExplainer: What is hope value and why does it matter for housebuilding?\n\n${PROSE2}`);
  assert.ok(!e.body.includes('hope value'), e.body);
  assert.ok(e.body.includes(PROSE2));
  const own = extractArticle(`Explainer: What is hope value and why does it matter?\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(own.fields.title, 'Explainer: What is hope value and why does it matter?');
});

test('a short sentence opening a new paragraph ends a teaser block', () => {
  const text = ['Connacht edge Ulster', 'By Liam Dorsey', '', PROSE, '', 'READ MORE', 'Leinster name unchanged side for last-16 tie', '', 'Ulster came out strongly after the break.', PROSE2].join('\n');
  assert.match(extractArticle(text).body, /Ulster came out strongly after the break\./);
});

test('a teaser card keeps going past its own date and takes title-case headlines with full stops', () => {
  const text = ['Libraries cut Sunday hours', 'By Margaret Ellison', '', PROSE, '', PROSE2, '', 'Related Content', 'Opinion | The Editorial Board',
    'America’s Libraries Are Doing More With Less. It Can’t Last.', 'Feb. 22, 2025', 'Opinion | Tressie Beaumont', 'The Quiet Crisis of Rural Broadband'].join('\n');
  const e = extractArticle(text);
  assert.doesNotMatch(e.body, /Doing More With Less/);
  assert.doesNotMatch(e.body, /Rural Broadband/);
});

test('labels of related stories in more languages start teaser blocks', () => {
  for (const label of ['Noticia relacionada', 'Zobacz także', 'Related story']) {
    const text = ['Obras del tranvía', 'Por Lucía Ferrer', '', PROSE, '', label, 'El tranvía de Valladolid tendrá 22 paradas', '', PROSE2].join('\n');
    assert.doesNotMatch(extractArticle(text).body, /22 paradas/, label);
  }
});

test("a related label alone ('[관련기사]', 'Leé también', 'À lire aussi :') drops the teaser headlines under it", () => {
  for (const label of ['[관련기사]', 'Leé también', 'À lire aussi :']) {
    const text = ['Headline of the article about the budget today', PROSE, label, 'Another story about snow in the city', 'A second teaser about pensions', '', PROSE2].join('\n');
    const e = extractArticle(text);
    assert.ok(!e.body.includes('Another story about snow'), label);
    assert.ok(e.body.includes(PROSE2.slice(0, 30)), label);
  }
});

test('a related label inside the article ends its block at the next sentence with a full stop', () => {
  const text = ['Headline of the article about the water cuts today', PROSE, 'İLGİLİ HABERLER', "Ankara'da su faturalarına yüzde 35 zam",
    'Uzmanlar ise sorunun yalnızca kuraklıkla açıklanamayacağını vurguluyor.', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.ok(!e.body.includes('faturalarına'));
  assert.ok(e.body.includes('Uzmanlar ise'));
});

test("teaser labels in more languages: 'CITEȘTE ȘI:', 'Xem thêm:', 'ये भी पढ़ें:', 'Te recomendamos:', 'Cele mai citite', 'Mest läst just nu'", () => {
  for (const line of ['CITEȘTE ȘI: Un fost director de spital, trimis în judecată', 'Xem thêm: Hà Nội sẽ xây 5 cầu vượt thép trong năm 2025',
    'ये भी पढ़ें: इंदौर में मेट्रो का ट्रायल रन पूरा', 'Te recomendamos: Vecinos de Tláhuac bloquean avenida por falta de agua']) {
    assert.ok(REGEXPS.inlineTeaser.test(line), line);
  }
  for (const label of ['Cele mai citite', 'Mest läst just nu', 'Nejčtenější', 'Διαβάστε επίσης', 'Tin liên quan', 'सबसे ज़्यादा पढ़ी गईं', 'Související']) {
    assert.ok(REGEXPS.teaserLabel.test(label) || REGEXPS.relatedLabel.test(label), label);
  }
  assert.ok(REGEXPS.relatedLabel.test('Te recomendamos:'));
});

test("under a 'Trending' label, a block of one-sentence lines is a list of teasers; a hard-wrapped paragraph is not", () => {
  const list = ['Police arrest three suspects after Sh12 million heist at Eldoret bank.', 'KCSE candidates to know placement results by end of April, says KUCCPS.',
    'Heavy rains expected in western Kenya this week, Met department warns.'];
  const e = extractArticle(['Commuters stranded as matatu operators hike fares', '', PROSE, '', PROSE2, '', 'Trending', ...list, ''].join('\n'));
  for (const line of list) assert.ok(!e.body.includes(line.slice(0, 30)), line);
  const wrapped = ['Senior engineer Fergal Naughton told a meeting of the municipal district that the council had',
    'received a mixture of submissions, including more than 300 letters of support from cycling clubs,', 'schools and tourism businesses.'];
  const f = extractArticle(['Greenway extension faces objections', '', PROSE, '', 'Read More', 'Tullamore mart records best October prices in a decade', ...wrapped, '', PROSE2].join('\n'));
  assert.ok(f.body.includes('Fergal Naughton'));
});

test("teaser labels in still more languages: Arabic, Hebrew, Croatian, Slovak, Bulgarian, Hungarian", () => {
  for (const line of ['اقرأ أيضا: الحكومة تعلن خطة جديدة للنقل', 'Pročitajte i: Vlada najavila nove mjere', 'Čítajte aj: Vláda schválila rozpočet']) {
    assert.ok(REGEXPS.inlineTeaser.test(line), line);
  }
  for (const label of ['Najčitanije', 'Kapcsolódó cikkek', 'Súvisiace články', 'Още по темата', 'الأكثر قراءة']) {
    assert.ok(REGEXPS.teaserLabel.test(label) || REGEXPS.relatedLabel.test(label), label);
  }
});

test("related and most-read labels in Finnish, Catalan and Swahili head teaser blocks", () => {
  for (const label of ['Lue myös:', 'Et pot interessar', 'Més llegides', 'Habari Zaidi', 'Zilizosomwa zaidi', 'Suosituimmat', 'Tuoreimmat']) {
    assert.ok(REGEXPS.teaserLabel.test(label) || REGEXPS.relatedLabel.test(label), label);
  }
});

test("after an inline 'Lue myös:' block and a blank line, a short line over a paragraph is the next subheading, not a teaser", () => {
  const text = ['Oulun seudun bussilinjat muuttuvat kesäkuussa', PROSE, 'Lue myös:', 'Liput kallistuvat huhtikuussa – katso hinnat',
    'Haukiputaalla kaivataan lisää iltavuoroja', '', 'Koululaiset huolissaan', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.ok(e.body.includes('Koululaiset huolissaan'), e.body);
  assert.ok(!e.body.includes('Liput kallistuvat'), e.body);
});

test("after an inline 'Leia também' teaser and a blank line, a hard-wrapped paragraph's first line is the article again", () => {
  const text = ['Urgências com esperas de 14 horas', PROSE, 'Leia também', 'Ministra anuncia 200 novas vagas para médicos de família', '',
    '"Estamos a funcionar acima da capacidade há vários dias", disse ao', 'jornal a diretora clínica, Teresa Mourato. A responsável explicou',
    'que o hospital está a contratar médicos.', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.ok(e.body.includes('Estamos a funcionar'), e.body);
  assert.ok(!e.body.includes('Ministra anuncia'), e.body);
});

test("signed messages and their dates under a 'Guestbook entries' label are dropped; the obituary above stays", () => {
  const text = ['Dorothy Kessler, longtime librarian, dies at 87', PROSE, PROSE2, 'Guestbook entries (12)',
    '"Mrs. Kessler gave me my first library card. Rest well." — Karen W., Hollis', 'Feb. 4, 2025',
    '"She always knew exactly what book you needed." — Dan Mercer', 'Feb. 3, 2025', 'View all entries'].join('\n');
  const e = extractArticle(text);
  assert.ok(!e.body.includes('library card'), e.body);
  assert.ok(!e.body.includes('Dan Mercer'), e.body);
  assert.ok(e.body.includes(PROSE2.slice(0, 30)), e.body);
});

test("'Top Stories from <station>', 'Top-Artikel' and 'VÍDEOS: <topic>' head teaser blocks, which end at the article's next paragraph", () => {
  for (const label of ['Top Stories from KQRT', 'Top-Artikel', 'VÍDEOS: os destaques da economia']) assert.ok(REGEXPS.teaserLabel.test(label), label);
  assert.ok(!REGEXPS.teaserLabel.test('Top stories of the year were about housing.'));
  const wrapped = `${HEAD}${PROSE}\n\nTop Stories from KQRT\nTulsa police investigate overnight shooting near 21st and Garnett\n` +
    'Cold front to bring freezing rain to Green Country this weekend\nWinter wildfires have become more common along the Front Range,\n' +
    'where a warm, dry autumn left grasses parched and little snow has fallen\non the lower slopes this season.\n\n' + PROSE2;
  const e = extractArticle(wrapped);
  assert.ok(!e.body.includes('Tulsa police'));
  assert.ok(!e.body.includes('Top Stories'));
  assert.ok(e.body.includes('Winter wildfires have become more common'));
  const pt = extractArticle(`${HEAD}${PROSE}\n\nVÍDEOS: os destaques da economia\nCafé fica mais caro nos supermercados; veja como economizar\n` +
    'O café foi o vilão do mês, com alta de 11,6%, seguido pela carne bovina e pelo tomate.\n\n' + PROSE2);
  assert.ok(!pt.body.includes('Café fica mais caro'));
  assert.ok(pt.body.includes('O café foi o vilão do mês'));
});

test("'Más noticias de Madrid', 'Meer nieuws', 'Temas relacionados' and their kin head teaser blocks", () => {
  for (const label of ['Más noticias de Madrid', 'Meer nieuws', 'Temas relacionados', 'Mehr Nachrichten aus Hamburg', 'Altre notizie da Verona', 'Mais notícias de São Paulo', 'Autres articles']) {
    assert.ok(REGEXPS.teaserLabel.test(label), label);
  }
  assert.ok(!REGEXPS.teaserLabel.test('Más noticias de este tipo llegaron el lunes.'));
});

test("a related carousel's headline cut short with '...' is a teaser, so the block runs on past it", () => {
  const page = ['Ring found in carrot', PROSE, PROSE2, 'RELATED ARTICLES', 'Previous', '1', 'Next',
    'Couple find 200-year-old coin hoard while digging a pond...', 'Man, 84, reunited with the wallet he lost on a bus', 'Share this article', '', PROSE.replace('Ukrainian', 'Russian')].join('\n');
  assert.equal(decisionFor(page, 'Couple find').rule, 'teaser-block-after-label');
  assert.equal(decisionFor(page, 'Man, 84').rule, 'teaser-block-after-label');
  assert.equal(isTeaserShaped('He said it was over... Then the phone rang and everything changed...'), false);
});

test("a teaser block under 'Read More' ends at the explainer's next question and its list's lead-in", () => {
  const text = `Boil water notice: what we know\nBy Tom Hollis\n\n${PROSE}\nRead More\nAshcombe schools stay open despite boil water warning\nWhat should I do?\nUntil the notice is lifted, the company advises that tap water should be boiled before it is used for:\nDrinking.\nBrushing teeth.\n\n${PROSE2}`;
  const e = extractArticle(text);
  assert.equal(decisionFor(text, 'Ashcombe schools').rule, 'teaser-block-after-label');
  assert.ok(e.body.includes('Until the notice is lifted'), e.body);
  assert.ok(e.body.includes('Drinking.'), e.body);
});

test('a card between two copies of its label is another page, not the story', () => {
  const text = `${HEAD}${PROSE}\nLiveblog\nKrieg gegen die Ukraine: Selenskyj: „Wir bewegen uns nur in eine Richtung“\nliveblog\n\n${PROSE2}`;
  assert.equal(decisionFor(text, 'Selenskyj').rule, 'label-sandwich-card');
  assert.ok(extractArticle(text).body.includes(PROSE2));
});

test("'Polecamy' heads a teaser block, its question-shaped headline too", () => {
  const text = `${HEAD}${PROSE}\n\n${PROSE2}\n\nPolecamy\nTak wygląda Bałaklija po wyzwoleniu. Zdjęcia\nRosyjski generał zdymisjonowany po klęsce pod Charkowem?\nNajnowsze\nSejm przyjął ustawę o dodatku węglowym`;
  assert.equal(decisionFor(text, 'Rosyjski').fate, 'dropped');
});

test('a subheading between two adverts is not a card', () => {
  const text = `${HEAD}${PROSE}\nAdvertisement\nWhat happens next\nAdvertisement\n${PROSE2}`;
  assert.notEqual(decisionFor(text, 'What happens next').rule, 'label-sandwich-card');
});

test('a label over a hard-wrapped paragraph that ends one sentence and starts the next is no kicker and teaser', () => {
  const e = extractArticle(`Teachers priced out of the capital\nBy Rita Fonseca\n12 September 2022\n\n${PROSE}\n\nPUB\n\nThe unions, however, dispute the official figures. For Joaquim\nSardinha, a union leader, the problem is far from solved and will get worse.\n\n${PROSE2}`);
  assert.match(e.body, /The unions, however, dispute the official figures/u);
});

test("Bengali and Persian 'read more' and 'related' labels open teaser blocks, which end at a paragraph closed by the danda '।'", () => {
  const para = 'নতুন ভর্তি হওয়া রোগীদের মধ্যে ঢাকার হাসপাতালগুলোতে ভর্তি হয়েছেন ৩৯২ জন। বাকি ৪৮৪ জন ভর্তি হয়েছেন ঢাকার বাইরের বিভিন্ন হাসপাতালে।';
  const e = extractArticle(`ডেঙ্গুতে আরও ৪ জনের মৃত্যু, হাসপাতালে ভর্তি ৮৭৬ জন\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ০৩ সেপ্টেম্বর ২০২৪, ১৮: ৪০\n\n${para}\n\nআরও পড়ুন\nডেঙ্গু পরীক্ষার ফি নির্ধারণ করে দিল সরকার, না মানলে ব্যবস্থা\n\n${para}\n\nএই বিভাগের আরও খবর\nসরকারি হাসপাতালে বিনা মূল্যে মিলবে জলাতঙ্কের টিকা`);
  assert.equal(e.lines.find((l) => l.text.startsWith('ডেঙ্গু পরীক্ষার'))?.fate, 'dropped');
  assert.equal(e.lines.filter((l) => l.text === para && l.fate === 'kept').length, 2);
  assert.equal(e.lines.find((l) => l.text.startsWith('সরকারি হাসপাতালে'))?.fate, 'dropped');
  assert.equal(decisionFor(`Title of the story here now\nBy Jane Smith\n\n${PROSE}\n\nمطالب مرتبط\nصف‌های طولانی برای خرید ژنراتور در بازار لاله‌زار\n\n${PROSE2}`, 'مطالب').rule, 'teaser-block-label');
});

test('a video player\'s playlist titles over their running times are dropped', () => {
  const text = [
    'Measles cases climb to highest level in years', 'By Ana Ruiz', 'Updated 6:42 PM EDT, Tue September 10, 2024',
    'Why doctors say measles is making a comeback', '02:14 - Source: NBN', 'NBN Health 14 videos',
    'Why doctors say measles is making a comeback', '02:14', 'Now playing', '- Source: NBN',
    'What parents should know about shots this fall', '03:05', 'Now playing', '- Source: NBN', '', PROSE, '', PROSE2,
  ].join('\n');
  const x = extractArticle(text);
  assert.ok(!x.body.includes('Why doctors say'));
  assert.ok(!x.body.includes('What parents should know'));
  assert.ok(x.body.includes(PROSE));
});

test('a line over a clock time without a player label stays', () => {
  const text = ['Council meets tonight', '', PROSE, '', 'Doors open at the town hall', '19:30', '', PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Doors open').fate, 'kept');
});

test("a video playlist's titles between the same frame lines printed again and again ('Video Ad Feedback' / title / '02:31' / '- Source: XTV') are cards", () => {
  const items = ['Crews reopen the mountain pass after rockslide', 'Governor tours flooded farms by helicopter', 'See inside the rebuilt lock gates'];
  const playlist = items.flatMap((t, k) => ['Video Ad Feedback', t, `0${k + 1}:31`, '- Source: XTV']);
  const page = ['Mountain pass reopens after a week of rockslides', 'By Ruth Pell, XTV', 'Updated 0347 GMT September 11, 2022', ...playlist, '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(page);
  for (const t of items) assert.ok(!e.body.includes(t), t);
  assert.ok(!e.body.includes('Source: XTV'));
  assert.ok(e.body.includes(PROSE) && e.body.includes(PROSE2));
});

test("an inline link whose label names the kind of story ('Lire aussi le décryptage | …', 'Related Article: …', 'Related video: …') is a teaser", () => {
  for (const t of ['Lire aussi le décryptage | Guerre des ports : comment les grues automatiques ont changé la donne',
    "Related Article: Analysis: The lightning strike has exposed the league's weaknesses. What comes next?",
    'Related video: Fans raise flag over the stadium as the club returns (Metro TV)']) {
    assert.ok(REGEXPS.inlineTeaser.test(t), t);
  }
  assert.equal(REGEXPS.inlineTeaser.test('Latest figures show: unemployment rose for a third month, officials said.'), false);
  assert.equal(REGEXPS.inlineTeaser.test('Read the report and you will see why the port closed.'), false);
});

test("one short line between two copies of the same share button ('Share' / 'This post is public so feel free to share it.' / 'Share') is the share box's text", () => {
  const page = `Harbour board sat on the dredging report\nBy Orla Kent\n\n${PROSE}\nShare\nThis post is public so feel free to share it.\nShare\n${PROSE2}`;
  assert.equal(decisionFor(page, 'This post is public').rule, 'share-button-sandwich');
  const ads = `Harbour board sat on the dredging report\nBy Orla Kent\n\n${PROSE}\nAdvertisement\nWhat the report says\nAdvertisement\n${PROSE2}`;
  assert.notEqual(decisionFor(ads, 'What the report says').fate, 'dropped');
});

test('a teaser card closed by its reading time or its stamp keeps its summary sentence in the card', () => {
  const text = ['Bern baut die Velostationen aus', 'Von Mirjam Keller', '', PROSE, '', PROSE2, '', 'Passend zum Artikel', 'Velo-Krise in Basel: Warum die Stationen leer bleiben',
    'Hohe Preise, wenig Platz: In Basel stehen die neuen Velostationen halb leer. Eine Spurensuche.', 'Nadine Frei', '7 min',
    'Wie viel kostet ein Velo? Eine Familie legt ihr Budget offen', 'Matthias Brunner', '5 min', '', PROSE].join('\n');
  assert.equal(decisionFor(text, 'Hohe Preise').rule, 'teaser-block-after-label');
  assert.equal(decisionFor(text, 'Wie viel kostet').rule, 'teaser-block-after-label');
  assert.equal(decisionFor(text, 'Matthias Brunner').fate, 'dropped');
  assert.equal(extractArticle(text).lines.filter((l) => l.text === PROSE).at(-1)?.fate, 'kept');
});

test("a teaser block after a label in the menu stops at a line printed again just below: the article's own headline", () => {
  const menu = ['Home', 'India', 'World', 'Opinion', 'Trending', 'Exams', 'Home', 'Opinion', 'Columns'].join('\n');
  const page = `The Harbour Ledger\n${menu}\nIn the neighbourhood, patience is a policy\nOPINION\nIn the neighbourhood, patience is a policy\nQuiet, long-term commitments would serve the country better than loud announcements.\nWritten by Jane Doe\nUpdated: March 21, 2023 07:30 IST\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.equal(extractArticle(page).fields.title, 'In the neighbourhood, patience is a policy');
});

test("'Read Also' inside the body heads teaser headlines; the next sentence is the article again", () => {
  const page = `Ferry fares rise again\nBy Jane Doe\n\n${PROSE}\nRead Also\nHarbour board to review winter timetable, says chair\nIsland school reopens after storm repairs\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.ok(!e.body.includes('winter timetable') && !e.body.includes('school reopens'));
  assert.ok(e.body.includes(PROSE2));
});

test('a numbered most-read list is dropped whole, items a hard-wrapped save carried onto a second line too', () => {
  const text = [HEAD + PROSE, '', PROSE2, '', 'Most Read', '1. Sinn Féin calls for inquiry after care home failings revealed in Hiqa', 'report',
    '2. Referendums 2024: When will we know the results of the family and care', 'votes?', '3. The care amendment was always going to be a hard sell',
    '4. Man (40s) dies after being struck by car in Co Meath'].join('\n');
  for (const needle of ['1. Sinn Féin', 'report', 'votes?', '4. Man']) assert.equal(decisionFor(text, needle).rule, 'teaser-block-after-label', needle);
  // Items of two sentences are the article's own numbered points, not headlines.
  const points = [HEAD + PROSE, '', 'Most Read', '1. Sign the form. Then send it to the council.', '2. Wait for a letter. It takes a week.', '3. Pay the fee. It is due in March.'].join('\n');
  assert.notEqual(decisionFor(points, '1. Sign').rule, 'teaser-block-after-label');
});

test('a bulleted most-read list with items wrapped onto a second line is dropped whole', () => {
  const text = [HEAD + PROSE, '', PROSE2, '', 'Most Read Local Stories', '', '  * Seattle-area home prices jump again as buyers return to bidding', '    wars',
    '  * Cougar spotted near North Bend elementary school, officials warn', '    parents', '  * Where to find the best pho in Seattle, according to our readers',
    '  * Man charged after Capitol Hill shooting that left two injured'].join('\n');
  for (const needle of ['Seattle-area home', 'wars', 'parents', 'Man charged']) assert.equal(decisionFor(text, needle).rule, 'teaser-block-after-label', needle);
});

test('a bulleted list under a label ends the teaser block: the subheading and paragraph after it are the article', () => {
  const text = [HEAD + PROSE, '', 'Mehr zum Thema', '  * Ukraines Gegenoffensive: Wie Kiew die russische Armee überrumpelte Von', '    Felix Hartwig',
    '  * Russlands Rückzug bei Charkiw: Kremltreue Blogger üben offene Kritik', '    an Generälen', '', 'Sechs Monate im Keller', '',
    'Für die Bewohner von Balaklija endet eine lange Zeit der Angst. Walentyna', 'Horobez, 61, hat die meiste Zeit der Besatzung im Keller verbracht.'].join('\n');
  assert.equal(decisionFor(text, 'Felix Hartwig').rule, 'teaser-block-after-label');
  assert.equal(decisionFor(text, 'Für die Bewohner').fate, 'kept');
  assert.equal(decisionFor(text, 'Sechs Monate').fate, 'kept');
});

test("an embedded video's card over its caption toggle is dropped; a photo's caption over the toggle stays", () => {
  const page = [HEAD.trim(), '', PROSE, '', 'Ukraine forces push Russian troops out of Kharkiv region', 'Ukrainian troops have reclaimed towns across the northeast, forcing Russia into a retreat.',
    'Storyful', 'Show Caption', 'Hide Caption', '', PROSE2].join('\n');
  assert.equal(decisionFor(page, 'Ukraine forces push').rule, 'video-card-over-caption-toggle');
  assert.equal(decisionFor(page, 'Storyful').fate, 'dropped');
  const photo = [HEAD.trim(), '', PROSE, '', 'Soldiers ride a tank near Balakliia on Saturday.', 'Show Caption', 'Hide Caption', '', PROSE2].join('\n');
  assert.notEqual(decisionFor(photo, 'Soldiers ride').fate, 'dropped');
});

test("a label in capitals and a headline without a full stop, alone between paragraphs, is a link to another story; a dateline is not", () => {
  const page = [HEAD.trim(), '', PROSE, '', 'ZAPORIZHZHIA: Last reactor at Europe\'s largest nuclear plant shut down as shelling continues', '', 'What happens next?', '', PROSE2,
    '', 'KYIV: Officials said on Sunday that the trains would run again within a week, after repairs to the line.', '', PROSE].join('\n');
  assert.equal(decisionFor(page, 'ZAPORIZHZHIA').rule, 'labelled-story-link');
  assert.equal(decisionFor(page, 'KYIV:').fate, 'kept');
});

test("a question closing a related list's block is one more teaser; a question over the next paragraph is a subheading", () => {
  const page = [HEAD.trim(), '', PROSE, '', 'Related Content', "Russia-Ukraine war: Israel's PM Lapid speaks with Zelensky, pledges aid", "Ukraine's counteroffensive: What does it mean for the war?", '', PROSE2].join('\n');
  assert.equal(decisionFor(page, 'What does it mean').rule, 'teaser-block-after-label');
  const explainer = [HEAD.trim(), '', PROSE, '', 'Read More', 'Boil notice lifted for three towns', '', 'What should I do?', PROSE2].join('\n');
  assert.equal(decisionFor(explainer, 'What should I do?').fate, 'kept');
});

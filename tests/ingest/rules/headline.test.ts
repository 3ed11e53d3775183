import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHeadline, isHeadlineShaped } from '../../../src/ingest/rules/headline.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2, WRAPPED_BODY } from './helpers.ts';

test('strips an outlet suffix after a bar and reports the outlet', () => {
  assert.deepEqual(cleanHeadline("Putin's troops raise white flag | The Sun"), {
    title: "Putin's troops raise white flag", outlet: 'The Sun', gluedDate: null, rules: ['headline-outlet-suffix'],
  });
});

test('strips an outlet suffix after a dash', () => {
  assert.equal(cleanHeadline('Ukraine says troops push deeper - Reuters').outlet, 'Reuters');
  assert.equal(cleanHeadline('Russia retreats from Izium – BBC News').title, 'Russia retreats from Izium');
});

test('peels section and outlet segments, keeping the outlet', () => {
  const c = cleanHeadline('Russia retreats from Izium | Ukraine | The Guardian');
  assert.equal(c.title, 'Russia retreats from Izium');
  assert.equal(c.outlet, 'The Guardian');
});

test('keeps a dash that is part of the headline', () => {
  assert.equal(cleanHeadline('Bank Holiday for Queen’s funeral CONFIRMED – when will you get a day off?').outlet, null);
});

test('takes a glued date prefix off the headline', () => {
  const c = cleanHeadline(' date 2022-09-12 Russian troops raise white flag');
  assert.equal(c.title, 'Russian troops raise white flag');
  assert.equal(c.gluedDate, '2022-09-12');
});

test('skips navigation above the headline and takes the kicker right above it', () => {
  const e = extractArticle(`Home\nNews\nON THE RUN\nPutin's troops abandon weapons as they flee\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, "Putin's troops abandon weapons as they flee");
  assert.equal(e.fields.kicker, 'ON THE RUN');
});

test('finds no headline when the text starts with prose', () => {
  assert.equal(extractArticle(`${PROSE}\n\n${PROSE2}`).fields.title, null);
});

test("passes over a short title-case site name above the headline", () => {
  const e = extractArticle(`The Kyiv Independent\nUkraine retakes key railway hub of Kupiansk\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Ukraine retakes key railway hub of Kupiansk');
});

test('keeps a short sentence-case headline followed by its standfirst', () => {
  const e = extractArticle(`Russia retreats from Izium\nKremlin says troops are regrouping after a lightning advance\nBy Dan Smith\n\n${PROSE}`);
  assert.equal(e.fields.title, 'Russia retreats from Izium');
});

test('the headline is the line above the byline, not the menu or skip link above it', () => {
  const page = [
    'Skip to main content', 'News', 'Sport', 'The Daily Ledger - Back to home', 'World', 'Europe',
    'Dutch central bank warns of housing slowdown as rates rise',
    'By Bart Meijer', 'September 12, 2022', '', PROSE, '', PROSE2,
  ].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, 'Dutch central bank warns of housing slowdown as rates rise');
  assert.equal(e.fieldRules.title, 'headline-above-meta');
});

test('a one-sentence standfirst and a photo caption may sit between the headline and the byline', () => {
  const page = [
    'Menu', 'Climate', 'Offshore wind to power half of UK homes by 2030',
    'Industry says new auctions will cut bills, but campaigners warn grid connections are years behind.',
    'Workers on a turbine off the coast of Norfolk. Photograph: Jane Roe/Getty Images',
    'Fiona Harvey', 'Environment correspondent', 'Monday 12 September 2022 15.24 BST', PROSE, PROSE2,
  ].join('\n');
  assert.equal(extractArticle(page).fields.title, 'Offshore wind to power half of UK homes by 2030');
});

test('a role line under a bare name is never taken for the headline', () => {
  const page = ['Home', 'Hosepipe ban lifted for millions as reservoirs recover', 'Tom Acres', 'Technology reporter @tom_acres',
    'Sunday 11 September 2022 19:30, UK', PROSE, PROSE2].join('\n');
  assert.equal(extractArticle(page).fields.title, 'Hosepipe ban lifted for millions as reservoirs recover');
});

test('a Chinese headline without spaces is found above its date line', () => {
  const page = ['首页', '新闻', '国内', '北京地铁新线路正式开通运营', '2022年9月12日 14:05',
    '9月12日，北京地铁新线路正式开通运营，全长约二十公里，共设车站十五座。', '新线路连接城市东部和北部的多个居住区，预计日均客流量将超过十万人次。'].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, '北京地铁新线路正式开通运营');
  assert.equal(e.fields.lang, 'zh');
});

test('a date line under the article anchors no headline, and a photo caption above the headline is not it', () => {
  const page = ['Home', 'Science', 'A view of the Carina Nebula captured by the James Webb Space Telescope. (NASA)',
    'Webb telescope spots carbon dioxide on a distant planet', PROSE, PROSE2, '— Reporting by Daniel Clery', 'Published August 26, 2022'].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, 'Webb telescope spots carbon dioxide on a distant planet');
  assert.deepEqual(e.fields.authors, ['Daniel Clery']);
});

test("the masthead's date above the headline gives way to the article's date under it", () => {
  const page = ['Monday, September 12, 2022', 'News', 'Sport', 'Council approves new cycle lanes for city centre', 'By Owen Price',
    '12:05, 11 SEP 2022', PROSE, PROSE2].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.date, '2022-09-11');
  assert.equal(e.fields.time, '12:05');
});

test('a short title-case headline with an outlet suffix opening the page is not taken for a byline', () => {
  const e = extractArticle(`Queen Elizabeth Dies | The Guardian\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Queen Elizabeth Dies');
  assert.deepEqual(e.fields.authors, []);
});

test('an alert bar above the kicker and headline is not the headline', () => {
  const e = extractArticle(['Weather Alert: Flash Flood Warning in effect for two counties until 10:00 PM', '', 'WEATHER',
    'Flash flood warning issued as storms dump rain on two counties', 'By Marisa Delgado', 'Published: 6:42 PM CDT June 11, 2024', '', PROSE].join('\n'));
  assert.equal(e.fields.title, 'Flash flood warning issued as storms dump rain on two counties');
});

test('a short label above the headline stops the walk: the banner above the label is not the headline', () => {
  const text = ['BREAKING NEWS', 'Severe thunderstorm watch in effect until 10 p.m. for two counties', 'Local News',
    'Boil-water advisory lifted for most of east Maplewood after main break', 'Crews spent more than 30 hours repairing a 24-inch pipe under the avenue.',
    'By: Dana Kowalczyk, Marcus Bell', 'Posted 4:17 PM, Jun 18, 2025', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Boil-water advisory lifted for most of east Maplewood after main break');
});

test('a tagline above a kicker and the headline is not the headline', () => {
  const text = ['Accountability in the Public Interest', 'Buried Pipes', 'The Pipes Nobody Counted',
    'For years, the city told regulators it had fewer than 300 lead service lines. Records show otherwise.',
    'by Hannah Okoro and Luis Peña', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'The Pipes Nobody Counted');
});

test('a headline of two sentences in title case may end with a full stop', () => {
  const text = ['Guest Essay', 'My Town Closed Its Library on Sundays. Here’s Who Noticed.', 'March 9, 2025',
    'Credit...Illustration by Dana Kowalczyk; photographs via Getty Images', 'By Margaret Ellison', '', PROSE, '', PROSE2, '', PROSE].join('\n');
  assert.equal(extractArticle(text).fields.title, 'My Town Closed Its Library on Sundays. Here’s Who Noticed.');
});

test('a sentence-shaped headline opening the page under its chrome, above the standfirst and byline', () => {
  const text = ['Sign in', 'Member-only story', "I rode every route of Fairhaven's new bus network for a month. Here's what changed.",
    'Faster trips, longer walks, and a lot of confused riders at the old stops.', 'Marguerite Okonjo', 'Follow', 'Mar 3, 2025', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, "I rode every route of Fairhaven's new bus network for a month. Here's what changed.");
  assert.deepEqual(e.fields.authors, ['Marguerite Okonjo']);
});

test('scoreboard lines above the headline are dropped and do not hide the headline', () => {
  const text = ['FULL-TIME', 'Connacht: Tries: Hurley, Devlin. Cons: Carty. Pens: Carty 4.', 'Ulster: Tries: Moore, Kearney, McCann. Cons: Doak 2.',
    "Carty's boot keeps Connacht's play-off hopes alive in bruising win", 'Written by Liam Dorsey, Rugby Correspondent', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, "Carty's boot keeps Connacht's play-off hopes alive in bruising win");
  assert.equal(e.lines.find((l) => l.text.startsWith('Ulster:'))?.rule, 'scoreboard-or-line-up');
});

test('a score line above the headline is not its kicker', () => {
  const text = ['FULL-TIME', 'HT: 13-7', "Carty's boot keeps Connacht's play-off hopes alive in bruising win", 'Written by Liam Dorsey', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.kicker, null);
});

test('the line repeating the page title is the headline, whatever banner sits above it', () => {
  const text = ['Boil-water advisory lifted for most of east Maplewood after main break | KQRT 7 News Now', 'Skip to content', 'WATCH LIVE',
    'Severe thunderstorm watch in effect until 10 p.m. for two counties',
    'Boil-water advisory lifted for most of east Maplewood after main break', 'Posted 4:17 PM, Jun 18, 2025', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Boil-water advisory lifted for most of east Maplewood after main break');
  assert.equal(e.fields.source, 'KQRT 7 News Now');
});

test('a masthead that comes back in the footer is not taken for the page title', () => {
  const text = ['Il Giornale del Nordest', 'Abbonati', 'Venezia, il ticket d’accesso raddoppia da aprile', 'di Elena Bortolin', '', PROSE, '', PROSE2, '', 'Il Giornale del Nordest'].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Venezia, il ticket d’accesso raddoppia da aprile');
});

test('a headline under the byline and stamps is found when nothing above reads as one', () => {
  const text = ['Newsfeed', 'Search the web', 'Sign in', 'The Coastal Herald', 'Story by Priya Raman', '• 3h • 2 min read',
    'Storm knocks out power to 40,000 homes along the coast', PROSE, PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Storm knocks out power to 40,000 homes along the coast');
  assert.equal(e.lines.find((l) => l.text.startsWith('• 3h'))?.rule, 'relative-time-stamp');
});

test('two paragraphs above a date at the foot of a page without a headline give no sentence headline', () => {
  for (const text of [[PROSE, '', PROSE2, '', 'Published 12 September 2022'], [PROSE, PROSE2, 'Published 12 September 2022']]) {
    const e = extractArticle(text.join('\n'));
    assert.equal(e.fields.title, null);
    assert.match(e.body, /Ukrainian forces pushed deeper/);
  }
});

test("the page's first line over a menu is the masthead, and a menu item is not the headline, in any script", () => {
  const jp = '東邦新聞デジタル\nログイン\n会員登録\n有料会員になる\nトップ\n速報\n政治\n運転手不足で路線バス3割減便へ　県内最大手、4月から　通院・通学に影響\n\n' +
    '新潟県内で路線バスを運行する最大手の越後中央交通は14日、運転手不足を理由に平日の運行本数を約3割減らすと発表した。\n\n' +
    '同社によると、運転手は2019年度に約620人いたが、現在は約480人まで減った。若い世代の応募が少ないという。\n';
  assert.equal(extractArticle(jp).fields.title, '運転手不足で路線バス3割減便へ　県内最大手、4月から　通院・通学に影響');
});

test('a breadcrumb above the headline is furniture, not the headline', () => {
  const zh = '江城晚报网\n首页\n新闻\n当前位置：首页 > 本地 > 民生\n老旧小区加装电梯提速 今年计划新增1200部\n2025-03-08 09:15:32\n\n' +
    '记者昨日从市住房和城乡建设局获悉，今年我市计划在老旧小区新增加装电梯1200部，比去年增加约三成。\n';
  assert.equal(extractArticle(zh).fields.title, '老旧小区加装电梯提速 今年计划新增1200部');
});

test('a three-word menu item between menu items is not the headline: Loisirs / Avis de décès / Maine-et-Loire', () => {
  const text = "Aller au contenu\nL'Écho de l'Ouest\nSe connecter\nMenu\nAngers\nSports\nLoisirs\nAvis de décès\nMaine-et-Loire\nAbonnés\n" +
    "Après la grêle, les viticulteurs du Val d'Aubance comptent leurs pertes\n\n" +
    "Les grappes pendent, éclatées, et les feuilles jonchent le sol comme en plein mois de novembre.\n\n" +
    "Vendredi, vers 19 h 30, un orage d'une rare violence s'est abattu sur le sud de l'agglomération angevine.\n\n© L'Écho de l'Ouest\n";
  assert.equal(extractArticle(text).fields.title, "Après la grêle, les viticulteurs du Val d'Aubance comptent leurs pertes");
});

test("a line equal to the site's name is never the headline, however headline-shaped", () => {
  for (const foot of ['The Harbour Town Evening Gazette', '© The Harbour Town Evening Gazette']) {
    const text = `The Harbour Town Evening Gazette\nFerry fares rise again as fuel costs bite\nThe operator blamed fuel costs for the second rise this year.\nBy Jane Doe\n\n${PROSE}\n\n${PROSE2}\n\n${foot}\n`;
    assert.equal(extractArticle(text).fields.title, 'Ferry fares rise again as fuel costs bite', foot);
  }
});

test('a headline the page lists again among its related stories is still the headline, not the site name (headline-not-site-name)', () => {
  const text = `Why the council in Harbour Town matters for the budget\n\nThe mayor said on Tuesday that talks with the ministry ended without a clear result.\n\nBy Jane Doe and John Roe\nPublished 28 December 2023 at 08:15 BST\n\n${PROSE}\n\n${PROSE2}\n\nRelated stories\n\nWhy the council in Harbour Town matters for the budget\n\nKey company in Nakraiy: what we know so far\n`;
  assert.equal(extractArticle(text).fields.title, 'Why the council in Harbour Town matters for the budget');
});

test("'– 14 skadade' (a number and a lower-case word) finishes the headline; it is no outlet suffix", () => {
  assert.equal(cleanHeadline('Buss körde av vägen i snöovädret – 14 skadade').title, 'Buss körde av vägen i snöovädret – 14 skadade');
  assert.equal(cleanHeadline('Buss körde av vägen i snöovädret – 14 skadade | Aftonkuriren').title, 'Buss körde av vägen i snöovädret – 14 skadade');
  assert.equal(cleanHeadline('Floods hit the north of the country - 20 Minutes').title, 'Floods hit the north of the country');
});

test("a breadcrumb trail ending in the headline ('Home » Government » <title>') gives the headline", () => {
  assert.equal(cleanHeadline('Home » Government » City launches free lead service line replacement program').title,
    'City launches free lead service line replacement program');
  const e = extractArticle(['Home » Government » City launches free lead service line replacement program for older homes', '',
    'City launches free lead service line replacement program for older homes', 'January 8, 2025', '', PROSE, '', PROSE2].join('\n'));
  assert.equal(e.fields.title, 'City launches free lead service line replacement program for older homes');
});

test('a short line deep inside a menu is not the headline; the headline under the date line is', () => {
  const e = extractArticle(['Thời Báo Số', 'Thứ hai, 3/3/2025', 'Mới nhất', 'Tin theo khu vực', 'International', 'Thời sự', 'Góc nhìn', '',
    'Thời sự', 'Giao thông', 'Thứ hai, 3/3/2025, 08:00 (GMT+7)', '',
    'Hà Nội phân luồng giao thông quanh nút Ngã Tư Sở để thi công cầu vượt',
    'Từ ngày 5/3, xe từ đường Trường Chinh đi Nguyễn Trãi phải rẽ phải vào đường Láng, quay đầu tại điểm mở dải phân cách.',
    PROSE, PROSE2].join('\n'));
  assert.equal(e.fields.title, 'Hà Nội phân luồng giao thông quanh nút Ngã Tư Sở để thi công cầu vượt');
  assert.equal(e.fields.date, '2025-03-03');
});

test("the browser's title line at the top and the same title lower, before any paragraph: the lower copy is the headline (with its kicker)", () => {
  const e = extractArticle(['Fostul primar din Bistrița Veche, condamnat definitiv la 4 ani | Actualitatea Zilei', 'Sari la conținut', 'Actualitate', 'Politică',
    'Marți, 21 Ianuarie 2025', 'Acasă » Justiție', '', 'JUSTIȚIE', 'Fostul primar din Bistrița Veche, condamnat definitiv la 4 ani',
    'Publicat: 21 ianuarie 2025, 11:47', 'Autor: Andrei Ionescu', '', PROSE, '', PROSE2].join('\n'));
  assert.equal(e.fields.title, 'Fostul primar din Bistrița Veche, condamnat definitiv la 4 ani');
  assert.equal(e.fields.kicker, 'JUSTIȚIE');
  assert.equal(e.fields.time, '11:47');
});

test('a title line naming the masthead above it, repeated lower, gives the lower copy as the headline', () => {
  const text = ['Skip to main content', 'The Daily Courier', 'Thursday, 13 Mar 2025', 'News', 'Nation', 'Sport',
    'Council approves new bridge over the river after long dispute | The Daily Courier', 'Nation', 'Wednesday, 12 Mar 2025 6:45 PM',
    'By JANE DOE', 'Council approves new bridge over the river after long dispute', PROSE, PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Council approves new bridge over the river after long dispute');
});

test("a Finnish names-and-place line over the date is the byline, not the headline", () => {
  const text = ['Siirry suoraan sisältöön', 'Uutiset', 'Oulu', '', 'Joukkoliikenne', 'Oulun seudun bussilinjat muuttuvat kesäkuussa – neljä linjaa lakkautetaan',
    'Muutokset koskevat erityisesti Kiimingin ja Haukiputaan suuntia.', 'Anna Korhonen, Mikko Laine, Oulu', '5.3.2025 7:00', PROSE, PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Oulun seudun bussilinjat muuttuvat kesäkuussa – neljä linjaa lakkautetaan');
  assert.deepEqual(e.fields.authors, ['Anna Korhonen', 'Mikko Laine']);
});

test("a headline's first sentence printed on its own over the whole headline gives way to the whole line", () => {
  const e = extractArticle(`Wiadomości\n›\nŚwiat\n›\nMasowy grób w Iziumie\nMasowy grób w Iziumie. Ukraińcy odkryli ponad 440 mogił w lesie pod miastem\nOprac. Katarzyna Zielińska\n16.09.2022, 11:42\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Masowy grób w Iziumie. Ukraińcy odkryli ponad 440 mogił w lesie pod miastem');
});

test('a headline over a first paragraph that opens with the same words keeps its place', () => {
  const e = extractArticle(`Floods hit the valley\nBy Jane Smith\n\nFloods hit the valley. Hundreds of homes were flooded on Monday and the river is still rising, officials said.\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Floods hit the valley');
});

test("the picture's description under an 'Image' label is not the headline", () => {
  const e = extractArticle(`harbourlightnews.co.uk\nCentury-old tide gauge shows sea level rise is speeding up\n6–8 minutes\nImage\nA brass tide gauge mounted on a stone harbour wall at low tide, with seaweed on the lower steps\nThe restored gauge on the east pier. Image: Harbourlight News / Rhodri Jenkins\nTuesday 8 October 2024 14:32 BST\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Century-old tide gauge shows sea level rise is speeding up');
});

test("a 'FOTO' kicker in capitals over the headline is not an image label", () => {
  const e = extractArticle(`FOTO\nIncendio in un capannone a Mestre, fumo nero sulla città\nDi Marco Rossi\n12 settembre 2022\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, 'Incendio in un capannone a Mestre, fumo nero sulla città');
});

test("a photo's caption with its credit after a bar or a 'Photographer:' label, right over the byline, is not the headline", () => {
  const bar = extractArticle(`CONGRESS\nHouse leaders pull stopgap vote as holdouts demand rider\n\nThe Speaker speaks to reporters at the Capitol on Sept. 11, 2024. | Francis Chua/The Rotunda\n\nBy Maya Lindqvist\n09/12/2024 05:00 PM EDT\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(bar.fields.title, 'House leaders pull stopgap vote as holdouts demand rider');
  const label = extractArticle(`Technology\nCorvane Weighs Sale of Auto-Chip Unit as Activist Pressure Builds\nTake our Survey\nCorvane's headquarters in San Jose. Photographer: Kiyoshi Brandt/Meridian\nBy Ethan Caldwell\nOctober 21, 2024 at 6:00 AM EDT\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(label.fields.title, 'Corvane Weighs Sale of Auto-Chip Unit as Activist Pressure Builds');
});

test("a photographer's 'Name/Outlet' credit under the caption's sentence is not the headline, and the bare name over the masthead is the byline", () => {
  const e = extractArticle(`The Marlow Ledger\nNews\nSports\nMarlow schools face bus driver shortage as 11 routes go uncovered\nSarah Okafor\nMarlow Ledger\nShow Caption\nA school bus waits outside Eastbrook Middle School on Sept. 12, 2024. The district is short 11 drivers.\nMike Rendell/The Marlow Ledger\nPublished 5:02 a.m. ET Sept. 18, 2024\n${PROSE}\n${PROSE2}`);
  assert.equal(e.fields.title, 'Marlow schools face bus driver shortage as 11 routes go uncovered');
  assert.deepEqual(e.fields.authors, ['Sarah Okafor']);
});

test("a tabloid's thirty-word headline over a block of summary points is the headline, not the first point", () => {
  const head = "'It's like living in a film set nobody uses': Furious locals say holiday lets have turned their Cornish harbour village into a winter 'ghost town' - as primary school is left with just 14 pupils";
  const e = extractArticle(`News\nSport\n\n${head}\n\nResidents of Trevenna Cove say 212 of the village's 347 homes now sit empty\nThe village primary school has just 14 pupils and faces a consultation on closure\n\nBy Harriet Coleman\n\nPublished: 09:41 BST, 12 August 2024\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.title, head);
});

test("who said it after a dash ('– Commissioner', '- police') finishes the headline; an outlet after a dash is peeled", () => {
  assert.equal(cleanHeadline('Cholera: Lagos records 15 deaths, 350 suspected cases – Commissioner').title, 'Cholera: Lagos records 15 deaths, 350 suspected cases – Commissioner');
  assert.equal(cleanHeadline('Two arrested after shop robbery in Ikeja - Police').outlet, null);
  assert.equal(cleanHeadline('Ukraine says troops push deeper - Reuters').outlet, 'Reuters');
  assert.equal(cleanHeadline('Inflation eases again – The Daily Report').outlet, 'The Daily Report');
});

test("an institution's full name after a dash ('– Government of Canada') is the site, not who said it", () => {
  assert.equal(cleanHeadline('Minister announces new funding for rural clinics – Government of Canada').outlet, 'Government of Canada');
});

test("a story under an 'UP NEXT' or 'Related' label between the headline and the byline is a teaser, not the headline", () => {
  for (const label of ['UP NEXT', 'Related']) {
    const e = extractArticle(`News\nWeather\nSports\nCommunity\n\nWind-driven grass fire forces evacuations, destroys 3 homes east of Haysburg\nFire crews from four counties were called in to help as gusts topped 55 mph\n\n${label}\nEvacuees describe racing flames on Cottonwood Road\n\nBy Kelsey Dunmore\nPublished: Apr. 3, 2024 at 4:15 PM CDT\n\n${PROSE}\n\n${PROSE2}`);
    assert.equal(e.fields.title, 'Wind-driven grass fire forces evacuations, destroys 3 homes east of Haysburg', label);
  }
});

test("a masthead's date in a language whose months are not read ('வியாழன், 12 செப்டம்பர் 2024') is not the headline", () => {
  const body = 'சென்னையில் கனமழை காரணமாக பல பகுதிகளில் தண்ணீர் தேங்கியது. போக்குவரத்து பாதிக்கப்பட்டது.\n\nமாநகராட்சி ஊழியர்கள் தண்ணீரை அகற்றும் பணியில் ஈடுபட்டுள்ளனர். மக்கள் வீடுகளில் இருக்குமாறு அறிவுறுத்தப்பட்டுள்ளது.';
  const e = extractArticle(`தினச்செய்தி\nவியாழன், 12 செப்டம்பர் 2024\nமுகப்பு\nதமிழகம்\nஇந்தியா\nஉலகம்\nசென்னையில் கனமழை: பல பகுதிகளில் தண்ணீர் தேக்கம்\nசெய்திப்பிரிவு\n\n${body}`);
  assert.equal(e.fields.title, 'சென்னையில் கனமழை: பல பகுதிகளில் தண்ணீர் தேக்கம்');
  assert.equal(cleanHeadline('Budget 2024-25: 10 key takeaways for taxpayers').title, 'Budget 2024-25: 10 key takeaways for taxpayers');
});

test("a labelled stamp ('Aangepast: vandaag, 08:10') is never the headline, whatever the label's language", () => {
  for (const stamp of ['Aangepast: vandaag, 08:10', 'Stand: gestern, 18:47 Uhr', 'Mis à jour : hier, 18h42']) {
    const page = ['RTV Noord', 'Nieuws', 'Gisteren, 18:42', stamp, '',
      'Ophaalbrug Arkel wekenlang dicht na storing: omleiding van twaalf kilometer', '', PROSE, '', PROSE2].join('\n');
    assert.equal(extractArticle(page).fields.title, 'Ophaalbrug Arkel wekenlang dicht na storing: omleiding van twaalf kilometer', stamp);
  }
});

test('an obituary\'s "Name Obituary" line over the name in full is the headline', () => {
  const text = [
    'Lakeside Gazette', 'Obituaries', '', 'Harold Jensen Obituary', 'Harold Peter Jensen', '1941 – 2025', 'Harold Peter (Moe) Jensen',
    'March 2, 1941 – January 28, 2025', '', PROSE, '', PROSE2,
  ].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Harold Jensen Obituary');
});

test('a headline that merely mentions an obituary further up is not replaced', () => {
  const text = ['Town mourns its longest-serving mayor', 'By Dana Holt', 'June 3, 2024', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Town mourns its longest-serving mayor');
});

test('a kicker of four words in capitals over a two-sentence headline is the kicker, not the headline', () => {
  const text = [
    'Home', 'Cronaca', 'IL VIAGGIO DEI PENDOLARI', 'Treni, ritardi record sulla linea del Brennero. Ma le ferrovie promettono nuovi orari',
    PROSE2, 'di Marta Colombo', 'Pubblicato il 12 settembre 2024 alle 07:30', '', PROSE, '', PROSE2,
  ].join('\n');
  const x = extractArticle(text);
  assert.equal(x.fields.title, 'Treni, ritardi record sulla linea del Brennero. Ma le ferrovie promettono nuovi orari');
  assert.equal(x.fields.kicker, 'IL VIAGGIO DEI PENDOLARI');
});

test('short sentences over a one-line standfirst and the byline beat a section\'s title-case name above them', () => {
  const text = [
    'Opinion', 'Readers Write to Us', 'Share a Story', '',
    'Our parks are the last free playground. Stop treating them like a luxury.',
    'Cutting maintenance to close a budget gap saves little and costs a city its back yard.', '',
    'Marisol Trent. (Photo courtesy of the author)', 'Marisol Trent is a former park ranger and a contributing columnist for the paper, writing about city services and budgets.', '',
    'By Marisol Trent', 'March 14, 2025 at 6:00 a.m. EDT', '', PROSE, '', PROSE2,
  ].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Our parks are the last free playground. Stop treating them like a luxury.');
});

test('an all-caps headline of four words right over a standfirst and the byline stays the headline', () => {
  const text = ['COUNCIL APPROVES NEW BUDGET', 'Mayor says cuts will fall on libraries and parks next year', 'By Dana Holt', 'June 3, 2024', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'COUNCIL APPROVES NEW BUDGET');
});

test("a print view's address line ('https://www.example.com/news/…-slug/article_7c1e.html') is never the headline", () => {
  assert.equal(isHeadlineShaped('https://www.weekly.example/news/local/township-shuts-arena-after-engineers-flag-roof/article_7c1e44a2.html'), false);
  const page = ['The Weekly Examiner', 'Print this page', 'Close window',
    'https://www.weekly.example/news/local/township-shuts-arena-after-engineers-flag-roof/article_7c1e44a2.html',
    'Township shuts arena after engineers flag roof', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(page).fields.title, 'Township shuts arena after engineers flag roof');
});

test("a two-sentence title printed twice over its standfirst and the writer's name counts once as prose above the byline", () => {
  const title = 'The council shelved the ferry audit. Here is what it actually found.';
  const page = ['The Harbour Note', 'Subscribe', 'Sign in', title, 'Copy link', 'Facebook', 'Notes', 'More', title,
    'Three years, two consultants and one very awkward spreadsheet. Plus: a note on where this goes next.',
    'Maeve Donnelly', 'Mar 03, 2025', 'Share', PROSE, PROSE2].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, title);
  assert.deepEqual(e.fields.authors, ['Maeve Donnelly']);
});

test("a short line at the end of a story package's menu, over the headline and its standfirst, is a link, not the headline", () => {
  const page = ['Skip to content', 'World', 'Europe', 'Advertisement', 'Harbour Dispute', 'Live Updates', 'Maps',
    'How the Blockade Unfolded', 'Fishermen Break Harbour Blockade as Talks Collapse in Portvale',
    'The crews sailed out before dawn, a defiant move that left the port authority scrambling to explain its next step.',
    'By Dana Ostrow and Mei Feldt', 'Sept. 11, 2022', PROSE, PROSE2].join('\n');
  assert.equal(extractArticle(page).fields.title, 'Fishermen Break Harbour Blockade as Talks Collapse in Portvale');
});

test("a blog's title written as two short sentences, right over a longer subtitle without a full stop, is the headline", () => {
  const title = 'We timed every bus on six routes for a year. The buses are not the problem.';
  const page = ['Open in app', 'Sign up', 'Sign in', title,
    'What twelve months of stop-by-stop timing tell us about why Lakeford riders give up on the 14 — and the cheap fix at two junctions',
    'Noor Haddad', 'Follow', '8 min read', 'Feb 11, 2025', 'Share', PROSE, PROSE2].join('\n');
  assert.equal(extractArticle(page).fields.title, title);
});

test("a breadcrumb trail ending in the headline cut short ('…') names the line below that goes on from the cut as the headline", () => {
  const page = ['Північний вісник', 'Новини Полтави та області', 'Перейти до основного вмісту', 'Головна', 'Новини', 'Війна',
    'Головна / Війна / «Ми довго чекали на цей день»: як Гадяч зустрічає...', 'Війна', '11 вересня 2022, 14:35',
    '«Ми довго чекали на цей день»: як Гадяч зустрічає українських військових', '',
    'Гадяч — перше місто області, де знову майорить синьо-жовтий прапор над міською радою.', '',
    'Мешканці, які пережили місяці окупації, виходять назустріч військовим і плачуть.'].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, '«Ми довго чекали на цей день»: як Гадяч зустрічає українських військових');
  assert.ok(!e.body.includes('Головна / Війна'));
});

test('a section trail and its last step over the headline are the section, not the headline', () => {
  const text = ['Zprávy', 'Domácí', 'Regiony', 'Plzeň a západní Čechy', 'Zprávy / Plzeň a západní Čechy', 'Plzeň otevře nový most přes Radbuzu. Stavba skončila o rok dříve, než se čekalo',
    'Jana Malá, Petr Novák, ČTK', '4. března 2025 12:40', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Plzeň otevře nový most přes Radbuzu. Stavba skončila o rok dříve, než se čekalo');
});

test('a short section name printed in the menu and again over the headline is not the headline', () => {
  const text = ['Ir para o conteúdo', 'b4', 'Campinas e Região', 'busca', 'ENTRAR', 'Campinas e Região', 'Ventania derruba árvores e deixa bairros sem luz em Campinas; veja imagens',
    'Defesa Civil registrou 20 ocorrências na noite desta terça-feira. Ninguém ficou ferido.', 'Por Helena Castro, Rui Damasceno, b4 Campinas e TV Aurora', '04/03/2025 06h00', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Ventania derruba árvores e deixa bairros sem luz em Campinas; veja imagens');
});

test('a line that reads as a byline by its label or bracketed parts is never the headline', () => {
  const text = ['Zürich', 'Mirjam Keller (Text), Urs Bachmann (Bilder)', '20.03.2025, 05.30 Uhr', '', PROSE, '', PROSE2].join('\n');
  assert.notEqual(extractArticle(text).fields.title, 'Mirjam Keller (Text), Urs Bachmann (Bilder)');
});

test("a trail ending in the whole headline points to its copy below, even under a date line and a menu's alert (headline-repeats-breadcrumb)", () => {
  const text = `Harbour Town Post\nNews\nSport\nFlood warning map\nHome / Local / Ferry fares rise again as fuel costs bite on the island routes\n12.09.2022 16:30\nFerry fares rise again as fuel costs bite on the island routes\nAuthor: Jane Doe\n${PROSE}\n${PROSE2}\n`;
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Ferry fares rise again as fuel costs bite on the island routes');
  assert.equal(e.fieldRules.title, 'headline-repeats-breadcrumb');
});

test("the browser's title, a shorter copy of the headline with the outlet after it, is no headline over a deck (headline-under-page-title)", () => {
  const menu = 'Skip to content\nENG\nFRA\nCity\nRegion\nPolitics\nEconomy\nSociety\nCulture\nSport\nSearch...\nLog in';
  const text = `Harbour Courier — news of the coast and the islands\n${menu}\nStorm warning for the coast — 09:52\nHome / News / Region\nFerry fares rise again on the island routes — Harbour Courier\n\nLife on the islands\nFerry fares rise again on the island routes: operators blame fuel and crew costs on the winter timetable\n14 September 2022, 10:15\nAuthor: Jane Doe\n2 317\nShare\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.equal(extractArticle(text).fields.title, 'Ferry fares rise again on the island routes: operators blame fuel and crew costs on the winter timetable');
  // The outlet glued on in a form not peeled, over a kicker of a few ideographs.
  const jp = `港町新聞デジタル\nメニュー\n検索\nログイン\n会員登録\n政治\n経済\n社会\nトップ\n国際\n離島航路の運賃、燃料高で再び値上げへ　運航会社が発表：港町新聞デジタル\n\n離島の暮らし\n会員記事\n離島航路の運賃、燃料高で再び値上げへ　運航会社が発表\n2022年9月12日 18時30分\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.equal(extractArticle(jp).fields.title, '離島航路の運賃、燃料高で再び値上げへ　運航会社が発表');
});

test("today's date in the masthead, over the menu, anchors no headline: the site's tagline above it is none (masthead-date-no-anchor)", () => {
  const menu = ['EPAPER', "Today's Paper", 'Sign In', 'Subscribe', 'Premium', 'Home', 'India', 'World', 'Cities', 'Opinion'].join('\n');
  const page = `Skip to content\nThe Harbour Ledger\nJournalism of trust since 1951\nTuesday, Mar 21, 2023\n${menu}\nIn the neighbourhood, patience is a policy\nQuiet, long-term commitments would serve the country better than loud announcements.\nWritten by Jane Doe\nUpdated: March 21, 2023 07:30 IST\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.equal(extractArticle(page).fields.title, 'In the neighbourhood, patience is a policy');
});

test("a line ending in a colon leads into what follows and is never the headline (lead-in-not-headline)", () => {
  assert.equal(isHeadlineShaped('Paywalled so pasting the text here for everyone:'), false);
  assert.equal(isHeadlineShaped('Library board votes to close three branches: what it means'), true);
});

test("the line over a 'share this article' row is the headline, not the photo's caption under the row (headline-above-share-row)", () => {
  const menu = ['Skip to content', 'West Coast Broadcasting', 'News', 'Sport', 'Home', 'World', 'Politics', 'Business'].join('\n');
  const page = `${menu}\n\nHome news\nToday, 09:12\nRush to repair the river dike: 'It must be ready by next winter'\nShare this article\nFacebook\nWhatsApp\nCopy link\n\nWorks on the dike near the old town\nBy Jane Doe\n${PROSE}\n\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.equal(e.fields.title, "Rush to repair the river dike: 'It must be ready by next winter'");
  assert.equal(e.fieldRules.title, 'headline-above-share-row');
  // A line with a sentence's full stop under the buttons is not taken for a caption.
  const standfirst = page.replace('Works on the dike near the old town', 'Works on the dike near the old town began on Monday.');
  assert.notEqual(extractArticle(standfirst).fieldRules.title, 'headline-above-share-row');
});

test("who said it after a dash ('– General Staff', '– Kremlin') stays in the headline; an outlet's name goes", () => {
  assert.equal(cleanHeadline('Defenders liberate more than 20 settlements in one day – General Staff').title, 'Defenders liberate more than 20 settlements in one day – General Staff');
  assert.equal(cleanHeadline('Russia pulls back troops from the north – Kremlin').title, 'Russia pulls back troops from the north – Kremlin');
  assert.equal(cleanHeadline('Ukraine retakes the city – Kyiv Post').title, 'Ukraine retakes the city');
});

test("a headline printed three times above the story (bar, heading, share box) is still the headline, and 'By' and a desk is no headline", () => {
  const head = 'Ukraine Says It Has Retaken Two Cities As Russian Forces Retreat';
  const page = `Skip to main content\nBreaking\n${head}\nHome\nWorld\nUkraine\n${head}\nBy Our Ukrainian Service\nSeptember 11, 2022 12:52 GMT\nShare\n${head}\n\n${PROSE}\n\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.equal(e.fields.title, head);
  assert.ok(!e.body.includes(head));
});

test("a page title wrapped before its outlet ('… injury –' / 'The Irish Times') loses the dash and names the source", () => {
  assert.equal(cleanHeadline('Man jailed for Dame Street attack that left taxi driver with brain injury –').title, 'Man jailed for Dame Street attack that left taxi driver with brain injury');
  const text = ['Crime & Law', 'Man jailed for Dame Street attack that left taxi driver with brain injury –', 'The Irish Times', '', 'Aoibheann Dempsey', 'Sat Mar 09 2024 - 06:00', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.title, 'Man jailed for Dame Street attack that left taxi driver with brain injury');
  assert.equal(e.fields.source, 'The Irish Times');
});

test('on a hard-wrapped page, the first line of a standfirst wrapped over two lines is not the headline', () => {
  const text = ['Schools', '', 'Westfield High School Start Time Pushed Back After Board Vote', '', 'The change, which takes effect in September 2025, follows two years of',
    'debate over teen sleep, bus routes and after-school sports.', '', 'Carly Brennan, Patch Staff', '', 'Posted Mon, Mar 4, 2024 at 4:12 pm ET', '', WRAPPED_BODY].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Westfield High School Start Time Pushed Back After Board Vote');
});

test("a masthead printed as its logo's alt text ('Patch Logo') names the site without 'Logo'", () => {
  const text = ['Patch Logo', '', 'Westfield, NJ', '', 'Westfield High School Start Time Pushed Back After Board Vote', 'Carly Brennan', 'Posted Mon, Mar 4, 2024 at 4:12 pm ET', '', PROSE, '', PROSE2, '',
    'Get more local news from Patch'].join('\n');
  assert.equal(extractArticle(text).fields.source, 'Patch');
});

test('a deck of two sentences without its last full stop is the standfirst under the headline, not a second headline', () => {
  const text = ['Esteri', 'Guerra Ucraina - Russia, le news di oggi in diretta',
    'Ucraina, la controffensiva nella regione di Kharkiv: «I russi sono scappati da Izium lasciando i carri armati»',
    'Nella città simbolo dell’avanzata ucraina, i soldati di Kiev raccontano la ritirata delle truppe di Mosca. Il ministero della Difesa russo parla di «riorganizzazione»',
    'di Giulio Ravaglia, inviato a Kharkiv', '11 settembre 2022', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, 'Ucraina, la controffensiva nella regione di Kharkiv: «I russi sono scappati da Izium lasciando i carri armati»');
});

test('a Chinese or Japanese title loses the site name glued on without spaces', () => {
  assert.deepEqual(cleanHeadline('乌军称在哈尔科夫州收复多个居民点 俄方宣布“重新部署”部队-新华网'),
    { title: '乌军称在哈尔科夫州收复多个居民点 俄方宣布“重新部署”部队', outlet: '新华网', gluedDate: null, rules: ['headline-outlet-suffix'] });
  assert.equal(cleanHeadline('ウクライナ軍、東部イジュームを奪還か　ロシア国防省は「部隊の再編」と説明：朝日新聞デジタル').outlet, '朝日新聞デジタル');
});

test("'– Генштаб' after a headline says who said it: it stays in the headline", () => {
  assert.equal(cleanHeadline("ЗСУ звільнили Балаклію та вийшли до околиць Куп'янська – Генштаб").title, "ЗСУ звільнили Балаклію та вийшли до околиць Куп'янська – Генштаб");
});

test('on a hard-wrapped page, a headline cut near the wrap width goes on in the short lower-case line under it', () => {
  const text = ['VIVIENDA', 'El alquiler en Madrid marca un nuevo récord y supera los 20 euros por', 'metro cuadrado', '', 'Lucía Ferrándiz Ortega',
    'Madrid - 12 mar 2024 - 05:30 CET', '', WRAPPED_BODY].join('\n');
  assert.equal(extractArticle(text).fields.title, 'El alquiler en Madrid marca un nuevo récord y supera los 20 euros por metro cuadrado');
});

test('a headline that is one quotation is the headline; the line over it is its kicker, not a second headline', () => {
  const text = ['Krieg in der Ukraine', '', 'Ukrainische Gegenoffensive bei Charkiw', '»Sie sind einfach weggerannt«', '',
    'Von Jonas Brettschneider, Kiew', '11.09.2022, 14.05 Uhr', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.title, '»Sie sind einfach weggerannt«');
});

test("a section's most-read list over the headline ends where the article's header starts: a photographer's credit is no headline", () => {
  const page = ['Bloomberg', 'Most Read from Bloomberg', 'UK Enters Period of Mourning as King Charles III Begins Reign', 'Fed Set for Another Big Hike After Hot Jobs Data, Traders Say', '',
    'Politics', 'Ukraine Pushes Deeper Into Kharkiv as Russia Abandons Izium Stronghold', 'Ukraine says it has retaken more than 3,000 square kilometers',
    'Moscow calls pullback a regrouping to focus on Donetsk area', '', 'Ukrainian servicemen on a road near Balakliia in the Kharkiv region on Sept. 10.',
    'Photographer: Sergey Bobok/AFP/Getty Images', '', 'By Daryna Kovalchuk and Henry Aldous', 'September 11, 2022 at 7:42 AM GMT+3', '', PROSE, PROSE2].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, 'Ukraine Pushes Deeper Into Kharkiv as Russia Abandons Izium Stronghold');
  assert.deepEqual(e.fields.authors, ['Daryna Kovalchuk', 'Henry Aldous']);
  // The credit stays with its caption.
  assert.ok(e.body.includes('*Photographer: Sergey Bobok/AFP/Getty Images*'));
});

test('a name over the date line, four words long and without a By, is the writer, not the headline', () => {
  const page = ['Singapore', 'Tengah residents to get 3 new bus services and shorter waits from April, says LTA',
    'The new services will link the town to Bukit Batok and Jurong East, the Land Transport Authority said.', '',
    'Commuters waiting for a bus in Tengah on Mar 12, 2024. (Photo: CNA/Marcus Lim)', 'Lydia Tan Wei Ling', '14 Mar 2024 06:00AM', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, 'Tengah residents to get 3 new bus services and shorter waits from April, says LTA');
  assert.deepEqual(e.fields.authors, ['Lydia Tan Wei Ling']);
});

test("the browser's title printed again over the byline and date is the headline, not the site's name", () => {
  const title = 'Putin’s Army Just Ran Out of Excuses';
  const page = [title, 'Skip to main content', 'Slate', 'Sign In', 'News & Politics', 'Culture', 'NEWS & POLITICS', title,
    'The rout in Kharkiv isn’t just a battlefield setback. It’s the end of the story the Kremlin has been telling.', 'By Nathan Brodsky', 'Sept 11, 2022 5:45 PM', '',
    'Ukrainian soldiers stand near a destroyed tank in Balakliia on Saturday. Sergey Bobok/AFP via Getty Images', PROSE, PROSE2].join('\n');
  assert.equal(extractArticle(page).fields.title, title);
});

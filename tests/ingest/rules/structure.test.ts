import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2 } from './helpers.ts';

test('a repeated headline with other quotes is dropped', () => {
  const text = `Thousands of Russian soldiers “flee” after Ukraine takes cities\n\nThousands of Russian soldiers "flee" after Ukraine takes cities\n\n${PROSE}`;
  assert.equal(decisionFor(text, '"flee"').rule, 'repeated-headline');
});

test('the summary under the headline followed by a byline is the standfirst', () => {
  const e = extractArticle(`Russia retreats from Izium\nKremlin says troops are regrouping after a lightning advance\nBy Dan Smith\n\n${PROSE}`);
  assert.equal(e.fields.standfirst, 'Kremlin says troops are regrouping after a lightning advance');
});

test('the first paragraph is not a standfirst when no byline or date follows it', () => {
  const e = extractArticle(`Russia retreats from Izium\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.fields.standfirst, null);
  assert.ok(e.body.startsWith(PROSE));
});

test('runs of short title-case lines are link lists', () => {
  const e = extractArticle(`Russia retreats from Izium\n\n${PROSE}\n\nWorld Cup Latest\nPremier League Scores\nTransfer News Live\n\n${PROSE2}`);
  assert.ok(!e.body.includes('Premier League'));
});

test('a one-sentence paragraph of eight words or more is always kept', () => {
  const e = extractArticle(`Russia retreats from Izium\n\n${PROSE}\n\nMost read in News\n\nThe army said that it had recaptured eleven more villages.\n`);
  assert.ok(e.body.includes('eleven more villages'));
});

test('a full-sentence standfirst right under the headline and above the byline is the standfirst', () => {
  const e = extractArticle(['Hosepipe ban lifted for millions as reservoirs recover',
    'Southern Water says recent rain has refilled its reservoirs faster than expected.', 'Tom Acres', 'Technology reporter',
    'Sunday 11 September 2022 19:30, UK', PROSE, PROSE2].join('\n'));
  assert.equal(e.fields.standfirst, 'Southern Water says recent rain has refilled its reservoirs faster than expected.');
  assert.deepEqual(e.fields.authors, ['Tom Acres']);
});

test('two summary lines under the headline are not one standfirst', () => {
  const e = extractArticle(['Pensioner, 84, rescued after three days trapped in flooded cellar',
    'Neighbours heard faint knocking from the basement of the terraced home', 'Firefighters spent two hours pumping water out before reaching her',
    'By HANNAH McDONALD FOR MAILONLINE', '', PROSE, '', PROSE2].join('\n'));
  assert.equal(e.fields.standfirst, null);
  assert.ok(e.body.startsWith('Neighbours heard faint knocking'), e.body);
});

test("a name right under the headline is the byline when the date follows the standfirst", () => {
  const e = extractArticle(['The housing crisis will not be solved by building on the green belt', 'Zoe Williams',
    'Planning rules are not the obstacle. The problem is who the new homes are built for', 'Mon 12 Sep 2022 06.00 BST',
    'Last modified on Mon 12 Sep 2022 10.02 BST', PROSE, PROSE2, 'Zoe Williams is a Guardian columnist'].join('\n'));
  assert.deepEqual(e.fields.authors, ['Zoe Williams']);
  assert.equal(e.fields.standfirst, 'Planning rules are not the obstacle. The problem is who the new homes are built for');
  assert.ok(!e.body.includes('columnist') && !e.body.includes('Last modified'), e.body);
});

test("the writer's tagline between byline and date is neither standfirst nor body", () => {
  const e = extractArticle(['Why power prices keep breaking records', 'Mark Lewis', 'Contributor', 'I write about energy markets and climate policy.',
    'Follow', 'Sep 12, 2022,05:05am EDT', PROSE, PROSE2].join('\n'));
  assert.equal(e.fields.standfirst, null);
  assert.equal(e.lines.find((l) => l.text.startsWith('I write'))?.rule, 'between-byline-and-date');
});

test('a chain of one- and two-word lines above the headline is a menu, not hard-wrapped prose', () => {
  const menu = ['瀬戸内日報デジタル', 'メニュー', '検索', 'ログイン', '会員登録（無料）', '有料会員になる', 'トップ', '速報', '政治', '経済', '国際', '社会', '地域', 'スポーツ', '文化・芸能', '天気', '動画', '地域', '香川'];
  const text = [...menu, '離島航路、9月末で廃止へ 利用者減と燃料高で 住民「通院どうすれば」', '2024年5月3日 16時20分', '',
    '香川県の離島を結ぶ定期航路が、9月末で廃止されることが分かった。運航会社が3日、明らかにした。', '',
    '利用者の減少と燃料価格の高騰で、赤字が続いていたという。島の住民からは通院への不安の声が上がっている。'].join('\n');
  const e = extractArticle(text);
  assert.doesNotMatch(e.body, /メニュー/);
  assert.match(e.body, /運航会社が3日/);
});

test('sub-headlines of a Korean page between headline and date are its deck, the standfirst', () => {
  const text = ['한강 리버버스 정식 운항 또 연기…"선박 안전성 추가 점검"', '서울시, 3월 운항 계획 철회…"상반기 중 재개 목표"', '시민단체 "예산 낭비 우려"…시의회 행정사무조사 검토',
    '입력 2025.03.05 14:32', '김서연 기자', '', '서울시가 이달 말로 예정됐던 한강 리버버스 정식 운항을 또다시 연기했다. 선박 성능과 안전성을 추가로 점검해야 한다는 이유에서다.'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.standfirst, '서울시, 3월 운항 계획 철회…"상반기 중 재개 목표" / 시민단체 "예산 낭비 우려"…시의회 행정사무조사 검토');
  assert.equal(e.fieldRules.standfirst, 'standfirst-deck');
  assert.doesNotMatch(e.body, /예산 낭비/);
});

test('summary bullets of a Latin-script page under the headline stay in the body', () => {
  const text = ['Pensioner, 84, rescued after three days trapped in flooded cellar', 'Neighbours heard faint knocking from the basement of the terraced home',
    'Firefighters spent two hours pumping water out before reaching her', 'By Hannah McDonald', '', PROSE, '', PROSE2].join('\n');
  assert.match(extractArticle(text).body, /Neighbours heard faint knocking/);
});

test('a short summary right above the byline is the standfirst', () => {
  const text = ['Екатеринбург: в центре города закроют трамвайное кольцо на ремонт', 'Работы продлятся до конца августа', 'Текст: Ирина Петрова', '14 марта 2025, 10:20', '',
    'Мэрия Екатеринбурга объявила о закрытии трамвайного кольца в центре города на ремонт с понедельника.'].join('\n');
  assert.equal(extractArticle(text).fields.standfirst, 'Работы продлятся до конца августа');
});

test("an alert bar or the site's tagline at the top of the page, over the menu, is chrome", () => {
  const e = extractArticle(`Skip to content\nWEATHER ALERT: Red Flag Warning in effect for 14 counties until 9 p.m. Wednesday.\nKVRB 12 News\nNews\nWeather\nSports\nCommunity\nContests\n\nWind-driven grass fire forces evacuations east of Haysburg\nBy Kelsey Dunmore\nPublished: Apr. 3, 2024 at 4:15 PM CDT\n\n${PROSE}\n\n${PROSE2}`);
  assert.equal(e.lines.find((l) => l.text.startsWith('WEATHER ALERT'))?.rule, 'banner-over-menu');
});

test("one sentence inside the footer's link list is the footer's", () => {
  const footer = extractArticle(`Council votes to close the pool on Sundays\nBy Jane Smith\n\n${PROSE}\n\n${PROSE2}\n\nAbout Us\nCorporate Info\nOmbudsman\nAccessibility\nIt is a priority for us to create products that are accessible to all, including people with visual and hearing challenges.\nClosed Captioning and Described Video\nAccessibility Feedback\nCareers At The Herald`);
  assert.equal(footer.lines.find((l) => l.text.startsWith('It is a priority'))?.rule, 'footer-link-interlude');
});

test('a hard-wrapped paragraph whose lines run on into each other is no link list', () => {
  const text = [
    'Volunteers say villages need generators before winter', '', PROSE, '', PROSE2, '',
    'Tomas Lind, a researcher at the Riga-based', 'Nordic Security Studies Centre, told Radio North that', 'the offensive showed the army', 'had been stretched too thin.', '', PROSE,
  ].join('\n');
  assert.equal(decisionFor(text, 'Nordic Security').fate, 'kept');
  assert.deepEqual(extractArticle(text).fields.authors, []);
});

test('the article\'s own no-reprint notice closes it: a portal\'s notices and lists below are dropped', () => {
  const text = [
    '부산시, 65세 이상 시내버스 무료', '2024.10.15 09:30', '', PROSE, '', PROSE2, '', PROSE, '',
    'Copyright ⓒ 한빛일보. 무단전재 및 재배포 금지.', '이 기사는 언론사에서 사회 섹션으로 분류했습니다.', '기사 섹션 분류 안내', '좋아요', '부산 북항 재개발 2단계 사업자 공모 또 유찰',
  ].join('\n');
  assert.equal(decisionFor(text, '이 기사는').rule, 'after-reprint-notice');
  assert.equal(decisionFor(text, '북항').fate, 'dropped');
});

test('a notice followed by a long paragraph was a credit inside the story: nothing after it is dropped', () => {
  const long = 'The council said on Monday that the new route would open in spring, with buses every ten minutes at peak times and every twenty minutes in the evening.';
  const text = ['Bus route to open in spring', '', PROSE, '', PROSE2, '', PROSE, '', '© 2024 Photo Agency. All rights reserved.', 'Short line after', long].join('\n');
  assert.equal(decisionFor(text, 'Short line after').fate, 'kept');
});

test('an obituary\'s notice run closes it: the guest book below is dropped', () => {
  const text = [
    'Harold Jensen Obituary', 'March 2, 1941 – January 28, 2025', '', PROSE, '', PROSE2, '', PROSE, '',
    'Published in Lakeside Gazette from Jan. 31 to Feb. 2, 2025.', '', 'To plant trees in memory, please visit the Sympathy Store.', 'Not sure what to say?',
  ].join('\n');
  assert.equal(decisionFor(text, 'Not sure what').rule, 'after-reprint-notice');
  assert.equal(decisionFor(text, 'To plant trees').fate, 'dropped');
});

test("a chain of capitalised headline lines under a label after the article ('Trending Nationally' / 'Stocks slip as …') is a link list, not a wrapped paragraph", () => {
  const page = ['Council approves waterfront towers after six-hour hearing', 'By Dana Whit', 'March 4, 2025', '', PROSE, '', PROSE2, '',
    'Trending Nationally', 'Measles cases rise in three states as health officials urge vaccinations', 'Stocks slip as investors weigh new tariff threats',
    'Recall issued for frozen berries sold at major grocery chains', 'Winter storm to bring heavy snow to the Sierra this weekend', 'Copyright © 2025 The Alder Times'].join('\n');
  const e = extractArticle(page);
  assert.ok(e.body.includes(PROSE2));
  assert.ok(!e.body.includes('Stocks slip') && !e.body.includes('Winter storm'));
  // Hard-wrapped prose still reads as one paragraph.
  const wrapped = ['Council approves waterfront towers after six-hour hearing', 'By Dana Whit', 'March 4, 2025', '',
    'FENWICK — The township closed the community arena on Friday', 'afternoon, halfway through a minor hockey tournament weekend,',
    'after an engineering firm warned that part of the roof was', 'no longer safe under a heavy snow load.', '', PROSE].join('\n');
  assert.ok(extractArticle(wrapped).body.includes('no longer safe under a heavy snow load.'));
});

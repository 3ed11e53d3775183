import { test } from 'node:test';
import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2, WRAPPED_BODY } from './helpers.ts';

test('a bare name under the headline followed by a reading time is the byline', () => {
  const e = extractArticle(['Great white forces closure of two Sydney beaches', 'Kayla Brennan', '2 min read', '2h ago',
    'Beachgoers have been ordered out of the water at two of the city’s most popular beaches on Saturday.', PROSE].join('\n'));
  assert.deepEqual(e.fields.authors, ['Kayla Brennan']);
});

test('a byline under a related-story card after the article is not an author', () => {
  const text = ['Battery makers bet on recycling', 'By Priyanka Desai', 'June 3, 2025', '', PROSE, '', PROSE2, '', PROSE, '', PROSE2, '', 'More from us', 'This startup wants to mine lithium from brine', 'By Marcus Lee'].join('\n');
  const e = extractArticle(text);
  assert.deepEqual(e.fields.authors, ['Priyanka Desai']);
  assert.equal(e.lines.find((l) => l.text === 'By Marcus Lee')?.rule, 'byline-of-other-story');
});

test('the company under "News provided by" is not an author', () => {
  const text = ['Robotics maker opens a plant in Ohio, creating 450 jobs', 'News provided by', 'Halvorsen Robotics AS', 'Jan 14, 2025, 08:00 ET', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, []);
});

test('a live blog stamp between headline and date does not swallow the byline', () => {
  const text = ['Rail strike: commuters face third day of disruption as talks collapse', 'Union leaders say operators walked away from a revised pay offer', 'Updated 46m ago', 'Eleanor Marsh (now) and Femi Adebayo (earlier)', 'Wed 8 Oct 2025 17.46 BST', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Eleanor Marsh', 'Femi Adebayo']);
});

test('"Published in X" names the publication a post appeared in', () => {
  const text = ['Why the new bus network works', 'By Marguerite Okonjo', 'Published in Transit Notebook', 'Mar 3, 2025', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.source, 'Transit Notebook');
  assert.equal(e.lines.find((l) => l.text.startsWith('Published in'))?.rule, 'published-in-line');
});

test('"and last updated" is an update: the posted date stays the article date', () => {
  const text = ['Boil-water advisory lifted for most of east Maplewood', 'By: Dana Kowalczyk', 'Posted 4:17 PM, Jun 18, 2025', 'and last updated 9:02 AM, Jun 19, 2025', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.date, '2025-06-18');
});

test('"Bron: X" names the source, as "Source: X" does', () => {
  const text = ['Waterschap wil dijk eerder versterken', 'Bron: Rivierenland Dagblad', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.source, 'Rivierenland Dagblad');
});

test("the site's own name in the byline is the outlet, not a writer (byline-site-name)", () => {
  const text = 'Pular para o conteúdo\nPortal Gerais\nMinas Gerais\nEconomia\nEsportes\n' +
    'Temporal derruba árvores e deixa 40 mil imóveis sem energia em Belo Horizonte\nPor Portal Gerais — Belo Horizonte\n10/01/2025 07h12\n\n' +
    'Um temporal com ventos fortes e granizo deixou um rastro de estragos em Belo Horizonte no fim da tarde desta quinta-feira.\n\n' +
    'De acordo com a Cemig, cerca de 40 mil imóveis ficaram sem energia elétrica no pico da tempestade.\n\nPortal Gerais\nTermos de uso\n';
  const x = extractArticle(text);
  assert.deepEqual(x.fields.authors, []);
  assert.equal(x.fields.source, 'Portal Gerais');
});

test('a "Medically reviewed by" line is the reviewer\'s credit, neither byline nor standfirst', () => {
  const text = `Walking pneumonia: what it is and who gets it\nWritten by Jenna Hollis, MPH\nMedically reviewed by Dr. Samuel Okafor, MD\nUpdated on February 3, 2025\n\n${PROSE}\n\n${PROSE2}\n`;
  const x = extractArticle(text);
  assert.deepEqual(x.fields.authors, ['Jenna Hollis']);
  assert.equal(x.fields.standfirst, null);
  assert.equal(x.lines.find((l) => l.text.startsWith('Medically'))?.rule, 'reviewer-credit');
});

test("an agency alone as the byline under a site's repeated masthead: the site publishes, the agency syndicates", () => {
  const text = 'Bharat Herald\nNation\nWorld\nSports\n' +
    'SC asks Centre, states to frame safety norms for coaching centres within three months\nPTI\nUpdated: Mar 12, 2025 14:05 IST\n\n' +
    `${PROSE}\n\n${PROSE2}\n\n${PROSE}\n\n${PROSE2}\n\n${PROSE}\n\n${PROSE2}\n\nFollow Bharat Herald on WhatsApp\n`;
  const x = extractArticle(text);
  assert.equal(x.fields.source, 'Bharat Herald');
  assert.equal(x.fields.syndicated_from, 'PTI');
});

test("'Reporter:' alone with the name on the next line is the byline", () => {
  const e = extractArticle(['Greenway extension faces 47 objections as landowners raise access fears', 'Reporter:', 'Ciara Donnellan', '21 Oct 2025 4:15 PM', PROSE, PROSE2].join('\n'));
  assert.deepEqual(e.fields.authors, ['Ciara Donnellan']);
});

test('a name beside a date first met after the body began is a teaser card, not the byline', () => {
  const text = ['Sanierung der Gotthard-Bergstrecke kostet fast doppelt so viel', 'Andrea Fehr, Bern', '12.03.2025, 05.30 Uhr', PROSE, PROSE2, PROSE, 'Mehr zum Thema', 'Der Gotthard-Basistunnel ist wieder voll in Betrieb', 'Christoph Brunner 02.09.2024', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Andrea Fehr']);
});

test('a name printed twice with the role under both is the byline', () => {
  const e = extractArticle(['Le budget de déneigement de Sherbrooke déjà dépassé à la mi-février', 'Geneviève Lapointe', 'Geneviève Lapointe', 'Journaliste',
    'Olivier Fortin', 'Olivier Fortin', 'Réalisateur Web', 'Publié le 14 février 2025 à 4 h 00 HNE', PROSE, PROSE2].join('\n'));
  assert.deepEqual(e.fields.authors, ['Geneviève Lapointe', 'Olivier Fortin']);
});

test('a name between a date line and a reading time over the headline is the byline', () => {
  const e = extractArticle(['Новини', 'Політика', 'Київ', '17 травня 2025, 11:40', 'Олена Коваленко', 'Час читання: 4 хв',
    'У Києві відновили будівництво метро на Виноградар: перші станції обіцяють відкрити у 2027 році', PROSE, PROSE2].join('\n'));
  assert.deepEqual(e.fields.authors, ['Олена Коваленко']);
});

test("names joined by '&' right over the date line are the byline, not the headline", () => {
  const e = extractArticle(['POWER CRISIS', 'Stage 4 load shedding returns as Eskom loses six units overnight',
    'The power utility says the return to higher stages is "unavoidable" after breakdowns at three stations.',
    'Thando Mokoena & Pieter van der Merwe', '10 February 2025 | 16:22', '', PROSE, '', PROSE2].join('\n'));
  assert.deepEqual(e.fields.authors, ['Thando Mokoena', 'Pieter van der Merwe']);
  assert.equal(e.fields.title, 'Stage 4 load shedding returns as Eskom loses six units overnight');
});

test('a single title-case line over a date is not taken as writers', () => {
  const e = extractArticle(['Council Budget Vote', '10 February 2025', '', PROSE, '', PROSE2].join('\n'));
  assert.deepEqual(e.fields.authors, []);
});

test('a name alone after the last paragraph, furniture after it, signs the story when no byline was found', () => {
  const head = ['Hà Nội phân luồng giao thông quanh nút Ngã Tư Sở để thi công cầu vượt', ''];
  const e = extractArticle([...head, PROSE, '', PROSE2, '', PROSE, '', 'Hoàng Nam', '', 'Chia sẻ', 'Copy link thành công'].join('\n'));
  assert.deepEqual(e.fields.authors, ['Hoàng Nam']);
  // A name followed by more prose is a subheading or a bio, not a signature.
  const f = extractArticle([...head, PROSE, '', PROSE2, '', PROSE, '', 'Maria Lopez', '', PROSE2].join('\n'));
  assert.deepEqual(f.fields.authors, []);
});

test("a bare date under a story card after the body does not beat the header's 'Updated …' stamp", () => {
  const text = ['Senate passes stopgap spending bill hours before deadline', 'By Margaret Okafor', 'Updated March 4, 2025, 6:41 p.m. ET', '',
    PROSE, '', PROSE2, '', PROSE, '', PROSE2, '', 'Related Content', 'House narrowly passes spending bill after conservatives relent', 'Feb. 27, 2025'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.date, '2025-03-04');
  // A labelled date after the body keeps its rank: 'Published …' at the foot still beats an update stamp.
  const foot = ['Senate passes stopgap spending bill hours before deadline', 'By Margaret Okafor', 'Updated March 4, 2025, 6:41 p.m. ET', '',
    PROSE, '', PROSE2, '', PROSE, '', PROSE2, '', 'Published March 3, 2025'].join('\n');
  assert.equal(extractArticle(foot).fields.date, '2025-03-03');
});

test("a byline outlet with its state's code ('n1 SP') is the desk of the outlet the page title names ('n1')", () => {
  const text = ['Cesta básica sobe pelo terceiro mês seguido em SP | São Paulo | n1', 'Economia', 'Cesta básica sobe pelo terceiro mês seguido em SP',
    'Por Ana Souza e Rafael Tavares, n1 SP — São Paulo', '05/03/2025 09h12', '',
    'O preço da cesta básica na cidade de São Paulo subiu 3,2% em fevereiro, a terceira alta mensal consecutiva.', '',
    'Com o reajuste, um trabalhador que recebe o salário mínimo precisa comprometer 58,1% da renda líquida.'].join('\n');
  const e = extractArticle(text);
  assert.deepEqual(e.fields.authors, ['Ana Souza', 'Rafael Tavares']);
  assert.equal(e.fields.source, 'n1');
});

test("a press release's 'From:' label with the department under it is a meta pair, not the headline; the date under 'Last updated' is the update's", () => {
  const page = [
    'Home', 'News', 'Department of Transport',
    'New ferry contract secures year-round sailings until 2032',
    'Press release',
    'New ferry contract secures year-round sailings until 2032',
    'A ten-year agreement guarantees a minimum of two return sailings a day and caps fare rises for residents.',
    'From:', 'Department of Transport and Minister for Transport, Hon. Jane Doe',
    'Published', '12 September 2022', 'Last updated', '14 September 2022 — See all updates',
    PROSE, PROSE2,
  ].join('\n');
  const x = extractArticle(page);
  assert.equal(x.fields.title, 'New ferry contract secures year-round sailings until 2032');
  assert.equal(x.fields.date, '2022-09-12');
  assert.ok(!x.body.includes('See all updates'));
  assert.ok(!x.body.includes('Minister for Transport'));
});

test("a bare name over the site's own name (printed again from the masthead) over the date is the byline", () => {
  const page = ['The Valley Herald', 'Home', 'Local', 'EDUCATION', 'School board votes to close two elementary schools',
    'The closures, which take effect next fall, are expected to save the district about $3.1 million a year.',
    'Jane Roe', 'The Valley Herald', 'Published 6:00 a.m. ET Sept. 12, 2022', 'Show Caption', 'Hide Caption', PROSE, PROSE2].join('\n');
  const x = extractArticle(page);
  assert.deepEqual(x.fields.authors, ['Jane Roe']);
});

test("a page's change log at its foot (a date, its note, a date, 'First published.') is dropped", () => {
  const page = ['Ferry contract signed', 'Published 12 September 2022', PROSE, PROSE2, PROSE, PROSE2,
    'Last updated 14 September 2022 + show all updates', '14 September 2022', 'Corrected the date of the meeting in notes to editors.', '12 September 2022', 'First published.'].join('\n');
  const x = extractArticle(page);
  assert.equal(x.fields.date, '2022-09-12');
  assert.ok(!x.body.includes('Corrected the date'));
  assert.ok(!x.body.includes('First published'));
  assert.ok(!x.body.includes('show all updates'));
});

test("'(Carrick) -- European gas prices fell …': a wire's name in brackets opening the first paragraph, without a place, is the story's source", () => {
  const page = ['Yonder Finance', 'Home', 'News', 'European Gas Slumps as Germany Signals Storage Target Will Be Hit Early', 'By Mei Lin Zhao and Gareth Powell',
    'September 12, 2022 at 4:05 AM EDT', '(Carrick) -- European natural gas prices fell for a third day as Germany said it is on course to fill its storage sites.', PROSE, PROSE2].join('\n');
  const x = extractArticle(page);
  assert.equal(x.fields.source, 'Carrick');
  assert.equal(x.fieldRules.source, 'dateline-agency');
});

test("'Source: News agencies' names no publisher: the copyright line's does", () => {
  const x = extractArticle(['Prisoner swap agreed', PROSE, PROSE2, 'Source: News agencies', '© 2022 Meridian Media'].join('\n'));
  assert.equal(x.fields.source, 'Meridian Media');
});

test('a name over an e-mail address spelling the same name is the byline, even under a two-paragraph standfirst', () => {
  const text = [
    'Runaway horse halts trams in the city centre', '', PROSE, PROSE2,
    'Karin Sjöberg', 'karin.sjoberg@kvallsbladet.se', 'Published 14 October 2024 18.42', '', PROSE, '', PROSE2,
  ].join('\n');
  const x = extractArticle(text);
  assert.deepEqual(x.fields.authors, ['Karin Sjöberg']);
  assert.equal(x.lines.find((l) => l.text.includes('@'))?.fate, 'field');
});

test('the site\'s own name under an unsigned editorial is the outlet, not a writer', () => {
  const text = [
    'Westbrook Courier', 'Menu', '', 'Our view:', 'The council owes residents a straight answer on the bridge', 'The Editorial Board', 'Westbrook Courier',
    'Published 5:01 a.m. CT Oct. 2, 2024', '', PROSE, '', PROSE2,
  ].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, []);
});

test('a list of four names with a serial comma over a yearless stamp is the byline; the copyright gives the year', () => {
  const text = [
    'Institute for Strategic Affairs', 'Research', '', 'Northern Front Assessment, March 4',
    'Harriet Voss, Emil Brandt, Noor Qadir, and Paul Erikson', 'March 4, 8:30 pm ET', '', PROSE, '', PROSE2, '', '© 2023 Institute for Strategic Affairs. All rights reserved.',
  ].join('\n');
  const x = extractArticle(text);
  assert.deepEqual(x.fields.authors, ['Harriet Voss', 'Emil Brandt', 'Noor Qadir', 'Paul Erikson']);
  assert.equal(x.fields.date, '2023-03-04');
  assert.equal(x.fields.time, '20:30');
});

test('a yearless stamp takes no year when the page names two copyright years or none', () => {
  const text = ['Northern Front Assessment, March 4', 'Harriet Voss and Emil Brandt', 'March 4, 8:30 pm ET', '', PROSE, '', PROSE2].join('\n');
  assert.equal(extractArticle(text).fields.date, null);
  assert.equal(extractArticle(`${text}\n© 2021 A\n© 2023 B`).fields.date, null);
});

test('a Japanese first paragraph opening with 【place=name】 names the writer; a wire in katakana does not', () => {
  const body = '米国の新車販売台数は前年同月比3.1%減の約132万台だった。金利の高止まりが響いた。';
  const text = ['米新車販売、8月は3%減', '2024年9月4日 10:00', '', `【ニューヨーク=山本浩二】${body}`, '', body].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['山本浩二']);
  const wire = ['米新車販売、8月は3%減', '2024年9月4日 10:00', '', `【ロンドン=ロイター】${body}`, '', body].join('\n');
  assert.deepEqual(extractArticle(wire).fields.authors, []);
});

test('a list of dated story links after the article loses its first title too', () => {
  const text = [
    'Rescuers begin clearing liberated villages', '14 September 2022, 16:20', '', PROSE, '', PROSE2, '', PROSE, '', 'Other stories',
    'Minister meets regional heads on the heating season', '13 September 2022, 18:45',
    'Rescuers put out fires after shelling', '13 September 2022, 11:02',
    'Partners hand over new fire trucks', '12 September 2022, 15:30',
  ].join('\n');
  assert.equal(decisionFor(text, 'Minister meets').fate, 'dropped');
  assert.equal(extractArticle(text).fields.date, '2022-09-14');
});

test('a columnist\'s name printed as a kicker over the headline does not turn the byline into the outlet', () => {
  const text = ['The Daily Planet', 'News', 'Opinion', 'Sport', 'Culture', 'Life', 'Zoe Whitmore', 'Our parks are being sold off one lease at a time', 'Zoe Whitmore', 'Tue 3 Jun 2024 06.00 BST', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Zoe Whitmore']);
});

test('a "With files from …" note under the article credits helpers: no paragraph, no writer', () => {
  const text = ['Bus strike enters second week', 'By Jane Roberts', '', PROSE, '', PROSE2, '', 'With files from The Canadian Press'].join('\n');
  assert.equal(decisionFor(text, 'With files from').rule, 'files-from-credit');
  assert.deepEqual(extractArticle(text).fields.authors, ['Jane Roberts']);
});

test('on a hard-wrapped page, a place and a date that finish a wrapped sentence are no byline; the name over the date line is', () => {
  const text = ['Man jailed for city centre attack on taxi driver', '', 'Aoibheann Dempsey', 'Sat Mar 09 2024 - 06:00', '', WRAPPED_BODY, '',
    'The man had pleaded guilty at the Circuit Criminal Court to assault causing serious harm to the driver on',
    'Dame Street on June 18th, 2023.', '', WRAPPED_BODY].join('\n');
  const e = extractArticle(text);
  assert.deepEqual(e.fields.authors, ['Aoibheann Dempsey']);
  assert.equal(e.fields.date, '2024-03-09');
  assert.equal(decisionFor(text, 'Dame Street on').fate, 'kept');
});

test("a day and month without the year ('11.9. 14:05') take the year every full date on the page shares", () => {
  const text = ['Yle News', '', 'Finnish analysts: Russian front in Kharkiv region collapsed within days', 'Aino Lehtola', 'Yle News', '11.9. 14:05', '', PROSE, '', PROSE2, '',
    'Read more:', 'Finland to tighten entry for Russian tourists', '10.9.2022', 'Finnish Ukrainians gather to follow the news', '11.9.2022'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.date, '2022-09-11');
  assert.equal(e.fields.time, '14:05');
  assert.equal(e.fieldRules.date, 'date-yearless-with-page-year');
  assert.equal(e.fields.title, 'Finnish analysts: Russian front in Kharkiv region collapsed within days');
  // Full dates in two years leave the stamp without one.
  assert.equal(extractArticle(text.replace('10.9.2022', '10.9.2021')).fieldRules.date === 'date-yearless-with-page-year', false);
});

test("'and Name' under a bare name is the next writer", () => {
  const text = ['Ukrainian flag raised over Kupiansk as Russian lines collapse', 'Kyiv says troops have entered dozens of settlements in the north-east as Moscow confirms withdrawal',
    'Laila Haddad', 'and Peter Kovalenko', 'Sep 11, 2022', 'Listen In English', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Laila Haddad', 'Peter Kovalenko']);
});

test('writers one a line right over the date line are the byline, below a standfirst and its quote', () => {
  const text = ['24-åring döms för bedrägerier mot 40 pensionärer', 'En 24-årig man från Göteborg döms till fängelse i fem år för att ha lurat äldre personer.',
    '– De var livrädda för att förlora sina pengar, säger åklagaren.', 'Åklagare Maria Ekwall.', 'Foto: Jonas Nordin', 'Johanna Berglöf', 'Erik Sandahl',
    'Publicerad 2024-03-12 06.00', '', PROSE, '', PROSE2].join('\n');
  const e = extractArticle(text);
  assert.deepEqual(e.fields.authors, ['Johanna Berglöf', 'Erik Sandahl']);
  assert.equal(e.fieldRules.authors, 'byline-names-stacked-over-date');
  // The company under 'News provided by' is not a writer, however close to the date.
  const release = ['Robotics maker opens a plant in Ohio, creating 450 jobs', 'The plant will build autonomous forklifts for warehouses across North America.',
    'A second sentence of the summary says more about the plant.', 'News provided by', 'Halvorsen Robotics AS', 'Jan 14, 2025, 08:00 ET', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(release).fields.authors, []);
});

test("a Chinese wire story's reporters in its dateline's brackets are the writers; the paragraph stays", () => {
  const text = ['乌军称在哈尔科夫州收复多个居民点', '2022-09-11 14:05:12 来源：新华网', '',
    '　　新华社基辅9月11日电（记者李明 赵磊）乌克兰武装部队总参谋部11日发布消息说，乌军在哈尔科夫州收复多个居民点。', '', '俄罗斯国防部10日表示，俄军将在该地区重新部署部队。'].join('\n');
  const e = extractArticle(text);
  assert.deepEqual(e.fields.authors, ['李明', '赵磊']);
  assert.match(e.body, /新华社基辅9月11日电/u);
});

test("a chart's data source between the story's paragraphs names no publisher", () => {
  const page = ['Ukraine Pushes Deeper Into Kharkiv', 'By Daryna Kovalchuk', 'September 11, 2022', '', PROSE, PROSE2, 'Ukraine’s Counteroffensive',
    'Areas recaptured by Ukrainian forces in Kharkiv region, Sept. 6-11', 'Source: Institute for the Study of War', '', PROSE, '', '© 2022 The Harbour Post'].join('\n');
  assert.equal(decisionFor(page, 'Source: Institute').rule, 'chart-data-source');
  assert.notEqual(extractArticle(page).fields.source, 'Institute for the Study of War');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseBareName, parseByline, parseBylineContinuation, parseWireCredits } from '../../../src/ingest/rules/byline.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const CASES: [string, string[], string | null][] = [
  ['By Tariq Tahir, Isaac Crowson, Katie Davis', ['Tariq Tahir', 'Isaac Crowson', 'Katie Davis'], null],
  ['By Maria Lopez | 3 min read', ['Maria Lopez'], null],
  ['Written by Maria Lopez, Senior Reporter', ['Maria Lopez'], null],
  ['By Pavel Polityuk and Tom Balmforth', ['Pavel Polityuk', 'Tom Balmforth'], null],
  ['By JOHN LEICESTER and HANNA ARHIROVA Associated Press', ['John Leicester', 'Hanna Arhirova'], 'Associated Press'],
  ['Jane Smith, Reuters', ['Jane Smith'], 'Reuters'],
  ['Von Max Mustermann', ['Max Mustermann'], null],
  ['Par Jean Dupont', ['Jean Dupont'], null],
  ['Por Juan Pérez', ['Juan Pérez'], null],
  ['By Laura Mills and Ben Hall12 September 2022 • 4:30pm', ['Laura Mills', 'Ben Hall'], null],
  ['Posted on September 13, 2022 by Olena Kovalenko', ['Olena Kovalenko'], null],
  ['By Jane Smith in Kyiv', ['Jane Smith'], null],
  ['By Renée Dupont & Ana de la Cruz', ['Renée Dupont', 'Ana de la Cruz'], null],
  ['BY ROSALIND KEANE AND TOBIAS WENDT - 03/14/24 6:00 AM ET', ['Rosalind Keane', 'Tobias Wendt'], null],
  ['By Jane Doe — March 14, 2024', ['Jane Doe'], null],
  ['Texte par : Clémence Moreau Suivre', ['Clémence Moreau'], null],
  ['WRITER: Panida Wongchai and Thanakorn Sukprasert', ['Panida Wongchai', 'Thanakorn Sukprasert'], null],
];

for (const [line, authors, outlet] of CASES) {
  test(`reads the byline ${JSON.stringify(line)}`, () => {
    const b = parseByline(line);
    assert.ok(b, 'is a byline');
    assert.deepEqual(b.authors, authors);
    assert.equal(b.outlet, outlet);
  });
}

test('sentences that start with "By" are not bylines', () => {
  assert.equal(parseByline('By the time Konashenkov spoke, Russians had already been routed by the Ukrainians.'), null);
  assert.equal(parseByline('By Saturday night the town was free.'), null);
  assert.equal(parseByline('Von der Leyen said the EU would help.'), null);
});

test('people quoted in the story are never read as bylines', () => {
  assert.equal(parseByline('“But the Russians are helping them,” said Rob Lee, a military analyst.'), null);
});

test('the line under a byline may name a role or an outlet', () => {
  assert.deepEqual(parseBylineContinuation('BBC News, Kyiv'), { outlet: 'BBC News' });
  assert.deepEqual(parseBylineContinuation('Local Democracy Reporter'), { outlet: null });
  assert.equal(parseBylineContinuation('Ukraine says it has won.'), null);
});

test('a bare name with a place is a byline; a section name is not', () => {
  assert.deepEqual(parseBareName('Dan Sabbagh in Kyiv'), { authors: ['Dan Sabbagh'], withPlace: true });
  assert.equal(parseBareName('BBC News'), null);
  assert.equal(parseBareName('Ukraine'), null);
  // A page's labels are no names: 'Short Url' over an outlet's short link.
  assert.equal(parseBareName('Short Url'), null);
  // The Dutch article before a title is no Romanian 'de' (by): 'de Volkskrant' is the masthead.
  assert.equal(parseByline('de Volkskrant'), null);
  assert.deepEqual(parseByline('de Maria Popescu')?.authors, ['Maria Popescu']);
});

test("two writers stacked over the date, each with a role line in the page's language, are both the byline", () => {
  const page = ['Russen trekken zich overhaast terug uit Izjoem', 'Het Oekraïense leger boekt de grootste terreinwinst sinds het begin van de oorlog, en Moskou spreekt van een hergroepering.',
    'Sanne de Ridder', 'Redacteur buitenland', 'Joost van Haeften', 'Correspondent Oekraïne', '11 september 2022, 14:03', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(page).fields.authors, ['Sanne de Ridder', 'Joost van Haeften']);
});

test('writers printed on both sides of the date, under summary points, are both the byline', () => {
  const page = ['Russian troops abandoned tanks as they fled the counteroffensive', 'Ukraine has recaptured large parts of the Kharkiv region.',
    'Photos show Russian troops left behind tanks and ammunition.', "Russia's defense ministry said it was regrouping.", 'Lena Hartwig', 'Sep 11, 2022, 10:12 AM', 'Tobias Marsh', 'Share', PROSE, PROSE2].join('\n');
  assert.deepEqual(extractArticle(page).fields.authors, ['Lena Hartwig', 'Tobias Marsh']);
});

test('wire footers give the reporters and writers, not the editors', () => {
  assert.deepEqual(parseWireCredits('Reporting by Pavel Polityuk and Tom Balmforth; Writing by Matthias Williams; Editing by Mark Heinrich'), [
    'Pavel Polityuk', 'Tom Balmforth', 'Matthias Williams',
  ]);
});

test('a bare name sharing its line with the date is a byline', () => {
  assert.deepEqual(parseByline('Jane Doe | Sep 12, 2022')?.authors, ['Jane Doe']);
  assert.equal(parseByline('Kyiv | Sep 12, 2022'), null);
});

test('a name before a bar and an outlet is a byline', () => {
  assert.deepEqual(parseByline('Kantaro Komiya | Reuters'), { authors: ['Kantaro Komiya'], outlet: 'Reuters', rule: 'byline-name-bar-outlet' });
  assert.equal(parseByline('New rules for landlords | Housing'), null);
});

test('a name and a role on one line is a byline', () => {
  assert.deepEqual(parseByline('Fiona Harvey Environment correspondent')?.authors, ['Fiona Harvey']);
  assert.equal(parseByline('Most Read Sports'), null);
  assert.equal(parseByline('In Other News'), null);
});

test('the place after a single writer is not a second writer', () => {
  assert.deepEqual(parseByline('Von Anna Schmidt, Berlin')?.authors, ['Anna Schmidt']);
  assert.deepEqual(parseByline('Por Ana Souza, São Paulo')?.authors, ['Ana Souza']);
  assert.deepEqual(parseByline('By Tariq Tahir, Isaac Crowson')?.authors, ['Tariq Tahir', 'Isaac Crowson']);
});

test('the description after a byline name is not part of the name', () => {
  assert.deepEqual(parseByline('By Sean Hollister, a senior editor and founding member of The Verge who covers gadgets.')?.authors, ['Sean Hollister']);
});

test('"for OUTLET" names the outlet, and shouted names are title-cased with their Mc', () => {
  const b = parseByline('By HANNAH McDONALD FOR MAILONLINE');
  assert.deepEqual(b?.authors, ['Hannah McDonald']);
  assert.equal(b?.outlet, 'MAILONLINE');
});

test('Cyrillic and Polish author labels introduce a byline', () => {
  assert.deepEqual(parseByline('Текст: Иван Петров')?.authors, ['Иван Петров']);
  assert.deepEqual(parseByline('Autor: Piotr Nowak')?.authors, ['Piotr Nowak']);
});

test('several bare names joined by "and" are read as one byline', () => {
  assert.deepEqual(parseBareName('Helen Pidd and Jamie Grierson'), { authors: ['Helen Pidd', 'Jamie Grierson'], withPlace: false });
});

test('"Posted" and a weekday before a date are not a name', () => {
  assert.equal(parseByline('Posted Mon, Sep 12, 2022 at 3:05 pm CT'), null);
});

test('"Texto de" introduces a byline and "Reporting from …" continues one', () => {
  assert.deepEqual(parseByline('Texto de Ana Silva')?.authors, ['Ana Silva']);
  assert.deepEqual(parseBylineContinuation('Reporting from Kyiv and Kharkiv, Ukraine'), { outlet: null });
});

test('"Av" and role labels with a colon introduce a byline', () => {
  assert.deepEqual(parseByline('Av Anna Svensson')?.authors, ['Anna Svensson']);
  assert.deepEqual(parseByline('Muhabir: Ahmet Yılmaz')?.authors, ['Ahmet Yılmaz']);
  assert.deepEqual(parseByline('Reporter: Jane Doe')?.authors, ['Jane Doe']);
});

test('Chinese and Korean bylines are read; a Korean date label is not a name', () => {
  assert.deepEqual(parseByline('记者：王小明')?.authors, ['王小明']);
  assert.deepEqual(parseByline('김민수 기자')?.authors, ['김민수']);
  assert.equal(parseByline('입력 2022.10.12 14:05'), null);
});

test('names in scripts without capitals, after a place and a dash, are bylines next to a date', () => {
  assert.deepEqual(parseBareName('القاهرة - أحمد حسن'), { authors: ['أحمد حسن'], withPlace: true });
});

test('a wire footer in brackets gives its reporters', () => {
  assert.deepEqual(parseWireCredits('(Reporting by Duncan Miriri and George Obulutsa; Editing by Alison Williams)'), ['Duncan Miriri', 'George Obulutsa']);
});

test('a newsroom byline names no writer', () => {
  assert.deepEqual(parseByline('Redacción'), { authors: [], outlet: null, rule: 'byline-newsroom' });
});

test('a role after the comma is no second writer, a meteorologist included', () => {
  assert.deepEqual(parseByline('Author: Marisa Delgado, KHCT First Alert Meteorologist')?.authors, ['Marisa Delgado']);
});

test('a town and a two-letter state code are no name and outlet', () => {
  assert.equal(parseByline('San Marcos, TX'), null);
  assert.deepEqual(parseByline('Jane Smith, AP')?.authors, ['Jane Smith']);
});

test('the outlet between the comma and the dash before the place is the outlet, not a writer', () => {
  const b = parseByline('Por Rafael Andrade, Portal Vértice — Brasília');
  assert.deepEqual(b?.authors, ['Rafael Andrade']);
  assert.equal(b?.outlet, 'Portal Vértice');
  // Writers joined by 'e', and an outlet written in lower case with a digit and its state's code.
  const low = parseByline('Por Ana Souza e Rafael Tavares, n1 SP — São Paulo');
  assert.deepEqual(low?.authors, ['Ana Souza', 'Rafael Tavares']);
  assert.equal(low?.outlet, 'n1 SP');
});

test("'Jane Smith, PA' still names the agency", () => {
  assert.equal(parseByline('Jane Smith, PA')?.outlet, 'PA');
});

test('writers listed before a dash and a place are all writers', () => {
  assert.deepEqual(parseByline('By Ana Souza, Rui Lima and Eva Reis — Lisboa')?.authors, ['Ana Souza', 'Rui Lima', 'Eva Reis']);
});

test('a place in brackets after the writers is not part of a name: Par A et B (à Beaune)', () => {
  assert.deepEqual(parseByline('Par Camille Durand et Julien Morel (à Beaune)')?.authors, ['Camille Durand', 'Julien Morel']);
});

test('a part after the closing "and" of a list of writers is the outlet: Por A e B, Outlet', () => {
  const b = parseByline('Por Fernanda Lima e Caio Barreto, Portal Nordeste PE');
  assert.deepEqual(b?.authors, ['Fernanda Lima', 'Caio Barreto']);
  assert.equal(b?.outlet, 'Portal Nordeste PE');
});

test('writers joined by "and" then a wire outlet need no "By"', () => {
  const b = parseByline('Ines Valdivia and Thomas Berghoff, Global Wire Service');
  assert.deepEqual(b?.authors, ['Ines Valdivia', 'Thomas Berghoff']);
  assert.equal(b?.outlet, 'Global Wire Service');
});

test('a Japanese bureau before the reporter is not part of the name', () => {
  assert.deepEqual(parseByline('高松総局　中村彩花記者')?.authors, ['中村彩花']);
});

test('a live blog names its writers with their shifts in brackets', () => {
  assert.deepEqual(parseBareName('Eleanor Marsh (now) and Femi Adebayo (earlier)')?.authors, ['Eleanor Marsh', 'Femi Adebayo']);
});

test('a place after the closing "and" of the writers is not an outlet: Von A und B, Berlin', () => {
  const b = parseByline('Von Anna Bergmann und Jonas Kühn, Berlin');
  assert.deepEqual(b?.authors, ['Anna Bergmann', 'Jonas Kühn']);
  assert.equal(b?.outlet, null);
  assert.equal(parseByline('Por Ana Souza e Caio Lima, São Paulo')?.outlet, null);
  assert.equal(parseByline('Por Ana Souza y Juan Pérez, EFE')?.outlet, 'EFE');
});

test('French roles in the plural are roles: envoyés spéciaux à Kiev', () => {
  assert.deepEqual(parseByline('Par Camille Durand et Julien Morel, envoyés spéciaux à Kiev')?.authors, ['Camille Durand', 'Julien Morel']);
});

test('an agency name alone is a byline without writers, naming the outlet', () => {
  assert.deepEqual(parseByline('EFE'), { authors: [], outlet: 'EFE', rule: 'byline-agency' });
  assert.equal(parseByline('Efecto'), null);
});

test('"Posted by X on <date>": the "on" belongs to the date, not the name', () => {
  assert.deepEqual(parseByline('Posted by Carol Jenkins on September 9, 2024')?.authors, ['Carol Jenkins']);
  assert.deepEqual(parseByline('By Carol Jenkins on September 9, 2024')?.authors, ['Carol Jenkins']);
});

test('a relative day and time after the names is a stamp: Par X - Aujourd\'hui à 06h00', () => {
  assert.deepEqual(parseByline("Par Sandrine Collet - Aujourd'hui à 06h00")?.authors, ['Sandrine Collet']);
  assert.deepEqual(parseByline('By Jane Doe | Today at 9:15')?.authors, ['Jane Doe']);
});

test('a Chinese reporter label without a colon, then names: 记者 陈晓雯 刘洋', () => {
  const b = parseByline('记者 陈晓雯 刘洋');
  assert.deepEqual(b?.authors, ['陈晓雯', '刘洋']);
  assert.equal(b?.rule, 'byline-cjk-role-names');
  assert.equal(parseByline('记者昨日从市住房和城乡建设局获悉'), null);
});

test('a Japanese closing credit in full-width brackets names the writers; a place in brackets does not', () => {
  const b = parseByline('（佐藤健一、田中美穂）');
  assert.deepEqual(b?.authors, ['佐藤健一', '田中美穂']);
  assert.equal(b?.rule, 'byline-cjk-closing-credit');
  assert.equal(parseByline('（新潟市）'), null);
});

test("a broadcaster's desk before a role is not a writer: NBS Scotland Highlands and Islands correspondent", () => {
  assert.equal(parseByline('NBS Scotland Highlands and Islands correspondent'), null);
  assert.deepEqual(parseByline('Fiona Harvey Environment correspondent')?.authors, ['Fiona Harvey']);
});

test("'Penulis: X | Editor: Y' names the writer, not the editor", () => {
  assert.deepEqual(parseByline('Penulis: Rina Anggraini | Editor: Bambang Setiawan')?.authors, ['Rina Anggraini']);
});

test("'Actualizado al <date>' is an update label, not a name", () => {
  assert.equal(parseByline('Actualizado al 15 de abril de 2025 · 18:02'), null);
});

test("a news desk ('Haber Merkezi') is the byline without a writer", () => {
  assert.deepEqual(parseByline('Haber Merkezi')?.authors, []);
});

test("a follow prompt naming an outlet with a case ending ('Google News\\'te Abone Ol') is not a name", () => {
  assert.equal(parseBareName("Google News'te Abone Ol"), null);
});

test("'Andrea Fehr, Bern': a name and a one-word place is a bare name", () => {
  assert.deepEqual(parseBareName('Andrea Fehr, Bern')?.authors, ['Andrea Fehr']);
});

test('Spanish and French roles continue a byline', () => {
  assert.ok(parseBylineContinuation('Redactora de Sociedad'));
  assert.ok(parseBylineContinuation('Réalisateur Web'));
});

test("byline labels in more languages: 'Af', 'Συντάκτης:', 'लेखक:' (with the date glued after a bar)", () => {
  assert.deepEqual(parseByline('Af Mette Hansen')?.authors, ['Mette Hansen']);
  assert.deepEqual(parseByline('Συντάκτης: Μαρία Παπαδοπούλου')?.authors, ['Μαρία Παπαδοπούλου']);
  assert.deepEqual(parseByline('लेखक: राहुल शर्मा | अपडेटेड 12 मार्च 2025, 10:15 AM IST')?.authors, ['राहुल शर्मा']);
  assert.equal(parseByline('Af de 300 elever er 20 syge.'), null);
});

test("'FOR IMMEDIATE RELEASE' is a press-release label, not a name", () => {
  assert.equal(parseBareName('FOR IMMEDIATE RELEASE'), null);
  assert.equal(parseBareName('About The Author'), null);
  assert.deepEqual(parseBareName('Thando Mokoena & Pieter van der Merwe')?.authors, ['Thando Mokoena', 'Pieter van der Merwe']);
});

test("'Posted on <date> by admin' names no writer, and 'Today, 9:41 am' under a byline is no outlet", () => {
  assert.deepEqual(parseByline('Posted on January 8, 2025 by admin')?.authors, []);
  assert.equal(parseBylineContinuation('Today, 9:41 am'), null);
});

test("a Romanian byline's lower-case 'de' ('de Maria Popescu'); a capitalised 'De …' is no byline", () => {
  assert.deepEqual(parseByline('de Maria Popescu')?.authors, ['Maria Popescu']);
  assert.equal(parseByline('De Gaulle a spus că Franța nu va ceda.'), null);
  assert.equal(parseByline('de la Primăria Capitalei'), null);
});

test("byline labels in Croatian, Arabic, Hebrew, Finnish and Hungarian", () => {
  assert.deepEqual(parseByline('Piše: Ivana Horvat')?.authors, ['Ivana Horvat']);
  assert.deepEqual(parseByline('بقلم أحمد حسن')?.authors, ['أحمد حسن']);
  assert.deepEqual(parseByline('מאת דנה כהן')?.authors, ['דנה כהן']);
  assert.deepEqual(parseByline('Kirjoittaja: Matti Virtanen')?.authors, ['Matti Virtanen']);
  assert.equal(parseByline('Piše se o tome već dugo.'), null);
});

test("a Taiwanese '記者王小明／台北報導' names the reporter and the place the report was filed from", () => {
  assert.deepEqual(parseByline('記者王小明／台北報導')?.authors, ['王小明']);
  assert.deepEqual(parseByline('記者王小明、陳美玲／高雄報導')?.authors, ['王小明', '陳美玲']);
  assert.equal(parseByline('台北市政府下午召開防颱整備會議'), null);
});

test("'Na Mwandishi Wetu' and 'Redacció' are the desk, not a writer", () => {
  assert.deepEqual(parseByline('Na Mwandishi Wetu')?.authors, []);
  assert.deepEqual(parseByline('Redacció')?.authors, []);
});

test("'Anna Korhonen, Mikko Laine, Oulu': several full names and a one-word place is a bare-name byline", () => {
  assert.deepEqual(parseBareName('Anna Korhonen, Mikko Laine, Oulu')?.authors, ['Anna Korhonen', 'Mikko Laine']);
  assert.equal(parseBareName('Oulu, Kiiminki, Haukipudas'), null);
});

test('a sentence that goes on after a date is not a byline (an obituary\'s "Born … on April 11, 1937, in Duluth, she moved …")', () => {
  assert.equal(parseByline('Born Dorothy Mae Lindqvist on April 11, 1937, in Duluth, Minn., she moved to Millbrook after marrying'), null);
  assert.deepEqual(parseByline('By Jane Smith, 12 September 2022, 3 min read')?.authors ?? ['Jane Smith'], ['Jane Smith']);
});

test("an outlet whose name has a digit after the writers ('Por Ana Souza, g1 SP', '…, do n1, em São Paulo') and a place after ', à'", () => {
  assert.deepEqual(parseByline('Por Ana Souza, g1 SP')?.authors, ['Ana Souza']);
  assert.equal(parseByline('Por Ana Souza, g1 SP')?.outlet, 'g1 SP');
  const two = parseByline('Por Ana Souza e Rafael Tavares, do n1, em São Paulo');
  assert.deepEqual(two?.authors, ['Ana Souza', 'Rafael Tavares']);
  assert.equal(two?.outlet, 'n1');
  assert.deepEqual(parseByline('Par Claire Dubois et Hugo Martin, à Paris')?.authors, ['Claire Dubois', 'Hugo Martin']);
  assert.equal(parseByline('By Jane Doe, 2025')?.outlet ?? null, null);
});

test('"Posted by X on <weekday>, <date> · 5 min read": the weekday belongs to the date too', () => {
  assert.deepEqual(parseByline('Posted by Dana Whitfield on Monday, Sep 12, 2022 · 5 min read')?.authors, ['Dana Whitfield']);
  assert.deepEqual(parseByline('By Carol Jenkins on Fri, September 9, 2024')?.authors, ['Carol Jenkins']);
});

test("'Author Lena Hartmann (with Reuters, AP)': a label without a colon, the agencies in brackets are not writers", () => {
  assert.deepEqual(parseByline('Author Lena Hartmann (with Reuters, AP)')?.authors, ['Lena Hartmann']);
  assert.deepEqual(parseByline('Autor Lena Hartmann (mit dpa, AFP)')?.authors, ['Lena Hartmann']);
});

test('"Words:", "Interview by" and the Polish "Oprac." open a byline', () => {
  assert.deepEqual(parseByline('Words: Ffion Pritchard')?.authors, ['Ffion Pritchard']);
  assert.deepEqual(parseByline('Interview by Daniel Ferreira')?.authors, ['Daniel Ferreira']);
  assert.deepEqual(parseByline('Oprac. Katarzyna Zielińska')?.authors, ['Katarzyna Zielińska']);
  assert.equal(parseByline('Words matter more than ever.'), null);
});

test('the agencies that helped are not writers, in brackets or after "with"', () => {
  assert.deepEqual(parseByline('By Camille Deschamps with AP, AFP')?.authors, ['Camille Deschamps']);
  assert.deepEqual(parseByline('Claire Ménard (avec AFP)'), { authors: ['Claire Ménard'], outlet: null, rule: 'byline-name-with-agencies' });
  assert.equal(parseByline('Talks collapse (with Reuters)'), null);
});

test('of a photo-and-words credit only the words are by the writer', () => {
  assert.deepEqual(parseByline('Photographs by Ines Carvalho. Words by Mark Dunleavy')?.authors, ['Mark Dunleavy']);
  assert.deepEqual(parseByline('Words by Mark Dunleavy. Photography by Ines Carvalho')?.authors, ['Mark Dunleavy']);
});

test('a date label glued to the name is not part of it', () => {
  assert.deepEqual(parseByline('Hannah GoreckiUpdated March 18 2025 - 5:12pm, first published 4:30pm')?.authors, ['Hannah Gorecki']);
});

test("a broadcaster's desk after the writer is not a second writer", () => {
  assert.deepEqual(parseByline('Von Katrin Albers, WNF-Studio Kiew')?.authors, ['Katrin Albers']);
});

test('a name before a bar and a role is a byline; a "By" line keeps its own rule', () => {
  assert.deepEqual(parseByline('Rebecca Thornquist | Business Editor'), { authors: ['Rebecca Thornquist'], outlet: null, rule: 'byline-name-bar-role' });
  assert.equal(parseByline('By Mark Ellison | Staff Writer')?.rule, 'byline-by-prefix');
  assert.equal(parseByline('Council budget | Business'), null);
});

test('a hard-wrapped line that goes on after "in" is not a name and a place', () => {
  assert.equal(parseBareName('Bankhead Highway in Villa Rica and in the Westgate Plaza shopping'), null);
  assert.deepEqual(parseBareName('Ana Souza in Rio de Janeiro'), { authors: ['Ana Souza'], withPlace: true });
  assert.deepEqual(parseBareName('Tom Ball reporting from Kyiv and Kharkiv'), { authors: ['Tom Ball'], withPlace: true });
});

test("'For The Daily Lantern' after the names is the outlet written for, whatever its words", () => {
  const b = parseByline('By Harriet Coleman and Tom Rudd For The Daily Lantern');
  assert.deepEqual(b?.authors, ['Harriet Coleman', 'Tom Rudd']);
  assert.equal(b?.outlet, 'The Daily Lantern');
});

test("'New Delhi, PTI' is a place and an agency, not a writer and an outlet", () => {
  assert.equal(parseByline('New Delhi, PTI')?.authors.length ?? 0, 0);
  assert.deepEqual(parseByline('Jane Smith, Reuters')?.authors, ['Jane Smith']);
});

test("'নিজস্ব প্রতিবেদক' ('our own reporter') is the desk's byline, with no writer named", () => {
  const b = parseByline('নিজস্ব প্রতিবেদক');
  assert.equal(b?.rule, 'byline-newsroom');
  assert.deepEqual(b?.authors, []);
});

test("'High Plains Public Radio | By Tomás Ybarra': the station's name before the bar is the outlet, the 'By' part names the writer", () => {
  const b = parseByline('High Plains Public Radio | By Tomás Ybarra');
  assert.deepEqual(b?.authors, ['Tomás Ybarra']);
  assert.equal(b?.outlet, 'High Plains Public Radio');
});

test("'Jordi Bonet Vallverdú | Falset': one writer, a bar and the place filed from is a bare-name byline", () => {
  assert.deepEqual(parseBareName('Jordi Bonet Vallverdú | Falset')?.authors, ['Jordi Bonet Vallverdú']);
  assert.equal(parseBareName('Jordi Bonet Vallverdú | Reuters News'), null);
});

test("'Published by The Daily Lantern Group Ltd' names a company, never a writer", () => {
  assert.deepEqual(parseByline('Published by The Daily Lantern Group Ltd')?.authors ?? [], []);
  assert.deepEqual(parseByline('By Jane Smith and Tom Rudd')?.authors, ['Jane Smith', 'Tom Rudd']);
});

test("byline labels in Bengali, Persian, Urdu and Swahili ('লেখক:', 'نویسنده:', 'تحریر:', 'Imeandikwa na', 'Na …') name the writer", () => {
  assert.deepEqual(parseByline('লেখক: রহিম চৌধুরী')?.authors, ['রহিম চৌধুরী']);
  assert.deepEqual(parseByline('نویسنده: نیلوفر رحیمی')?.authors, ['نیلوفر رحیمی']);
  assert.deepEqual(parseByline('تحریر: احمد علی')?.authors, ['احمد علی']);
  assert.deepEqual(parseByline('Imeandikwa na Amina Juma')?.authors, ['Amina Juma']);
  assert.deepEqual(parseByline('Na Amina Juma')?.authors, ['Amina Juma']);
  assert.equal(parseByline('Na hivyo serikali imeamua'), null);
});

test("'Name and Agencies': the agencies credited together beside the writer are no writer, and the line is a byline", () => {
  assert.deepEqual(parseByline('Yael Ben-Harush and Agencies')?.authors, ['Yael Ben-Harush']);
  assert.deepEqual(parseByline('Marie Dupont et agences')?.authors, ['Marie Dupont']);
  assert.deepEqual(parseByline('By Tom Hale & wires')?.authors, ['Tom Hale']);
  const page = ['World News', 'Ukraine presses toward Russian border as Kyiv says 6,000 square km retaken',
    'Ukrainian troops reach the frontier in parts of Kharkiv region; Kremlin says the operation will continue',
    'Yael Ben-Harush and Agencies', 'Published: 09.13.22, 19:42', 'Facebook', 'Twitter', PROSE, PROSE2].join('\n');
  const e = extractArticle(page);
  assert.equal(e.fields.title, 'Ukraine presses toward Russian border as Kyiv says 6,000 square km retaken');
  assert.deepEqual(e.fields.authors, ['Yael Ben-Harush']);
});

test('an organisation word makes capitalised words an organisation, never a writer', () => {
  // 'Nordic Security Studies Centre, told Radio North that': a hard-wrapped body line, not 'Name, Role'.
  assert.equal(parseByline('Nordic Security Studies Centre, told Radio North that'), null);
  assert.equal(parseBareName('Service Information'), null);
  assert.equal(parseBareName('Arctic Policy Institute'), null);
  assert.deepEqual(parseBareName('Ingrid Solberg'), { authors: ['Ingrid Solberg'], withPlace: false });
});

test('an outlet glued after a writer\'s name, without a comma, is the outlet', () => {
  const b = parseByline('By Olena Marchuk and Peter Hallworth United Wire');
  assert.deepEqual(b?.authors, ['Olena Marchuk', 'Peter Hallworth']);
  assert.equal(b?.outlet, 'United Wire');
});

test('places joined by "and" after the last "in" are where the writers were, not writers', () => {
  assert.deepEqual(parseByline('By Anke Rosenthal and Lukas Brenner in Mykolaiv and Kherson')?.authors, ['Anke Rosenthal', 'Lukas Brenner']);
  assert.deepEqual(parseByline('By Anke Rosenthal in Odesa and Lukas Brenner in Lviv')?.authors, ['Anke Rosenthal', 'Lukas Brenner']);
  assert.deepEqual(parseByline('By Anke Rosenthal and Lukas Brenner in Kharkiv, Izium and Kupiansk')?.authors, ['Anke Rosenthal', 'Lukas Brenner']);
  // After a comma, two capitalised words are the next writer ('A in City, B and agencies'), not a place.
  assert.deepEqual(parseByline('Anke Rosenthal in Kharkiv, Lukas Brenner and agencies')?.authors, ['Anke Rosenthal', 'Lukas Brenner']);
});

test('a role between two names joined by "and" belongs to neither name', () => {
  assert.deepEqual(parseByline('Thomas Ashgrove Political editor and Maya Ferreira')?.authors, ['Thomas Ashgrove', 'Maya Ferreira']);
  assert.deepEqual(parseByline('Thomas Ashgrove and Maya Ferreira Health correspondent')?.authors, ['Thomas Ashgrove', 'Maya Ferreira']);
  // A headline joined by 'and' is no list of names.
  assert.equal(parseByline('Ministers and Unions Agree Pay Deal'), null);
});

test('a bureau or a desk after a name is a role', () => {
  assert.deepEqual(parseByline('Marc-André Gagnon Quebec Bureau')?.authors, ['Marc-André Gagnon']);
});

test('two name-and-role lines stacked are two writers, the second no role of the first', () => {
  const text = ['Province to merge two hospital boards into one authority', '', 'Marc-André Gagnon Quebec Bureau', 'Sofia Lindahl Health Reporter', 'Published October 2, 2024', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Marc-André Gagnon', 'Sofia Lindahl']);
});

test("'Par A (Kiev, envoyé spécial) et B': the brackets after a writer's name (where and as what) are not part of it", () => {
  assert.deepEqual(parseByline('Par Benoît Vidal (Kiev, envoyé spécial) et Claire Aumont')?.authors, ['Benoît Vidal', 'Claire Aumont']);
  assert.deepEqual(parseByline('By Ana Ruiz (in Lviv) and Tom Hale')?.authors, ['Ana Ruiz', 'Tom Hale']);
});

test("'By Name Local Journalism Initiative Reporter Tue., Jan. 21, 2025timer4 min. read': a name and its role after the prefix, a stamp glued after", () => {
  assert.deepEqual(parseByline('By Doug Keller Local Journalism Initiative Reporter Tue., Jan. 21, 2025timer4 min. read')?.authors, ['Doug Keller']);
  assert.deepEqual(parseByline('By Doug Keller Staff Reporter')?.authors, ['Doug Keller']);
});

test("'BY KENJI MORITA STAFF WRITER': a byline in capitals with its role after the name is a writer, not an outlet", () => {
  assert.deepEqual(parseByline('BY KENJI MORITA STAFF WRITER'), { authors: ['Kenji Morita'], outlet: null, rule: 'byline-by-prefix' });
  // Capitals that are no name and role stay the outlet they were.
  assert.deepEqual(parseByline('BY THE ASSOCIATED PRESS')?.authors, []);
});

test("'A in City, B and agencies': several writers, one with her place, before the agencies credited together", () => {
  assert.deepEqual(parseByline('Harriet Vale in Kharkiv, Owen Pike and agencies')?.authors, ['Harriet Vale', 'Owen Pike']);
  assert.equal(parseByline('Police in Kharkiv, officials and agencies'), null);
});

test("'NBS Radio Cumbria' under a writer's name: a broadcaster's local desk (its initials, an outlet word, a place) continues the byline", () => {
  assert.deepEqual(parseBylineContinuation('KTV Radio Fresno'), { outlet: 'KTV Radio' });
  assert.equal(parseBylineContinuation('Kendale Lake Steamers'), null);
  const page = ['Skip to content', 'Home', 'News', 'Regions', 'Winter sailings to return on the lake after 2,000 sign petition', '2 hours ago', 'Share',
    'Ellen Pryce', 'KTV News, Westmoor', 'Tom Hargate', 'KTV Radio Westmoor', PROSE, PROSE2].join('\n');
  assert.deepEqual(extractArticle(page).fields.authors, ['Ellen Pryce', 'Tom Hargate']);
});

test('names after a By, then a regional desk and a TV affiliate after the last comma: the desk is the outlet', () => {
  const b = parseByline('Por Helena Castro, Rui Damasceno, b4 Campinas e Piracicaba e TV Aurora');
  assert.deepEqual(b?.authors, ['Helena Castro', 'Rui Damasceno']);
  assert.equal(b?.outlet, 'b4 Campinas e Piracicaba e TV Aurora');
  // A place after a single name stays no writer and no outlet.
  assert.deepEqual(parseByline('Por Ana Souza, Curitiba')?.authors, ['Ana Souza']);
});

test('bracketed parts name who wrote and who took the pictures; only the writing part is an author', () => {
  assert.deepEqual(parseByline('Mirjam Keller (Text), Urs Bachmann (Bilder)')?.authors, ['Mirjam Keller']);
  assert.deepEqual(parseByline('Par Claire Morel (texte) et Luc Vidal (photos)')?.authors, ['Claire Morel']);
  assert.equal(parseByline('Mirjam Keller (Zürich), Urs Bachmann (Bern)'), null);
});

test('a Dutch byline: "en" joins the writers, a glued middle dot starts the stamp', () => {
  assert.deepEqual(parseByline('Door Femke de Wit en Pieter Smit·Vandaag, 09:12')?.authors, ['Femke de Wit', 'Pieter Smit']);
  assert.deepEqual(parseByline('Door Femke de Wit en Pieter Smit')?.authors, ['Femke de Wit', 'Pieter Smit']);
  assert.deepEqual(parseByline('Por Ana Souza en Buenos Aires')?.authors, ['Ana Souza']);
});

test('a call sign in brackets after the writer is the outlet', () => {
  const b = parseByline('Author: Corey Maddox (WXLR)');
  assert.deepEqual(b?.authors, ['Corey Maddox']);
  assert.equal(b?.outlet, 'WXLR');
});

test('several writers, the outlet and the posted and relative stamps, between middle dots', () => {
  const b = parseByline('Nadia Rahimi, Owen Tallchief · RBC News · Posted: Mar 04, 2024 5:00 AM EST | Last Updated: 2 hours ago');
  assert.deepEqual(b?.authors, ['Nadia Rahimi', 'Owen Tallchief']);
  assert.equal(b?.outlet, 'RBC News');
});

test('a three-word name in Chinese order before a ranked role keeps its third word', () => {
  assert.deepEqual(parseByline('Tan Mei Xin Political Correspondent')?.authors, ['Tan Mei Xin']);
  assert.deepEqual(parseByline('Fiona Harvey Environment correspondent')?.authors, ['Fiona Harvey']);
  assert.deepEqual(parseByline('Jane Doe Consumer Affairs Correspondent')?.authors, ['Jane Doe']);
});

test('a bare full name between a name-and-role byline and the date line is the second writer', () => {
  const text = ['Bus fares to rise by five cents from next month', 'Tan Mei Xin Political Correspondent', 'Goh Kai Wen', 'UPDATED Apr 15, 2025, 06:12 PM', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Tan Mei Xin', 'Goh Kai Wen']);
});

test('a footer contact department is never a writer', () => {
  assert.equal(parseByline('Audience Relations, RBC'), null);
  assert.equal(parseByline('Customer Support, Daily Lantern'), null);
  assert.deepEqual(parseByline('Jane Roberts, Reuters')?.authors, ['Jane Roberts']);
});

test('byline words and the word for "and" in more languages: Przez … i …, Av … og …, Av … och …', () => {
  assert.deepEqual(parseByline('Przez Tomasz Wrona i Ewa Lis')?.authors, ['Tomasz Wrona', 'Ewa Lis']);
  assert.deepEqual(parseByline('Av Ingrid Dahl og Sverre Moe')?.authors, ['Ingrid Dahl', 'Sverre Moe']);
  assert.deepEqual(parseByline('Av Karin Berg och Nils Ek')?.authors, ['Karin Berg', 'Nils Ek']);
  assert.equal(parseBareName('Przez Tomasz Wrona'), null);
});

test('an agency\'s initials after the names are the outlet; the byline word is no part of a name before a bar', () => {
  const b = parseByline('Autor: Jana Malá, Petr Dvořák, ČTK');
  assert.deepEqual(b?.authors, ['Jana Malá', 'Petr Dvořák']);
  assert.equal(b?.outlet, 'ČTK');
  assert.deepEqual(parseByline('By Jane Roberts | Reuters')?.authors, ['Jane Roberts']);
  assert.deepEqual(parseByline('By Jane Roberts, Tom Hale · NBS News · Updated 3 hours ago')?.authors, ['Jane Roberts', 'Tom Hale']);
});

test('a broadcaster named after the writers is the outlet, and "do" before a desk is not part of its name', () => {
  const b = parseByline('Por Helena Castro, Rui Damasceno, TV Centro-Sul');
  assert.deepEqual(b?.authors, ['Helena Castro', 'Rui Damasceno']);
  assert.equal(b?.outlet, 'TV Centro-Sul');
  assert.equal(parseByline('Por Helena Castro e Rui Damasceno, do b4 RJ e TV Litoral')?.outlet, 'b4 RJ e TV Litoral');
});

test("a role before the name ('By health reporter Jane Doe') is the writer's role, not part of the name", () => {
  assert.deepEqual(parseByline('By health reporter Jane Doe')?.authors, ['Jane Doe']);
  assert.deepEqual(parseByline('By political correspondent Jane Doe and John Roe')?.authors, ['Jane Doe', 'John Roe']);
});

test("an agency printed after the last writer without a comma is the outlet ('… and Mark Dale Associated Press')", () => {
  const b = parseByline('By Elena Kovach and Mark Dale Associated Press');
  assert.deepEqual(b?.authors, ['Elena Kovach', 'Mark Dale']);
  assert.equal(b?.outlet, 'Associated Press');
  // A three-word name stays whole.
  assert.deepEqual(parseByline('By Mary Anne Kowalski')?.authors, ['Mary Anne Kowalski']);
});

test("a picture's label ('IMAGE SOURCE, REUTERS') names no writer", () => {
  assert.equal(parseByline('IMAGE SOURCE, REUTERS'), null);
  assert.equal(parseByline('Photo Credit, Getty Images')?.authors.length ?? 0, 0);
});

test("'Name at the Venue' under a match report's standfirst is its byline (byline-name-at-venue); lower down it is a caption", () => {
  assert.deepEqual(parseByline('Tom Ashby at the Riverside Ground')?.authors, ['Tom Ashby']);
  const page = `Harbour Town 2-1 Castleton\nA late header settled a tense derby in front of a full house on Saturday.\nTom Ashby at the Riverside Ground\nSat 4 Mar 2023 19.42 GMT\n\n${PROSE}\n\n${PROSE2}\n\nJane Roe at the Harbour Lights\n`;
  assert.deepEqual(extractArticle(page).fields.authors, ['Tom Ashby']);
});

test("names before the one with a picture part in brackets wrote the story ('A, B (foto)')", () => {
  assert.deepEqual(parseByline('Karin Lund, Jonas Berg (foto)')?.authors, ['Karin Lund']);
  assert.deepEqual(parseByline('Anna Berg, Lars Holm (text), Jonas Berg (foto)')?.authors, ['Anna Berg', 'Lars Holm']);
});

test("a reading time after the name and its stamp ('Par A - Hier à 18:42 - Temps de lecture : 2 min') is not part of the byline's names", () => {
  assert.deepEqual(parseByline('Par Julie Fabre - Hier à 18:42 - Temps de lecture : 2 min')?.authors, ['Julie Fabre']);
  assert.deepEqual(parseByline('By Jane Doe · 4 min read')?.authors, ['Jane Doe']);
  assert.deepEqual(parseByline('रिपोर्ट: राजीव रंजन')?.authors, ['राजीव रंजन']);
});

test("'By A For Mailonline and B': the outlet one writer wrote for, between two writers, is neither writer", () => {
  assert.deepEqual(parseByline('By Harriet Lowe For Mailonline and Darren Whitcombe'), { authors: ['Harriet Lowe', 'Darren Whitcombe'], outlet: 'Mailonline', rule: 'byline-by-prefix' });
  assert.deepEqual(parseByline('By Jane Doe for Reuters and John Roe')?.authors, ['Jane Doe', 'John Roe']);
});

test("'By A On 9/12/22 at 10:13 AM EDT': a stamp with a two-digit year and a clock glued after the name is not part of it", () => {
  assert.deepEqual(parseByline('By Ellie Carrow On 9/12/22 at 10:13 AM EDT')?.authors, ['Ellie Carrow']);
});

test("'A in Kyiv and B': writers each with or without the place they filed from are all writers", () => {
  assert.deepEqual(parseBareName('Isobel Kaye in Kyiv and Martin Ferrow'), { authors: ['Isobel Kaye', 'Martin Ferrow'], withPlace: true });
  assert.deepEqual(parseBareName('Shaun Walsh in Kyiv and Petra Sauer in Moscow')?.authors, ['Shaun Walsh', 'Petra Sauer']);
  // A place joined to another place is still one writer's.
  assert.deepEqual(parseBareName('Harriet Vale in Kharkiv and Washington')?.authors, ['Harriet Vale']);
  assert.equal(parseBareName('Soldiers in Kyiv and Kharkiv'), null);
});

test("a name in capitals, a dash and the date is a byline; a site's domain before the date is not a writer; 'Text Size' is no 'Text:' label", () => {
  assert.deepEqual(parseByline('ALONA MAZURENKO — SUNDAY, 11 SEPTEMBER 2022, 12:47'), { authors: ['Alona Mazurenko'], outlet: null, rule: 'byline-name-with-date' });
  assert.equal(parseByline('Kabar Nusantara.com - 07/07/2025, 10:45 WIB'), null);
  assert.equal(parseByline('Text Size'), null);
  assert.deepEqual(parseByline('Text: Anna Muster')?.authors, ['Anna Muster']);
});

test("'By A' over 'and B' names both writers (byline-next-writer-line)", () => {
  const page = `World\nUkraine's stunning advance routs Russian forces across the region\nBy Greta Lindqvist\nand Serhii Kovalchuk\nSeptember 11, 2022 at 7:04 p.m. EDT\n\n${PROSE}\n\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.deepEqual(e.fields.authors, ['Greta Lindqvist', 'Serhii Kovalchuk']);
  assert.equal(e.lines.find((l) => l.text.startsWith('and Serhii'))?.rule, 'byline-next-writer-line');
});

test("a name among the header's buttons, over a listening time, is the byline", () => {
  const page = `World\nUkraine says its forces have pushed Russian troops out of the city\nSeptember 11, 2022 · 5:02 AM ET\n\nHeard on Weekend Edition Sunday\n\nTobias Renwick\n\n4-Minute Listen\nPlaylist\nDownload\nTranscript\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.deepEqual(extractArticle(page).fields.authors, ['Tobias Renwick']);
});

test("'ByNatalia Kovach and Jared Whitlow' (the label glued on) and 'Darren Whitfield @HANDLE' (a social handle after the name) are bylines", () => {
  assert.deepEqual(parseByline('ByNatalia Kovach and Jared Whitlow')?.authors, ['Natalia Kovach', 'Jared Whitlow']);
  assert.deepEqual(parseByline('Darren Whitfield @DARRENWHITFIELD'), { authors: ['Darren Whitfield'], outlet: null, rule: 'byline-name-handle' });
  assert.equal(parseByline('Bylines matter'), null);
});

test("a name over its handle is a writer; a name and an agency under a photo's sentence, once the writers are known, credit the photo", () => {
  const page = `Markets\nStock futures slide as recession fears deepen across the board\nPublished Mon, Mar 10 2025 7:12 AM EDT\nDarren Whitfield @DARRENWHITFIELD\nPriya Menon\n@PRIYAMENON_NEWS\nShare\n\nTraders work on the floor of the stock exchange on March 7, 2025.\nBrendan McDermid | Reuters\n${PROSE}\n\n${PROSE2}\n`;
  assert.deepEqual(extractArticle(page).fields.authors, ['Darren Whitfield', 'Priya Menon']);
});

test("writers one a line over the place they filed from and the date: the place, named after 'em' in the text, is no writer", () => {
  const page = `Cotidiano\nJustiça suspende lei que proibia patinetes elétricos em calçadas da capital\nÓrgão Especial vê vício de iniciativa em norma aprovada pela Câmara; prefeitura diz que vai recorrer\nAna Luiza Prado\nRafael Menezes\nSão Paulo\n12.mar.2024 às 19h23\n\nA Justiça suspendeu nesta terça a lei que proibia patinetes em calçadas. Os acidentes com patinetes cresceram 12% em São Paulo no ano passado.\n\n${PROSE2}\n`;
  const e = extractArticle(page);
  assert.deepEqual(e.fields.authors, ['Ana Luiza Prado', 'Rafael Menezes']);
  assert.equal(e.fields.date, '2024-03-12');
});

test('who translated or edited the story, after the writer, is no writer', () => {
  assert.deepEqual(parseByline('Story by Yulia Savchenko. Translation by Peter Lassiter.')?.authors, ['Yulia Savchenko']);
  assert.deepEqual(parseByline('By Jane Doe. Edited by Tom Roe')?.authors, ['Jane Doe']);
});

test('a button label with an English function word in capitals is no name', () => {
  assert.equal(parseBareName('Listen In English'), null);
  assert.equal(parseBareName('Back To Top'), null);
  assert.deepEqual(parseBareName('Laila Haddad')?.authors, ['Laila Haddad']);
});

test("'PARA LA NACION' under the writer's name is the paper written for, not a second writer", () => {
  assert.equal(parseBareName('PARA LA NACION'), null);
  assert.deepEqual(parseBylineContinuation('PARA LA NACION'), { outlet: 'LA NACION' });
  assert.deepEqual(parseBylineContinuation('For The Times'), { outlet: 'The Times' });
  assert.equal(parseBylineContinuation('For more information'), null);
  const text = ['Ucrania avanza en Járkov y Rusia ordena el repliegue de Izium', 'Martín Echeverría', 'PARA LA NACION', '11 de septiembre de 2022 • 14:05', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(text).fields.authors, ['Martín Echeverría']);
});

test("an interview's or a comment's byline ('Ein Interview von A', 'An interview by A') names its writer", () => {
  assert.deepEqual(parseByline('Ein Interview von Jonas Breitenbach')?.authors, ['Jonas Breitenbach']);
  assert.deepEqual(parseByline('An interview by Jane Doe')?.authors, ['Jane Doe']);
  assert.deepEqual(parseByline('Une interview de Jean Dupont')?.authors, ['Jean Dupont']);
});

test('a Ukrainian weekday between the name and the date is not part of the name', () => {
  assert.deepEqual(parseByline('Ірина Мельничук — Неділя, 11 вересня 2022, 14:05')?.authors, ['Ірина Мельничук']);
});

test("a Japanese byline names the reporter after the place and '='", () => {
  assert.deepEqual(parseByline('キーウ=田村健一')?.authors, ['田村健一']);
});

test("the end of a wrapped caption ('Capitale) - RIPRODUZIONE RISERVATA') is no place and name", () => {
  assert.equal(parseBareName('Capitale) - RIPRODUZIONE RISERVATA'), null);
  assert.deepEqual(parseBareName('KYIV — Jane Doe')?.authors, ['Jane Doe']);
});

test("a role printed under one writer and over the next is no card's label: both writers are the byline", () => {
  const page = ['Ukraina melder at Izium er gjenerobret', 'På få dager har ukrainske styrker presset russiske tropper ut av store deler av regionen.', '',
    'Kristoffer Hovland', 'Journalist', 'Ingrid Sæther', 'Journalist', 'Publisert: 11.09.2022 18:40', '', PROSE, '', PROSE2].join('\n');
  assert.deepEqual(extractArticle(page).fields.authors, ['Kristoffer Hovland', 'Ingrid Sæther']);
});

test("a correspondent's label over the name makes it the byline; a related story's writer further down does not", () => {
  const page = ['Esteri', 'Ucraina, l’esercito di Kiev entra a Izyum: «I russi sono fuggiti»', 'In pochi giorni le truppe ucraine hanno riconquistato oltre tremila chilometri quadrati',
    'DALLA NOSTRA INVIATA', 'Giulia Brunetti', 'KIEV', '11 Settembre 2022', '', PROSE, '', PROSE2, '', 'Leggi anche', 'Zelensky: «Liberati oltre duemila chilometri quadrati»', 'di Marco Ferrandi', '', PROSE].join('\n');
  const e = extractArticle(page);
  assert.deepEqual(e.fields.authors, ['Giulia Brunetti']);
  assert.equal(e.lines.find((l) => l.text === 'di Marco Ferrandi')?.rule, 'byline-of-teaser');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDate, parseDateLine, rereadSlashedDate, slashedDateOrder } from '../../../src/ingest/rules/dates.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { decisionFor, PROSE, PROSE2 } from './helpers.ts';

const CASES: [string, string | null, string | null, string | null][] = [
  ['September 12, 2022', '2022-09-12', null, null],
  ['12 Sep 2022 14:05 BST', '2022-09-12', '14:05', 'BST'],
  ['Mon 12 Sep 2022 14.05 BST', '2022-09-12', '14:05', 'BST'],
  ['2022-09-12T14:05:00Z', '2022-09-12', '14:05', 'UTC'],
  ['Published 12/09/2022', '2022-09-12', null, null],
  ['Published: 09/13/2022', '2022-09-13', null, null],
  ['12. September 2022, 14:05 Uhr', '2022-09-12', '14:05', null],
  ['Mis à jour le 12 septembre 2022', '2022-09-12', null, null],
  ['Publié le 12 septembre 2022 à 14h05', '2022-09-12', '14:05', null],
  ['12 de septiembre de 2022 - 14:05 CEST', '2022-09-12', '14:05', 'CEST'],
  ['Sept. 12, 2022 at 5:47 p.m. EDT', '2022-09-12', '17:47', 'EDT'],
  ['Updated 09:15, 13 SEP 2022', '2022-09-13', '09:15', null],
  ['Updated 3 hours ago', null, null, null],
  ['31 February 2022', null, null, null],
  ['Actualizado Domingo, 11 septiembre 2022 - 18:40', '2022-09-11', '18:40', null],
  ['Publicado Domingo, 11 septiembre 2022', '2022-09-11', null, null],
  ['Thu Mar 14, 2024 06:00 AM Last update on: Thu Mar 14, 2024 09:12 AM', '2024-03-14', '06:00', null],
];

for (const [text, date, time, zone] of CASES) {
  test(`reads ${JSON.stringify(text)} as ${date ?? 'no date'}`, () => {
    const found = findDate(text);
    assert.equal(found?.date ?? null, date);
    assert.equal(found?.time ?? null, time);
    assert.equal(found?.timezone ?? null, zone);
  });
}

test('a date line is about the date and little else', () => {
  assert.equal(parseDateLine('Published 12 September 2022')?.date, '2022-09-12');
  assert.equal(parseDateLine('First published on Sun 11 Sep 2022 20.30 BST')?.time, '20:30');
  assert.equal(parseDateLine('On September 12, 2022, Ukrainian troops entered the city of Izium.'), null);
});

test('never reads the clock of the machine: relative stamps give no date', () => {
  assert.equal(parseDateLine('2 hours ago'), null);
  assert.equal(findDate('Lifestyle2 months ago'), null);
});

const MORE_LANGUAGES: [string, string, string | null][] = [
  ['12 вересня 2022, 14:05', '2022-09-12', '14:05'],
  ['12 сентября 2022, 14:05', '2022-09-12', '14:05'],
  ['12 września 2022 14:05', '2022-09-12', '14:05'],
  ['12.09.2022 14:05', '2022-09-12', '14:05'],
];
for (const [line, date, time] of MORE_LANGUAGES) {
  test(`reads Polish, Russian and Ukrainian month names: ${line}`, () => {
    const d = parseDateLine(line);
    assert.equal(d?.date, date);
    assert.equal(d?.time, time);
  });
}

test('a date line with an update stamp after it takes the first stamp', () => {
  assert.equal(parseDateLine('Published: 09:12 BST, 12 September 2022 | Updated: 14:32 BST, 13 September 2022')?.date, '2022-09-12');
  assert.equal(parseDateLine('Published: 09:12 BST, 12 September 2022 | Updated: 14:32 BST, 13 September 2022')?.time, '09:12');
  assert.equal(parseDateLine('Publié le 12 septembre 2022 à 14h05, mis à jour à 16h30')?.time, '14:05');
  assert.equal(parseDateLine('12/09/2022 14h05 Atualizado há 2 horas')?.date, '2022-09-12');
});

test('a clock time with seconds keeps its am/pm', () => {
  assert.equal(parseDateLine('Updated: September 12, 2022 2:05:32 pm')?.time, '14:05');
});

test('a date line may carry a short note after a bullet, a middle dot or a parenthesis', () => {
  assert.equal(parseDateLine('12.09.2022, 17.05 Uhr • aus DER SPIEGEL 37/2022')?.time, '17:05');
  assert.equal(parseDateLine('Sat, September 10, 2022 at 4:05 AM·3 min read')?.date, '2022-09-10');
  assert.equal(parseDateLine('12 settembre 2022 (modifica il 12 settembre 2022 | 16:30)')?.date, '2022-09-12');
  assert.equal(parseDateLine('Posted Mon, Sep 12, 2022 at 3:05 pm CT')?.timezone, 'CT');
});

test('"This article was published on …" and Nordic and Turkish prefixes introduce a date line', () => {
  assert.equal(parseDateLine('This article was published on 24/09/2022.')?.date, '2022-09-24');
  assert.equal(parseDateLine('Publicerad 20 september 2022 kl. 09.30')?.time, '09:30');
  assert.equal(parseDateLine('Yayınlanma: 22.09.2022 14:05')?.date, '2022-09-22');
});

test('Chinese, Japanese and Korean dates are read', () => {
  assert.equal(parseDateLine('2022年9月12日 14:05')?.date, '2022-09-12');
  assert.equal(parseDateLine('2022年9月22日 14時05分')?.time, '14:05');
  assert.equal(parseDateLine('입력 2022.10.12 14:05')?.date, '2022-10-12');
});

test('a slashed date on a line with a.m./p.m. or a US zone is month first', () => {
  assert.equal(parseDateLine('Posted: 9/12/2022 6:45 PM')?.date, '2022-09-12');
  assert.equal(parseDateLine('Published 9/12/2022')?.date, '2022-12-09');
});

test('Arabic and Turkish month names are read', () => {
  assert.equal(parseDateLine('12 سبتمبر 2022')?.date, '2022-09-12');
  assert.equal(parseDateLine('12 Eylül 2022 14:05')?.date, '2022-09-12');
});

test("'Publié le …, modifié le …': the first stamp is the date, the modification is its own note", () => {
  const d = parseDateLine('Publié le 9 octobre 2024 à 07h15, modifié le 9 octobre 2024 à 11h02');
  assert.equal(d?.date, '2024-10-09');
  assert.equal(d?.time, '07:15');
});

test('reads a two-digit-year date line day first: 04-02-25, 14:12', () => {
  const found = parseDateLine('04-02-25, 14:12');
  assert.equal(found?.date, '2025-02-04');
  assert.equal(found?.time, '14:12');
});

test('reads a two-digit year behind an update label: Laatste update: 04-02-25, 16:40', () => {
  assert.equal(parseDateLine('Laatste update: 04-02-25, 16:40')?.date, '2025-02-04');
});

test('does not read a two-digit-year pattern inside a sentence as a date line', () => {
  assert.equal(parseDateLine('The vote was 04-02-25 in favour of the motion, the clerk said'), null);
});

test('reads a date with the year glued to the clock and an update stamp glued after the zone', () => {
  const found = parseDateLine('June 3, 20254:41 PM GMT+2Updated 6 hours ago');
  assert.equal(found?.date, '2025-06-03');
  assert.equal(found?.time, '16:41');
});

test('reads the date after a place name and a bar: Bengaluru | Updated: November 14, 2024 08:45 IST', () => {
  const found = parseDateLine('Bengaluru | Updated: November 14, 2024 08:45 IST');
  assert.equal(found?.date, '2024-11-14');
  assert.equal(found?.timezone, 'IST');
});

test('reads First uploaded on: 14-11-2024 as a date line', () => {
  assert.equal(parseDateLine('First uploaded on: 14-11-2024 at 08:45 IST')?.date, '2024-11-14');
});

test('reads "and last updated …" as a date line', () => {
  assert.equal(parseDateLine('and last updated 9:02 AM, Jun 19, 2025')?.date, '2025-06-19');
});

test('reads "First posted Sun 13 Apr 2025 at 11:40pm AEST" as a date line', () => {
  const found = parseDateLine('First posted Sun 13 Apr 2025 at 11:40pm AEST');
  assert.equal(found?.date, '2025-04-13');
  assert.equal(found?.time, '23:40');
});

for (const [line, date, time] of [
  ['Atualizado em 05/03/2025 às 14h32', '2025-03-05', '14:32'],
  ['Publicado em 05/03/2025 14h32', '2025-03-05', '14:32'],
  ['Mise à jour : 10 avril 2025 à 11h15', '2025-04-10', '11:15'],
  ['Publié le 09 avr. 2025 à 06h30', '2025-04-09', '06:30'],
  ['Publicado el 3 abr. 2025', '2025-04-03', null],
  ['Gepubliceerd: 4 februari 2025 14:12', '2025-02-04', '14:12'],
] as const) {
  test(`reads the date line ${JSON.stringify(line)}`, () => {
    const found = parseDateLine(line);
    assert.equal(found?.date, date);
    assert.equal(found?.time ?? null, time);
  });
}

test('reads German update lines with a colon and "Uhr": Aktualisiert: 12.03.25, 16:05 Uhr', () => {
  assert.equal(parseDateLine('Aktualisiert: 12.03.25, 16:05 Uhr')?.date, '2025-03-12');
  assert.equal(parseDateLine('Veröffentlicht: 12.03.2025, 14:30 Uhr')?.time, '14:30');
});

test('reads a date with middle dots and a two-digit year after a place: Valencia | 14·03·25 | 10:32', () => {
  const found = parseDateLine('Valencia | 14·03·25 | 10:32');
  assert.equal(found?.date, '2025-03-14');
  assert.equal(found?.time, '10:32');
});

test('reads "last update" labels in Italian, French, Spanish, Portuguese and German as update lines', () => {
  assert.equal(parseDateLine('Ultimo aggiornamento: 19 febbraio 2025 alle 07:50')?.date, '2025-02-19');
  assert.equal(parseDateLine('Dernière mise à jour : 3 mars 2025')?.date, '2025-03-03');
});

test('the update stamp under the publication line is a date line, not a paragraph', () => {
  const text = `Ponte chiuso per crepe nei piloni sul Brenta\nDi Giulia Ferraresi\nPubblicato il 18 febbraio 2025 alle 09:14\nUltimo aggiornamento: 19 febbraio 2025 alle 07:50\n\n${PROSE}\n\n${PROSE2}\n`;
  assert.equal(decisionFor(text, 'Ultimo aggiornamento').fate, 'field');
});

test("dates in more languages: Czech '12. 3. 2025', Romanian, Hindi and Greek month names, a Vietnamese weekday", () => {
  const cases: [string, string, string | null][] = [
    ['12. 3. 2025 10:45', '2025-03-12', '10:45'],
    ['Aktualizováno 12. 3. 2025 13:20', '2025-03-12', '13:20'],
    ['Publicat: 21 ianuarie 2025, 11:47', '2025-01-21', '11:47'],
    ['Thứ hai, 3/3/2025, 08:00 (GMT+7)', '2025-03-03', '08:00'],
    ['अपडेटेड 12 मार्च 2025, 10:15 AM IST', '2025-03-12', '10:15'],
    ['Τρίτη 15 Ιουλίου 2025', '2025-07-15', null],
    ['onsdag 5. marts 2025', '2025-03-05', null],
    ['szerda, 2025. március 12. 10:45', '2025-03-12', '10:45'],
    ['Středa 12. března 2025', '2025-03-12', null],
  ];
  for (const [line, date, time] of cases) {
    const found = parseDateLine(line);
    assert.equal(found?.date ?? null, date, line);
    assert.equal(found?.time ?? null, time, line);
  }
});

test("an 'Actualizat:' line under a 'Publicat:' line does not win the date", () => {
  const text = ['Fostul primar din Bistrița Veche, condamnat definitiv la 4 ani de închisoare', 'Publicat: 21 ianuarie 2025, 11:47',
    'Actualizat: 22 ianuarie 2025, 13:20', PROSE, PROSE2].join('\n');
  assert.equal(decisionFor(text, 'Publicat').role, 'date');
  assert.equal(decisionFor(text, 'Actualizat').role, 'date');
});

test('Arabic (with ص/م for am/pm), Catalan and Swahili weekday dates', () => {
  const cases: [string, string, string | null][] = [
    ['الثلاثاء 4 مارس 2025 - 10:32 ص', '2025-03-04', '10:32'],
    ['الخميس 6 مارس 2025 - 4:10 م', '2025-03-06', '16:10'],
    ['Dimecres, 5 de març de 2025', '2025-03-05', null],
    ["Dilluns, 7 d'abril de 2025 18:05", '2025-04-07', '18:05'],
    ['Jumanne, Machi 11, 2025', '2025-03-11', null],
  ];
  for (const [line, date, time] of cases) {
    const found = parseDateLine(line);
    assert.equal(found?.date ?? null, date, line);
    assert.equal(found?.time ?? null, time, line);
  }
});

test('Malaysian and other Asian zones after the clock are read', () => {
  const found = parseDateLine('Wednesday, 12 Mar 2025 6:45 PM MYT');
  assert.equal(found?.date, '2025-03-12');
  assert.equal(found?.time, '18:45');
  assert.equal(found?.timezone, 'MYT');
});

test("'14 September 2022 — See all updates': a date, a dash and a short link is a date line; a dateline's sentence is not", () => {
  assert.equal(parseDateLine('14 September 2022 — See all updates')?.date, '2022-09-14');
  assert.equal(parseDateLine('Sept. 12, 2022 — The council voted on Monday to close the pool.'), null);
});

test("'Originally published' on an aggregator dates the story", () => {
  assert.equal(parseDateLine('Originally published Mar 4, 2025')?.date, '2025-03-04');
  assert.equal(decisionFor(`Skimr\nLawmaker wants to cap surprise ambulance bills after crash\nStory by Kayla Brodersen\n• 5h • 4 min read\nOriginally published Mar 4, 2025\n\n${PROSE}\n\n${PROSE2}`, 'Originally').rule, 'date-first-published');
});

test('reads dates printed in Arabic-Indic, Persian and Bengali digits, with the Gregorian month named in the language', () => {
  assert.equal(parseDateLine('نُشر في: الثلاثاء ٣ سبتمبر ٢٠٢٤ - ١٠:٤٥ ص')?.date, '2024-09-03');
  assert.equal(parseDateLine('۱۲ شهریور ۱۴۰۳ - ۲ سپتامبر ۲۰۲۴')?.date, '2024-09-02');
  const bengali = parseDateLine('প্রকাশ: ০৩ সেপ্টেম্বর ২০২৪, ১৮: ৪০');
  assert.equal(bengali?.date, '2024-09-03');
  assert.equal(bengali?.time, '18:40');
});

test("reads the Spanish spaced 'p. m.' after a 'Publicado' date", () => {
  const found = parseDateLine('Publicado: 02 de septiembre de 2024 - 09:10 p. m.');
  assert.equal(found?.date, '2024-09-02');
  assert.equal(found?.time, '21:10');
});

test("'نُشر في:' and 'آخر تحديث:' open Arabic date lines as 'Published' and 'Updated' do", () => {
  assert.equal(parseDateLine('نُشر في: الثلاثاء ٣ سبتمبر ٢٠٢٤ - ١٠:٤٥ ص')?.time, '10:45');
  assert.equal(parseDateLine('آخر تحديث: الثلاثاء ٣ سبتمبر ٢٠٢٤ - ١٢:١٠ م')?.date, '2024-09-03');
});

test("'Updated November 12, 2025 — 7.45pm, first published at 5.30pm' is a date line: the first stamp is a clock on the same day", () => {
  const found = parseDateLine('Updated November 12, 2025 — 7.45pm, first published at 5.30pm');
  assert.equal(found?.date, '2025-11-12');
  assert.equal(found?.time, '19:45');
});

test("reads a date printed only in the Persian calendar ('۱۲ شهریور ۱۴۰۳' is 2 September 2024) and Urdu month names", () => {
  assert.equal(parseDateLine('دوشنبه ۱۲ شهریور ۱۴۰۳ - ۱۳:۴۰')?.date, '2024-09-02');
  assert.equal(parseDateLine('تاریخ انتشار: ۳۱ مرداد ۱۴۰۳')?.date, '2024-08-21');
  assert.equal(parseDateLine('۳ ستمبر ۲۰۲۴')?.date, '2024-09-03');
  // A month and a year without a day date nothing.
  assert.equal(findDate('عکس آرشیوی از مرداد ۱۴۰۳'), null);
});

test('an Arabic date line with the Hijri date and era letters beside the Gregorian date is a date line; a sentence is not', () => {
  assert.equal(parseDateLine('الثلاثاء ٢٩ صفر ١٤٤٦ هـ الموافق ٣ سبتمبر ٢٠٢٤ م')?.date, '2024-09-03');
  assert.equal(parseDateLine('الثلاثاء 29 صفر 1446 هـ - 3 سبتمبر 2024 م')?.date, '2024-09-03');
  assert.equal(parseDateLine('منتشر شده در ۱۲ شهریور ۱۴۰۳')?.date, '2024-09-02');
  assert.equal(parseDateLine('قال الوزير في 3 سبتمبر 2024 إن المحطة ستعمل'), null);
});

test('reads Gregorian month names in Tamil, Marathi and Gujarati', () => {
  assert.equal(parseDateLine('வியாழன், 12 செப்டம்பர் 2024')?.date, '2024-09-12');
  assert.equal(parseDateLine('प्रकाशित: 12 सप्टेंबर 2024')?.date, '2024-09-12');
  assert.equal(parseDateLine('12 સપ્ટેમ્બર 2024')?.date, '2024-09-12');
});

test('a paid notice\'s run dates the page from its first day; a life span under the name is no publication date', () => {
  const text = [
    'Harold Jensen Obituary', 'Harold Peter Jensen', 'March 2, 1941 – January 28, 2025', '', PROSE, '', PROSE2, '',
    'Published in the Lakeside Gazette from Jan. 31 to Feb. 2, 2025.',
  ].join('\n');
  const x = extractArticle(text);
  assert.equal(x.fields.date, '2025-01-31');
  assert.deepEqual(x.fields.authors, []);
  assert.equal(decisionFor(text, 'March 2, 1941').rule, 'life-span-dates');
});

test('a run over New Year began the year before', () => {
  assert.equal(extractArticle(['Harold Jensen Obituary', '', PROSE, '', PROSE2, '', 'Published in the Lakeside Gazette from Dec. 30 to Jan. 2, 2025.'].join('\n')).fields.date, '2024-12-30');
});

test('a short label, a colon and the date, with a second labelled stamp after it: the first stamp dates the page', () => {
  assert.equal(parseDateLine('Yayın Tarihi: 05.11.2024 - 08:30 Güncelleme Tarihi: 05.11.2024 - 09:15')?.date, '2024-11-05');
  assert.equal(parseDateLine('Yayın Tarihi: 05.11.2024 - 08:30 Güncelleme Tarihi: 05.11.2024 - 09:15')?.time, '08:30');
  assert.equal(parseDateLine('Datum objave: 04.03.2025. u 10:12')?.date, '2025-03-04');
  assert.equal(parseDateLine('Tickets: 12 for 2025 families'), null);
});

test("one date printed in its short, medium and long forms glued together reads as the long form", () => {
  const d = parseDateLine('Posted 6 Mar 20236 Mar 2023Mon 6 Mar 2023 at 5:01am, updated 6 Mar 20236 Mar 2023Mon 6 Mar 2023 at 9:12am');
  assert.equal(d?.date, '2023-03-06');
  assert.equal(d?.time, '05:01');
});

test("a two-digit year is a date only with a clock time right after it ('9/12/22 at 10:13 AM EDT')", () => {
  assert.deepEqual(findDate('By Ellie Carrow On 9/12/22 at 10:13 AM EDT'), { date: '2022-09-12', time: '10:13', timezone: 'EDT', start: 19, end: 26 });
  assert.equal(findDate('04-02-25, 14:12')?.date, '2025-02-04');
  // Alone it may be a score or a version.
  assert.equal(findDate('The final score was 3-1-22 in the end'), null);
});

test("a page's slashed dates read the way the page writes them (date-slashed-page-order)", () => {
  // Days apart month first, months apart day first.
  assert.equal(slashedDateOrder(['09/11/2022', 'Related', '09/10/2022', '09/08/2022']), 'mdy');
  assert.equal(slashedDateOrder(['04/03/2022', '05/03/2022', '06/03/2022']), 'dmy');
  // One date that can only be read one way decides.
  assert.equal(slashedDateOrder(['09/11/2022', '09/13/2022']), 'mdy');
  assert.equal(slashedDateOrder(['09/11/2022', '13/09/2022']), 'dmy');
  assert.equal(slashedDateOrder(['09/11/2022']), null);
  const found = { date: '2022-11-09', time: null, timezone: null, start: 0, end: 10 };
  assert.equal(rereadSlashedDate(found, '09/11/2022', 'mdy').date, '2022-09-11');
  assert.equal(rereadSlashedDate(found, '09/11/2022', 'dmy'), found);
  const page = `Russia-Ukraine war\nUkraine says its troops have entered the railway hub\n09/11/2022\n\n${PROSE}\n\n${PROSE2}\n\nRelated\nKyiv claims more gains in the north-east\n09/10/2022\nWhat we know about the advance\n09/08/2022\n`;
  const e = extractArticle(page);
  assert.equal(e.fields.date, '2022-09-11');
  assert.equal(e.fieldRules.date, 'date-slashed-page-order');
});

test("a line of two stamps gives the publication's date; an outlet's or a writer's name may stand before the date after a slash or a dash", () => {
  assert.equal(parseDateLine('Updated September 11, 2022 at 7:04 p.m. EDT|Published September 11, 2022 at 6:12 a.m. EDT')?.time, '06:12');
  assert.deepEqual(parseDateLine('TOI.in / Updated: Sep 11, 2022, 16:45 IST'), { date: '2022-09-11', time: '16:45', timezone: 'IST', start: 18, end: 30 });
  assert.equal(parseDateLine('ALONA MAZURENKO — SUNDAY, 11 SEPTEMBER 2022, 12:47')?.date, '2022-09-11');
  // A date before a dash and a link stays the date.
  assert.equal(parseDateLine('14 September 2022 — See all updates')?.date, '2022-09-14');
});

test("'12.mar.2024 às 19h23': a day, a short month and a year joined by dots", () => {
  assert.deepEqual(findDate('12.mar.2024 às 19h23'), { date: '2024-03-12', time: '19:23', timezone: null, start: 0, end: 11 });
});

test("a paper's name after the stamp, behind a comma, leaves the date readable", () => {
  assert.equal(parseDateLine('Sunday September 11 2022, 6.00pm, The Sunday Times')?.date, '2022-09-11');
  assert.equal(parseDateLine('Sunday September 11 2022, 6.00pm, The Sunday Times')?.time, '18:00');
  // A sentence is still no date line.
  assert.equal(parseDateLine('On September 11, 2022, Ukrainian troops entered Izium, officials said'), null);
});

test("a source's label and name after the stamp ('2022-09-11 14:05:12 来源：新华网') leave the date readable", () => {
  assert.equal(parseDateLine('2022-09-11 14:05:12 来源：新华网')?.date, '2022-09-11');
  assert.equal(parseDateLine('September 11, 2022 Source: Reuters')?.date, '2022-09-11');
});

import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanOutletName } from '../../../src/ingest/rules/trailer.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('cleans an outlet name out of a syndication sentence', () => {
  assert.equal(cleanOutletName('MorningPress and has been published here with permission.'), 'MorningPress');
  assert.equal(cleanOutletName('The Conversation under a Creative Commons licence.'), 'The Conversation');
});

for (const note of [
  'This article appeared in MorningPress and has been published here with permission.',
  'Originally published by MorningPress.',
  'This story was first published on MorningPress.',
]) {
  test(`reads the syndication note ${JSON.stringify(note)}`, () => {
    const e = extractArticle(`${HEAD}${PROSE}\n\n${PROSE2}\n\n${note}`);
    assert.equal(e.fields.syndicated_from, 'MorningPress');
    assert.ok(!e.body.includes('MorningPress'));
  });
}

test('a final credit line gives the credit and the source, and ends the article', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\n${PROSE2}\n\nThe Sun / CNN\n\nSome trailing link text`);
  assert.equal(e.fields.credit, 'The Sun / CNN');
  assert.equal(e.fields.source, 'The Sun');
  assert.ok(!e.body.includes('trailing'));
});

test('a wire dateline names the agency as source', () => {
  assert.equal(extractArticle(`${HEAD}KYIV (Reuters) - ${PROSE}\n\n${PROSE2}`).fields.source, 'Reuters');
});

test('a copyright notice is dropped and names the publisher when nothing better does', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\n${PROSE2}\n\n© 2022 Anytown Gazette. All rights reserved.`);
  assert.equal(e.fields.source, 'Anytown Gazette');
  assert.ok(!e.body.includes('©'));
});

test('a copyright notice names the publisher, never "all rights reserved" in any language or the year', () => {
  for (const [line, source] of [['© Tagesspiegel 2022', 'Tagesspiegel'], ['© RIPRODUZIONE RISERVATA', null], ['© 2022 Все права защищены.', null]] as const) {
    assert.equal(extractArticle(`${HEAD}${PROSE}\n\n${PROSE2}\n\n${line}`).fields.source, source, line);
  }
});

test('"and news agencies" is not part of the source', () => {
  assert.equal(cleanOutletName('Al Jazeera and news agencies'), 'Al Jazeera');
  assert.equal(cleanOutletName('Le Monde avec agences'), 'Le Monde');
});

test('a "From: X" line under the headline names the publisher', () => {
  const e = extractArticle(`New funding to fix potholes on local roads\nFrom: Department for Transport\nPublished 12 September 2022\n${PROSE}\n${PROSE2}`);
  assert.equal(e.fields.source, 'Department for Transport');
  assert.equal(e.fields.title, 'New funding to fix potholes on local roads');
});

test("a copyright notice naming the writer is not the publisher", () => {
  assert.equal(extractArticle(`Why small banks are worried\nBy Maya Chen\n\n${PROSE}\n\n${PROSE2}\n\n© 2022 Maya Chen`).fields.source, null);
});

test('company forms and a second "Copyright" are taken off the publisher in a copyright line', () => {
  for (const [line, name] of [
    ['© 2025 The National Chronicle Company', 'The National Chronicle'],
    ['© Copyright 2025 The Ledger Project', 'The Ledger Project'],
    ['© 2025 Rivierenland Media B.V.', 'Rivierenland Media'],
  ] as const) {
    assert.equal(extractArticle(['Dike to be reinforced two years early', '', PROSE, '', PROSE2, '', line].join('\n')).fields.source, name, line);
  }
});

test('the site name opening the page and coming back in its chrome is the publisher', () => {
  const text = ['Circuit & Field', 'Subscribe', 'Battery makers bet on recycling', 'By Priyanka Desai', '', PROSE, '', PROSE2, '', 'More From Circuit & Field'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.source, 'Circuit & Field');
  assert.equal(e.fieldRules.source, 'masthead-repeated');
});

test('a home link or a section opening the page is no masthead', () => {
  for (const first of ['Startseite', 'Ukraine']) {
    const text = [first, 'Troops push deeper into the region', 'By Jane Smith', '', PROSE + ' Ukraine said so.', '', PROSE2, '', `More from ${first}`].join('\n');
    assert.equal(extractArticle(text).fields.source, null, first);
  }
});

test('a masthead named again by the company in the copyright line is the publisher', () => {
  const text = ['Ir al contenido', 'El Norte del Duero', 'Suscríbete', 'Valladolid', 'Provincia', 'Deportes', 'Las obras del tranvía cortarán la avenida de Salamanca durante ocho meses', 'Por Lucía Ferrer', '', PROSE, '', PROSE2, '',
    '© Ediciones del Duero S.L. Todos los derechos reservados.'].join('\n');
  assert.equal(extractArticle(text).fields.source, 'El Norte del Duero');
});

test('an all-caps masthead does not beat the same name spelled in the copyright line; a logo link loses its "homepage"', () => {
  const caps = ['THE WESTERN SENTINEL', 'Subscribe', 'Connacht edge Ulster in bruising win', 'By Liam Dorsey', '', PROSE, '', PROSE2, '', '© The Western Sentinel Ltd 2025'].join('\n');
  assert.equal(extractArticle(caps).fields.source, 'The Western Sentinel');
  const logo = ['Circuitline homepage', 'Firmware update bricks drives', 'By Jordan Pike', '', PROSE, '', PROSE2, '', 'More from Circuitline'].join('\n');
  assert.equal(extractArticle(logo).fields.source, 'Circuitline');
});

test('a dash left by a copyright line is taken off the publisher', () => {
  assert.equal(extractArticle(['Réforme de l’assurance chômage', '', PROSE, '', PROSE2, '', '© Le Courrier de France - Tous droits réservés'].join('\n')).fields.source, 'Le Courrier de France');
});

test("an aggregator's publisher line above the headline of a 'Story by' card is the source", () => {
  const text = ['Newsfeed', 'Sign in', 'Weather', 'The Independent', 'Dog reunited with owner 500 miles away after microchip scan', 'Story by Emily Atkinson • 2d', '', PROSE, '', PROSE2, '', '© 2025 Newsfeed'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.fields.source, 'The Independent');
  assert.equal(e.fieldRules.source, 'aggregator-publisher-line');
});

test("without 'Story by' the line above the headline names no publisher", () => {
  const text = ['Newsfeed', 'Sign in', 'Weather', 'The Independent', 'Dog reunited with owner 500 miles away after microchip scan', 'By Emily Atkinson', '', PROSE, '', PROSE2].join('\n');
  assert.notEqual(extractArticle(text).fields.source, 'The Independent');
});

test("a copyright line's notice or tax number after a spaced dash is not part of the publisher's name", () => {
  const page = (line: string): string => `${HEAD}${PROSE}\n\n${PROSE2}\n\n${line}`;
  assert.equal(extractArticle(page('© Le Courrier de France - Reproduction interdite de tous les articles et contenus, sauf accord de la rédaction.')).fields.source, 'Le Courrier de France');
  assert.equal(extractArticle(page('Copyright 2025 © Editrice Adige Spa - P.IVA 01234560235')).fields.source, 'Editrice Adige');
});

test("the masthead under a browser title is the line repeating the title's suffix, and it beats the copyright's company", () => {
  const text = ["Truffe agli anziani, condannati i finti carabinieri - La Voce dell'Adige", 'Vai al contenuto', "La Voce dell'Adige", 'Cronaca',
    'Truffe agli anziani con il finto carabiniere, condannati i due telefonisti', 'di Marco Rossi', '12 gennaio 2025', '', PROSE, '', PROSE2, '',
    "La Voce dell'Adige", 'Copyright 2025 © Editrice Adige Spa - P.IVA 01234560235'].join('\n');
  assert.equal(extractArticle(text).fields.source, "La Voce dell'Adige");
});

test("the logo's link text in the header ('The Meridian - Back to home') names the site, over the copyright's company", () => {
  const text = ['Skip to main content', 'Sign in', 'The Meridian - Back to home', 'News', 'Opinion',
    'Tens of thousands march in Lisbon over soaring rents', 'Helena Marsh in Lisbon', 'Tue 11 Feb 2025 17.32 GMT', '', PROSE, '', PROSE2, '',
    '© 2025 Meridian News & Media Limited or its affiliated companies. All rights reserved.'].join('\n');
  assert.equal(extractArticle(text).fields.source, 'The Meridian');
});

test("'© Crown copyright 2022 — Isle of Carrow Government': the government after the legal term is the source", () => {
  const x = extractArticle(['Ferry contract signed', PROSE, PROSE2, '© Crown copyright 2022 — Isle of Carrow Government'].join('\n'));
  assert.equal(x.fields.source, 'Isle of Carrow Government');
});

test("a Bengali copyright line with its year in Bengali digits names the publisher", () => {
  const e = extractArticle(`পদ্মার ভাঙনে বিলীন ৪০ বসতবাড়ি, আতঙ্কে তিন গ্রামের মানুষ\nনিজস্ব প্রতিবেদক\nপ্রকাশ: ১১ সেপ্টেম্বর ২০২৪, ০৯: ১৫\n\nগত এক সপ্তাহে পদ্মার ভাঙনে অন্তত ৪০টি বসতবাড়ি নদীগর্ভে বিলীন হয়েছে। ঝুঁকিতে রয়েছে আরও দুই শতাধিক পরিবার।\n\nস্বত্ব © ২০২৪ দৈনিক নদীতীর`);
  assert.equal(e.fields.source, 'দৈনিক নদীতীর');
});

test('a long rights notice opening with a copyright sign is dropped, but names no publisher', () => {
  const notice = 'Copyright © Alpenländische Zeitung AG. Alle Rechte vorbehalten. Eine Weiterverarbeitung, Wiederveröffentlichung oder dauerhafte Speicherung zu gewerblichen oder anderen Zwecken ohne vorherige ausdrückliche Erlaubnis ist nicht gestattet.';
  const text = ['Bern baut Velostationen aus', 'Von Mirjam Keller', '', PROSE, '', PROSE2, '', notice].join('\n');
  const e = extractArticle(text);
  assert.equal(e.lines.find((l) => l.text === notice)?.rule, 'copyright-notice');
  assert.notEqual(e.fields.source, 'Alpenländische Zeitung AG');
});

test("an outlet's legal form and a desk's initials are no part of its name", () => {
  assert.equal(cleanOutletName('Bloomberg L.P.'), 'Bloomberg L.P');
  assert.equal(cleanOutletName('CNA/lt(mi)'), 'CNA');
  const page = ['Ukraine Pushes Deeper Into Kharkiv', 'By Daryna Kovalchuk', 'September 11, 2022', '', PROSE, '', PROSE2, '', '©2022 Bloomberg L.P. All Rights Reserved.'].join('\n');
  assert.equal(extractArticle(page).fields.source, 'Bloomberg');
});

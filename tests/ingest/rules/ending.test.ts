import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isPaywallCut } from '../../../src/ingest/rules/ending.ts';
import { decisionFor, PROSE, PROSE2 } from './helpers.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';

const P3 = 'Engineers say the repairs will take at least eight months to finish, the council said.';

test('a comment thread after the article is dropped, readers\' sentences included', () => {
  const page = ['Why my tomatoes split this summer', 'September 12, 2022 by Helen Carter', PROSE, PROSE2, P3,
    '5 thoughts on “Why my tomatoes split this summer”', 'Mark Jennings says:', 'Same thing happened to mine. I lost nearly all of them in a week.', 'Reply'].join('\n');
  assert.equal(decisionFor(page, 'Same thing happened').rule, 'comments-section');
  assert.equal(decisionFor(page, P3).fate, 'kept');
});

test('a comments link above the article does not end it', () => {
  const page = ['Pensioner rescued after three days trapped in cellar', 'By Jane Doe', 'View comments', PROSE, PROSE2, P3].join('\n');
  assert.equal(decisionFor(page, P3).fate, 'kept');
});

test("a share bar's 'Comment' under an opinion piece's headline, standfirst and bio does not end the article", () => {
  const page = ['Opinion', 'Our libraries are the last free indoor space. Stop treating them like a luxury.',
    'Cutting branch hours to close a budget gap saves pennies and costs a city its living room.', '',
    'Jane Doe is a former branch librarian and a contributing columnist for the paper.', '', 'By Jane Doe', 'March 14, 2025',
    'Share', 'Comment', '142', '', PROSE, '', PROSE2, '', P3, '',
    'The council holds its final public hearing on the budget on March 27, and residents can speak for three minutes each.', '',
    'The people I counted at the branch will not all be able to make it, so someone should speak for them.', '',
    'Comments (142)', 'Alan Smith', 'I agree with every word of this.'].join('\n');
  assert.equal(decisionFor(page, PROSE).fate, 'kept');
  assert.equal(decisionFor(page, 'someone should speak for them').fate, 'kept');
  assert.equal(decisionFor(page, 'I agree with every word').rule, 'comments-section');
});

test("the writer's bio under the last paragraph is dropped", () => {
  const page = ['Cities should stop building car parks', 'By Daniel Okafor', 'September 14, 2022', PROSE, PROSE2, P3,
    'Daniel Okafor is a transport planner and writes about cities. He lives in Leeds.'].join('\n');
  assert.equal(decisionFor(page, 'Daniel Okafor is').rule, 'author-bio');
  assert.equal(decisionFor(page, P3).fate, 'kept');
});

test("the writer's bio in the byline box above the article is dropped", () => {
  const page = ['Firmware bug is bricking some solid-state drives', 'by Jordan Pike', 'Apr 3, 2025, 10:15 AM UTC',
    'Jordan Pike is a senior reporter covering PC hardware, chips and storage.', '', PROSE, PROSE2, P3].join('\n');
  assert.equal(decisionFor(page, 'Jordan Pike is').rule, 'author-bio');
  assert.equal(decisionFor(page, PROSE).fate, 'kept');
});

test("a bio box with the name on its own line and an 'About the author' label is dropped, wherever it sits", () => {
  const page = ['Cities should stop building car parks', 'Lucía Ferrández', '27 feb 2025', '', PROSE, PROSE2, P3, '',
    'Sobre la firma', 'Lucía Ferrández', 'Es redactora de Clima y Medio Ambiente desde 2019.', '', 'Archivado En', 'Sequía', 'Agua', 'Málaga'].join('\n');
  assert.equal(decisionFor(page, 'Es redactora').rule, 'author-bio');
  assert.equal(decisionFor(page, 'Sobre la firma').rule, 'author-bio');
  assert.equal(decisionFor(page, P3).fate, 'kept');
});

test("an interviewer's question under her name is no bio", () => {
  const page = ['Ten questions for the new mayor', 'By Jane Doe', PROSE, PROSE2, 'Jane Doe', 'Is it true that the budget will be cut next year?', P3].join('\n');
  assert.equal(decisionFor(page, 'Is it true').fate, 'kept');
});

test('a bio under the last paragraphs is found past a related box and the footer', () => {
  const text = ['Libraries cut Sunday hours', 'By Margaret Ellison', '', PROSE, '', PROSE2, '',
    'Margaret Ellison is a retired high school English teacher in Millbrook.', '', 'Related Content', 'Opinion | The Editorial Board',
    'Site Index', 'Accessibility', 'Work with us', 'Advertise', 'Privacy Policy', 'Terms of Service', 'Careers', 'Help'].join('\n');
  assert.equal(extractArticle(text).lines.find((l) => l.text.startsWith('Margaret Ellison is'))?.rule, 'author-bio');
});

test('a bio near the end may name the writer by first name alone', () => {
  const text = ['Fuel queues return to Lagos', 'By Tunde Ajayi', '', PROSE, '', PROSE2, '',
    'Tunde has over eight years of experience covering energy for the paper.'].join('\n');
  assert.equal(extractArticle(text).lines.find((l) => l.text.startsWith('Tunde has'))?.rule, 'author-bio');
});

test('the writer box under a repeated byline is dropped up to its Follow button', () => {
  const text = ['Why the new bus network works', 'By Marguerite Okonjo', '', PROSE, '', PROSE2, '', PROSE, '',
    'Written by Marguerite Okonjo', '1.4K Followers', 'Editor for Transit Notebook', 'Writing about buses, bikes and the politics of getting around.', 'Follow'].join('\n');
  const e = extractArticle(text);
  assert.equal(e.lines.find((l) => l.text.startsWith('Editor for'))?.rule, 'author-bio-box');
  assert.equal(e.lines.find((l) => l.text.startsWith('Writing about'))?.rule, 'author-bio-box');
});

test('a body sentence about comments is not a comments heading: the paragraphs after it stay', () => {
  const text = `Transit agency to cut bus routes as ridership stalls\nBy Jane Doe\n\n${PROSE}\n\nRiders can also submit comments online through May 30.\n\n${PROSE2}\n\n${PROSE}\n`;
  const body = extractArticle(text).body;
  assert.match(body, /Riders can also submit comments online through May 30\./);
  assert.match(body, /counter-offensive/);
});

test("an 'About the author' label in Hindi, the writer's name and the bio under it are the bio box", () => {
  const e = extractArticle(['मध्य प्रदेश में मंत्रिमंडल विस्तार की तैयारी तेज', 'लेखक: राहुल शर्मा | अपडेटेड 12 मार्च 2025, 10:15 AM IST', '', PROSE, '', PROSE2, '',
    'लेखक के बारे में', 'राहुल शर्मा', 'राहुल शर्मा प्रभात दर्पण में प्रिंसिपल कॉरेस्पोंडेंट हैं और पिछले 12 वर्षों से राजनीति कवर कर रहे हैं.'].join('\n'));
  assert.deepEqual(e.fields.authors, ['राहुल शर्मा']);
  assert.ok(!e.body.includes('कॉरेस्पोंडेंट'));
  assert.ok(!e.body.includes('लेखक के बारे में'));
});

test("a paragraph opening with the writer's name and naming a journalist's job in another language is the bio ('… a Hírpont belpolitikai újságírója')", () => {
  const page = ['A parlament elfogadta a költségvetést', 'Kovács Péter', '2025. március 12. 10:45', PROSE, PROSE2,
    'Kovács Péter a Hírpont belpolitikai újságírója, 2019 óta tudósít a parlamentből.'].join('\n');
  assert.equal(decisionFor(page, 'Kovács Péter a Hírpont').rule, 'author-bio');
});

test("a wire story's contact box (labels, e-mail lines and the names under them) is dropped, up to the blank line", () => {
  const e = extractArticle(`Corvane weighs sale of its auto-chip unit\nBy Ethan Caldwell\nOctober 21, 2024\n\n${PROSE}\n\n${PROSE2}\n\nTo contact the reporters on this story:\nEthan Caldwell in San Francisco at ecaldwell12@meridian.net\nTo contact the editors responsible for this story:\nJillian Morrow at jmorrow@meridian.net\nMarcus Fenn\n\n${PROSE}`);
  for (const needle of ['To contact the reporters', 'ecaldwell12@', 'To contact the editors', 'jmorrow@', 'Marcus Fenn']) {
    assert.equal(e.lines.find((l) => l.text.includes(needle))?.rule, 'contact-box', needle);
  }
});

test("'Il vous reste 38.42% de cet article à lire. La suite est réservée aux abonnés.' cuts the article: what follows is the paywall and the footer", () => {
  assert.equal(isPaywallCut('Il vous reste 38.42% de cet article à lire. La suite est réservée aux abonnés.'), true);
  assert.equal(isPaywallCut('The rest of this article is for subscribers only.'), true);
  assert.equal(isPaywallCut('Prices rose 4.2% in the year to August, the article in the central bank bulletin says.'), false);
  assert.equal(isPaywallCut('Prices rose 4.2% in the year to August, officials said.'), false);
  const page = ['Le port de Saint-Aval rouvre après trois semaines de grève', 'Par Jeanne Morel', '12 septembre 2022',
    PROSE, PROSE2, 'Il vous reste 61% de cet article à lire. La suite est réservée aux abonnés.', 'Découvrir les offres',
    'Journal en ligne, La Vigie offre à ses lecteurs un panorama complet de l’actualité.', 'Mentions légales'].join('\n');
  const e = extractArticle(page);
  assert.ok(e.body.includes(PROSE2));
  assert.ok(!e.body.includes('Il vous reste') && !e.body.includes('panorama'));
});

test("'Jetzt weiterlesen mit Kompass+' ('continue reading with' the paid tier) is a paywall cut too", () => {
  assert.equal(isPaywallCut('Jetzt weiterlesen mit Lotse+'), true);
  assert.equal(isPaywallCut('Continue reading with a Herald subscription'), true);
  assert.equal(isPaywallCut('Weiterlesen lohnt sich, sagt sie.'), false);
});

test("a press-release wire's 'SOURCE Company' credit is dropped; the company's 'About' description is kept", () => {
  const text = ['Kelp company opens biorefinery in San Diego', '', PROSE, '', PROSE2, '', P3, '', 'About Pacific Kelp Works',
    'Pacific Kelp Works is a San Diego-based ocean materials company. For more information, visit www.pacifickelpworks.com.', '', 'SOURCE Pacific Kelp Works'].join('\n');
  assert.equal(decisionFor(text, 'SOURCE Pacific').rule, 'press-release-source');
  assert.equal(decisionFor(text, 'is a San Diego-based').fate, 'kept');
});

test("an agency's blurb under a story it signed alone is dropped like a writer's bio", () => {
  const text = ['Kyiv claims surprise gains in Kharkiv', 'Agence France-Presse', 'Published: 8:45pm, 11 Sep, 2022', '', PROSE, '', PROSE2, '', P3, '',
    'Agence France-Presse', 'Agence France-Presse is a global news agency with correspondents in 151 countries.'].join('\n');
  assert.equal(decisionFor(text, 'is a global news agency').rule, 'author-bio');
});

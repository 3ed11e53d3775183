import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isSubheadingShaped } from '../../../src/ingest/rules/subheadings.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('short title-case lines without final punctuation are subheading-shaped', () => {
  assert.ok(isSubheadingShaped('Russians on the Run'));
  assert.ok(isSubheadingShaped('‘Showing Their Backs’'));
  assert.ok(isSubheadingShaped('The speed of the advance'));
  assert.ok(!isSubheadingShaped('Ukraine says it has won.'));
  assert.ok(!isSubheadingShaped('and then the army withdrew'));
});

test('a subheading between paragraphs becomes a level-two heading, quotes kept', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\n‘Showing Their Backs’\n\n${PROSE2}`);
  assert.ok(e.body.includes('\n\n## ‘Showing Their Backs’\n\n'));
});

test('a title-case line at the end of the text is not a subheading', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\n${PROSE2}\n\nANE Billboard Hots`);
  assert.ok(!e.body.includes('ANE Billboard'));
});

const LONG = 'But campaigners said many projects were stuck in queues to connect to the national grid, some of them until the late 2030s.';

test('on a page with one paragraph per line and no blank lines, a short line between paragraphs is a subheading', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n${PROSE2}\nGrid bottlenecks\n${LONG}`);
  assert.ok(e.body.includes('## Grid bottlenecks\n\n' + LONG), e.body);
});

test('a short line inside hard-wrapped text is not a subheading', () => {
  const e = extractArticle(`${HEAD}The ministry said the troops had left the city.\nThe Ministry of Defence in London\nsaid on Monday that the forces had withdrawn from the whole area.`);
  assert.ok(!e.body.includes('##'), e.body);
});

test("a live blog's entry times alone on their lines head their entries", () => {
  const text = ['Rail strike: talks collapse', 'By Eleanor Marsh', '', PROSE, '', '17.46 BST', "We're going to wrap up our live coverage for today.", '', '15.12 BST', 'The Rail Operators Group has issued a statement.'].join('\n');
  const body = extractArticle(text).body;
  assert.match(body, /^## 17\.46 BST$/m);
  assert.match(body, /^## 15\.12 BST$/m);
});

test('one clock time in an article is not a subheading', () => {
  const text = ['Rail strike: talks collapse', 'By Eleanor Marsh', '', PROSE, '', '17.46 BST', 'We are going to wrap up our coverage for today.'].join('\n');
  assert.doesNotMatch(extractArticle(text).body, /^## 17\.46/m);
});

test('a subheading above a hard-wrapped paragraph is found by the whole paragraph', () => {
  const text = ['Lead pipes undercounted', 'By Hannah Okoro', '', PROSE, '', 'A decade of warnings', '',
    'The undercount was not a secret inside the utility. In 2017, an', 'engineering consultant hired by the city wrote in a memo that the', 'inventory could not be verified.'].join('\n');
  assert.match(extractArticle(text).body, /^## A decade of warnings$/m);
});

test('Chinese and Japanese subheadings are short lines without sentence or clause punctuation', () => {
  assert.equal(isSubheadingShaped('审批流程进一步简化'), true);
  assert.equal(isSubheadingShaped('高齢者「病院に行けなくなる」'), true);
  assert.equal(isSubheadingShaped('王阿姨笑着说。'), false);
  assert.equal(isSubheadingShaped('县内最大手、4月から'), false);
});

test('a short line closing a block under a finished sentence heads the hard-wrapped paragraph below', () => {
  const text = `${HEAD}${PROSE}\n"That's not a plan, that's a punishment," she said.\nWhat happens next\n\nThe transit board will hold three public hearings in May before a final vote\nscheduled for June 19, and riders can also send comments online.\n`;
  assert.match(extractArticle(text).body, /^## What happens next$/m);
});

test('a short Hindi line between paragraph lines, without sentence punctuation, is a subheading', () => {
  const long = 'बताया जा रहा है कि मुख्यमंत्री अगले सप्ताह दिल्ली जाकर पार्टी के केंद्रीय नेतृत्व से मुलाकात करेंगे और नामों पर अंतिम मुहर लगेगी.';
  // (Three different sentences: one printed three times on a page is the page's furniture.)
  const e = extractArticle(['मध्य प्रदेश में मंत्रिमंडल विस्तार की तैयारी तेज', '', long, 'दिल्ली में भी होगी चर्चा', long.replace('अगले सप्ताह', 'इसी सप्ताह'), long.replace('अंतिम', 'आखिरी')].join('\n'));
  assert.ok(e.body.includes('## दिल्ली में भी होगी चर्चा'));
});

test('on a page with one paragraph per line, a title-case line over a short whole sentence heads it', () => {
  const text = `${HEAD}${PROSE}\n${PROSE2}\nAdvertisement\nA Week of Uncertainty\nThe path to Tuesday’s vote was anything but smooth.\n${PROSE}`;
  const e = extractArticle(text);
  assert.ok(e.body.includes('## A Week of Uncertainty\n\nThe path to Tuesday’s vote'));
});

test("a sentence-case line over a whole sentence ending in a colon heads it, on a page with one paragraph per line", () => {
  const text = `${HEAD}${PROSE}\n${PROSE2}\nWhat the council is voting on\nThe proposal in front of the council is modest, and it does three things:\n1. Legalizes up to four homes on a lot.\n2. Removes the parking minimum.\n${PROSE}`;
  assert.ok(extractArticle(text).body.includes('## What the council is voting on\n\nThe proposal'));
});

test('a hard-wrapped line that breaks before a capitalised word is not a subheading (the word would have fitted)', () => {
  const text = `${HEAD}The officials in the district were visited on Monday, officials said.\nStoukdroun Zircharsleiberg, the chairwoman of the council, said on\nThursday that the officials in the district remained calm.\n\n${PROSE}`;
  assert.ok(!extractArticle(text).body.includes('##'), extractArticle(text).body);
});

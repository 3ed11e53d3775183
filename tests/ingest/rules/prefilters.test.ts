/**
 * The costly notice patterns run only on lines that contain one of their key words. A prefilter
 * that misses an alternative would silently let that notice into the body, so every fixture line
 * (and the examples here) that matches a pattern must also pass its prefilter.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { REGEXPS } from '../../../src/ingest/rules/patterns.ts';
import { hasPitchKey } from '../../../src/ingest/rules/furniture.ts';
import { goldenCases, readRaw } from '../golden.ts';

const PAIRS = [
  { name: 'longNotice', pattern: REGEXPS.longNotice, word: REGEXPS.longNoticeWord },
  { name: 'readerPrompt', pattern: REGEXPS.readerPrompt, word: REGEXPS.readerPromptWord },
];

const EXAMPLES = [
  'Privacy Notice: we will use your email only to send the newsletter.',
  'This story has not been edited by our staff and is auto-generated from a syndicated news feed.',
  'How we reviewed this article',
  'Market data delayed by at least 15 minutes.',
  'The Courier acknowledges the Traditional Owners of the land on which we work.',
  'Articles are the property of their respective owners.',
  '© 2025 Example Media, LLC. All rights reserved. Example may earn a commission from links on this page, which is why this notice runs on for longer than one short footer line would.',
  'Vous avez aimé cet article ? Abonnez-vous.',
  'Hat Ihnen dieser Artikel gefallen?',
  'Wenn Ihnen dieser Artikel gefallen hat, unterstützen Sie unseren Journalismus.',
  'Se você gostou desta matéria, assine o jornal.',
  'If you enjoyed this, consider subscribing.',
  'Have a story idea? Tell us here.',
  'Support local news. Donate today.',
  'KQRT 7 will update this story as more information becomes available.',
  'Veja mais notícias da região',
];

test('every line a costly notice pattern matches also passes its key-word prefilter', () => {
  for (const e of EXAMPLES) assert.ok(PAIRS.some((p) => p.pattern.test(e)), `the example matches no pattern: ${e}`);
  const lines = [...EXAMPLES, ...goldenCases().flatMap((c) => readRaw(c).split('\n').map((l) => l.trim()))];
  let matched = 0;
  for (const { name, pattern, word } of PAIRS) {
    for (const line of lines) {
      if (!pattern.test(line)) continue;
      matched++;
      assert.ok(word.test(line), `${name} matches but its prefilter misses: ${line}`);
    }
  }
  assert.ok(matched > EXAMPLES.length, 'no fixture line matched: the fixtures were not read');
});

test("every line the unanchored pitch and notice tests match also has one of 'pitchKey' words", () => {
  const examples = [
    'Síguenos en Google News y entérate antes que nadie de lo que pasa en la capital.',
    'प्रभात दर्पण के WhatsApp चैनल से जुड़ें और पाएं हर बड़ी खबर सबसे पहले.',
    'Google News पर हमें फॉलो करें',
    "That's why we started the paper - to provide discerning readers like you with must-read coverage.",
    'We subscribe to the Press Code of the Press Council of South Africa.',
    'Jakékoli další šíření je bez předchozího souhlasu ČTK výslovně zakázáno.',
    'This material may not be published, broadcast, rewritten or redistributed.',
    'Acest site folosește cookie-uri pentru a vă oferi o experiență de navigare cât mai bună.',
  ];
  const unanchored = [REGEXPS.followPitch, REGEXPS.readersLikeYou, REGEXPS.pressCouncil, REGEXPS.rightsNotice, /cookie/iu];
  const lines = [...examples, ...goldenCases().flatMap((c) => readRaw(c).split('\n').map((l) => l.trim()))];
  for (const e of examples) assert.ok(unanchored.some((p) => p.test(e)), `the example matches no pattern: ${e}`);
  for (const line of lines) {
    if (unanchored.some((p) => p.test(line)) && (REGEXPS.followPitch.test(line) ? REGEXPS.followPlatform.test(line) : true)) {
      assert.ok(hasPitchKey(line), `a pitch pattern matches but 'pitchKey' misses: ${line}`);
    }
  }
});

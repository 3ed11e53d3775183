/**
 * The acceptance check for the five sample files in articles/: fields, sentences that must stay
 * in the body and furniture that must not.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { extractArticle } from '../../src/ingest/extract.ts';

const DIR = new URL('../../articles/', import.meta.url).pathname;
const fold = (s: string): string => s.normalize('NFKC').replace(/\\([*_#>\[\]`~-])/g, '$1').replace(/\s+/g, ' ');

function sample(prefix: string): ReturnType<typeof extractArticle> {
  const file = readdirSync(DIR).find((f) => f.startsWith(prefix));
  assert.ok(file, `sample ${prefix} exists`);
  return extractArticle(readFileSync(DIR + file, 'utf8'));
}

interface Expectation {
  title: string;
  date: string | null;
  authors: string[];
  source: string | null;
  keep: string[];
  drop: string[];
  more?: (e: ReturnType<typeof extractArticle>) => void;
}

const EXPECTED: Record<string, Expectation> = {
  '000': {
    title: "Putin's troops raise white flag & ABANDON key city in face of Ukrainian onslaught as military says forces 'regrouping'",
    date: null, authors: [], source: 'The Sun',
    keep: [
      'RUSSIAN soldiers raised a white flag as they fled a lighting Ukrainian advance',
      'Yesterday evening, Russians put a white flag nearby the railway station',
      "But President Volodymyr Zelenskiy's chief of staff Andriy Yermak tweeted an emoji of grapes.",
      'means "raisin" in Ukrainian and Russian.',
    ],
    drop: ['READ MORE', 'Most read in News', 'Eugenie breaks down', 'Bank Holiday for Queen', 'CHARLES IS KING',
      'How Charles becoming King will change cash', 'Read More on The Sun', 'Read Full Article'],
  },
  '001': {
    title: 'Russian troops raise white flag, U.S. brands Putin’s invasion of Ukraine a ‘failure’',
    date: '2022-09-12', authors: ['Tariq Tahir', 'Isaac Crowson', 'Katie Davis'], source: 'The Sun',
    keep: [
      'The offensive demolished Russian lines and allowed Ukrainian soldiers to retake 30 towns',
      'He told YES: “The liberation of all our territories is significant',
      'Drone footage shows multiple Kremlin soldiers hurtling off the out-of-control tank',
      'means “raisin” in Ukrainian and Russian.',
    ],
    drop: ['date 2022-09-12', 'By Tariq Tahir', 'The Sun / CNN'],
    more: (e) => assert.equal(e.fields.credit, 'The Sun / CNN'),
  },
  '002': {
    title: 'Putin’s troops abandon huge quantities of weapons fleeing Ukrainian blitz as attackers see ‘beginning of the end’ of war',
    date: null, authors: [], source: null,
    keep: [
      'These last few days the Russian army has shown us its best side, its back.',
      "It's a sign that Russia can be defeated.",
      'Tanks abandoned in a river by the fleeing Russians',
    ],
    drop: ['Advertisement', 'Most read in News', 'CALL THE CROPS', 'Police accused of wasting time', 'Jaguar\'s woke rebrand',
      'Thieves swipe phones', 'machibet777'],
    more: (e) => {
      assert.equal(e.fields.kicker, 'ON THE RUN');
      assert.ok(e.body.includes("*The Russians reportedly left in such a hurry they didn't finish lunch*\n*Credit: Channel 4*"));
      assert.ok(e.body.includes('*A victorious Ukrainian soldier flying his country\'s flag from a mast*'));
    },
  },
  '003': {
    title: 'Thousands of Russian soldiers “flee” after Ukraine unexpectedly takes major cities',
    date: null, authors: [], source: null,
    keep: [
      'Izyum was liberated today,’ the city’s mayor, Valeriy Marchenko, told The New York Times.',
      'Across the last week, Ukraine has taken back at least 2,500 square kilometres',
    ],
    drop: ['Connect with us', 'Share this post:', 'Categories:', 'Get More Stories Like This On', 'BeBe Winans', 'PASTOR’S DAUGHTER',
      'PAPA LOVES HIS GIRLS', 'Luka Modric', 'ANE Billboard Hots', 'Prefabricated Workshop Building Kits', '2 months ago'],
  },
  '004': {
    title: 'Defeated Putin Troops Flee Ukrainian Advance, Moscow Tries to Spin It Around',
    date: null, authors: [], source: null,
    keep: ['Kupyansk, a town of 30,000 people before the war', 'namely “showing its back.”'],
    drop: ['This article appeared in MorningPress'],
    more: (e) => {
      assert.ok(e.body.includes('\n## Russians on the Run\n'));
      assert.ok(e.body.includes('\n## ‘Showing Their Backs’\n'));
      assert.equal(e.fields.syndicated_from, 'MorningPress');
    },
  },
};

for (const [prefix, want] of Object.entries(EXPECTED)) {
  test(`sample ${prefix} gets the expected title, date, authors and source`, () => {
    const e = sample(prefix);
    assert.equal(e.fields.title, want.title);
    assert.equal(e.fields.date, want.date);
    assert.deepEqual(e.fields.authors, want.authors);
    assert.equal(e.fields.source, want.source);
    want.more?.(e);
  });

  test(`sample ${prefix} keeps the article's sentences and drops its furniture`, () => {
    const e = sample(prefix);
    const body = fold(e.body);
    for (const s of want.keep) assert.ok(body.includes(fold(s)), `kept: ${s}`);
    for (const s of want.drop) assert.ok(!body.includes(fold(s)), `dropped: ${s}`);
    assert.ok(!body.includes(fold(want.title)), 'the headline is not repeated in the body');
  });
}

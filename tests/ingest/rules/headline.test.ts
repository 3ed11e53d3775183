import { test } from 'node:test';
import assert from 'node:assert/strict';
import { cleanHeadline } from '../../../src/ingest/rules/headline.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

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

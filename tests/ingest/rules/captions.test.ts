import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitCredit } from '../../../src/ingest/rules/captions.ts';
import { extractArticle } from '../../../src/ingest/extract.ts';
import { PROSE, PROSE2 } from './helpers.ts';

const HEAD = 'Troops flee the city as the front collapses\n\n';

test('splits a credit glued to the last word of a caption', () => {
  assert.deepEqual(splitCredit("They didn't finish lunchCredit: Channel 4"), { text: "They didn't finish lunch", credit: 'Credit: Channel 4' });
});

test('splits a parenthesised image credit', () => {
  assert.deepEqual(splitCredit('A soldier hugs a resident (Image: Getty)'), { text: 'A soldier hugs a resident', credit: 'Image: Getty' });
});

test('splits a photograph credit after a caption sentence', () => {
  assert.deepEqual(splitCredit('Soldiers in a recaptured village. Photograph: Juan Barreto/AFP'), {
    text: 'Soldiers in a recaptured village.', credit: 'Photograph: Juan Barreto/AFP',
  });
});

test('does not split prose that happens to contain a colon', () => {
  assert.equal(splitCredit('He told YES: “The liberation of all our territories is significant.”'), null);
});

test('renders a credited caption as two emphasised lines of one paragraph', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nMounds of munitions were left behindCredit: Channel 4\n\n${PROSE2}`);
  assert.ok(e.body.includes('\n\n*Mounds of munitions were left behind*\n*Credit: Channel 4*\n\n'));
});

test('uncredited lines in a block of credited captions are captions too', () => {
  const e = extractArticle(`${HEAD}${PROSE}\n\nAdvertisement\nTanks abandoned in a river\nMounds of munitions were left behindCredit: Channel 4\n\n${PROSE2}`);
  assert.ok(e.body.includes('*Tanks abandoned in a river*'));
});

test('a parenthesised photo description is a caption', () => {
  const e = extractArticle(`${HEAD}(Social media photo shows fighters at the entrance of Izyum.)\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*(Social media photo shows fighters at the entrance of Izyum.)*'));
});

test("an 'Image caption,' label introduces the caption on the next line, with the source credit joined", () => {
  const e = extractArticle(`${HEAD}Image source, Getty Images\nImage caption,\nSoldiers ride an armoured vehicle\n\n${PROSE}`);
  assert.ok(e.body.startsWith('*Soldiers ride an armoured vehicle*\n*Image source, Getty Images*'));
});

test('a lone agency credit line joins the caption below it', () => {
  const e = extractArticle(`${HEAD}AFP via Getty Images\nSoldiers ride an armoured vehicle (Image: AFP)\n\n${PROSE}`);
  assert.ok(e.body.includes('*AFP via Getty Images*') || e.body.includes('*Soldiers ride an armoured vehicle*'));
});

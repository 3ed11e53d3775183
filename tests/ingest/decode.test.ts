import { test } from 'node:test';
import assert from 'node:assert/strict';
import { decode, MAX_INPUT_BYTES } from '../../src/ingest/decode.ts';

const article = 'Harbour café reopens\n\nThe café owner thanked the volunteers.\n';

test('an empty file is an error that says it is empty', () => {
  const r = decode(new Uint8Array());
  assert.equal(r.ok, false);
  assert.match(!r.ok ? r.error : '', /empty/);
});

test('a whitespace-only file is an error that says it is blank', () => {
  const r = decode(Buffer.from(' \n\n\t \n'));
  assert.match(!r.ok ? r.error : '', /blank/);
});

test('a PNG renamed .txt is refused as binary, naming what it looks like', () => {
  const r = decode(Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex'));
  assert.match(!r.ok ? r.error : '', /binary.*PNG/);
});

test('NUL bytes in an otherwise textual file make it binary', () => {
  const r = decode(Buffer.from('Some text\u0000more text'));
  assert.match(!r.ok ? r.error : '', /NUL/);
});

test('invalid UTF-8 is read as Windows-1252 with a warning, keeping accented letters', () => {
  const r = decode(Buffer.from(article, 'latin1'));
  assert.ok(r.ok);
  assert.equal(r.encoding, 'windows-1252');
  assert.ok(r.text.includes('Harbour café reopens'));
  assert.match(r.warnings.join(), /Windows-1252/);
});

test('Windows-1252 curly quotes come out as the right characters', () => {
  const r = decode(Buffer.from([0x93, 0x48, 0x69, 0x94, 0x20, 0x92]));
  assert.ok(r.ok);
  assert.equal(r.text, '\u201cHi\u201d \u2019');
});

test('UTF-16 with a BOM is decoded, in both byte orders', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')]);
  const be = Buffer.from(le);
  be.swap16();
  for (const bytes of [le, be]) {
    const r = decode(bytes);
    assert.ok(r.ok);
    assert.equal(r.text, article);
  }
});

test('a UTF-8 BOM and CRLF line ends leave no trace in the text', () => {
  const r = decode(Buffer.from('\ufeff' + article.replace(/\n/g, '\r\n')));
  assert.ok(r.ok);
  assert.equal(r.text, article);
  assert.deepEqual(r.warnings, []);
});

test('old Mac CR line ends become LF', () => {
  const r = decode(Buffer.from('One\rTwo\r'));
  assert.ok(r.ok);
  assert.equal(r.text, 'One\nTwo\n');
});

test('a file over the size limit is refused with the limit in the message', () => {
  const r = decode(new Uint8Array(MAX_INPUT_BYTES + 1).fill(0x61));
  assert.match(!r.ok ? r.error : '', /too large.*limit/);
});

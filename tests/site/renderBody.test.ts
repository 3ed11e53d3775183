import { test } from 'node:test';
import assert from 'node:assert/strict';
import { renderBody } from '../../src/site/renderBody.ts';

test('raw HTML in a body is shown as text, never passed through', () => {
  const html = renderBody('Before <script>alert(1)</script> and <img src=x onerror="alert(2)"> after.');
  assert.ok(!html.includes('<script>'));
  assert.ok(!html.includes('<img'));
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt;'));
});

test('javascript: links lose their link and keep their text', () => {
  const html = renderBody('A reader wrote [click here](javascript:alert(3)).');
  assert.ok(!/href="javascript/i.test(html));
  assert.ok(html.includes('click here'));
});

test('ordinary web links stay links', () => {
  assert.match(renderBody('See [the report](https://example.org/r).'), /<a href="https:\/\/example.org\/r"/);
});

test('a level-one heading in a body is demoted, keeping the page to one h1', () => {
  assert.match(renderBody('# Big\n\ntext'), /<h2>Big<\/h2>/);
});

test('subheadings render as h2', () => {
  assert.match(renderBody('## Russians on the Run\n\nText.'), /<h2>Russians on the Run<\/h2>/);
});

test('an emphasised caption becomes a figure with its credit set apart', () => {
  const html = renderBody('*Tanks abandoned in a river*\n*Credit: Channel 4*\n\nNext paragraph.');
  assert.match(html, /<figure class="caption"><figcaption>Tanks abandoned in a river <span class="credit">Credit: Channel 4<\/span><\/figcaption><\/figure>/);
  assert.match(html, /<p>Next paragraph.<\/p>/);
});

test('template syntax in a body is left as literal text', () => {
  assert.match(renderBody('Mayor says {{ 7*7 }} and {% raw %}.'), /\{\{ 7\*7 \}\} and \{% raw %\}/);
});

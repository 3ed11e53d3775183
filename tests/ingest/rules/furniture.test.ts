import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LINE_FURNITURE_RULES } from '../../../src/ingest/rules/furniture.ts';

function ruleFor(line: string): string | null {
  return LINE_FURNITURE_RULES.find((r) => r.test(line))?.name ?? null;
}

const FURNITURE: [string, string][] = [
  ['Advertisement', 'advertisement'],
  ['Story continues below advertisement', 'advertisement'],
  ['Share this post:', 'share-or-follow-prompt'],
  ['Connect with us', 'share-or-follow-prompt'],
  ['Get More Stories Like This On: Facebook: @AllNaija, Twitter: @AllNaija', 'share-or-follow-prompt'],
  ['Sign up for our newsletter', 'newsletter-or-legal-notice'],
  ['We use cookies to improve your experience on our site.', 'newsletter-or-legal-notice'],
  ['This article is more than 2 years old', 'newsletter-or-legal-notice'],
  ['2 months ago', 'relative-time-stamp'],
  ['Lifestyle2 months ago', 'relative-time-stamp'],
  ['ANE Football Analytical3 months ago', 'relative-time-stamp'],
  ['Updated 3 hours ago', 'relative-time-stamp'],
  ['Source: Read Full Article', 'read-full-article-link'],
  ['machibet777.com', 'bare-domain-name'],
  ['3 min read', 'reading-time'],
  ['Published', 'chrome-word'],
  ['on', 'chrome-word'],
  ['Topics', 'chrome-word'],
  ['X', 'share-or-follow-prompt'],
  ['___', 'no-letters'],
];

for (const [line, rule] of FURNITURE) {
  test(`drops ${JSON.stringify(line)} by ${rule}`, () => assert.equal(ruleFor(line), rule));
}

test('keeps sentences that merely mention furniture words', () => {
  for (const line of [
    'Ukraine shared the video on Telegram two months ago, officials said.',
    'The advertisement campaign was launched in Kyiv.',
    'I said it a year ago and I will say it again',
    'Published reports say the army has retreated.',
  ]) {
    assert.equal(ruleFor(line), null, line);
  }
});

test('drops inline links to other stories', () => {
  assert.equal(ruleFor('READ MORE: Putin’s troops flee as Ukraine advances'), 'inline-teaser-link');
  assert.equal(ruleFor('RELATED: Zelensky visits Izium'), 'inline-teaser-link');
  assert.equal(ruleFor('Click here to get the latest news'), 'newsletter-or-legal-notice');
});

test('skip links are furniture in every language we meet', () => {
  for (const line of ['Skip to main content', 'Skip to navigation', 'Zum Inhalt springen', 'Aller au contenu principal', 'Ir al contenido',
    'Vai al contenuto', 'Pular para o conteúdo', 'Naar de hoofdinhoud', 'Przejdź do treści', 'Перейти до основного вмісту']) {
    assert.equal(ruleFor(line), 'skip-link', line);
  }
  assert.equal(ruleFor('Skip to the end of the war, officials said.'), null);
});

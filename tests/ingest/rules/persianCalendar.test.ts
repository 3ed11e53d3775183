import { test } from 'node:test';
import assert from 'node:assert/strict';
import { jalaliToGregorian } from '../../../src/ingest/rules/persianCalendar.ts';

test('converts Persian calendar dates to the Gregorian calendar, across Nowruz and leap years', () => {
  assert.deepEqual(jalaliToGregorian(1403, 6, 12), [2024, 9, 2]);
  assert.deepEqual(jalaliToGregorian(1403, 1, 1), [2024, 3, 20]);
  assert.deepEqual(jalaliToGregorian(1402, 12, 29), [2024, 3, 19]);
  assert.deepEqual(jalaliToGregorian(1399, 12, 30), [2021, 3, 20]);
  assert.deepEqual(jalaliToGregorian(1404, 10, 1), [2025, 12, 22]);
});

test('a day the Persian month cannot have is no date', () => {
  assert.equal(jalaliToGregorian(1403, 7, 31), null);
  assert.equal(jalaliToGregorian(1403, 13, 1), null);
});

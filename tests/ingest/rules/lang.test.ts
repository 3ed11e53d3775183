import { test } from 'node:test';
import assert from 'node:assert/strict';
import { guessLanguage } from '../../../src/ingest/rules/lang.ts';

test('tells English, German, French and Spanish apart', () => {
  assert.equal(guessLanguage('The defence ministry said that the troops were being sent to the Donetsk region on Saturday.'), 'en');
  assert.equal(guessLanguage('Die ukrainische Armee hat nach eigenen Angaben die Stadt Isjum im Osten des Landes zurückerobert und ist auf dem Vormarsch.'), 'de');
  assert.equal(guessLanguage('L’armée ukrainienne a repris la ville dans l’est du pays, au terme d’une contre-offensive pour les troupes.'), 'fr');
  assert.equal(guessLanguage('El ejército ucraniano ha recuperado la ciudad de Izium, en el este del país, tras una contraofensiva.'), 'es');
});

test('gives no language for text too short to tell', () => {
  assert.equal(guessLanguage('Izium'), null);
});

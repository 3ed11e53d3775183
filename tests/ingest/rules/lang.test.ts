import { test } from 'node:test';
import assert from 'node:assert/strict';
import { detectLanguage, guessLanguage } from '../../../src/ingest/rules/lang.ts';

test('tells English, German, French and Spanish apart', () => {
  assert.equal(guessLanguage('The defence ministry said that the troops were being sent to the Donetsk region on Saturday.'), 'en');
  assert.equal(guessLanguage('Die ukrainische Armee hat nach eigenen Angaben die Stadt Isjum im Osten des Landes zurückerobert und ist auf dem Vormarsch.'), 'de');
  assert.equal(guessLanguage('L’armée ukrainienne a repris la ville dans l’est du pays, au terme d’une contre-offensive pour les troupes.'), 'fr');
  assert.equal(guessLanguage('El ejército ucraniano ha recuperado la ciudad de Izium, en el este del país, tras una contraofensiva.'), 'es');
});

test('gives no language for text too short to tell', () => {
  assert.equal(guessLanguage('Izium'), null);
});

test('languages without a function-word list are told by their trigrams, as two-letter codes', () => {
  assert.equal(guessLanguage('W poniedziałek rano pasażerowie po raz pierwszy pojechali nową linią tramwajową na Wilanów.'), 'pl');
  assert.equal(guessLanguage('Банк России в понедельник сохранил ключевую ставку на уровне 8 процентов годовых, сообщила пресс-служба.'), 'ru');
  assert.equal(guessLanguage('У Харкові в понеділок відновили рух метрополітену, який було зупинено через обстріли міста.'), 'uk');
  assert.equal(guessLanguage('Türkiye Cumhurbaşkanı pazartesi günü yaptığı açıklamada yeni bir ekonomi paketi hazırlandığını söyledi.'), 'tr');
});

test('short English lines without many function words are still English', () => {
  assert.equal(guessLanguage('Storm Eunice: Red weather warning as 100mph winds batter south-west England tonight'), 'en');
});

test('names the rule that decided', () => {
  assert.equal(detectLanguage('The defence ministry said that the troops were being sent to the Donetsk region on Saturday.')?.rule, 'function-word-count');
  assert.equal(detectLanguage('W poniedziałek rano pasażerowie po raz pierwszy pojechali nową linią tramwajową na Wilanów.')?.rule, 'trigram-franc');
});

test('Danish, Swedish and Norwegian are told apart by their spelling, not by trigrams alone', () => {
  assert.equal(guessLanguage('Det bliver en hård vinter for økonomien i Norddjurs Kommune. Et nyt overblik fra forvaltningen viser, at kommunen står til at mangle 38 millioner kroner i 2026, og derfor skal byrådet allerede nu finde besparelser. Han peger på stigende udgifter til det specialiserede socialområde og flere ældre borgere som de væsentligste årsager til hullet.'), 'da');
  assert.equal(guessLanguage('Olyckan inträffade strax efter klockan fyra på fredagsmorgonen på E4:an vid Iggesund. Räddningstjänsten larmades och var på plats cirka tjugo minuter senare, säger polisen.'), 'sv');
});

/**
 * Every regular expression the ingest rules use, in one place (like Readability's REGEXPS).
 *
 * Rules of the house: no nested quantifiers, anchored where possible, and every pattern that
 * scans free text is only run on lines short enough for it to matter (see `lineShape.ts`), so
 * extraction stays linear in the size of the input.
 */

import { JALALI_MONTHS } from './persianCalendar.ts';

/** Month names (English, German, French, Spanish, Italian, Portuguese, Dutch, Polish, Russian, Ukrainian) → month number. */
export const MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'january jan janv ene gen januar janvier enero gennaio janeiro januari jän stycznia styczeń января январь січня січень ocak يناير'],
      [2, 'february feb févr fevr fev februar février fevrier febrero febbraio fevereiro februari lutego luty февраля февраль лютого лютий şubat فبراير'],
      [3, 'march mar märz maerz mars marzo março maart mrt marca marzec марта март березня березень mart مارس machi'],
      [4, 'april apr avr abr avril abril aprile kwietnia kwiecień апреля апрель квітня квітень nisan أبريل إبريل aprili'],
      [5, 'may mai mag mayo maggio maio mei maja maj мая май травня травень mayıs مايو'],
      [6, 'june jun juni juin giu junio giugno junho czerwca czerwiec июня июнь червня червень haziran يونيو'],
      [7, 'july jul juil lug juli juillet julio luglio julho lipca lipiec июля июль липня липень temmuz يوليو julai'],
      [8, 'august aug ago août aout agosto augustus sierpnia sierpień августа август серпня серпень augusti ağustos أغسطس agosti'],
      [9, 'september sep sept set septembre septiembre settembre setembro września wrzesień сентября сентябрь вересня вересень eylül سبتمبر septemba'],
      [10, 'october oct ott out oktober octobre octubre ottobre outubro okt października październik октября октябрь жовтня жовтень ekim أكتوبر oktoba'],
      [11, 'november nov novembre noviembre novembro listopada listopad ноября ноябрь листопада листопад kasım نوفمبر novemba'],
      [12, 'december dec déc dic dezember décembre decembre diciembre dicembre dezembro dez grudnia grudzień декабря декабрь грудня грудень desember aralık ديسمبر desemba'],
    ] as const
  ).flatMap(([n, names]) => names.split(' ').map((name) => [name, n] as [string, number])),
);

/**
 * Month names of languages that print the day first ('21 ianuarie 2025', '15 Ιουλίου 2025', '12 मार्च 2025'):
 * Romanian, Czech, Greek, Hindi, Hungarian, Indonesian, Danish, and the Gregorian months in Persian, Urdu, Bengali, Tamil, Marathi and Gujarati
 * ('۲ سپتامبر ۲۰۲۴', '۳ ستمبر ۲۰۲۴', '০৩ সেপ্টেম্বর ২০২৪'). Only the day-first pattern looks for them, so the
 * month-first pattern (which is tried at every position of a line) keeps its shorter alternation.
 */
const DAY_FIRST_MONTHS: ReadonlyMap<string, number> = new Map(
  (
    [
      [1, 'ianuarie ledna leden ιανουαρίου ιανουάριος जनवरी január gener ژانویه জানুয়ারি জানুয়ারি جنوری ஜனவரி जानेवारी જાન્યુઆરી'],
      [2, 'februarie února únor φεβρουαρίου φεβρουάριος फ़रवरी फरवरी február febrer شباط فوریه ফেব্রুয়ারি ফেব্রুয়ারি فروری பிப்ரவரி फेब्रुवारी ફેબ્રુઆરી'],
      [3, 'martie března březen μαρτίου μάρτιος मार्च március marts maret març آذار مارس মার্চ مارچ மார்ச் માર્ચ'],
      [4, 'aprilie dubna duben απριλίου απρίλιος अप्रैल április abril نيسان آوریل এপ্রিল اپریل ஏப்ரல் एप्रिल એપ્રિલ'],
      [5, 'května květen μαΐου μαίου μάιος मई május maig أيار مه می মে مئی மே मे મે'],
      [6, 'iunie června červen ιουνίου ιούνιος जून június juny حزيران يونيه ژوئن জুন جون ஜூன் જૂન'],
      [7, 'iulie července červenec ιουλίου ιούλιος जुलाई július juliol تموز يوليه ژوئیه جولای জুলাই جولائی ஜூலை जुलै જુલાઈ'],
      [8, 'srpna srpen αυγούστου αύγουστος अगस्त augusztus agustus agost آب اوت آگوست আগস্ট اگست ஆகஸ்ட் ऑगस्ट ઓગસ્ટ'],
      [9, 'septembrie září σεπτεμβρίου σεπτέμβριος सितंबर सितम्बर szeptember setembre أيلول سپتامبر সেপ্টেম্বর ستمبر செப்டம்பர் सप्टेंबर સપ્ટેમ્બર'],
      [10, 'octombrie října říjen οκτωβρίου οκτώβριος अक्टूबर अक्तूबर október octubre اکتبر অক্টোবর অক্টোবর اکتوبر அக்டோபர் ऑक्टोबर ઓક્ટોબર'],
      [11, 'noiembrie listopadu νοεμβρίου νοέμβριος नवंबर नवम्बर novembre نوامبر নভেম্বর نومبر நவம்பர் नोव्हेंबर નવેમ્બર'],
      [12, 'decembrie prosince prosinec δεκεμβρίου δεκέμβριος दिसंबर दिसम्बर desembre دسامبر ডিসেম্বর دسمبر டிசம்பர் डिसेंबर ડિસેમ્બર'],
    ] as const
  ).flatMap(([n, names]) => names.split(' ').map((name) => [name, n] as [string, number])),
);

/** Every month name, for reading the one a pattern matched. */
export const ALL_MONTHS: ReadonlyMap<string, number> = new Map([...MONTHS, ...DAY_FIRST_MONTHS]);

const MONTH_ALT = [...MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const DAY_FIRST_MONTH_ALT = [...ALL_MONTHS.keys()].sort((a, b) => b.length - a.length).join('|');
const WEEKDAY =
  '(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|' +
  // Vietnamese, Czech, Romanian, Greek, Hindi, Scandinavian, Spanish, Portuguese, Italian, Dutch, Polish weekdays.
  'thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật|pondělí|úterý|středa|čtvrtek|pátek|sobota|neděle|luni|marți|marti|miercuri|joi|vineri|sâmbătă|sambata|duminică|duminica|' +
  'δευτέρα|τρίτη|τετάρτη|πέμπτη|παρασκευή|σάββατο|κυριακή|सोमवार|मंगलवार|बुधवार|गुरुवार|शुक्रवार|शनिवार|रविवार|' +
  'mandag|tirsdag|onsdag|torsdag|fredag|lørdag|søndag|måndag|tisdag|lördag|söndag|lunes|martes|miércoles|jueves|viernes|sábado|domingo|' +
  'segunda-feira|terça-feira|quarta-feira|quinta-feira|sexta-feira|lunedì|martedì|mercoledì|giovedì|venerdì|sabato|maandag|dinsdag|woensdag|donderdag|vrijdag|zaterdag|zondag|' +
  'poniedziałek|wtorek|środa|czwartek|piątek|niedziela|hétfő|kedd|szerda|csütörtök|péntek|szombat|vasárnap|' +
  // Catalan, Swahili, Arabic weekdays.
  'dilluns|dimarts|dimecres|dijous|divendres|dissabte|diumenge|jumatatu|jumanne|jumatano|alhamisi|ijumaa|jumamosi|jumapili|' +
  'الاثنين|الإثنين|الثلاثاء|الأربعاء|الخميس|الجمعة|السبت|الأحد|' +
  // Ukrainian and Russian weekdays.
  "понеділок|вівторок|середа|четвер|п['’]ятниця|субота|неділя|понедельник|вторник|среда|четверг|пятница|суббота|воскресенье";

export const REGEXPS = {
  // ---- dates and times ---------------------------------------------------------------------
  /** A video's running time alone on its line: '01:48', '1:02:11'. */
  runningTime: /^\d{1,2}:\d\d(?::\d\d)?$/u,
  /** 2022-09-12, 2022-09-12T14:05:00Z, 2022/09/12 */
  isoDate: /(\d{4})(?:[-/]|\.\s?)(\d{1,2})(?:[-/]|\.\s?)(\d{1,2})\.?(?:[T ](\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?/,
  /**
   * What Arabic pages print beside the Gregorian date: the Hijri date ('29 صفر 1446 هـ'), the era letters ('هـ', 'م') and
   * 'الموافق' ('corresponding to'). Taken off a date line before its leftover words are counted.
   */
  hijriBeside: /\d{1,2}\s+(?:محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة)\s+\d{4}|(?<![\p{L}\p{M}])(?:هـ|م|الموافق)(?![\p{L}\p{M}])/gu,
  /** '۱۲ شهریور ۱۴۰۳' (read with ASCII digits): a day, a Persian calendar month and a year. */
  jalaliDate: new RegExp(`(\\d{1,2})\\s+(${JALALI_MONTHS.join('|')})\\s+(\\d{4})(?![\\d])`, 'u'),
  /** 2022年9月12日 (Chinese, Japanese), 2022년 9월 12일 (Korean) */
  cjkDate: /(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]/u,
  /** On a line with a.m./p.m. or a US time zone, 9/12/2022 is September 12. */
  usClockHint: /\b[ap]\.?m\b\.?|\b(?:ET|EDT|EST|CT|CDT|CST|PT|PDT|PST|MT|MDT|MST)\b/i,
  /** 12/09/2022, 12.09.2022, 9-12-2022 */
  numericDate: /(\d{1,2})(?:[./·-]|\.\s)(\d{1,2})(?:[./·-]|\.\s)(\d{4})/,
  /** 04-02-25, 04.02.25: a two-digit year, read only on a line that is about the date alone. */
  shortYearDate: /(?<![\d./·-])(\d{1,2})([./·-])(\d{1,2})\2(\d{2})(?![\d./·-])/,
  /** 12 Sep 2022, 12. September 2022, 12 de septiembre de 2022, 1er septembre 2022 */
  dayMonthYear: new RegExp(
    `(\\d{1,2})(?:st|nd|rd|th|er|e)?\\.?\\s*(?:de\\s+|d['’])?(${DAY_FIRST_MONTH_ALT})\\.?,?\\s+(?:de\\s+)?(\\d{4})`,
    'iu',
  ),
  /** '2025. március 12.': Hungarian writes the year first, then the month's name and the day. */
  yearMonthDay: new RegExp(`(\\d{4})\\.\\s+(${DAY_FIRST_MONTH_ALT})\\s+(\\d{1,2})\\.`, 'iu'),
  /** September 12, 2022, Sept. 12 2022 */
  monthDayYear: new RegExp(`(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu'),
  /** 14:05, 14.05 (after a date), 2:05 pm, 2.05am, '09:10 p. m.' (Spanish spaces the letters) */
  time: /(?:^|[^\d])([01]?\d|2[0-3])[:.h時시]\s?([0-5]\d)(?:[:.][0-5]\d)?(?!\d)[分분]?\s*(a\.?m\.?|p\.?m\.?|[ap]\.\sm\.|[صم](?![\p{L}\p{M}]))?/iu,
  /** BST, GMT, CEST, ET, UTC+2, +02:00 printed after a time */
  timezone: /^\s*(?:\(?\s*)(UTC|GMT|BST|CET|CEST|EET|EEST|MSK|IST|EST|EDT|CST|CDT|MST|MDT|PST|PDT|ET|PT|CT|AEST|AEDT|WIB|SAST|WAT|EAT|HKT|JST|KST|MYT|SGT|PHT|ICT|PKT|NZST|NZDT)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?\)?|^\s*([+-]\d{2}:?\d{2})/,
  weekday: new RegExp(`^(?:${WEEKDAY})(?![\\p{L}\\p{M}\\p{N}])\\.?,?\\s*`, 'iu'),
  /** 'Posted by X on Monday,': a weekday (and its comma) closing the text before a date. */
  trailingWeekday: new RegExp(`(?<![\\p{L}\\p{M}])(?:${WEEKDAY})\\.?,?\\s*$`, 'iu'),
  /** 3 hours ago, Lifestyle2 months ago, Published 1 day ago, il y a 2 heures, vor 3 Stunden */
  relativeStamp:
    /^(?:[\p{L}&'’ ]{0,40}?)\s*(?:\d+|an?|one)\s*(?:s|sec|secs|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?|w|wks?|weeks?|mo|months?|y|yrs?|years?)\s+ago$|^(?:\p{L}+\s+){0,3}(?:il y a|vor|hace|há)\s+\d+\s*\p{L}+$|^(?:just now|yesterday|today)$/iu,
  /** Prefixes of a date line: 'Published', 'Originally published', 'Updated:', 'Posted on', 'Mis à jour le', 'Veröffentlicht am' */
  datePrefix:
    /^(?:this (?:article|story|page|post) was (?:first |last |originally )?(?:published|posted|updated)(?:\s+on)?|(?:(?:first|originally)\s+)?(?:published|uploaded|posted)(?:\s+on)?|laatste\s+update|data\s+(?:utworzenia|publikacji|aktualizacji)|opublikowano|aktualizacja|publicerad|uppdaterad|publisert|oppdatert|udgivet|opdateret|julkaistu|päivitetty|yayınlanma|güncelleme|last\s+updated(?:\s+on)?|last\s+modified(?:\s+on)?|updated(?:\s+on)?|posted(?:\s+on)?|modified|date|dated|publié\s+le|mise?\s+à\s+jour(?:\s+le)?|veröffentlicht(?:\s+am)?|aktualisiert(?:\s+am)?|erschienen(?:\s+am)?|zuletzt\s+aktualisiert(?:\s+am)?|stand|publicado(?:\s+(?:el|em|en|a))?|actualizado(?:\s+(?:el|em|en|al|a))?|atualizado(?:\s+(?:em|às|a))?|pubblicato(?:\s+il)?|aggiornato(?:\s+il)?|gepubliceerd(?:\s+op)?|ultimo\s+aggiornamento|derni[èe]re\s+mise\s+à\s+jour|última\s+actualización|última\s+atualização|letzte\s+aktualisierung)\b\s*:?\s*|^(?:publicat(?:\s+(?:la|pe|în))?|actualizat(?:\s+(?:la|pe|în))?|publikováno|aktualizováno|vydáno|zveřejněno|publikované|aktualizované|δημοσίευση|δημοσιεύθηκε|ενημέρωση|ενημερώθηκε|cập nhật|đăng(?:\s+lúc)?|अपडेटेड|अपडेट|प्रकाशित|पब्लिश्ड|közzétéve|frissítve|diterbitkan|diperbarui|(?:نُشر|نشر)(?:\s+في)?|تاريخ النشر|آخر تحديث|تاریخ انتشار|منتشر شده(?:\s+در)?|به‌روزرسانی|প্রকাশ(?:িত)?|আপডেট)(?![\p{L}\p{M}])\s*:?\s*/iu,
  updatedPrefix: /^(?:(?:ultimo\s+aggiornamento|derni[èe]re\s+mise\s+à\s+jour|última\s+actualización|última\s+atualização|letzte\s+aktualisierung)\b|(?:last\s+)?(?:updated|laatste\s+update|modified|modifié|mis\s+à\s+jour|aktualisiert|actualizado|aggiornato|atualizado|bijgewerkt|zaktualizowano|обновлено|оновлено|수정|更新|actualizat|aktualizováno|aktualizované|ενημερώθηκε|ενημέρωση|cập nhật|frissítve|diperbarui|opdateret|uppdaterad|oppdatert|päivitetty|آخر تحديث|به‌روزرسانی|আপডেট))/iu,
  /** Where a second, 'updated' stamp starts on a date line: '… | Updated: …', '…, mis à jour à 16h30', '…, modifié le …', '… Atualizado há 2 horas'. */
  updatedWord: /(?:last update(?:d)?(?: on)?|updated|modified|modifié|mis\s+à\s+jour|aktualisiert|geändert|actualizado|modificado|aggiornato|modificato|atualizado|bijgewerkt|zaktualizowano|обновлено|оновлено)/iu,
  /** 'and ' before a second date stamp on its own line. */
  /** ', first published at 5.30pm' after an update's date and time: the first stamp's clock alone, the same day. */
  firstPublishedClock: /,?\s*(?:first|originally)\s+(?:published|posted)(?:\s+(?:at|on))?\s+\d{1,2}[.:]\d{2}\s*(?:[ap]\.?m\.?)?$/iu,
  leadingAnd: /^(?:and|und|et|y|e|en)\s+(?=\S)/iu,
  firstPublished: /^(?:first\s+(?:published|uploaded|posted)|originally\s+published)\s+(?:on\s*)?:?/i,
  /** ' date 2022-09-12 Headline' — a date glued before the headline. */
  gluedDatePrefix: /^\s*(?:date|published|posted)?\s*:?\s*(\d{4}-\d{2}-\d{2})\s+(?=\S)/i,

  // ---- bylines ------------------------------------------------------------------------------
  /** 'By X', 'Written by X', 'Words by', 'Words: X', 'Interview by X', 'Oprac. X' (Polish: compiled by), 'Von X', 'Par X', 'Por X', 'Di X', 'Door X', 'Author: X' */
  bylinePrefix:
    /^(?:(?:记者|記者|作者|撰文|文|기자|लेखक|रिपोर्टर|रिपोर्ट|संवाददाता|συντάκτης|συντάκτρια|συντάκτες|συγγραφέας|tác giả|phóng viên|szerző|autori|الكاتب|كتب|מאת|লেখক|প্রতিবেদক|نویسنده|خبرنگار|گزارشگر|تحریر|رپورٹ)\s*[:：]\s*|(?:(?:written|words|story|reported|text|report|posted|published|submitted|filed|interview(?:ed)?|interviews)\s+by|(?:ein|eine|an|a|une|un|una)\s+(?:interview|gespräch|kommentar|analyse|essay|reportage|kolumne|commentary|analysis|column|entretien|entrevista|intervista|chronique|tribune|report)\s+(?:von|by|de|di|par|por|door)|(?:texto|texte|testo|tekst)\s+(?:de|di|van|von|par|por)|(?:words|writers?|reporter|reporters|correspondent|journalist|muhabir|yazar|redaktör|penulis|wartawan|pewarta|reportase|redactor|redactora|periodista|giornalista|repórter|jornalista|журналіст|журналист|кореспондент|корреспондент)\s*:|oprac\.(?=\s)|opracowanie\s*:|imeandikwa\s+na|by|von|par|por|di|door|av|af|przez|bởi|بقلم|מאת|piše|avtor|autorka|kirjoittaja|toimittaja|szerző|author|authors|autor|autorin|autoren|auteur|autore|autorzy|автор|авторы|автори)(?![\p{L}\p{N}])\s*[:：]?\s*|(?:tekst|texte|text|текст)\s*[:：]\s*)/iu,
  /** 'RFN's Ukrainian Service', 'Our Foreign Desk', 'Staff and wire reports': after 'By', a desk, a service or a team in place of a writer. */
  deskByline: /^(?:(?:the|our)\s+)?[^:.!?,]{1,40}?\s(?:service|desk|newsroom|bureau|team|staff and wire reports)$/iu,
  /** '… - Temps de lecture : 2 min', '… · 4 min read': a reading time after the writers' names (and their stamp). */
  readingTimeTail: /\s+[-–—|·•]\s+(?:temps de lecture|lesezeit|lesedauer|reading time|tiempo de lectura|tempo di lettura|tempo de leitura|leestijd|lästid|czas czytania|\d{1,2}\s*(?:min(?:ute)?s?|mn)\.?\s+(?:read|de lecture|lesen|lectura|lettura|leitura|leestijd)).{0,20}$/iu,
  /** '… - Aujourd'hui à 06h00', '… | Today at 9:15': a relative day and time after the writers' names. */
  relativeDayTail: /\s+[-–—|·]\s+(?:today|yesterday|aujourd['’]hui|hier|heute|gestern|hoy|ayer|oggi|ieri|hoje|ontem|vandaag|gisteren|dzisiaj|wczoraj)\b.{0,30}$/iu,
  /** '记者 陈晓雯 刘洋', '文／王小明': a Chinese or Japanese reporter label, a space, then names without a colon. */
  cjkRoleNames: /^(?:记者|記者|文|作者|撰文|通讯员|通訊員)[\s\u3000／/]+([\p{Script=Han}]{2,4}(?:[\s\u3000、，,]+[\p{Script=Han}]{2,4}){0,5})$/u,
  /** '記者王小明／台北報導': a Taiwanese reporter label glued to the names, then '／' and the place the report was filed from. */
  cjkReporterPlace: /^(?:[\p{Script=Han}]{1,4}社)?(?:记者|記者)\s*([\p{Script=Han}]{2,4}(?:[、，,][\p{Script=Han}]{2,4}){0,5})\s*[／/]\s*[\p{Script=Han}]{1,8}(?:报导|報導|报道|報道|電|电)$/u,
  /** '（佐藤健一、田中美穂）': a Japanese closing credit, writers' names in full-width brackets at the end of the body. */
  cjkClosingCredit: /^[（(]([\p{Script=Han}]{2,5}(?:[、，,・][\p{Script=Han}]{2,5}){0,5})[）)]$/u,
  /** A news agency's name alone on a line: 'EFE', 'Reuters', 'Europa Press', 'dpa'. */
  agencyOnly: /^(?:AFP|AP|EFE|Agencia EFE|Reuters|dpa|ANSA|Europa Press|Lusa|PAP|ANP|Belga|APA|Keystone-SDA|TASS|Xinhua|Kyodo|Yonhap|PTI|IANS|Associated Press|Agence France-Presse)$/u,
  /** Footer credits of wire stories: 'Reporting by A and B; Editing by C' */
  /** 'Published in Transit Notebook', 'Publicado en …': the publication a post appeared in. */
  publishedIn: /^(?:published in|publié dans|publicado en|publicado em|pubblicato (?:in|su)|veröffentlicht in)\s+(\p{Lu}[^.!?]{1,50})$/iu,
  /** 'News provided by', 'Distributed by': the label over the company that issued a press release, not a writer. */
  providedBy: /^(?:news |content |story |release )?(?:provided|distributed|supplied|issued|sponsored|powered|brought to you) by:?$/i,
  /** 'With files from The Canadian Press', '— with reporting from Reuters and AP': helpers credited under the article. */
  filesFromCredit: /^[*—–(-]?\s*with (?:files|additional files|reporting|additional reporting) from\s+\S.{0,120}$/iu,
  wireCredits: /^[*—–(-]?\s*(?:additional\s+)?(?:reporting|writing|editing|compiled)\s+by\b/i,
  wireWriters: /(?:^[*—–(-]?\s*|;\s*)(?:reporting|writing)\s+by\s+([^;)]+)/gi,
  readingTime: /^\d+\s*(?:-\s*)?(?:min(?:ute)?s?)\.?\s*(?:read|listen|lesen|lecture|de lectura|de leitura|di lettura|leestijd|czytania)$|^(?:lesezeit|temps de lecture|temps de lectura|lecture|reading time|tiempo de lectura|tempo de leitura|tempo di lettura|leestijd|czas czytania|час читання|время чтения|время прочтения|okuma süresi|waktu baca)\s*:?\s*\d+\s*(?:min(?:utes?|uten|utos|uti|ut)?|мин(?:ут[аы]?)?|хв(?:илин[аи]?)?|dk|dakika|menit)\.?$/iu,
  // ('A, B, C, and D': a serial comma before the 'and' is one split, not a part 'and D'.)
  nameSplit: /\s*,\s*(?:and|und|et|y|e|en|og|och)\s+|\s*[,;&]\s*|\s+(?:and|und|et|y|e|en|og|och)\s+/iu,
  /**
   * Page notes told by their opening, whatever the site: link notes ('Click here to see our interactive map …'), a
   * press office's credit ('Materials provided by …'), gallery buttons ('Open this photo in gallery:'), notes on a
   * machine-read audio version ('Voice is AI-generated …'), prompts for readers' letters and tips ('Have an opinion on
   * this topic? Submit a letter …', 'Heb jij een tip …'), an editorial's standing footer ('This editorial represents the
   * opinion of …'), an advert's scroll hint, and a pointer to the page's own summary ('Read a summary of this article on …').
   */
  pageNote:
    /^(?:read (?:a|the) (?:summary|short version|quick version) of this (?:article|story)\b.{0,40}$|click here to (?:see|view|access|read|download|explore|watch|listen|learn|find|get|open)\b|(?:materials?|content|story|text) (?:provided|supplied) by\b|open (?:this )?(?:photo|image|picture)s? in (?:the )?gallery:?$|(?:audio|voice|narration|this audio)\b[^.]{0,60}\b(?:generated by (?:an? )?(?:ai|artificial intelligence)|ai-generated|computer-generated)\b|(?:have|got) (?:an opinion|something to say|a view|thoughts)\b[^?]{0,60}\?\s*(?:submit|send|write|share)\b|this (?:editorial|column|commentary|opinion piece) (?:represents|reflects|expresses|is) the (?:opinion|views?|position)s? of\b|we welcome (?:your )?(?:letters|submissions)\b|advertisement\s*[·•|]\s*scroll to continue$|heb (?:jij|je|u) een tip\b|(?:unless otherwise (?:noted|stated|indicated),?\s*)?(?:all )?(?:materials?|content|texts?) (?:on|of|published on) this (?:site|website|portal)\b[^.]{0,60}\blicensed under\b|report (?:an? )?(?:editorial |factual |technical )?(?:error|typo|mistake|issue|problem)s?$|(?:authors|topics|writers)(?: and (?:topics|authors|writers))? you follow will be added\b|welcome to .{0,60}\bcomments? (?:community|section)\b)/iu,
  /** '版權所有 © 2024 …', '각 기사의 저작권은 해당 언론사에 있습니다': a rights notice that does not open with '©' (CJK wording, or 'All Rights Reserved' at its end). */
  cjkRightsNotice: /^(?:版權所有|版权所有|著作權所有|著作権所有|無断転載|무단\s?전재|저작권자|각 기사의 저작권은)|^(?!©|\(c\)|copyright)[^©]{1,120}©.{0,120}\ball rights reserved\.?$/iu,
  /** '… newsletter provides all the news you need to start your day. Sign up here.': a newsletter's pitch with its link. */
  newsletterSignUpHere: /\bnewsletters?\b.{0,240}\bsign up here\.?$/iu,
  /** 'Published in the Harwick Courier from Feb. 9 to Feb. 11, 2024': a notice's run, the year printed once at its end. */
  publishedRange: new RegExp(`^(?:published|appeared|ran)\\b.{0,80}?\\bfrom\\s+(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:to|through|until|[-–])\\s+(?:(${MONTH_ALT})\\.?\\s+)?\\d{1,2}(?:st|nd|rd|th)?,?\\s+(\\d{4})\\.?$`, 'iu'),
  /** 'September 11, 9:15 pm ET', '11 September': a month and day without a year (a report series' stamp). */
  yearlessMonthDay: new RegExp(`^(?:(${MONTH_ALT})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?|(\\d{1,2})\\.?\\s+(${DAY_FIRST_MONTH_ALT})\\.?)(?:,?\\s+\\d{1,2}[:.]\\d{2}\\s*(?:[ap]\\.?m\\.?)?(?:\\s+\\p{Lu}{2,4})?)?$`, 'iu'),

  // ---- headline -----------------------------------------------------------------------------
  /** ' | The Sun', ' - Reuters', ' – BBC News', ' — The Guardian' at the end of a headline. */
  outletSuffix: /\s+[|–—-]\s+([^|–—]{2,60})$/,
  pipeSuffix: /\s*\|\s*([^|]{2,60})$/,

  // ---- furniture ----------------------------------------------------------------------------
  /** 'You are here:', '当前位置：', 'Vous êtes ici :': the label in front of a breadcrumb trail. */
  breadcrumbLabel: /^(?:you are here|vous êtes ici|sie sind hier|usted está en|estás en|você está em|ti trovi in|u bent hier|jesteś tutaj|当前位置|當前位置|您的位置|現在位置|현재 ?위치)\s*[:：]?\s*/iu,
  /** The first step of a breadcrumb trail: the home page, in the languages we meet. */
  breadcrumbHome: /^(?:home|home ?page|start|startseite|accueil|inicio|início|home|首页|首頁|ホーム|トップ|홈|главная|головна|strona główna|होम|मुख्य पृष्ठ|αρχική|trang chủ|úvod|domů|acasă|acasa|prima pagină|forside|hjem|hem|startsida|etusivu|anasayfa|ana sayfa|beranda|főoldal|начало)$/iu,
  /** A trail that opens at the home page: 'Home » …', 'होम / …', 'Αρχική > …' (a cheap test before splitting the line). */
  breadcrumbHomeStart: /^(?:home|accueil|inicio|início|startseite|start|होम|αρχική|trang chủ|úvod|domů|acasă|acasa|forside|hjem|hem|startsida|etusivu|anasayfa|ana sayfa|beranda|főoldal|首页|首頁|홈|главная|головна)\s*[>›»＞/]/iu,
  /** Press-release furniture: 'FOR IMMEDIATE RELEASE', 'Media Contact: …', 'Submitted by the Office of …'. */
  pressReleaseLine: /^(?:for immediate release|immediate release|for release (?:on|at)\b.{0,40}|embargoed?(?: until| till)?\b.{0,60}|press release|news release|pressemitteilung|communiqué de presse|comunicado de prensa|nota de prensa|comunicato stampa|persbericht|(?:media|press|news) contacts?\s*:.{0,120}|(?:submitted|provided|issued) by (?:the|a|an|our)\s.{2,100})$/iu,
  /** Separators between the steps of a breadcrumb trail: 'Home > News > Local', 'Accueil › Région', 'Inicio » Sociedad'. */
  breadcrumbSeparator: /\s*[>›»＞]\s*/u,
  /** Accessibility skip links at the top of a page, in the languages we meet. */
  skipLink:
    /^(?:skip|jump|go) to (?:the )?(?:main |primary )?(?:content|navigation|menu|search|footer|article|site index|site navigation)$|^(?:open|get|continue) in (?:the )?app$|^(?:zum inhalt(?: springen)?|direkt zum inhalt|in der app öffnen|(?:aller|accéder) au contenu(?: principal)?|(?:aller|accéder) à la (?:barre de )?navigation|passer au contenu|ouvrir dans l['’]application|ir al contenido(?: principal)?|saltar al contenido|abrir en la app|vai al contenuto(?: principale)?|salta al contenuto|apri nell['’]app|pular para o conteúdo(?: principal)?|ir para o conteúdo|abrir no app|naar de (?:hoofd)?inhoud|ga naar de (?:hoofd)?inhoud|(?:ga )?naar de (?:navigatie|zoekfunctie|footer)|open in de app|przejdź do (?:treści|zawartości)|перейти (?:до|к) (?:основного )?(?:вмісту|содержанию|содержимого|контенту)|ruka (?:hadi|kwenye) maudhui|(?:salta|ves|vés|anar|saltar) al contingut(?: principal)?|(?:langsung|lompat|loncat) ke (?:konten|isi)(?: utama)?|langkau ke kandungan|içeriğe (?:geç|atla)|(?:siirry|hyppää)(?: suoraan)? (?:sisältöön|pääsisältöön)|(?:hoppa|gå) till (?:huvud)?innehåll(?:et)?|(?:spring|gå|hopp) til (?:hoved)?innhold|(?:spring|gå) til (?:hoved)?indhold(?:et)?|(?:přejít|přeskočit|preskočiť|prejsť) (?:na|k) (?:hlavní |hlavný )?obsah(?:u)?|ugrás a (?:fő)?tartalomhoz|sari (?:la|direct la) conținut(?:ul)?|preskoči na (?:glavni )?sadržaj|saltar para o conteúdo|μετάβαση στο (?:κύριο )?περιεχόμενο|(?:انتقل|تخطى|تخطي|تخطَّ|الانتقال|اذهب) إلى (?:المحتوى|المحتوى الرئيسي)|(?:پرش|رفتن) به (?:محتوا|محتوای اصلی)|דלג (?:לתוכן|אל התוכן)(?: הראשי)?|chuyển (?:đến|tới) nội dung(?: chính)?|(?:मुख्य )?सामग्री पर जाएं|lumaktaw sa nilalaman)$|^(?:skip (?:next|this|the next) section|nächsten abschnitt überspringen|passer la section suivante|saltar (?:la )?siguiente sección)\b.{0,80}$|^(?:(?:メイン)?コンテンツへ(?:スキップ|移動)|本文へ(?:スキップ|移動)?|跳(?:到|至|转到|轉到)(?:主要)?(?:内容|內容|正文)|본문(?:으로)? 바로가기)$/iu,
  /**
   * 'Do not sell my info', 'Do Not Sell or Share My Personal Information', 'Your Privacy Choices': the privacy links of
   * American sites' footers and headers.
   */
  privacyChoiceLink: /^(?:do not sell(?: or share)? my (?:personal )?info(?:rmation)?|your (?:privacy|california privacy) (?:choices|rights)|limit the use of my sensitive personal information)$/iu,
  /**
   * 'Have a confidential tip for our reporters? Get in touch', 'Confidential tip?', 'Send a tip to our reporters',
   * 'Provide news feedback or report an error': the newsroom's tip and feedback box.
   */
  tipPrompt: /^(?:(?:have|got) a (?:confidential |news |story )?tip\b.{0,60}|confidential tip\??|send (?:us )?a (?:confidential |news )?tip\b.{0,40}|submit a (?:news |story )?tip\b.{0,40}|provide news feedback\b.{0,40}|report an error)$/iu,
  /** '… on the Meridian Terminal. LEARN MORE': a promotion closed by its button in capitals. */
  promoButtonEnd: /[.!?]\s+(?:LEARN MORE|FIND OUT MORE|DISCOVER MORE|SUBSCRIBE(?: NOW| TODAY)?|SIGN UP(?: NOW)?|TRY (?:IT )?(?:FREE|NOW)|GET STARTED|SHOP NOW|JOIN NOW|START (?:YOUR )?FREE TRIAL)$/u,
  /** 'WEATHER ALERT: Red Flag Warning in effect … Tap for details.': an alert bar, a label in capitals and a tap prompt. */
  alertBar: /^\p{Lu}[\p{Lu} ]{2,30}:\s.{5,200}(?:[Tt]ap|[Cc]lick|[Pp]ress) (?:here )?for (?:details|more(?: information| info)?|the latest|updates)\.?$/u,
  /** 'To contact the reporters on this story:', 'To contact the editor responsible for this story:': a wire story's contact box. */
  contactLabel: /^to contact the (?:reporters?|writers?|authors?|editors?)\b.{0,60}:$/iu,
  /**
   * Notices a site prints on every page, told by their wording: 'The UKBC is not responsible for the content of external
   * sites.', '(Only the headline and picture of this story may have been reworked by … staff; the rest … syndicated
   * feed.)', 'Audio generated by AI. Report an issue.', 'This is AI generated summarization, which may have errors. …',
   * 'X has removed its comment section, …', 'Reminder, this is a Premium article …', 'Hören Sie hier die Audioversion
   * dieses Artikels.', 'Log in, register or subscribe to save articles for later.', 'Very large text size', 'See stories
   * by Tomás Ybarra'.
   */
  sitewideNotice: /^(?:the [^.]{2,40} is not responsible for the content of external (?:sites|websites|internet sites)\.?|\(?only the headline (?:and picture )?of this (?:story|article|report) may have been reworked\b.{0,160}\)?|(?:this )?audio (?:is |was )?generated (?:by|using) (?:an? )?(?:ai|artificial intelligence)\b.{0,60}|this is (?:an? )?(?:ai|machine)[- ]generated (?:summary|summari[sz]ation|audio|text|translation)\b.{0,160}|[^.]{2,40} (?:has|have) (?:removed|closed|disabled|turned off) (?:its|the|our) comments?(?: sections?)?\b.{0,200}|(?:reminder,?\s+)?this is an? (?:premium|subscriber|subscribers?-only|subscriber-only|members?-only|paid|plus) (?:article|story|piece)\b.{0,100}|(?:hören sie|listen to) (?:hier )?(?:die |the )?audio ?version (?:dieses|of this) (?:artikels|article|story)\.?|log in,? register or subscribe to save (?:articles|stories)\b.{0,30}|(?:very |extra )?(?:small|medium|large|larger) text size|(?:see|view|more) (?:all )?(?:stories|articles|posts) by \p{Lu}[\p{L}\p{M}'’. -]{2,50})$/iu,
  /**
   * 'Our journalism requires your support. Subscribe today …', 'Local, independent journalism depends on you. …',
   * 'Apoie o jornalismo de qualidade': an appeal for money, told by its opening.
   */
  supportAppeal: /^(?:(?:our|local|independent|quality|local, independent|trusted) (?:journalism|reporting|news)\b.{0,30}\b(?:requires|depends on|relies on|needs) (?:you|your support|readers like you)\b.{0,300}|apoie o jornalismo\b.{0,60}|unterstützen sie (?:unseren )?journalismus\b.{0,60}|soutenez (?:le |notre )?journalisme\b.{0,60}|apoya (?:el |nuestro )?periodismo\b.{0,60}|sostieni (?:il |il nostro )?giornalismo\b.{0,60})$/iu,
  /** '… analysis and insights. Sign up for our Morning Edition newsletter.': a pitch that closes on the sign-up (a line that opens with it is a sign-up box's call). */
  signUpClosing: /[.!?]\s+(?:sign up|subscribe) (?:for|to) (?:our|the) [^.!?]{0,50}newsletters?(?: here| now| today)?[.!]?$/iu,
  /** 'A partir de 1€ no primeiro mês', 'From $1 for the first month', 'Only £1 a week': a subscription's price. */
  subscriptionPrice: /^(?:a partir de|desde|from|only|just|ab|dès|à partir de|solo|per soli|für nur)\s+(?:[€$£]\s?\d{1,3}(?:[.,]\d{1,2})?|\d{1,3}(?:[.,]\d{1,2})?\s?(?:€|\$|£|euros?))\s+(?:for|per|a|no|na|el|le|al|im|pour|por|para|il)\b.{0,40}$/iu,
  /** 'WATCH LIVE', 'Watch KVRB Live', 'Watch live: KVRB News at 6', 'تماشای پخش زنده تلویزیون …', 'شاهد البث المباشر': a broadcaster's link to its live stream. */
  watchLive:
    /^(?:watch|stream|listen)(?:\s+\S+){0,3}\s+live(?:\s+(?:tv|now|stream|coverage))?(?:\s*[:|–—-]\s*[^.!?]{2,50})?$|^live\s+(?:tv|stream)$|^(?:regarder|voir)\s+(?:le\s+)?direct$|^(?:ver|mira)\s+en\s+(?:vivo|directo)$|^guarda\s+la\s+diretta$|^assista\s+ao\s+vivo$|^(?:jetzt\s+)?live\s+(?:schauen|sehen|ansehen)$|^تماشای\s+پخش\s+زنده(?:\s+\S+){0,3}$|^(?:شاهد|مشاهدة)\s+(?:البث\s+)?المباشر(?:\s+\S+){0,3}$|^সরাসরি\s+দেখুন$|^लाइव\s+(?:टीवी|देखें)$/iu,
  advert: /^(?:(?:skip )?advertisement|advertising|sponsored(?: content)?|ad|ads|anzeige|publicité|publicidad|pubblicità|publicidade|werbung|advertentie|anúncio|anuncio|annuncio|reklama|(?:sponsored|presented|gesponsert|präsentiert|patrocinado|sponsorisé|sponsorizzato) (?:by|von|por|par|da) \S.{0,40}|continue reading(?: below)?|continua a leggere(?: dopo la pubblicità)?|lesen sie weiter|weiterlesen|la suite après (?:cette |la )?publicité|sigue leyendo|seguir leyendo|continue lendo|continuar lendo|lees verder|czytaj dalej|читать далее|читати далі|advertisement\s*[-–—]\s*scroll to continue|reklame|reklam|annonse|annons|mainos|реклама|広告|광고|广告|廣告|বিজ্ঞাপন|विज्ञापन|تبلیغات|إعلان|اشتہار|dalszy ciąg (?:materiału|artykułu|tekstu) (?:pod|poniżej)(?: (?:materiałem|wideo|reklamą|filmem))+|story continues(?: below(?: (?:this )?(?:ad|advert|advertisement|video))?)?|continue reading below|article continues below(?: advertisement)?|scroll to continue with content|paid content|promoted|partner content)$/iu,
  sharePrompt:
    /^(?:share|(?:kindly |please )?share this(?: post| article| story| page)?|more (?:sharing|share) options|weitere optionen zum teilen|plus d['’]options de partage|más opciones (?:para|de) compartir|altre opzioni di condivisione|join (?:us on |our |the )?[^.!?]{0,40}?\b(?:whatsapp|telegram|viber|signal|discord)(?: channel| group| community)?|social sharing|share on \p{L}+|share via.*|tweet|email|print|copy link|copy article link|copiar enlace|copiar (?:o )?link|copier le lien|link kopieren|copia (?:il )?link|kopieer (?:de )?link|copied|link copied|save|saved|save (?:this )?(?:story|article)|republish(?: this (?:story|article))?|はてなブックマーク|comments?|\d+\s+comments?|reply|follow|follow us(?: on .*)?|like|connect with us|join us on .*|get more stories like this on\b.*|follow .{1,40} on (?:twitter|facebook|instagram|x|google news|telegram)\b.*|click to share on .*|enviar per (?:correu|e-?mail)|share this:|like this:|facebook|twitter|whatsapp|linkedin|reddit|pinterest|telegram|messenger|instagram|youtube|tiktok|x|listen|listen to this article|\d+:\d+|play|watch|close|menu|search|home|skip to (?:main )?content|back to top|top|subscribe|log ?in|sign ?in|sign up|register|newsletters?(?:\s+[«"“„‹]\s?.{1,40}?\s?[»"”“›])?|view comments|show comments|leave a comment|add comment|teilen|partager|compartir|condividi)[:.!]?$/iu,
  /** 'Síguenos en Google News', 'Folgen Sie uns auf Facebook', 'Suivez-nous sur Instagram': follow prompts in the languages we meet. */
  followUs:
    /^(?:follow us|síguenos|siga-nos|sigue-nos|folgen sie uns|folge uns|suivez-nous|seguici|seguiteci|volg ons|obserwuj nas|подписывайтесь на нас|следите за нами|стежте за нами)\b.{0,60}$/iu,
  /**
   * 'প্রভাতবার্তার খবর পেতে গুগল নিউজ চ্যানেল ফলো করুন', '… را در شبکه‌های اجتماعی دنبال کنید', 'این مطلب را به اشتراک بگذارید':
   * follow and share prompts in languages that put the verb last.
   */
  followOrShareLast: /^.{2,80}(?:ফলো করুন|অনুসরণ করুন|শেয়ার করুন|دنبال کنید|به اشتراک بگذارید|کو فالو کریں|شیئر کریں)$/u,
  /** 'Compartilhe esta notícia', 'Partagez cet article', 'Condividi questo articolo': share this (story) in other languages. */
  shareThis:
    /^(?:compartilhe|comparta|comparte|compartir|partagez|partager|condividi|teilen sie|teile|deel|udostępnij)\s+(?:esta|este|esa|cet|cette|ce|questo|questa|diesen|diese|dit|deze|ten|tę)\s+\p{L}+[:!.]?$/iu,
  /** A short line about a newsletter without a sentence's full stop: 'Recibe nuestro boletín', 'Melden Sie sich für unseren Newsletter an'. */
  newsletterLine:
    /^(?!.*[.!?]$)(?=.*\b(?:sign|subscri|inscri|abonn|suscr|assin|iscriv|anmeld|melde|recib|receiv|get|erhalt|recev|ricev|receb|zapisz|aanmeld|schrijf))\b.{0,40}\b(?:newsletters?|boletín|boletim|infolettre|nieuwsbrief|biuletyn)\b.{0,40}$/iu,
  /** The newsletter's name in the languages we meet. */
  newsletterWord: /(?<![\p{L}\p{N}])(?:newsletters?|boletín|boletim|infolettre|nieuwsbrief|biuletyn|butlletí|uutiskirje|nyhetsbrev|nyhedsbrev)(?![\p{L}\p{N}])/iu,
  /** A sign-up verb's stem: 'sign up', 'subscribe', 'iscriviti', 'abonnez-vous', 'suscríbete', 'melden Sie sich an'. */
  signUpVerb: /\b(?:sign|subscri|inscri|abonn|suscr|assin|iscriv|anmeld|melde|aanmeld|schrijf|zapisz|registr|recib|receiv|ricev|recev|receb|erhalt)|подпи[сш]|підпи[сш]/iu,
  /** 'Share on Facebook', 'Compartir en WhatsApp', 'Artikel teilen', 'Deel dit artikel', 'Udostępnij', 'Поділитися' — in any order of one short line. */
  shareVerb:
    /^(?:(?:share|compartir|compartilhar|compartilhe|partager|teilen|condividi|deel|delen|udostępnij|podziel się|поділитися|поделиться|dela|del artikkelen|paylaş|jaa|分享(?:到)?|シェア|공유하기|공유)(?:\s+(?:(?:on|via|en|no|na|sur|auf|su|op|w|в|у|per)\s+(?:\p{Lu}[\p{L}+]*|e-?mail|whatsapp|x)|(?:(?:this|dit|diesen|den|el|le|la|il|o|a|ce|questo|full)\s+)?(?:artikel|artikeln|artikkelen|artiklen|article|artículo|articolo|artigo|story|post|page|página|pagina|beitrag|bericht|haberi|e-?mail)))?[:.!]?\s*){1,8}$|^(?:artikel|beitrag|article)\s+(?:teilen|partager)$/iu,
  /** A line made of chrome words only: 'Like Loading...', 'Share Comment', 'Close panel'. */
  chromeToken: /^(?:like|loading\.{0,3}|share|comment|comments|print|email|e-mail|save|close|panel|menu|expand|collapse|gift|reply|follow|subscribe|listen|shares?|\d+)$/i,
  /** Calls to action: sign up, subscribe, download the app, join our channel, donate, 'Receive free … updates', 'We’ll send you a … email'. */
  callToAction:
    /^(?:\W{0,3}\s*)?(?:sign up|signup|subscribe|download|install|get (?:the|our|free)|receive (?:free|our)|we['’]ll (?:send|email) you|join (?:us|our)|follow us|support (?:local|independent|our|quality)|donate|become a (?:member|subscriber)|click here|tap here|save (?:articles|stories|this (?:article|story))|abonnez-vous|inscrivez-vous|abonnieren sie|jetzt abonnieren|melden sie sich (?:für|hier|jetzt|an)|suscríbete|suscribete|iscriviti|abbonati|assine|inscreva-se|schrijf je in|zapisz się|subskrybuj|подписывайтесь|подпишитесь|підписуйтесь|підпишіться)(?![\p{L}\p{N}])|,\s*(?:download|sign up for|subscribe to|follow us on)\b/iu,
  ctaObject: /(?<![\p{L}\p{N}])(?:newsletters?|app|apps|inbox|e-?mail|telegram|whatsapp|channel|alerts?|notifications?|subscription|subscribers?|journalism|podcast|deals|donate|kanal|канал|newsletter|boletín|infolettre|reading list|updates|delivered)(?![\p{L}\p{N}])/iu,
  /** Short prompts that need no object: 'Subscribe for just $1 a week', 'Register for free'. */
  shortCallToAction: /^(?:subscribe|sign up|register|log ?in|sign in|donate|become a (?:member|subscriber)|start (?:your )?free trial|try (?:it )?free|s['’]inscrire|inscrivez-vous|jetzt anmelden|anmelden|suscr[íi]bete|suscribirse|iscriviti|inscreva-se|zapisz się|подпишитесь|подписаться|підпишіться|підписатися)(?![\p{L}])/iu,
  /** The e-mail box of a sign-up form: 'Type your email...', 'Email (required)', 'Ihre E-Mail-Adresse'. */
  emailField: /^(?:(?:type|enter) your e-?mail(?: address)?(?: here)?|your e-?mail(?: address)?|e-?mail(?: address)?\s*(?:\(required\)|\*|:)|ihre e-?mail-adresse|votre (?:adresse )?e-?mail|tu (?:correo|e-?mail)|seu e-?mail|la tua e-?mail|ваш (?:e-?mail|имейл|адрес электронной почты)|ваша (?:пошта|почта))\s*(?:\.{3}|…)?$/iu,
  /** 'By submitting your email, you agree to our Terms …': consent under a sign-up form, however long. */
  consentNotice: /^by (?:submitting|entering|providing|clicking|subscribing|signing up|registering)\b.{0,200}?\byou\b.{0,40}?\b(?:agree|consent|accept)\b.{0,60}?\b(?:terms|privacy|policy)\b/iu,
  /** 'We use cookies …', 'By continuing to use this site …' — consent banners of any length. */
  cookieNotice:
    /^(?:cookies? (?:on|settings|policy|preferences|notice)\b|(?:at [^,]{2,40}, )?we (?:value|respect|care about) your privacy\b|we(?: and our (?:partners|vendors))? (?:use|store) (?:[\p{L}-]+\s+){0,2}cookies|(?:accept|reject|manage) (?:all |additional |optional )?cookies|this (?:site|website) uses cookies|our (?:site|website) uses cookies|by (?:continuing|using) (?:to (?:use|browse) )?(?:this|our) (?:site|website)|nous utilisons des cookies|wir verwenden cookies|utilizamos cookies|utilizziamo (?:i )?cookie|мы используем (?:файлы )?(?:cookies?|куки)|ми використовуємо (?:файли )?(?:cookies?|куки)|(?:używamy|ten serwis używa|ta strona używa) (?:plików )?cookies)/iu,
  /** A data-protection consent banner: 'Szanowny Użytkowniku, … przetwarzania Twoich danych osobowych (RODO). Klikając „Przejdź do serwisu” …' (tested on lines naming the law). */
  gdprConsent: /(?:personal data|données personnelles|personenbezogen|datos personales|dati personali|dados pessoais|dane osobowe|danych osobowych|persoonsgegevens)[^]{0,300}?(?:by clicking|en cliquant|indem sie|al hacer clic|cliccando|klikając|door op|you (?:agree|consent)|zgadzasz się|wyrażasz zgodę)|(?:by clicking|en cliquant|indem sie|al hacer clic|cliccando|klikając)[^]{0,300}?(?:personal data|données personnelles|personenbezogen|datos personales|dati personali|dados pessoais|dane osobowe|danych osobowych)/iu,
  /** Comment threads: from here on the page is readers, not the article. */
  commentsHeading:
    /^(?:\d+\s+)?(?:comments?|responses?|thoughts? on\b.*|reactions?|kommentare|commentaires|comentarios|commenti|reacties|komentarze|коментарі|комментарии)(?:\s*\(\d+\))?:?$|^(?:leave a (?:reply|comment)\b.*|add (?:a|your) comment\b.*|post a comment|post comment|latest comments?|join the (?:discussion|conversation)\b.*|share or comment on this article:?|the comments below have not been moderated\.?|sign in (?:or create .*)?to (?:comment|join the discussion)\b.*|\d+ (?:comments?|replies|responses)|view comments|show comments|the rules of (?:replying|commenting):?|community (?:guidelines|standards)|ir a los comentarios|voir les commentaires|zu den kommentaren|vai ai commenti|(?:os |les |the |i |los |die |le )?(?:comentários|comentarios|comments|commentaires|commenti|kommentare|comentar|commenter|kommentieren)(?:\s+(?:are|sind|sont|são|son|sono|zijn)\s+(?:closed|moderated|disabled|geschlossen|fermés|modérés|moderados|cerrados|chiusi|moderati|gesloten))?[.:!]?)$/iu,
  /** Photo gallery controls: '1 of 12', 'Next', 'Previous', 'Expand', 'Enlarge'. */
  galleryControl: /^(?:\d{1,3}\s*(?:of|\/|von|de|di|sur|из|z|van)\s*\d{1,3}|next|previous|prev|expand|collapse|enlarge|fullscreen|full screen|view gallery|open gallery|(?:view|see|show|browse) all \d{1,3} (?:photos|pictures|images)|zoom|(?:show|hide|toggle|expand|collapse) (?:the )?captions?|(?:bildunterschrift|légende|leyenda|didascalia) (?:anzeigen|ausblenden|afficher|masquer|mostrar|ocultar|mostra|nascondi))$/iu,
  /** 'From: Department for Transport', 'Source: Reuters': who put the page out, on a line of its own. */
  attributionLine: /^(?:(?:from|source|fuente|fonte|quelle|bron|źródło|источник|джерело)\s*:\s*(\p{Lu}.{1,60})|(?:来源|來源|出典|출처)\s*[:：]\s*(\S.{0,40}))$/iu,
  /** 'From:' / 'Source:' alone on its line, the name under it. */
  attributionLabel: /^(?:from|source|fuente|fonte|quelle|bron|źródło|источник|джерело|来源|來源|出典|출처)\s*[:：]$/iu,
  /** '责任编辑：李华', '編集：…': the desk editor, credited at the end; not a writer. */
  editorCredit: /^(?:责任编辑|責任編輯|编辑|編集|편집|editor|edited by|editing by)\s*[:：]\s*\S.{0,40}$/iu,
  /** 'Medically reviewed by Dr. Samuel Okafor, MD', 'Fact checked by …', 'Revisado por …': the expert who checked the page, not its writer. */
  reviewerCredit: /^(?:(?:medically|clinically|expertly|scientifically)\s+)?(?:reviewed|fact[- ]checked|verified|checked)\s+by\s+\S.{0,80}$|^(?:revisado|verificado|relu|vérifié|geprüft|überprüft|revisionato|verificato)\s+(?:médicamente\s+|medicamente\s+)?(?:por|par|von|da)\s+\S.{0,80}$/iu,
  /** Audio players and their clocks: 'Listen to this article', 'Écouter cet article', 'Artikel zum Hören • 4 Min', '1:24 min'. */
  listenPrompt:
    /^(?:(?:audio\s+)?listen(?: to)?(?: this| the)? (?:article|story)|listen|écouter(?: cet article| l'article)?|ascolta(?: l'audio| l’audio| articolo| questo articolo)?|escucha(?:r)?(?: este artículo| la noticia)?|ouça(?: este artigo)?|ouvir(?: artigo)?|artikel (?:zum hören|anhören|vorlesen lassen)|luister(?: naar dit artikel)?|posłuchaj(?: artykułu)?|слушать(?: статью)?|послухати(?: статтю)?)(?:\s*[•·|]\s*\d+\s*min\.?)?$|^(?:duration|durée|dauer|duración|durata|duração)?\s*:?\s*\d{1,2}:\d{2}(?::\d{2})?\s*(?:min(?:s|utes)?\.?)?$/iu,
  /** Links to the comment thread from the top of the page: 'Ir a los comentarios', 'Jump to comments'. */
  commentsLink: /^(?:ir a los comentarios|voir les commentaires|zu den kommentaren|vai ai commenti|ir para os comentários|naar de reacties|przejdź do komentarzy|(?:go|jump|skip) to (?:the )?comments|(?:view|show|read) (?:all )?(?:\d+ )?comments|\d+ (?:comments?|kommentare|commentaires|comentarios|commenti|comentários|reacties|komentarzy?|комментари[ейя]|коментар(?:ів|і))(?:\s*[/|·]\s*\d+\s+\p{L}+)?)$/iu,
  /** 'Leer en español', 'Read in English', 'Lire en français': a link to the same story in another language. */
  languageSwitch: /^(?:read in|leer en|lire en|auf deutsch lesen|ler em|leggi in|in english|en español|en français|auf deutsch|по-русски|українською)(?:\s+\p{L}+)?$/iu,
  /** 'Updated 6:48 p.m. ET', 'Aktualisiert 16:30 Uhr': an update stamp with a clock time and no date. */
  updateClock: /^(?:last\s+)?(?:updated|modified|aktualisiert|mis à jour|actualizado|aggiornato|atualizado|actualitzada|actualitzat|päivitetty|imesasishwa)(?:\s+(?:at|um|à|a las|alle|às|on|a les|klo|kello|saa))?\s*:?\s*\d{1,2}[:.h]\d{2}\s*(?:[ap]\.?m\.?)?\s*(?:uhr|[A-Z]{2,5})?$/iu,
  /** 'A version of this article appears in print on …', 'Published in the print edition of the March 10, 2025, issue …', 'Dieser Artikel erschien in der Printausgabe vom …': the print edition's note. */
  printNote: /^(?:a version of this (?:article|story|review) appear(?:s|ed) (?:in print|in the\b.{0,40}\bprint edition)\b|(?:published|appeared|it appeared) in the print edition of\b|(?:dieser|der) (?:artikel|beitrag|text) (?:erschien|ist erschienen) (?:auch |zuerst )?in der (?:print|gedruckten )?ausgabe\b|cet article (?:est paru|a été publié|est publié) dans (?:l['’]édition|le journal|notre édition|le quotidien)\b|este (?:artículo|texto) (?:se publicó|fue publicado|apareció) en la edición\b|questo articolo è (?:stato pubblicato|apparso|uscito) (?:sull['’]|nell['’])edizione\b|este (?:artigo|texto) (?:foi publicado|saiu) na edição\b|een versie van dit artikel verscheen (?:ook )?in\b)/iu,
  /** 'All rights reserved' in the languages we meet: a copyright notice's tail, never a publisher's name. */
  rightsReserved:
    /\b(?:all rights reserved|riproduzione riservata|tutti i diritti riservati|todos los derechos reservados|tous droits réservés|alle rechte vorbehalten|todos os direitos reservados|alle rechten voorbehouden|wszelkie prawa zastrzeżone)\b.*$|(?:все права защищены|всі права захищені).*$/iu,
  /** 'About the author', 'Sobre la firma': the label of the writer's bio box. */
  bioLabel: /^(?:about the (?:author|writer|reporter)|sobre (?:la firma|el autor|la autora|o autor|a autora)|à propos de l['’]auteur(?:e)?|über (?:den autor|die autorin)|sull['’]autore|over de auteur|o autorze|लेखक के बारे में|σχετικά με (?:τον συντάκτη|τη συντάκτρια|τον συγγραφέα)|despre autor|o autorovi|o autorce|về tác giả|om forfatteren|om skribenten|om författaren|om journalisten|yazar hakkında|tentang penulis)$/iu,
  /** 'You have 3 free articles left this month.', 'Il vous reste 2 articles gratuits': a paywall's meter. */
  paywallCounter:
    /^(?:you['’]ve (?:read|used|reached) (?:all (?:of )?)?your (?:\d+ )?free (?:articles?|stories|reads)\b.{0,60}|you['’]ve reached your (?:free )?(?:article|story|monthly) limit\b.{0,60}|you have (?:\d+|one|two|three|no) (?:free )?(?:articles?|stories|story|reads?) (?:left|remaining)\b.{0,60}|(?:\d+|one) (?:free )?(?:articles?|stories) (?:left|remaining)(?: this month)?[.!]?|this is your (?:last|final|\d+(?:st|nd|rd|th)) free (?:article|story)\b.{0,60}|il vous reste \d+ articles?\b.{0,60}|te quedan? \d+ (?:artículos?|noticias)\b.{0,60}|(?:sie haben|du hast) (?:noch )?\d+ (?:kostenlose |freie )?artikel\b.{0,60}|(?:você tem|restam) \d+ (?:matérias?|artigos?)\b.{0,60}|ti (?:resta|restano) \d+ articoli\b.{0,60})$/iu,
  /** 'Next post: Crossing guard needed … »', '« Previous post: …', 'Article suivant': a blog's links to the neighbouring posts. */
  postNavigation:
    /^(?:[«‹←<]\s*)?(?:(?:next|previous|prev|older|newer)\s+(?:post|article|story|entry)|article (?:suivant|précédent)|artículo (?:siguiente|anterior)|(?:nächster|vorheriger) (?:artikel|beitrag)|articolo (?:successivo|precedente)|(?:próximo|anterior) (?:artigo|post)|artigo anterior|volgend(?:e)? (?:artikel|bericht)|vorig(?:e)? (?:artikel|bericht))\b\s*[:：]?.{0,160}$/iu,
  /** '📲 Receba as notícias … no WhatsApp', 'Join our Telegram channel': a prompt to follow the outlet on a messaging app. */
  messagingPrompt:
    /^(?:[^\p{L}\p{N}]{0,4}\s*)(?:receba|receive|get|recibe|reciba|recevez|ricevi|erhalte|erhalten sie|entre|join|siga|sigue|follow|únete|unete|rejoignez|suivez|segui|iscriviti|inscreva-se|participe)\b.{0,80}\b(?:whatsapp|telegram|signal|viber)\b.{0,40}$/iu,
  /** 'On this page', 'In this article', 'Contents', 'Sommaire', 'Inhalt': the label over a table of contents. */
  contentsLabel: /^(?:on this page|in this (?:article|story|guide)|(?:table of )?contents|jump to(?: section)?|sommaire|dans cet article|inhalt(?:sverzeichnis)?|in diesem artikel|índice|contenido|en este artículo|neste artigo|indice|in questo articolo|inhoud|spis treści|содержание|зміст|目次|目录|目錄|목차)\s*[:：]?$/iu,
  /** 'Sources', 'References', 'Fuentes', 'Quellen': the label over a list of references. */
  referencesLabel: /^(?:sources|references|bibliography|further reading and sources|fuentes|referencias|quellen|literatur|références|fonti|fontes|referências|bronnen|źródła|источники|джерела)\s*:?$/iu,
  /** 'Waites KB, et al. (2017). Mycoplasma …', 'doi:10.1128/…': a line shaped like a reference. */
  citation: /\((?:19|20)\d{2}[a-z]?\)[.,]\s|\bet al\.|\bdoi:\s?10\.|https?:\/\/doi\.org\//u,
  /** 'VÍDEO: Temporal derruba árvores em BH': a video player's title behind its label. */
  videoLabel: /^(?:v[íi]d[ée]os?|watch|assista|mira|regardez|guarda|schauen sie|ansehen)\s*[:|]\s*(\S.{2,200})$/iu,
  /** Disclaimers and contact prompts after an opinion piece or a story. */
  disclaimer:
    /^(?:the views (?:expressed|in this)\b.{0,160}|(?:contact|email|e-mail) (?:the )?(?:author|reporter|writer)\b.{0,60}|republish this (?:story|article)|gift this article|(?:article|contenu) réservé aux abonnés|nur für abonnenten|exclusivo para (?:suscriptores|assinantes)|(?:subscribers?|members?)(?: |-)only(?: story| article| content| post)?|this (?:story|article) is for subscribers.*|please (?:use|enable|turn on|update) (?:a |the |your )?(?:chrome|javascript|modern|supported|latest)\b.{0,80}|(?:your browser|this browser) (?:does not|doesn't) support\b.{0,80}|thanks? (?:you )?for reading\b.{0,80}\b(?:subscribe|sign up|support)\b.{0,120}|is this page useful\??|this (?:article|story|report|investigation|project) (?:was|is) (?:produced|published|reported|co-published) (?:in partnership|in collaboration|jointly) with\b.{0,120}|this (?:article|story|report|investigation|project) (?:was|is|has been) co-?published (?:with|by)\b.{0,120}|was this (?:article|page|story|information) (?:helpful|useful)\??|did you find this (?:article|page) (?:helpful|useful)\??|report a problem with this page|.{1,80} is a reader-supported publication\b.{0,200}|(?:subscribe|sign up|register|log in) to (?:continue|keep) reading\b.{0,40}|suscr[íi]bete para (?:seguir|continuar) leyendo|abonnez-vous pour lire la suite\b.{0,40}|assine para continuar lendo|abbonati per continuare a leggere|jetzt abonnieren und weiterlesen|(?:if|when) you (?:buy|purchase|click|shop)\b.{0,120}\b(?:commission|affiliate)\b.{0,120}|we may (?:earn|receive|get) (?:a )?(?:small )?(?:commission|affiliate)\b.{0,160}|as an amazon associate\b.{0,160}|this (?:article|post|page|story) (?:contains|may contain) affiliate links\b.{0,160}|(?:si compras|si achetez|wenn (?:du|sie) (?:über|ueber) (?:diese|einen|unsere) links?)\b.{0,120}\b(?:comisión|commission|provision)\b.{0,120}|by (?:submitting|entering|providing|clicking|subscribing|signing up|registering)\b.{0,120}?\b(?:you|I)\b.{0,60}?\b(?:agree|consent|accept|acknowledge)\b.{0,160})$/iu,
  /**
   * Prompts to the reader at the end of a story: 'If you enjoyed this, consider subscribing …',
   * '… Tell us here.', '… Donate today.', 'KQRT 7 will update this story …', 'Veja mais notícias …'.
   */
  readerPrompt:
    /^(?:(?:vous avez aimé cet article|cet article vous a plu|ti è piaciuto (?:questo articolo|l['’]articolo)|(?:¿\s*)?te ha gustado (?:este artículo|la noticia)|gostou (?:desta|deste) (?:matéria|artigo|reportagem)|hat ihnen (?:dieser|der) artikel gefallen|si (?:vous avez|tu as) (?:aimé|apprécié) cet article|wenn ihnen (?:dieser|der|unser) artikel gefallen hat|se (?:ti|vi) è piaciuto (?:questo articolo|l['’]articolo)|si te (?:ha gustado|gustó) (?:este|el) artículo|se você gostou (?:deste|desta|do|da) (?:artigo|matéria|reportagem))\s*[?,]?.{0,200}|subscribe to .{2,60}? for (?:exclusive|more|unlimited|full|free|the latest)\b.{0,200}|if you (?:enjoyed|liked|found value in) (?:this|reading this|this (?:article|post|story|piece|newsletter))\b.{0,200}|want your (?:company['’]?s? )?(?:news|story|release|press release)\b.{0,80}|.{0,200}\b(?:tell us|let us know) (?:here|below|in the comments)[.!]?|.{0,160}\bdonate (?:today|now|here)[.!]?|.{0,80}\bwill (?:continue to )?update this (?:story|article|report|page)\b.{0,80}|this is a developing (?:story|news story)\b.{0,80}|(?:veja|leia|confira) mais (?:notícias|reportagens)\b.{0,80}|(?:see|read|get) more (?:local )?(?:news|stories) (?:from|about|on|in)\b.{0,80})$/iu,
  /**
   * Notices of any length, told by their opening: a privacy notice under a sign-up box, an
   * aggregator's 'property of their owners', a land acknowledgement, market-data delays,
   * a paper's letters-to-the-editor pitch, '© 2025 X, LLC. All rights reserved. X may earn …' (a
   * copyright line of up to 160 characters is left to the trailer, which reads the publisher from it).
   */
  longNotice:
    /^(?:privacy (?:notice|policy)\s*:|\(?(?:this|the) (?:story|article|report|copy|content) (?:has not been|was not|is not|has been) (?:edited|written|reviewed) by\b.{0,80}\b(?:syndicated|agency|wire|feed|auto-?generated)\b|.{0,120}\bauto-?generated from a (?:syndicated|news|wire|agency) (?:news )?feed\b|how we (?:reviewed|fact-?checked|sourced|reported|tested) this (?:article|story|guide)\b|.{0,120}\bwe (?:update|review|revise) (?:our|these|this) (?:articles?|content|pages?|guides?) (?:when|as|regularly)\b|this (?:content|article) is (?:created|imported|provided) (?:and maintained )?by a third party\b|.{0,100}\b(?:articles|content|stories) (?:are|is|remain) the (?:property|copyright) of (?:their|the) (?:respective )?(?:owners|publishers|authors)\b|.{0,60}\backnowledges? (?:the )?(?:aboriginal|traditional (?:owners|custodians)|first nations|indigenous)\b|.{0,80}\b(?:data|quotes?|prices?) (?:is |are )?delayed (?:by )?(?:at least |a minimum of |up to )?\d+ min(?:ute)?s?\b|.{0,80} is committed to publishing a diversity of\b|(?=.{161})(?:©|\(c\)|copyright\b).{0,100}\ball rights reserved[.,;]?\s+\S|all rights reserved\.\s)/iu,
  /**
   * A word every longNotice alternative contains: lines without one skip that pattern, whose
   * '.{0,120}' openings make it the costliest test on long body lines. Keep the two in step
   * (a test checks it on every fixture line).
   */
  longNoticeWord: /privacy|edited|written|reviewed|generated|how we|we (?:update|review|revise)|third party|property|copyright|acknowledg|delayed|committed|rights reserved/iu,
  /** A word every readerPrompt alternative contains, for the same reason. */
  readerPromptWord: /article|artículo|artigo|articolo|artikel|cet article|piaciuto|gustado|gostou|gefallen|subscribe|enjoyed|liked|found value|want your|tell us|let us know|donate|update this|developing|veja|leia|confira|more/iu,
  /** Company registration lines in footers: 'Registered in England No. 01234567', 'Registered office: …'. */
  legalFooter: /\bregistered (?:in (?:england|scotland|wales|ireland)|office|company)\b|\bcompany (?:no\.?|number|reg)\b|\ball content ©|©.{0,60}\b(?:ltd|limited|inc|llc|gmbh|plc)\b/iu,
  newsletter: /^(?:click here\b.{0,80}|subscribe (?:now|today)\b.{0,60}|this (?:article|story|content|page) is (?:more than|over) \d+ (?:years?|months?|days?) old|comments are closed\.?|reuse this content|sign up (?:for|to) (?:our|the).*newsletter.*|subscribe to (?:our|the)\b.*|get (?:our|the) .{0,40}newsletter.*|enter your email.*|get emails about this (?:page|topic)|your email address|by signing up\b.{0,60}?\b(?:you|I|newsletters?|e-?mails?)\b.*|thanks? for signing up.*|we use cookies\b.*|this (?:site|website) uses cookies\b.*|accept(?: all)?(?: cookies)?|cookie (?:settings|policy|preferences)|privacy policy|terms (?:of (?:use|service)|and conditions)|all rights reserved\.?|contact us|about us|download (?:our|the) app.*|get the app|already a subscriber\?.*|support (?:our|independent) journalism.*|we want to hear from you.*|got a (?:[\p{L}-]+ ){0,2}(?:story|tip)\b.*)$/iu,
  copyright: /^(?:স্বত্ব\s*)?(?:©|\(c\)|copyright\b)\s*(?:©\s*)?(?:copyright\s+)?(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*,?\s*(.*?)\.?\s*(?:all rights reserved\.?)?$/iu,
  chromeWord: /^(?:published|updated|posted|on|in|by|and|or|categories|category|tags?|topics|filed under|related topics|news|source|more|loading|loading\.\.\.|image|video|photo|gallery|audio|live|breaking|exclusive|opinion|analysis|explainer|world|\|)[:.]?$/iu,
  labelList: /^(?:categories|category|tags?|topics|filed under|related topics|section|sections|themen|thèmes|temas|schlagworte|témata|témy|štítky|etichete|ετικέτες|टैग्स|टैग|thẻ|từ khóa|emneord|nøgleord|ämnen|címkék|etiquetas|tagi)\s*:\s*(.*)$/iu,
  bareDomain: /^(?:https?:\/\/)?(?:www\.)?[a-z0-9][a-z0-9-]{0,62}(?:\.[a-z0-9-]{1,63}){0,3}\.(?:com|net|org|co|uk|io|info|news|tv|ng|de|fr|it|es|ru|ua|in|au|ca|us|eu|me|biz|xyz|online|site|club|top|bet|app)(?:\/\S*)?$/i,
  readFull: /^(?:source:\s*)?(?:read (?:the )?full (?:article|story)|read more|continue reading|click here to read more|view original|read original article|via:?)\b.{0,40}$/i,
  /** 'READ MORE: Putin’s troops flee', 'RELATED: …', 'Watch: …', '[See also: …]' — a link to another story inline; the label
   * may name the kind of story before a bar ('Lire aussi le décryptage | …', 'Related video: …'). */
  inlineTeaser: /^\[?(?:related(?: stories| articles| content| article| story| videos?| coverage)?|live updates?|live blog|read more|read|read also|also read|read next|more|see also|watch|watch now|listen|latest|recommended|must read|don'?t miss|click here|lire aussi|à lire aussi|lesen sie auch|mehr dazu|mehr zum thema|leia também|leia mais|veja também|lee también|leé también|mirá también|lea también|(?:te|le) puede interesar|(?:también )?te (?:podría|puede) interesar|baca juga|baca pula|simak juga|lihat juga|leggi anche|lees ook|lees meer|czytaj (?:też|także|również|więcej)|zobacz (?:też|także)|читайте (?:також|также)|читайте|дивіться також|смотрите также|läs också|läs mer|les også|læs også|lue myös|ayrıca oku|ilgili haber|citește și|citeste si|vezi și|vezi si|xem thêm|đọc thêm|διαβάστε επίσης|διαβάστε ακόμη|ये भी प(?:ढ\u093C|\u095D)ें|यह भी प(?:ढ\u093C|\u095D)ें|इसे भी प(?:ढ\u093C|\u095D)ें|te recomendamos|čtěte také|čtěte též|přečtěte si také|læs også|se også|les også|läs också|läs även|olvassa el|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|קראו גם|pročitajte i|pročitajte još|čítajte aj|čítajte tiež|прочетете още|прочитайте още|olvasd el|bunu da okuyun|leer también|llegiu també|llegeix també|soma pia|soma zaidi|soma hii)(?:\s*[:|>»]|(?:\s+[\p{L}\p{M}'’]+){1,3}\s+\||\s+(?:in|on|at|from|en|sur|auf|im|in der)\s+[^:.!?]{2,40}:)\s*\S.{0,200}$/iu,
  /** 'Leé también', 'À lire aussi :', '[관련기사]', 'Baca juga': a related-stories label alone on its line, brackets allowed. */
  relatedLabel: /^[\[【(]?\s*(?:read also|baca juga|baca pula|simak juga|lihat juga|leé también|lee también|mirá también|ver también|à lire aussi|lire aussi|voir aussi|lesen sie auch|leggi anche|leia também|[iİ]lg[iİ]l[iİ] haberler?|останні новини|последние новости|neueste artikel|читайте також|читайте также|관련\s?기사|関連記事|相关阅读|相關閱讀|延伸阅读|延伸閱讀|citește și|citeste si|vezi și|vezi si|xem thêm|đọc thêm|διαβάστε επίσης|διαβάστε ακόμη|ये भी प(?:ढ\u093C|\u095D)ें|यह भी प(?:ढ\u093C|\u095D)ें|इसे भी प(?:ढ\u093C|\u095D)ें|te recomendamos|čtěte také|čtěte též|přečtěte si také|læs også|se også|les også|läs också|läs även|olvassa el|اقرأ أيضا|اقرأ أيضاً|إقرأ أيضا|إقرأ أيضاً|קראו גם|pročitajte i|pročitajte još|čítajte aj|čítajte tiež|прочетете още|прочитайте още|olvasd el|bunu da okuyun|leer también|llegiu també|llegeix també|(?:també )?et pot interessar|lue myös|katso myös|soma pia|soma zaidi|habari zinazohusiana|আরও পড়ুন|আরো পড়ুন|(?:همچنین )?بیشتر بخوانید|همچنین بخوانید|یہ بھی پڑھیں|اقرأ المزيد)\s*[\]】)]?\s*[:：]?$/iu,
  /** 'Partager l’article : <title>', 'Share this article: …': a share button with the story's title. */
  shareArticle: /^(?:partager|share|compartir|compartilhar|teilen|condividi|paylaş)\s+(?:l['’]article|this (?:article|story)|the (?:article|story)|el artículo|la (?:nota|noticia)|den artikel|l['’]articolo|a (?:notícia|matéria))\s*[:：]\s*\S.{0,200}$/iu,
  /** 'Écouter l’article | 5 minutes', 'Listen to this article · 6:14 min Learn more', 'Listen to more stories on hark': an audio player. */
  audioPlayer: /^(?:(?:écouter|listen to|escuchar|escucha|ouvir|ouça|anhören|hören sie|ascolta)\s+(?:l['’]article|this (?:article|story)|the (?:article|story)|el artículo|la (?:nota|noticia)|den artikel|l['’]articolo|a (?:notícia|matéria)|artículo|artigo|articolo|artikel|noticia|notícia)(?:\s*[|·•:,–—-]\s*(?:\d+(?::\d{2})?\s*(?:min\p{L}*|minutes?|minutos?|minuten|minuti)|\d{1,2}:\d{2}))?(?:\s*[|·•]?\s*(?:learn more|en savoir plus|mehr erfahren|más información|saiba mais|scopri di più))?|listen to more stories on\s+\S.{0,40})$/iu,
  /** 'Noticed an error? Select it and press Ctrl+Enter', 'Помітили помилку? … Ctrl+Enter': an error-report prompt. */
  errorReportPrompt: /\bctrl\s*\+\s*enter\b/iu,
  /**
   * 'NCN’s Jordan Pike contributed to this report.', 'Luis Ferrer contributed reporting.', 'Ana Ruiz contributed reporting from Madrid.',
   * 'Research was contributed by …': a contributor's credit line at the end (short lines only: the rule counts words first).
   */
  /** '--With assistance from A and B.', 'Contributing: Tom Lee': helpers credited under the story, not its writers. */
  assistCredit: /^(?:[-–—]{1,2}\s*)?(?:with (?:the )?assistance (?:from|of|by)|contributing(?: (?:writers?|reporters?|editors?))?\s*:)\s*\p{Lu}[^.!?]{1,120}\.?$/iu,
  /** '(Updates with analyst comment in fifth paragraph.)', '(Adds quotes, background)': a wire story's version note. */
  wireUpdateNote: /^\((?:updates|adds|recasts|rewrites|corrects|refiles|fixes|changes|removes|inserts|clarifies|repeats)\b[^()]{1,140}\)\.?$/iu,
  /** 'Update 9/12/22, 9:11 a.m. ET: This article was updated with additional information.': an update note about the page itself. */
  pageUpdateNote: /^(?:update[sd]?|correction|editor['’]s note)\b.{0,40}?:\s*this (?:article|story|post|piece|report) (?:was|has been|had been) (?:updated|corrected|revised|changed)(?: (?:to|with) [^.!?]{1,80})?\.?$|^this (?:article|story|post|piece|report) (?:was|has been) (?:updated|corrected)\.$/iu,
  /** 'Reach Jane Roe at jroe@paper.com or on X @janeroe.': how to reach the writer, an e-mail address in it. */
  contactLine: /^(?:[Rr]each|[Cc]ontact|[Ee]-?mail|[Ww]rite to|[Ff]ollow)\s+(?:\p{Lu}[\p{L}\p{M}'’.-]*\s+){1,3}(?:at|via|on)\s+\S+@\S+/u,
  /** 'Related Subjects Ukraine, Russia, Kherson': a topic label run into its comma list, no colon. */
  labelRunList: /^(?:related (?:subjects|topics|tags)|more on|verwandte themen|sujets associés|temas relacionados|argomenti correlati)\s+(\p{Lu}[^.!?:;]{0,150})$/iu,
  /** A video or audio player's fallback text where the player failed to load. */
  playerFallback: /^(?:to (?:view|watch|play) this (?:video|content|media)\b,? (?:please|you (?:need|have) to|you must) enable javascript|this (?:video|media|content) (?:can ?not|can't|could not) be played\b|please enable javascript to (?:view|watch|play)\b|your browser does not support (?:the )?(?:html5 )?(?:video|audio)\b|um dieses video (?:anzusehen|abzuspielen),? aktivieren sie javascript|pour (?:voir|regarder) cette vidéo,? (?:veuillez )?activ)/iu,
  /** 'lh/rc (Reuters, AP)': the writers' and editors' initials signing off a story, with the agencies used. */
  initialsSignoff: /^\p{Ll}{2,4}(?:\/\p{Ll}{2,4})+(?:\s*\([^()]{1,60}\))?$/u,
  /** '— Defense of Ukraine (@UkrDefenseHQ) September 12, 2022': an embedded post's signature line (name, handle, date). */
  embedSignature: /^[—–-]\s*[^()\n]{1,80}\(@[\w.]{1,30}\)\s+(?:\p{L}{3,10}\.? \d{1,2}, \d{4}|\d{1,2}\.? \p{L}{3,10}\.? \d{4})$/u,
  contributedCredit: /^.{3,120}\bcontributed(?: (?:additional )?(?:reporting|research))? to this (?:report|story|article)(?: (?:from|in) [^.!?]{2,60})?\.?$|^.{3,160}\bcontributed\.$|^.{3,120}\bcontributed (?:additional )?(?:reporting|research)(?: (?:from|in|for) [^.!?]{2,60})?\.?(?:\s+(?:data analysis|research|graphics|photos|video|editing) (?:was )?by [^.!?]{2,80}\.?)?$|^(?:additional )?(?:reporting|research) (?:was )?contributed by [^.!?]{2,120}\.?$/iu,
  /**
   * 'Con información de EFE y Europa Press.', 'Mit Material von dpa', 'Avec AFP', 'With additional reporting by Jane Doe in Kyiv.':
   * a contributors' or agencies' credit line (the rule checks that no clause in lower case follows a comma).
   */
  agencyCredit: /^\(?(?:with (?:additional )?reporting (?:by|from)|con (?:información|informaciones|datos) de|com informações d[aoe]s?|con informazioni d[aei]|mit material (?:von|der|aus)|avec (?:l['’])?(?:afp|ap|reuters|belga|agences?)\b)\s?[^.!?;:]{0,120}\)?\.?$/iu,
  /** 'Produced by ElevenLabs … using AI narration.': the credit line of an article's audio version. */
  aiNarration: /^(?:produced|narrated|voiced) by\b.{0,120}\b(?:ai|artificial intelligence) (?:narration|voice)\.?$|^(?:voiced|narrated|read) by (?:ai|artificial intelligence)\.?$|^press play to listen to this (?:article|story)\.?$/iu,
  /**
   * 'S&P 500 5,104.33 +0.4%', 'Crude Oil 78.01 -0.8%', 'DAX 18.235,40 −0,6 %', 'FTSE 100 8,123.40 ▼ 12.30 (0.15%)': a market quote
   * bar's entry (a name, a value, a percent; the rule wants a sign or an arrow too).
   */
  tickerLine: /^[\p{L}^][\p{L}\p{N}&.'’^\/ -]{0,40}?\s+(?:[$€£¥]\s?)?(?:\d[\d,.\u00a0\u202f]*\s+)?(?:[▲▼↑↓]\s?)?(?:[+\-−–]?\s?[\d,.]+\s+)?\(?[+\-−–▲▼↑↓]?\s?\d+(?:[.,]\d+)?\s?%\)?$/u,
  /** 'For the latest news, weather, sports, and streaming video, head to KQRT News 7.': a station's or site's plug for itself. */
  outletPlug: /^for (?:the |all the |more )?(?:latest|breaking|more|continuing|up-to-date)\s+(?:local\s+)?(?:news|headlines|updates|coverage|weather)\b.{0,80}\b(?:head|go|visit|tune in|download|stream|follow|stay with|check out)\b.{0,60}$/iu,
  /** 'skip past newsletter promotion' / 'after newsletter promotion': the markers a page puts around an inserted promotion box. */
  promoStart: /^skip (?:past|over) (?:the )?(?:newsletter |podcast |app |video |partner )?(?:promotion|promo|sign-?up|newsletter)s?$/iu,
  promoEnd: /^after (?:the )?(?:newsletter |podcast |app |video |partner )?(?:promotion|promo|sign-?up|newsletter)s?$/iu,
  /** 'Help keep family & friends informed by sharing this article': a share prompt told by its ending. */
  sharingPrompt: /\bby sharing (?:this|the|our) (?:article|story|post|page|news)[.!]?$|^(?:share|send) (?:this|the) (?:article|story|post|page) (?:with|to) [^.!?]{2,40}$/iu,
  /**
   * A local-news finder box: 'Look up your local X news and information', 'Search by suburb, town or postcode',
   * 'Find news by postcode'.
   */
  localFinder: /^(?:look up|find|discover|explore|get|search(?: for)?) (?:your |the )?local\b[^.!?]{0,50}\bnews\b[^.!?]{0,40}$|^(?:search|find|look up|browse)\b[^.!?]{0,30}\bby (?:suburb|town|city|postcode|post code|zip code|zip|location|region|area)\b[^.!?]{0,40}$/iu,
  /** 'Your information is being handled in accordance with the X Privacy Collection Statement.': a sign-up box's privacy note. */
  privacyHandling: /^(?:your|all) (?:personal )?(?:information|data|details|e-?mail(?: address)?) (?:is|are|will be) (?:being )?(?:handled|used|processed|collected|stored|managed|held)\b.{0,80}\b(?:privacy|policy|statement|accordance)\b.{0,80}$/iu,
  /** 'Play video', 'Video afspelen', 'Video abspielen', 'Lire la vidéo': a video player's play button. */
  videoControl: /^(?:(?:play|watch) (?:the )?video|video (?:afspelen|abspielen|ansehen|bekijken|starten)|(?:lire|regarder) la vidéo|(?:reproducir|ver) (?:el )?v[íi]deo|riproduci (?:il )?video|(?:assistir|reproduzir) (?:ao |o )?v[íi]deo|odtwórz (?:wideo|film))$/iu,
  /** '• aus DER KOMPASS 8/2025', 'From The Monthly 3/2024': the print issue a magazine story appeared in. */
  issueNote: /^(?:[•·]\s*)?(?:aus|from|in|erschienen in|published in|paru dans|extrait de|uit|dal|da)\s+\S[^.!?]{0,40}?\s+(?:(?:nr|no|n°|heft|issue|ausgabe)\.?\s*)?\d{1,2}\s?\/\s?(?:19|20)\d{2}$/iu,
  /** 'Début du widget Widget.', 'End of widget': an embed's start and end markers. */
  widgetMarker: /^(?:début|fin|start|end|beginning|anfang|ende|inicio|comienzo) (?:du|de|of(?: the)?|des) widget\b.{0,40}$/iu,
  /** 'Originally published as <headline>': a republishing network's closing line repeating the headline. */
  originallyPublishedAs: /^originally published as\s+\S/iu,
  /** 'Explainer: What is hope value?', 'Analyse : …': a link to a story of another kind, by its label (only between paragraphs). */
  labelledStoryLink: /^(?:methodology|explainer|factbox|fact ?check|timeline|in pictures|in depth|q&a|video|watch|podcast|opinion|analysis|live|análisis|analyse|vidéo|tribune|opinión|kommentar|analisi)\s*[:|]\s*\S/iu,
  /** 'Source: Reuters', 'Source: The Sun' */
  sourceLine: /^source\s*:\s*(.{2,60})$/i,

  // ---- more furniture in more languages ------------------------------------------------------
  /**
   * One key word of every unanchored test in `isLongPitch` (ASCII words here, the others in `pitchKeyOther`; see `hasPitchKey`) (cookie banners, follow pitches, membership pitches,
   * press-council and redistribution notices): lines without one skip them all. Keep in step with those patterns.
   */
  pitchKey: /cookie|press code|press ombud|google news|whatsapp|telegram|viber|channel|canal|kanal|instagram|facebook|youtube|tiktok|readers|lesern|lecteurs|lectores|leitores|press council|presserat|pressenævnet|pressens|ipso|impress|conseil de presse|reproduc|redistribut|rewritten|weiterverbreit|rediffus|difuzare|preluare|consejo de prensa|galetes/i,
  /** The key words of `pitchKey` outside ASCII (tested only on lines that have such characters: case-folding Unicode is slower). */
  pitchKeyOther: /تعريف الارتباط|جوجل|واتساب|تيليجرام|تلغرام|قناة|evästei|sütik|κανάλι|चैनल|šíření|rozmnožování|vervielfältig|αναδημοσίευ|फॉलो|जुड़|ज्वाइन|जॉइन/iu,
  /** A word every follow pitch names (a cheap test before `followPitch`). */
  followPlatform: /أخبار جوجل|جوجل نيوز|واتساب|تيليجرام|تلغرام|قناة|google news|whatsapp|telegram|viber|channel|canal|kanal|κανάλι|चैनल|instagram|facebook|youtube|tiktok/iu,
  /**
   * 'Síguenos en Google News y entérate …', 'Join the X WhatsApp channel for breaking news …', 'Ακολουθήστε το X στο Google News …',
   * 'Urmărește știrile X și pe canalul nostru de WhatsApp', 'Google News पर हमें फॉलो करें': follow pitches, full sentences or not.
   */
  followPitch: /^(?:seuraa|segueix(?:-nos)?|fuata|تابعوا|تابعونا|تابعنا|انضموا|انضم|follow|join|simak|gabung|síguenos|sigue(?:nos)?|puedes seguir(?:nos)?|pod[ée]is seguir(?:nos)?|siga-nos|suivez(?:-nous)?|folgen sie|folge|seguici|segui|volg|ακολουθήστε|urmărește|urmăriți|urmareste|theo dõi|tham gia|abonează-te|přidejte se|sledujte|følg|följ|takip edin|ikuti|tap here|get (?:the )?latest|stay (?:updated|informed))(?![\p{L}\p{M}])|(?:फॉलो करें|से जुड़ें|ज्वाइन करें|जॉइन करें)/iu,
  /**
   * Sign-up and membership pitches: 'Don't miss out on the latest news …', 'Your subscription has been successful.',
   * 'Already a member? Sign in …', 'Subscribe to X to get access to …', 'Disclaimer: The comments uploaded …'.
   */
  pitchLine: /^(?:don['’]t miss out\b.{0,80}|your subscription (?:could not|couldn['’]t|has been|was|is)\b.{0,80}|thank(?:s| you) for (?:subscribing|signing up)\b.{0,60}|already (?:a )?(?:member|subscriber)\?.{0,80}|join our community[.!]?|you['’]re a dedicated reader[.!]?|subscribe to .{2,60}? to (?:get|read|access|unlock|enjoy)\b.{0,200}|disclaimer\s*:.{10,400}|(?:har du|har ni|har I|have you got|do you have|haben sie|hast du|avez-vous|¿?tienes|¿?tiene usted|hai|heeft u|heb je|masz|máte|aveți) (?:bilder|billeder|photos?|pictures|videos?|information|informationen|informations|información|informazioni|informatie|informacje|informace|informații|fotos?|fotky|tips?|a (?:story|tip))\b[^?]{0,100}\?.{0,200})$/iu,
  /**
   * A consent banner's sentences without the word 'cookie': 'We and our partners store and/or access information …',
   * 'Με την άδειά σας, εμείς και οι συνεργάτες μας …', and its heading 'We respect your privacy'.
   */
  consentLine: /^(?:we and our (?:\d+ )?partners|with your (?:consent|permission),? we and our partners|wir und unsere (?:\d+ )?partner|mit ihrer (?:einwilligung|zustimmung)(?: können)? wir und unsere|nous et nos (?:\d+ )?partenaires|avec votre (?:accord|consentement),? nous et nos|nosotros y nuestros (?:\d+ )?(?:socios|partners)|con tu (?:consentimiento|permiso),? (?:nosotros|nuestros)|noi și partenerii noștri|cu acordul (?:tău|dumneavoastră),? noi|εμείς και οι συνεργάτες μας|με την (?:άδειά|άδεια|συγκατάθεσή) σας,? εμείς|my a naši partneři|s vaším souhlasem(?:,)? my|chúng tôi và các đối tác|vi og vores (?:\d+ )?partnere|med dit samtykke,? vi|vi och våra (?:\d+ )?partner|med ditt samtycke,? vi|we (?:care about|respect|value) your privacy|σεβόμαστε την ιδιωτικότητά σας|wir respektieren ihre privatsphäre|nous respectons votre vie privée|respectăm confidențialitatea (?:ta|dumneavoastră)|respetamos tu privacidad|vi respekterer dit privatliv)(?![\p{L}\p{M}])/iu,
  /**
   * Newsletter blurbs and reuse terms, told by their opening: 'Recevez chaque matin les nouvelles …', 'Der Morgen-Newsletter
   * mit …', 'Todas las mañanas, lo que tenés que saber …', 'Використання матеріалів дозволяється за умови посилання …'.
   */
  blurbLine: /^(?:recevez (?:chaque (?:matin|soir|jour|semaine)|tous les (?:matins|jours|soirs))|(?:der|die|unser) [\p{L}-]{0,20}newsletter mit|todas las (?:mañanas|tardes|noches),? lo que|todos los días,? lo que|every (?:morning|evening|weekday),? (?:the|our|get|what)|використання матеріалів|использование материалов|pastikan (?:kamu|anda) sudah (?:install|mengunduh)|iratkozz(?:on)? fel (?:a )?hírlevel\p{L}*|tilaa (?:\p{L}+ )?uutiskirje\p{L}*|subscriu-te (?:al|a la|a les) (?:butlletí|butlletins|newsletter)|(?:subscreva|assine) (?:a nossa |a )?newsletter|اشترك في (?:النشرة|نشرتنا)|jiandikishe (?:kupokea|kwa)|jiunge na (?:jarida|orodha)|rep cada (?:matí|dia|setmana|vespre))(?![\p{L}\p{M}])/iu,
  /**
   * A newsletter box's promise to fill the reader's inbox: '…, delivered to your inbox every weekday morning',
   * 'Las noticias más importantes …, cada mañana en tu correo.', '… directement dans votre boîte mail'.
   */
  inboxDelivery: /(?:delivered|sent|straight|directly|right) (?:to|in|into) your (?:e-?mail )?inbox|in your inbox (?:every|each)\b|(?:cada|todas las|todos los) (?:mañanas?|días?|semanas?|tardes?|noches?) en tu (?:correo|bandeja)|dans votre boîte (?:mail|e-mail|email|de réception)|(?:direkt )?in (?:ihr|dein) (?:e-mail-)?postfach|na sua caixa de (?:entrada|e-?mail)|nella tua (?:casella (?:di posta|e-?mail)|inbox)|in je (?:mailbox|inbox)\b|\bno seu e-?mail\b|\bi din (?:inkorg|indbakke|e-?post)\b|\bi innboksen din\b|^sign up to (?:receive|get) (?:daily|weekly|the latest|breaking)\b/iu,
  /** 'That's why we started X … to provide discerning readers like you with …': a membership pitch's own words. */
  readersLikeYou: /\b(?:readers like you|lesern wie ihnen|lecteurs comme vous|lectores como (?:tú|usted)|leitores como você)\b/iu,
  /**
   * Paywall boxes: 'Log ind for at læse videre', 'Er du allerede abonnent?', 'Prøv 1 måned for 1 kr.', 'Herefter 249 kr./md.',
   * 'Denne artikel er forbeholdt abonnenter. …', 'Sie wollen mehr aus der Kultur? Jetzt abonnieren und …'.
   */
  paywallLine: /^(?:(?:get|enjoy|unlock|gain) unlimited (?:digital )?access to\b.{0,140}(?:subscri\p{L}*|months?|years?|weeks?|membership)\b.{0,40}|log ind for at læse videre|logg inn for å lese videre|logga in för att läsa vidare|(?:log|sign) in to (?:continue|keep) reading|subscribe to (?:continue|keep) reading|(?:er du|är du) (?:allerede |redan )?(?:abonnent|prenumerant)\??|already (?:a )?subscriber\??|sind sie bereits abonnent(?:in)?\??|déjà abonné(?:e)?\s?\??|ya eres suscriptor\??|(?:køb|kjøp|köp|buy|get) (?:adgang|tilgang|tillgång|access)|prøv (?:\d+|en|et) (?:måned|uge|dag)\b.{0,40}|prova (?:\d+|en|ett) (?:månad|vecka)\b.{0,40}|(?:herefter|derefter|därefter|deretter) \d.{0,40}|ingen binding[.!]?|cancel any ?time[.!]?|(?:denne artikel er forbeholdt|denne artikkelen er forbeholdt|den här artikeln är för) (?:abonnenter|prenumeranter)\b.{0,200}|this (?:article|story|content) is (?:for|reserved for|exclusive to|only available to) (?:subscribers|members)\b.{0,200}|dieser artikel ist (?:nur )?für abonnenten\b.{0,200})$/iu,
  /** 'Sie wollen mehr aus der Kultur? Jetzt abonnieren und …': a question, then the call to subscribe (only tested on lines with 'abonnieren'). */
  subscribeAfterQuestion: /^[^.?!]{0,60}\?\s*jetzt abonnieren\b.{0,160}$/iu,
  /** 'X er medlem af Danske Medier og har tilsluttet sig Pressenævnet.', 'We subscribe to the Press Code of the Press Council …'. */
  pressCouncil: /\b(?:press code|press ombud(?:sman)?|pressenævnet|pressens faglige utvalg|pressens opinionsnämnd|press council|presserat|ipso|impress|conseil de presse|consejo de prensa)\b/iu,
  pressCouncilMember: /medlem|member|mitglied|subscribe|adheres|tilsluttet|regulated|membre|tilknyttet|ansluten/iu,
  /** A word every `rightsNotice` alternative contains (a cheap test first). */
  rightsNoticeWord: /šíření|rozmnožování|reproduc|redistribut|rewritten|weiterverbreit|vervielfältig|rediffus|difuzare|preluare|αναδημοσίευ/iu,
  /** 'Jakékoli další šíření je bez předchozího souhlasu ČTK výslovně zakázáno.', 'may not be published, broadcast, rewritten or redistributed'. */
  rightsNotice: /(?:šíření|rozmnožování|reproduction|redistribution|weiterverbreitung|vervielfältigung|rediffusion|reproducción|redistribución|difuzarea|preluarea|αναδημοσίευση)(?![\p{L}\p{M}]).{0,120}?(?:zakázáno|prohibited|forbidden|not permitted|untersagt|nicht gestattet|interdite|prohibida|interzisă|interzisa|απαγορεύεται)|\bmay not be (?:published|reproduced|copied)\b.{0,80}\b(?:redistributed|rewritten)\b|\b(?:is|are) (?:subject to )?copyright(?:ed)? and (?:cannot|can not|may not|must not) be (?:reproduced|republished|copied|redistributed)\b/iu,
  /**
   * 'Vous pouvez accepter ou refuser ces traitements, ou paramétrer vos choix … « Gérer mes cookies »': a banner's
   * verb of accepting or refusing, and its word for the reader's choices or settings (the line must name cookies too).
   */
  cookieAccept: /accept|accett|acept|aceit|refus|reject|rechaz|rifiut|recus|ablehn|akzeptier|zustimm|consent/iu,
  cookieChoice: /choi[cx]|préférence|preferen|preferên|setting|paramétr|paramètr|einstellung|gérer|manage|gestion|verwalt|impostazion|configura|ajust|personaliz/iu,
  /** A verb of using or storing cookies (the line must name cookies too): consent banners in any language. */
  cookieUse: /(?:يستخدم|نستخدم|utilitza|utilitzem|käyttää|käytämme|folosește|folosim|utilizează|använder|bruger|bruker|používá|používáme|χρησιμοποι|αποθηκεύουμε|sử dụng|इस्तेमाल|उपयोग|kullan|\buses?\b|utilise|utilisons|utilizamos|usamos|utiliza|verwendet|verwenden|nutzt|nutzen|gebruikt|gebruiken|używa|używamy|használ)/iu,
  /** 'ΔΙΑΦΗΜΙΣΗ', 'Quảng cáo', 'विज्ञापन': the advert label in more languages. */
  advertWord: /^(?:tangazo|matangazo|publicitat|διαφήμιση|διαφημιση|quảng cáo|विज्ञापन|reklame|reklam|publicitate|hirdetés|mainos|oglas|реклама)$/iu,
  /** Chrome words in more languages: 'शेयर करें' (share), 'फॉन्ट साइज़ बदलें' (font size), 'Email address'. */
  chromeWordMore: /^(?:शेयर करें|शेयर|(?:फ\u093C|\u095E)ॉन्ट साइ(?:ज\u093C|\u095B) बदलें|फॉन्ट साइ(?:ज\u093C|\u095B) बदलें|(?:फ\u093C|\u095E)ॉन्ट साइ(?:ज\u093C|\u095B)|chia sẻ|κοινοποίηση|distribuie|sdílet|sdílejte|del artiklen|dela artikeln|dela|e-?mail address|font size|schriftgröße|taille du texte|tamaño de letra)\s*[:：]?$/iu,
  /** 'Highlights', 'हाइलाइट्स', 'Das Wichtigste in Kürze': the label over a story's summary points. */
  summaryLabel: /^(?:highlights|key points|in brief|at a glance|हाइलाइट्स|मुख्य बातें|das wichtigste in kürze|in kürze|en bref|l['’]essentiel|en resumen|puntos clave|points clés|tóm tắt|συνοπτικά|pe scurt|ve zkratce|kort fortalt|i korthet|kort sagt)\s*[:：]?$/iu,
  /** Imprint lines of a site's footer: 'Tổng biên tập: …', 'Số giấy phép: …', 'Ansvarig utgivare: …', 'Μητρώο Online Τύπου …'. */
  imprintLine: /^(?:tổng biên tập|phó tổng biên tập|số giấy phép|giấy phép|địa chỉ|điện thoại|ansvarig utgivare|ansvarshavende (?:chef)?redaktør|ansvarlig redaktør|chefredaktør|herausgeber(?:in)?|chefredakteur(?:in)?|editor-in-chief|μητρώο online τύπου|redactor[- ]șef|šéfredaktor(?:ka)?|प्रधान संपादक)\s*:?.{1,120}$/iu,

  /**
   * Paywall, comment-rules, donation and error-report lines in more languages: 'Este artigo é exclusivo para assinantes. …',
   * 'Já é assinante? Inicie sessão', 'Os comentários estão sujeitos a moderação.', 'Мы существуем только благодаря читателям …',
   * 'Found a mistake in this article?', 'Mitä mieltä olet …? Voit keskustella aiheesta …'. Anchored openings only.
   */
  /**
   * Site notices and paywall lines in the languages we meet, told by their words: comment rules, rights notices,
   * 'subscribe now' and 'cancel any time' offers, donation appeals, a press code's note, an external-links disclaimer.
   */
  /** A word every line `noticeMore` matches has: a cheap scan before the costly one. */
  noticeKey: /comments are|abonnieren|melden sie|kommentare|postings|beiträge|weiterverwendung|rechte vorbehalten|rights reserved|recevez|respons|ansvar|verantwortlich|varsom|support|recurring|blocked access|läs vidare|månaden|redan|allerede|bereits|déjà|already|cancel|avsluta|säg upp|kündbar|résiliable|subscription|text size|go deeper|caption|bli |detta är|dette er|det här är|this is a|kopi/iu,
  noticeMore: /^(?:comments are subject to (?:our )?(?:community guidelines|house rules|terms)\b.{0,120}|jetzt (?:[\p{L}.-]+ ){0,3}abonnieren\b.{0,150}|bitte melden sie sich an\b.{0,80}|(?:die )?(?:kommentare|postings|beiträge) (?:von|der) (?:usern|userinnen|lesern|leserinnen|nutzern|nutzerinnen)\b.{0,400}|eine weiterverwendung\b.{0,200}|alle rechte vorbehalten\b.{0,200}|(?:[^.!?]{2,100}[.!?]\s+)?all rights reserved\.?|chaque (?:matin|soir|jour|semaine),? recevez\b.{0,200}|.{0,60}\b(?:is not responsible for the content of|er ikke ansvarlig for innhold|har ikke ansvar for innhold|ist nicht verantwortlich für (?:den )?inhalt|n['’]est pas responsable du contenu)\b.{0,120}|.{0,60}\bvær varsom-plakaten\p{L}*\b.{0,120}|support [\p{Lu}][^.!?]{2,50}!|.{0,120}\brecurring donation\b.{0,120}|.{0,80}\bblocked access to\b.{0,80}\bwe need your help\b.{0,120}|läs vidare\s*[–—-].{0,80}|(?:den )?första månaden för \d+ kr\b.{0,80}|(?:är du redan|er du allerede|sind sie bereits|êtes-vous déjà|are you already an?) [\p{L}-]{0,20}?(?:kund|abonnent|prenumerant|subscriber|abonné|member)\p{L}*\?.{0,40}|.{0,80}\b(?:cancel (?:any ?time|at any time)|avsluta när du vill|säg upp när du vill|jederzeit kündbar|résiliable à tout moment)\b.{0,40}|.{0,80}\bwith a subscription[.!]\s+(?:sign up|subscribe)(?: today| now)?[.!]?|(?:normal|default) text size\b.{0,60}|go deeper:\s.{2,160}|show caption(?: hide caption)?|hide caption|bli (?:[\p{L}]+-)?(?:kund|prenumerant|abonnent|medlem)|(?:this is|detta är|dette er|det här är) (?:a|an|en|et) (?:news article|nyhetsartikel|nyhetsartikkel|nyhedsartikel|opinion piece|debattartikel|kommentar|ledare|analys|analyse)|kopiera länk(?:en)?|kopier lenke(?:n)?|kopiér link|kopiuj link|kopioi linkki)$/iu,
  pitchMore: /^(?:(?:este|esta) (?:artigo|notícia|conteúdo|reportagem|artículo|noticia|contenido) (?:é|es) (?:exclusiv[oa]|reservad[oa]) (?:para|a) (?:assinantes|suscriptores|socios)(?![\p{L}\p{M}]).{0,200}|(?:já é|ya eres|ja ets) (?:assinante|suscriptor|subscriptor|soci)\?.{0,60}|(?:os |los |les |the )?(?:comentários|comentarios|comentaris|commentaires|comments) (?:estão|están|estan|sont|are) (?:sujeitos|sujetos|subjectes|soumis|subject) (?:a|à|al|to) (?:moderação|moderación|moderació|modération|moderation)(?![\p{L}\p{M}]).{0,100}|мы существуем (?:только )?благодаря(?![\p{L}\p{M}]).{0,200}|ми існуємо (?:лише |тільки )?завдяки(?![\p{L}\p{M}]).{0,200}|we (?:only )?exist (?:only )?(?:because of|thanks to) (?:our )?readers\b.{0,200}|found (?:a|an) (?:mistake|error|typo) in this (?:article|story)\?.{0,60}|report it to us[.!]?|thank you for your report[.!]?|(?:did you )?(?:spot|notice) (?:a|an) (?:mistake|error|typo)\?.{0,60}|mitä mieltä olet [^?]{1,80}\? voit keskustella\b.{0,100}|(?:i|we) (?:hope|trust) you (?:appreciated|enjoyed|liked|valued|found value in) (?:this|reading this|today['’]s) (?:article|story|piece|report|newsletter)\b.{0,300}|before you (?:move on|go|leave)\b,?.{0,40}?\b(?:support|contribut|donat|consider)\w*\b.{0,200}|voit keskustella aiheesta\b.{0,100}|guest ?book entries(?: \(\d+\))?|(?:sign|view) (?:the )?guest ?book|send flowers|share a memory|(?:offer|send|leave) (?:your )?condolences(?: to the family)?|view all entries|published in (?:the )?[^.!?]{2,60}? on (?:[\p{L}.]{3,10} \d{1,2}, \d{4}|\d{1,2} [\p{L}.]{3,10} \d{4})\.?|(?:in|at) (?:a time|times) (?:of|like these)\b.{0,100}?\bquality journalism is (?:more )?(?:crucial|important|vital|essential|needed)\b.{0,100}|by subscribing,? you (?:can )?(?:help|support)\b.{0,120}|.{0,200}[.!?]\s+follow (?:our|the) live (?:coverage|updates|blog)(?: here| below)?[.!]?|ten artykuł czytasz w ramach (?:płatnej )?subskrypcji.{0,80}|recib[ií]\p{L}* (?:en )?(?:tu|su) (?:e-?mail|correo|casilla)\b.{0,200}|(?:funeral )?arrangements (?:are )?(?:by|under the direction of|entrusted to|with|handled by) [^.]{2,100}\.?)$/iu,
  /** 'Copy/paste the article video embed link below:': a video player's share panel. */
  videoEmbedPrompt: /^(?:copy\s*\/\s*paste|copy and paste|copy) (?:the |this )?(?:article )?(?:video )?embed (?:link|code)\b.{0,40}$/iu,
  /** 'Video. Ukraine's flag raised over Lyman': a video's title behind the player's label, between paragraphs (no closing stop). */
  videoTitleLine: /^(?:video|vidéo|vídeo|watch)\.\s+\S.{2,160}(?<![.!])$/iu,
  /** 'Follow Al Wadi's live coverage of the Russia-Ukraine war here.': a plug for the outlet's live page. */
  liveCoveragePlug: /^(?:follow|read|get) (?:[\p{L}\p{M}’'.-]+ ){0,4}live (?:coverage|updates|blog)\b[^.!?]{0,80}[.!]?$/iu,
  /** 'Send any friend a story', 'As a subscriber, you have 10 gift articles to give each month. …': a gift-article box. */
  giftArticle: /^(?:send|give|gift|share) (?:any|a) friend (?:a|this) (?:story|article)$|^as a subscriber,? you have \d+ gift (?:articles|links)\b.{0,120}$/iu,
  /** 'Users of this site agree to the Terms of Service, Privacy Notice …': the footer's terms-of-use line. */
  termsOfUseLine: /^(?:users of this (?:site|website)|use of this (?:site|website)|by using this (?:site|website)),? (?:agree|accept|constitutes acceptance|you agree)\b.{0,200}(?:terms|privacy|policy)\b.{0,80}$/iu,
  /** 'Über dieses Thema berichtete WNF Aktuell am 10. September 2022 um 20:00 Uhr.': a broadcaster's note on when it aired the story. */
  broadcastNote: /^(?:über dieses thema berichtete(?:n)?|dieses thema im programm|this (?:story|report) (?:was|first) (?:broadcast|aired))\b.{0,140}$/iu,
  /** 'Audio: Ukraine meldet Rückeroberung von Isjum, Katrin Albers, WNF, 10.09.2022 18:30 Uhr': a media player's card, its title and stamp. */
  mediaCardLine: /^(?:audio|video|podcast)\s*:\s*.{5,200}\b\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}[:.]\d{2}(?:\s*uhr)?)?$/iu,
  /** 'GadgetBeat may earn a commission when you buy through links on our site.': an affiliate disclosure (tested on lines with 'commission'). */
  affiliateDisclosure: /^(?:[\p{L}\p{N}&'’ .-]{1,60} (?:may|might|can) (?:earn|receive|get|collect) (?:an? )?(?:small )?(?:affiliate )?(?:commission|share of (?:sales|revenue))|when you (?:buy|purchase|shop|click)\b[^.]{0,80}\b(?:commission|affiliate))(?![\p{L}]).{0,240}$/iu,
  /** '$699 at Best Buy', '€529 bei MediaMarkt', 'See at Amazon': a deal widget's price and shop. */
  priceWidget: /^(?:(?:[$£€¥]\s?\d[\d,.]*|\d[\d,.]*\s?(?:€|kr|zł|usd|eur|gbp))(?: (?:at|from|@|bei|chez|en|på|w|su|no|na) | @ ?)\p{Lu}[\p{L}\p{N}&'’ .-]{1,30}|(?:[Ss]ee|[Vv]iew|[Cc]heck [Pp]rice|[Bb]uy|[Ss]hop|[Gg]et [Ii]t|[Bb]uy [Nn]ow) (?:at|on) \p{Lu}[\p{L}\p{N}&'’ .-]{1,30})$/u,

  // ---- teaser blocks ------------------------------------------------------------------------
  teaserLabel:
    /^(?:most (?:read|popular|viewed|shared|watched|commented)\b.*|read more\b.*|read next\b.*|more (?:from|on|in|stories|news|like this|to explore|coverage|articles|headlines|top stories|on this story)\b.*|related(?: (?:stories|articles|topics|content|posts|coverage|news|reading|links|videos?|tags|searches|to this (?:story|article)))?:?|recommended(?: for you| stories| reading)?:?|you (?:may|might) (?:also )?(?:like|be interested in|have missed):?|trending(?: now| stories)?:?|top[- ](?:stories|storys|artikel|themen|news|nachrichten|meldungen)(?: (?:from|on|at|bei|von|auf) [^.!?]{1,40})?|v[íi]d[ée]os\s*:\s*[^.!?]{2,50}|latest(?: news| stories| articles| headlines)?:?|editor'?s'? picks|(?:selected|chosen|picked) by (?:the|our) editors|geselecteerd door de redactie|ausgewählt von der redaktion|sélectionnés? par la rédaction|what to read next|also read:?|see also:?|don['’]?t miss(?: (?:these|this|our|the)\b.{0,60})?:?|(?:v[íi]deos?\s*:\s*)?mais (?:assistid[oa]s|vist[oa]s)\b.{0,60}|popular(?: now| stories)?|in other news|explore more on these topics|more on this story|watch more|further reading|around the web|from (?:our|the) partners|promoted stories|lesen sie auch:?|mehr zum thema:?|passend zum (?:artikel|thema):?|das könnte sie (?:auch )?interessieren:?|à lire aussi:?|lire aussi:?|sur le même sujet|te puede interesar:?|leggi anche:?|leia também:?|veja também:?|mais lidas|mais lidas hoje|leia mais:?|más información|más noticias (?:de|sobre) [\p{L} ]{1,30}|meer nieuws(?: (?:over|uit) [\p{L} ]{1,30})?|ander nieuws|temas relacionados|noticias relacionadas con [\p{L} ]{1,30}|otras noticias|mehr nachrichten(?: (?:aus|zu|über) [\p{L} ]{1,30})?|weitere (?:nachrichten|artikel|meldungen)|autres articles|plus d['’]actualités(?: [\p{L} ]{1,30})?|altre notizie(?: (?:da|su|di) [\p{L} ]{1,30})?|altri articoli|mais notícias(?: (?:de|sobre) [\p{L} ]{1,30})?|outras notícias|lea también:?|lee también:?|lees ook:?|meest gelezen|czytaj (?:też|także):?|polecamy|wir empfehlen|recomendamos|nous recommandons|najczęściej czytane|najpopularniejsze|читайте (?:також|также):?|е[щё]е по теме|ще на тему|більше на тему|найпопулярніше|самое популярное|популярное|les plus lus|i più letti|más leídas|lo más leído|noticias relacionadas|noticia relacionada|art[íi]culos? relacionados?|not[íi]cias? relacionadas?|related (?:story|article)|zobacz (?:też|także|również):?|meistgelesen|trending now|in this article:?|more [\p{L}-]+(?: [\p{L}-]+)?|mest läst|mest lest|mest læste|luetuimmat|ilgili haberler|en çok okunanlar|相关新闻|相關新聞|相关阅读|推荐阅读|热门新闻|関連記事|関連ニュース|많이 본 뉴스|관련 기사|관련기사|mest (?:läst|lest|læste|lästa|delade)(?: [\p{L} ]{1,20})?|senaste nytt|seneste nyt|siste nytt|senaste nyheterna|cele mai (?:citite|noi|populare|vizualizate)|ultimele (?:știri|stiri|articole)|nejčtenější|nejnovější|nejsledovanější|související(?: články| zprávy)?|δημοφιλή|δημοφιλέστερα|τελευταία νέα|περισσότερα (?:άρθρα|νέα)|διαβάστε επίσης|διαβαστε επισης|δημοφιλη|tin liên quan|tin khác|tin mới(?: nhất)?|đọc nhiều(?: nhất)?|xem nhiều(?: nhất)?|tin nổi bật|सबसे (?:(?:ज\u093C|\u095B)्यादा|ज्यादा) प(?:ढ\u093C|\u095D)ी (?:गईं|गई)|संबंधित (?:खबरें|(?:ख\u093C|\u0959)बरें|समाचार)|ता(?:ज\u093C|\u095B)ा (?:खबरें|(?:ख\u093C|\u0959)बरें)|लेटेस्ट (?:खबरें|न्यू(?:ज\u093C|\u095B))|ट्रेंडिंग|mest populære|lo último|lo más visto|más noticias|legolvasottabb|legfrissebb|kapcsolódó(?: cikkek| hírek)?|súvisiace(?: články)?|najčítanejšie|vezane vijesti|povezane vijesti|najčitanije|най-четени|още по темата|الأكثر قراءة|أخبار ذات صلة|הכי נקראים|כתבות נוספות|bunlar da ilginizi çekebilir|gerelateerd|gerelateerde artikelen|aiheeseen liittyvät|najnowsze|powiązane|relacionadas|suosituimmat|tuoreimmat|uusimmat|(?:les |el )?més (?:llegides|llegit|vistes|vist)|últimes notícies|habari zaidi|habari mpya|zilizosomwa zaidi|zinazosomwa zaidi|এই বিভাগের আরও খবর|সর্বাধিক পঠিত|সর্বশেষ|সম্পর্কিত খবর|আরও খবর|মতামত দিন|مطالب مرتبط|موضوعات مرتبط|خبرهای مرتبط|پربیننده‌ترین‌ها|پربازدیدترین(?:‌ها)?|آخرین اخبار|أخبار متعلقة|الأكثر مشاهدة|مواضيع ذات صلة|آخر الأخبار|مزید خبریں|سب سے زیادہ پڑھی گئی)\s*[:：]?$/iu,

  // ---- end of article -----------------------------------------------------------------------
  syndication:
    /^(?:this (?:article|story|piece|post|report|column|content)\s+(?:was\s+)?(?:first\s+|originally\s+)?(?:appeared|published|posted|ran)\s+(?:in|on|at|by)\s+|(?:originally|first)\s+published\s+(?:by|in|on|at)\s+|republished\s+(?:with\s+permission\s+)?(?:from|of)\s+|reprinted\s+(?:with\s+permission\s+)?from\s+)(.+)$/iu,
  /** Credit line at the end: 'The Sun / CNN', 'AP / Reuters'. */
  creditLine: /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{0,40}(?:\s*\/\s*[\p{Lu}\p{N}][\p{L}\p{N}.&'’ -]{0,40}){1,4}$/u,
  /** 'Le Monde avec AFP', 'The Independent with agencies' */
  creditWithAgency: /^(\p{Lu}[\p{L}\p{N} .&'’-]{1,40}?)\s+(?:avec|with|mit|con|com)\s+(?:AFP|AP|Reuters|dpa|EFE|ANSA|Lusa|agencies|agences|agencias|Agenturen|agenzie|wires)$/u,
  /** 'KYIV (Reuters) -', 'KYIV, Ukraine (AP) —', 'LONDON, Sept 12 (Reuters) -' */
  dateline: /^(?:[\p{Lu}][\p{Lu}\p{M} .'’-]{1,30}(?:,\s*[\p{L}\p{N} .]{1,30}){0,2}\s*)?\(([\p{Lu}][\p{L} .&]{1,30})\)\s*[-–—]/u,

  // ---- captions -----------------------------------------------------------------------------
  /** 'lunchCredit: Channel 4', 'field. Photo: AP', ' Photograph: Jane/AP', 'San Jose. Photographer: Jane Doe/Meridian', 'standards. Photo / Dean Purcell' glued to the end of a caption. */
  gluedCredit: /(?:(?:Credits?|Photo(?:graph(?:er)?)?s?|Pictures?|Pic|Images?|Foto|FOTO|PHOTO|Фото|Bild|Crédit(?: photo)?|Ảnh|Φωτογραφία|Fotó|Kuva|PICHA|Picha)\s*:|(?:Photo|Picture) \/ (?=\p{Lu})|Fot\.|Credits?(?:\.{3}|…)|(?<=[.!?]\s{1,3})©(?=\s*\p{Lu}\p{Ll}))\s*([^:©]{2,80})$/u,
  /** '(Image: Getty)', '(AP Photo/Jane Doe, File)', '(Express Photo by X)', '(Getty Images)', '(Ansa)', '(Foto: EFE)' */
  parenCredit:
    /\s*\((?:(?:Image|Photo|Picture|Credit|Pic|Foto|फोटो|फ़ोटो|Φωτογραφία|Ảnh)s?\s*:\s*([^()]{2,60})|[^():]{0,30}\b(?:[Pp]hoto|[Ff]oto|Getty Images|Shutterstock|Alamy)\b[^():]{0,40}|(?:사진|写真|图|圖)\s*[=:：]\s*[^()]{1,40}|(?<=[.!?]\s{0,3}\()\p{Lu}[\p{L}\p{M}'’. -]{1,40}\/\s?\p{Lu}[\p{L}\p{N}&. -]{1,30}|(?<=[.!?]\s{0,3}\()\p{Lu}[\p{L}\p{N}&.' ]{1,30}:\s*\p{Lu}[^():]{1,40}|(?<=[.!?]\s{0,3}\()\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2}\s+for\s+(?:The\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,3}|(?:AP|AFP|Reuters|EPA|ANSA|Ansa|dpa|EFE|PA|Xinhua|Bloomberg|Lusa|ANP|PAP|TASS))\)\s*$/u,
  /** '… Space Telescope. (NASA)': an acronym in brackets after the caption's sentence. */
  acronymCredit: /(?<=[.!?])\s*\((\p{Lu}{2,8})\)\s*$/u,
  /** '… on Saturday. Photo by Sarah Kim': a 'by' credit after the caption's sentence. */
  byCredit: /(?<=[.!?”"’]\s{1,3})(?:Photo(?:graph)?s?|Photography|Pictures?|Images?|Illustration|Video)\s+by\s+\p{Lu}[\p{L}\p{M}'’. /-]{1,60}$/u,
  /** '… 2022. REUTERS/Jane Doe', '… 2022. JANE DOE / AFP', '… 2025. Altura/Joseph Banda/File Photo': an agency-and-photographer credit after the caption's sentence. */
  slashCredit: /(?<=[.!?”"’)]\s{1,3})(?:\/\s?\p{Lu}[\p{L}\p{N}\p{M}.'’-]+(?:\s+[\p{L}\p{N}\p{M}.'’-]+){0,4}|\p{Lu}[\p{L}\p{M}'’-]+\/\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}\/(?:File Photo|File|Pool(?: Photo)?|Handout)|\p{Lu}[\p{Lu}\p{M}'’-]+(?:\s+\p{Lu}[\p{Lu}\p{M}'’-]+){0,3}\s?\/\s?[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,4}|\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}\s?\/\s?\p{Lu}{2,}[\p{L}]*(?:\s+\p{Lu}[\p{L}]*){0,2}|\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,3}\s?\/\s?(?:Getty Images|AFP via Getty Images|Shutterstock|Alamy(?: Stock Photo)?|Bloomberg via Getty Images))$/u,
  /** '… el pasado martes.GARCÍA SANTOS', '… in Rome.EFE': a credit in capitals glued without a space to the caption's last sentence. */
  capsCredit: /(?<=\p{Ll}[.!?])\p{Lu}[\p{Lu}\p{M}'’-]{2,}(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){0,3}$/u,
  /** 'Joe Raedle/Getty Images', 'Alex Castro / The Verge': a credit alone on its line, a photographer and an agency. */
  slashCreditLine: /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+[\p{L}\p{M}'’.-]+){0,3}\s?\/\s?(?:Getty Images|Reuters|AP|AFP|EPA|PA(?: Media| Wire)?|Shutterstock|Alamy|Bloomberg|dpa|EFE|ANSA|Xinhua|NurPhoto|SOPA Images|Pool|File|\p{Lu}{2,})(?:\s*,\s*File)?$/u,
  /** '… a contractor found lead. Jamal Whitaker for The Ledger Project': a photographer working for the outlet, after the caption's sentence. */
  forCredit: /(?<=[.!?”"’]\s{1,3})\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’-]+){1,2}\s+(?:for|für|pour|para|per)\s+(?:The\s+|the\s+)?\p{Lu}[\p{L}\p{M}&'’ -]{1,40}$/u,
  /** 'De brandweer bij het verdeelstation in ZwolleANP': a photo agency's name glued to the caption's last word, no stop between. */
  gluedAgencyCredit: /(?<=\p{Ll})(?:ANP|AFP|AP|EPA|ANSA|Ansa|dpa|EFE|Reuters|REUTERS|Belga|BELGA|Lusa|PAP|Xinhua|Getty Images|Shutterstock|Imago|IMAGO|Keystone|KEYSTONE|NTB|TT|Ritzau|Scanpix)$/u,
  /** '… el pasado febrero. CLAUDIO ÁLVAREZ': a photographer's name in capitals, two words at least, after the caption's sentence. */
  spacedCapsCredit: /(?<=\p{Ll}[.!?]\s)\p{Lu}[\p{Lu}\p{M}'’-]{1,}(?:\s\p{Lu}[\p{Lu}\p{M}'’-]+){1,3}$/u,
  /**
   * '… hachés par les grêlons. | ÉCHO DE L'OUEST / THOMAS GUÉRIN': a credit in capitals after a bar;
   * '… on Sept. 11, 2024. | Francis Chua/The Rotunda': a photographer and the outlet after a bar.
   */
  barCapsCredit: /(?<=[.!?])\s*\|\s*(?:\p{Lu}[\p{Lu}\p{M}'’ .-]{1,40}(?:\s?\/\s?\p{Lu}[\p{Lu}\p{M}'’ .-]{1,40})?|\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}\s?\/\s?(?:The\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+(?:via\s+|for\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*){0,4})$/u,
  /** '… en hora punta. Ramón Gómez': a photographer's bare name after the caption's sentence, no final stop. */
  nameCredit: /(?<=\p{Ll}[.!?]\s{1,3})\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*(?:\s+(?:de|da|del|van|von|di|le|la)?\s*\p{Lu}\p{Ll}[\p{L}\p{M}'’-]*){1,2}$/u,
  /** '…の路線バス＝新潟市中央区、佐藤健一撮影': a Japanese caption's credit, the photographer's name and 撮影 ('photographed'). */
  jpPhotoCredit: /(?<=[、,，])\s*([\p{Script=Han}\p{Script=Katakana}]{2,8}撮影)$|[（(]([\p{Script=Han}\p{Script=Katakana}]{2,8}撮影)[）)]$/u,
  /** 'Jamal Reyes / The Lakeshore Courier': a photographer's name and the outlet, read as a credit only under a caption's sentence. */
  nameSlashOutlet: /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2}(?:\s?\/\s?(?:The\s+)?\p{Lu}[\p{L}\p{M}&'’.-]*(?:\s+\p{Lu}[\p{L}\p{M}&'’.-]*){0,4}){1,4}$/u,
  /** 'Marcus Tenney | Bloomberg | Getty Images': a photographer and agencies between bars, alone on a line. */
  barCreditLine: /^\p{Lu}[\p{L}\p{M}'’.-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){0,3}(?:\s*\|\s*[\p{L}\p{M}'’. -]{2,30}){0,2}\s*\|\s*(?:Getty Images|Reuters|AP|AFP|EPA|Bloomberg|Shutterstock|Alamy|NurPhoto|Pool|AP Photo|File)$/u,
  /** 'Item 1 of 2 Workers walk past …', '[1/2]Workers walk past …': a gallery's counter before its caption. */
  galleryCounterPrefix: /^(?:item \d{1,3} of \d{1,3}\s+|\[\d{1,3}\/\d{1,3}\]\s*)(?=\S)/iu,
  /** 'Photo shows a small marsupial held in a gloved hand.': an image's description for screen readers. */
  imageDescription: /^(?:photo|image|picture) shows\b.{2,200}$/iu,
  /** 'Image: Reservoirs refill after rain. Pic: PA' — a caption behind a label with a colon. */
  captionColonLabel: /^(?:image|photo|picture|foto|bild|фото|zdjęcie|immagine|imagen|imagem)\s*:\s+(.+)$/iu,
  creditOnly: /^(?:credits?(?:\.{3}|…)\s*\S.{1,118}|(?:image source|fuente de la imagen|source de l'image|bildquelle|fonte da imagem|fonte dell'immagine|photo credit|image credit|credit|photo|photograph|photographer|picture|foto|фото|bild|zdjęcie|getty images|source: getty images)\s*[,:]\s*(.{2,80})|(?:photo|picture)\s+\/\s+(\S.{1,80})|(?:photo(?:graph)?s?|photography|pictures?|images?|illustrations?|graphics?|video)\s+by\s+[^.]{2,60}|[^.]{0,60}\bvia (?:getty images|reuters|ap|afp)|getty images|afp via getty images)$/i,
  bbcCaption: /^(?:image caption|caption|media caption|bildunterschrift|légende|pie de foto|legenda da foto|didascalia)\s*[,:]\s*(.*)$/i,
  parenthesised: /^\((.{8,})\)$/,
  listItem: /^(?:[•·▪◦●■*+–-]|\d{1,3}[.)])\s+(.+)$/u,

  // ---- shapes -------------------------------------------------------------------------------
  /** Ends a sentence: . ! ? … optionally followed by closing quotes or brackets ('«' closes a German quote: '»… solchen.«', and so does '“' in '„… wofür.“'). */
  sentenceEnd: /[.!?…。！？।۔](?:["'”’“‘»«‹›)\]」』）]{0,3})$|[.!?…]["”’“‘»«]\s*$|["”’»」』]$/u,
  /** (Bengali and Hindi close a sentence with the danda '।', Urdu with '۔'.) */
  periodEnd: /[.…。।۔](?:["'”’“‘»«‹›)\]」』）]{0,3})$/u,
  word: /[\p{L}\p{N}][\p{L}\p{M}\p{N}'’.-]*/gu,
  letters: /\p{L}/gu,
  upper: /\p{Lu}/gu,
  quotesToFold: /[‘’‚‛′`´]/gu,
  dquotesToFold: /[“”„‟″«»]/gu,
} as const;

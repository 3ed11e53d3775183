/**
 * Page furniture recognisable from one line alone: adverts, share and follow prompts, newsletter
 * and cookie notices, relative time stamps, bare domain names, 'Read Full Article' links,
 * single-word chrome ('Published', 'on', 'Topics'), reading times and label lists ('Categories: News').
 * Every pattern is about what the line *is* on any site, never one outlet's wording.
 */
import { REGEXPS } from './patterns.ts';
import { MAX_PATTERN_LINE, endsOnLowerCaseWord, endsSentence, endsWithPeriod, isProse, isStatLine, isStrongProse, looseKey, wordCount } from './lineShape.ts';
import { decide, isHardWrappedPage, isOpen, sameBlock, type Row } from './lineTable.ts';
import { parseDateLine } from './dates.ts';
import { dropAppealBoxes } from './appealBoxes.ts';
import { parseByline } from './byline.ts';
import { isClipDuration } from './teasers.ts';

export interface LineRule {
  name: string;
  role: string;
  test: (text: string) => boolean;
}

/** A word every `inboxDelivery` alternative holds: lines without one skip that unanchored pattern. */
const INBOX_KEY = /inbox|correo|bandeja|boîte|postfach|caixa|casella|mailbox|inkorg|indbakke|innboks|e-?mail|e-post|sign up/iu;
/** The data-protection law's name in the languages we meet: the key of `gdprConsent`. */
const GDPR_KEY = /GDPR|RODO|DSGVO|RGPD|AVG|UK GDPR/;
const FULL_NAME = "\\p{Lu}[\\p{L}\\p{M}'’.-]+(?:\\s+\\p{Lu}[\\p{L}\\p{M}'’.-]+){1,3}";
const REPORTED_FROM_NOTE = new RegExp(`^${FULL_NAME} reported from [^.!?]{2,60}?(?:,? and ${FULL_NAME}(?: reported)? from [^.!?]{2,60})?\\.$`, 'u');
const VIDEO_TITLE_WITH_DURATION = /^\p{Lu}[^.!?]*[\p{L}\p{N}'’"”]\s+\d{1,2}:\d{2}$/u;
/** 'Polls close at 20:00', 'Anpfiff um 15:30': a clock time after a preposition is the hour something happens, not a running time. */
const CLOCK_AFTER_PREPOSITION = /(?<![\p{L}])(?:at|by|from|until|till|to|before|after|since|um|bis|ab|vor|nach|à|a las|las|alle|om|kl\.?|o|до|в|о)\s+\d{1,2}:\d{2}$/iu;

/** Every line `contributedCredit` matches has this word. */
/** 'With inputs from agencies', '(With PTI inputs)', 'Inputs from Reuters': a credit for the agencies' copy, alone on its line. */
const AGENCY_INPUTS_WHO = String.raw`(?:agencies|wires|news agencies|\p{Lu}[\p{L}\p{M}.'’-]*(?:\s\p{Lu}[\p{L}\p{M}.'’-]*){0,3})`;
/** (Case matters for the names, so no 'i' flag. Lines are at most 90 characters long here: the nested runs cannot backtrack far.) */
const AGENCY_INPUTS = new RegExp(
  String.raw`^\(?\s*(?:(?:[Ww]ith\s+)?(?:(?:[Aa]gency|[Ww]ire)\s+)?[Ii]nputs?\s+from\s+${AGENCY_INPUTS_WHO}(?:\s*(?:,|&|and)\s*${AGENCY_INPUTS_WHO}){0,4}|[Ww]ith\s+${AGENCY_INPUTS_WHO}(?:\s*(?:,|&|and)\s*${AGENCY_INPUTS_WHO}){0,4}\s+inputs?)\s*\)?\.?$`,
  'u',
);

/** 'Follow the ANW’s coverage of … at https://…', 'Find more of our reporting on … at www.…': an imperative, the coverage, a link. */
const COVERAGE_LINK = /^(?:follow|find|get|read|see) (?:all |more (?:of )?)?[^.!?]{0,60}?\b(?:coverage|updates|stories|reporting|news)\b[^.!?]{0,80}?\b(?:at|on|via)\s+(?:https?:\/\/|www\.)\S+\.?$/iu;

/** A short question, then 'send (it to) us' and the channel ('via the form', 'at …') in the languages we meet: the newsroom asking readers for tips. */
const SEND_US_PROMPT = /^[^?]{3,70}\?\s+(?:send (?:it |them )?(?:to )?us|prześlij(?: nam)?|napisz do nas|schick(?:en sie)? (?:(?:es|sie) )?uns|senden sie (?:(?:es|sie) )?uns|envoyez-(?:le-)?nous|envíanos|enviános|mandaci|inviaci|stuur (?:het )?(?:ons|naar ons)|пришлите нам|надішліть нам|напишите нам|напишіть нам)\s+(?:via|through|at|by|on|using|przez|na|über|per|par|à|por|через|на)\b.{0,100}$/iu;
/** 'Thank you for reading …' in the languages we meet, opening the line: the outlet's sign-off under the article. */
const THANKS_FOR_READING = /^(?:thank(?:s| you) for reading|dziękujemy,? że (?:przeczyta|czyta)|merci d['’]avoir lu|danke,? (?:dass sie|fürs) .{0,30}gelesen|gracias por leer|grazie per aver letto|obrigad[oa] por ler|спасибо, что (?:прочитали|дочитали)|дякуємо, що (?:прочитали|дочитали))/iu;

const CONTRIBUTED_KEY = /contributed/i;
/** An ad blocker, or the list of sites it lets through: the words of an ad-blocker notice. */
/** Every ad-blocker notice names a 'block', a 'list' or 'disable': the cheap scan before `AD_BLOCKER`'s. */
const AD_BLOCKER_KEY = /lock|list|isable/i;
const AD_BLOCKER = /\bad[- ]?block(?:er|ers|ing)?\b|\badblock|\ballow ?list\b|\bwhite ?list\b|\blist of allowed sites\b|\bdisable your ad\b/iu;

/** 'When citing and using any materials …, hyperlinks … are mandatory', 'При цитуванні … гіперпосилання … обов'язкове': the site's reuse terms. */
const CITATION_TERMS = /^(?:when|in case of) (?:citing|quoting|using|reproducing)\b.{0,200}\b(?:hyperlinks?|links?|references?)\b.{0,120}\b(?:mandatory|required|obligatory)\b|^(?:при|у разі) (?:цитуванні|цитировании|використанні|использовании)\b.{0,200}\b(?:гіперпосилання|гиперссылка|посилання|ссылка)\b.{0,120}\b(?:обов['’]язкове|обов['’]язкова|обязательна|обязательно)/iu;
/** 'Join X Premium Plus now for just $5 …': an offer with its price. */
const PRICED_OFFER = /^(?:join|subscribe|get|try|upgrade|start)\b.{0,80}\b(?:for|from|at) (?:just|only) [$€£]\s?\d/iu;
/** A company's legal form closing a line: 'S.p.A.', 'S.A.', 'GmbH', 'Ltd.', 'Inc.', 'B.V.', 'plc'. */
const COMPANY_FORM_END = /\s(?:S\.p\.A\.|S\.A\.|S\.L\.|S\.r\.l\.|GmbH(?: & Co\. KG)?|AG|Ltd\.?|Limited|Inc\.|LLC|B\.V\.|N\.V\.|plc|PLC|SAS|SARL|Oy|AB|ASA|A\/S)$/u;
/**
 * 'Lire aussiUkraine : dans Balakliïa libérée, …': a related-story label glued to the teaser's first word (the link's
 * text follows the label with no space). Case-sensitive: the label as pages print it, then a capital and a small letter.
 */
const GLUED_RELATED_LABEL = /^(?:Lire aussi|À lire aussi|LIRE AUSSI|Read more|Read also|Also read|READ MORE|Lees ook|Leia também|Leia mais|Lea también|Lee también|Leggi anche|Lesen Sie auch|Mehr zum Thema|Läs också|Läs mer|Les også|Læs også|Lue myös|Czytaj także|Czytaj też|Читайте также|Читайте також)(?=\p{Lu}\p{Ll})/u;

/** The one-line furniture rules, in the order they are tried. */
export const LINE_FURNITURE_RULES: readonly LineRule[] = [
  { name: 'skip-link', role: 'chrome', test: (t) => REGEXPS.skipLink.test(t) },
  { name: 'breadcrumb', role: 'chrome', test: (t) => isBreadcrumb(t) },
  { name: 'advertisement', role: 'advert', test: (t) => REGEXPS.advert.test(t) },
  { name: 'watch-live-link', role: 'chrome', test: (t) => t.length <= 60 && REGEXPS.watchLive.test(t) },
  { name: 'privacy-choice-link', role: 'notice', test: (t) => t.length <= 60 && REGEXPS.privacyChoiceLink.test(t) },
  { name: 'tip-prompt', role: 'notice', test: (t) => t.length <= 100 && REGEXPS.tipPrompt.test(t) },
  { name: 'alert-bar', role: 'notice', test: (t) => / for (?:details|more|the latest|updates)/.test(t) && REGEXPS.alertBar.test(t) },
  { name: 'sitewide-notice', role: 'notice', test: (t) => t.length <= 260 && REGEXPS.sitewideNotice.test(t) },
  { name: 'support-appeal', role: 'notice', test: (t) => t.length <= 400 && REGEXPS.supportAppeal.test(t) },
  { name: 'subscription-price', role: 'notice', test: (t) => t.length <= 80 && REGEXPS.subscriptionPrice.test(t) },
  { name: 'newsletter-pitch', role: 'notice', test: (t) => t.includes('ewsletter') && REGEXPS.signUpClosing.test(t) },
  // (A capital letter at the very end first: the button's word closes the line.)
  { name: 'promo-with-button', role: 'notice', test: (t) => /[A-Z]$/.test(t) && t.length <= 200 && REGEXPS.promoButtonEnd.test(t) },
  { name: 'press-release-label', role: 'notice', test: (t) => wordCount(t) <= 20 && !/[.!?]$/.test(t) && REGEXPS.pressReleaseLine.test(t) },
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => REGEXPS.sharePrompt.test(t) },
  { name: 'share-prompt-any-language', role: 'share', test: (t) => REGEXPS.shareVerb.test(t) },
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => REGEXPS.followUs.test(t) || REGEXPS.shareThis.test(t) },
  // (The verb ends the line in Bengali, Persian and Urdu: the last letters are tested before the pattern.)
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => /(?:করুন|کنید|کریں|بگذارید)$/u.test(t) && REGEXPS.followOrShareLast.test(t) },
  { name: 'chrome-word-run', role: 'chrome', test: (t) => isChromeRun(t) },
  { name: 'comments-link', role: 'share', test: (t) => REGEXPS.commentsLink.test(t) },
  { name: 'gallery-control', role: 'chrome', test: (t) => REGEXPS.galleryControl.test(t) },
  { name: 'listen-prompt', role: 'chrome', test: (t) => REGEXPS.listenPrompt.test(t) },
  { name: 'language-switch', role: 'chrome', test: (t) => REGEXPS.languageSwitch.test(t) },
  { name: 'update-clock-stamp', role: 'stamp', test: (t) => REGEXPS.updateClock.test(t) },
  { name: 'print-edition-note', role: 'notice', test: (t) => REGEXPS.printNote.test(t) },
  { name: 'disclaimer-or-paywall', role: 'notice', test: (t) => REGEXPS.disclaimer.test(t) },
  { name: 'disclaimer-or-paywall', role: 'notice', test: (t) => REGEXPS.paywallCounter.test(t) },
  { name: 'post-navigation', role: 'link', test: (t) => wordCount(t) <= 25 && REGEXPS.postNavigation.test(t) },
  { name: 'legal-footer', role: 'notice', test: (t) => (t.includes('©') || (/regist|compan/i.test(t) && /\d{5,}|\b[A-Z]{1,2}\d{1,2}[A-Z]? \d[A-Z]{2}\b/.test(t))) && REGEXPS.legalFooter.test(t) && !REGEXPS.copyright.test(t) },
  { name: 'email-field', role: 'notice', test: (t) => REGEXPS.emailField.test(t) },
  { name: 'newsletter-pitch', role: 'notice', test: (t) => t.length <= 320 && /sign up here\.?$/iu.test(t) && REGEXPS.newsletterSignUpHere.test(t) },
  { name: 'rights-reserved-notice', role: 'notice', test: (t) => t.length <= 260 && wordCount(t) <= 25 && REGEXPS.cjkRightsNotice.test(t) },
  { name: 'newsletter-or-legal-notice', role: 'notice', test: (t) => REGEXPS.newsletter.test(t) },
  {
    name: 'call-to-action', role: 'notice',
    test: (t) => (wordCount(t) <= 40 && REGEXPS.callToAction.test(t) && REGEXPS.ctaObject.test(t)) ||
      (wordCount(t) <= 8 && REGEXPS.shortCallToAction.test(t) && !/[.!?]\s/.test(t) && !endsWithPeriod(t)),
  },
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => wordCount(t) <= 16 && !/[.!?]$/.test(t) && REGEXPS.messagingPrompt.test(t) },
  { name: 'image-description', role: 'chrome', test: (t) => REGEXPS.imageDescription.test(t) },
  // (The anchored patterns first: they fail at a line's first word, cheaper than counting its words.)
  { name: 'video-control', role: 'chrome', test: (t) => REGEXPS.videoEmbedPrompt.test(t) && wordCount(t) <= 14 },
  // "Click to play video: 'BC Ferries cancels sailings …'": the player's button, named after its video.
  { name: 'video-control', role: 'chrome', test: (t) => t.length <= 200 && /^click to (?:play|watch) (?:the )?video\b/iu.test(t) },
  { name: 'video-title-line', role: 'teaser', test: (t) => REGEXPS.videoTitleLine.test(t) && wordCount(t) <= 25 },
  { name: 'outlet-plug', role: 'notice', test: (t) => REGEXPS.liveCoveragePlug.test(t) && wordCount(t) <= 20 },
  { name: 'gift-article-box', role: 'share', test: (t) => REGEXPS.giftArticle.test(t) && wordCount(t) <= 30 },
  { name: 'legal-footer', role: 'notice', test: (t) => REGEXPS.termsOfUseLine.test(t) && wordCount(t) <= 45 },
  { name: 'broadcast-note', role: 'notice', test: (t) => REGEXPS.broadcastNote.test(t) && wordCount(t) <= 25 },
  { name: 'audio-player', role: 'chrome', test: (t) => t.length <= 260 && REGEXPS.mediaCardLine.test(t) },
  { name: 'newsletter-or-legal-notice', role: 'notice', test: (t) => wordCount(t) <= 10 && REGEXPS.newsletterLine.test(t) },
  { name: 'newsletter-pitch', role: 'notice', test: (t) => INBOX_KEY.test(t) && wordCount(t) <= 40 && REGEXPS.inboxDelivery.test(t) },
  { name: 'reader-prompt', role: 'notice', test: (t) => REGEXPS.readerPromptWord.test(t) && REGEXPS.readerPrompt.test(t) },
  { name: 'share-article-title', role: 'share', test: (t) => REGEXPS.shareArticle.test(t) },
  { name: 'audio-player', role: 'chrome', test: (t) => REGEXPS.audioPlayer.test(t) },
  { name: 'originally-published-as', role: 'notice', test: (t) => wordCount(t) <= 40 && REGEXPS.originallyPublishedAs.test(t) },
  { name: 'error-report-prompt', role: 'notice', test: (t) => wordCount(t) <= 14 && REGEXPS.errorReportPrompt.test(t) },
  // The key word first: the pattern opens with `.{3,120}` and was 2% of ingest run on every line.
  { name: 'contributor-credit', role: 'credits', test: (t) => CONTRIBUTED_KEY.test(t) && wordCount(t) <= 20 && REGEXPS.contributedCredit.test(t) },
  // '(With inputs from agencies)', 'With inputs from Reuters, AP', '(With PTI inputs)': the agencies a desk drew on, under the last paragraph.
  // 'Masz news, zdjęcie lub filmik? Prześlij nam …', 'Got a photo or a video? Send it to us …': a question, then 'send us'.
  { name: 'tip-prompt', role: 'notice', test: (t) => t.length <= 160 && t.includes('?') && SEND_US_PROMPT.test(t) },
  // 'Thank you for reading to the end. Follow us on …', 'Dziękujemy, że przeczytałaś/eś nasz artykuł do końca …'.
  { name: 'thanks-for-reading', role: 'notice', test: (t) => t.length <= 240 && THANKS_FOR_READING.test(t) },
  { name: 'agency-inputs-credit', role: 'credits', test: (t) => t.length <= 90 && AGENCY_INPUTS.test(t) },
  // 'Follow AP’s coverage of the war in Ukraine at https://…': a pointer to the outlet's topic page, not the story.
  { name: 'coverage-link', role: 'notice', test: (t) => t.length <= 240 && (t.includes('://') || t.includes('www.')) && COVERAGE_LINK.test(t) },
  { name: 'label-list', role: 'label', test: (t) => t.length <= 180 && t.includes(',') && isLabelRunList(t) },
  { name: 'video-control', role: 'chrome', test: (t) => t.length <= 300 && REGEXPS.playerFallback.test(t) },
  // '03:12 - Source: CNN', 'Scroll down for video': a clip's running time and its source, a pointer to the video.
  { name: 'video-control', role: 'chrome', test: (t) => t.length <= 60 && (isClipDuration(t) || /^scroll (?:down|up) for (?:the )?(?:video|videos|more)\.?$/iu.test(t)) },
  // 'This could be due to a conflict with your ad-blocking or security software.', 'Please add … to your list of allowed
  // sites.': the notice a page shows a reader whose ad blocker hid it, spoken to the reader.
  { name: 'ad-blocker-notice', role: 'notice', test: (t) => AD_BLOCKER_KEY.test(t) && wordCount(t) <= 45 && AD_BLOCKER.test(t) && /\byour?\b/iu.test(t) },
  // 'This article is part of X's ongoing coverage of the war in Ukraine.', 'Why you can trust X News': the outlet about its own pages.
  { name: 'outlet-plug', role: 'notice', test: (t) => t.length <= 160 && /^(?:this (?:article|story|piece|post) is part of [^.!?]{2,100}\b(?:coverage|series|project|package)\b[^.!?]{0,80}\.?|why you can trust [^.!?]{2,40})$/iu.test(t) },
  // 'Acquire Licensing Rights, opens new tab': a link's label read out with where it opens.
  { name: 'new-tab-link', role: 'link', test: (t) => t.length <= 120 && /(?:,\s*|\s+\()opens? (?:in )?(?:a )?new (?:tab|window)\)?$/iu.test(t) },
  { name: 'contributor-credit', role: 'credits', test: (t) => t.length <= 80 && REGEXPS.initialsSignoff.test(t) },
  { name: 'feedback-prompt', role: 'notice', test: (t) => t.length <= 40 && /^(?:send us your feedback|your feedback|give (?:us )?feedback|feedback geben|ihr feedback|votre avis|envoyez-nous vos commentaires|show more stories|more stories)$/iu.test(t) },
  { name: 'advertisement', role: 'advert', test: (t) => t.length <= 30 && /^(?:video )?ad(?:vert(?:isement)?)? feedback$/iu.test(t) },
  { name: 'inline-teaser-link', role: 'teaser', test: (t) => t.length <= 220 && /^[Rr]elated (?:article|story|content|video|coverage)\s+\p{Lu}/u.test(t) && !/[.!]$/u.test(t) },
  // 'Search KNN...', 'Suchen …': a search box's placeholder.
  { name: 'chrome-word', role: 'chrome', test: (t) => t.length <= 50 && /^(?:search|suche[n]?|rechercher|buscar|cerca|pesquisar|zoeken)\b[^.!?]{0,40}(?:\.\.\.|…)$/iu.test(t) },
  { name: 'embed-signature', role: 'chrome', test: (t) => t.includes('(@') && t.length <= 160 && REGEXPS.embedSignature.test(t) },
  // '💡 Tip: You can subscribe to our security advisories via RSS.': a tip box selling the site's own feed or app.
  { name: 'call-to-action', role: 'notice', test: (t) => wordCount(t) <= 30 && /^(?:\p{Extended_Pictographic}\uFE0F?\s*)?(?:pro )?(?:tip|hint|tipp|astuce|consejo)\s*:\s*(?:you can |why not |don['’]t forget to )?(?:subscribe|sign up|follow us|download|install|join|get our)\b/iu.test(t) },
  // 'e-mail' / '1.2k' / 'shares': a share bar's button and its counter's label.
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => t.length <= 8 && /^(?:e-mail|shares|partages|compartidos|geteilt)$/iu.test(t.trim()) },
  // 'KNN Sans ™ & © 2016 Keystone News Network.': a trademark and copyright notice (a font's, a logo's) in the footer.
  { name: 'legal-footer', role: 'notice', test: (t) => t.length <= 120 && t.includes('™') && t.includes('©') },
  { name: 'update-note', role: 'notice', test: (t) => t.startsWith('(') && wordCount(t) <= 25 && REGEXPS.wireUpdateNote.test(t) },
  { name: 'update-note', role: 'notice', test: (t) => wordCount(t) <= 30 && REGEXPS.pageUpdateNote.test(t) },
  { name: 'writer-contact-line', role: 'notice', test: (t) => t.includes('@') && wordCount(t) <= 25 && REGEXPS.contactLine.test(t) },
  { name: 'contributor-credit', role: 'credits', test: (t) => wordCount(t) <= 20 && REGEXPS.assistCredit.test(t) },
  { name: 'contributor-credit', role: 'credits', test: (t) => wordCount(t) <= 20 && REGEXPS.agencyCredit.test(t) && !/,\s*\p{Ll}/u.test(t) },
  { name: 'audio-player', role: 'chrome', test: (t) => REGEXPS.aiNarration.test(t) },
  // A market quote bar ('S&P 500 5,104.33 +0.4%'): never a headline, never the story.
  { name: 'market-ticker', role: 'chrome', test: (t) => t.length <= 80 && /%\)?$/.test(t) && /[▲▼↑↓]|(?:^|[\s(])[+\-−–]\s?\d/u.test(t) && REGEXPS.tickerLine.test(t) },
  { name: 'outlet-plug', role: 'notice', test: (t) => wordCount(t) <= 30 && REGEXPS.outletPlug.test(t) },
  { name: 'share-or-follow-prompt', role: 'share', test: (t) => wordCount(t) <= 16 && REGEXPS.sharingPrompt.test(t) },
  { name: 'local-news-finder', role: 'chrome', test: (t) => wordCount(t) <= 12 && REGEXPS.localFinder.test(t) },
  { name: 'newsletter-or-legal-notice', role: 'notice', test: (t) => wordCount(t) <= 40 && REGEXPS.privacyHandling.test(t) },
  { name: 'video-control', role: 'chrome', test: (t) => t.length <= 40 && REGEXPS.videoControl.test(t) },
  { name: 'print-edition-note', role: 'notice', test: (t) => t.length <= 80 && REGEXPS.issueNote.test(t) },
  { name: 'widget-marker', role: 'chrome', test: (t) => REGEXPS.widgetMarker.test(t) },
  { name: 'inline-teaser-link', role: 'teaser', test: (t) => wordCount(t) <= 30 && (REGEXPS.inlineTeaser.test(t) || GLUED_RELATED_LABEL.test(t)) },
  // 'If you see a spelling error on our website, select it and press Ctrl+Enter.': the site's typo-report hint, in any language.
  { name: 'typo-report-hint', role: 'notice', test: (t) => t.includes('+') && wordCount(t) <= 30 && /ctrl\s*\+\s*enter/iu.test(t) },
  // 'Join X Premium Plus now for just $5 …': an offer with its price.
  { name: 'priced-offer', role: 'notice', test: (t) => wordCount(t) <= 40 && PRICED_OFFER.test(t) },
  // 'GEDI Periodici e Servizi S.p.A.', 'Unidad Editorial S.A.': a company's name alone, with its legal form, is the footer's.
  { name: 'company-name-footer', role: 'notice', test: (t) => t.length <= 80 && COMPANY_FORM_END.test(t) && wordCount(t) <= 8 && t.split(/\s+/u).every((w) => /^(?:\p{Lu}|\d|&$|(?:e|y|de|di|del|della|la|le|of|and|the|und|et)$)/u.test(w)) },
  { name: 'relative-time-stamp', role: 'stamp', test: (t) => wordCount(t) <= 7 && REGEXPS.relativeStamp.test(t) },
  // 'Mis à jour il y a 2 h', 'Updated 3 hours ago': an update stamp without a date, however many words its label has.
  { name: 'relative-time-stamp', role: 'stamp', test: (t) => wordCount(t) <= 10 && REGEXPS.updatedPrefix.test(t) && REGEXPS.relativeStamp.test(t) },
  // 'Aangepast vandaag, 15:10', 'Updated today at 9:15 am', 'Gestern, 18:47': a label, a day named relative to today and a
  // clock time — a stamp without a date (never a headline, nor a writer's name).
  { name: 'relative-day-stamp', role: 'stamp', test: (t) => t.length <= 60 && wordCount(t) <= 7 && RELATIVE_DAY_STAMP.test(t) },
  // 'Publicado há 5 horas — Atualizado há 3 horas', '• 3h • 2 min read': stamps and reading times on one line.
  { name: 'relative-time-stamp', role: 'stamp', test: (t) => wordCount(t) <= 14 && isStampLine(t) },
  { name: 'read-full-article-link', role: 'link', test: (t) => REGEXPS.readFull.test(t) && !isProse(t) },
  { name: 'bare-domain-name', role: 'link', test: (t) => REGEXPS.bareDomain.test(t) },
  { name: 'reading-time', role: 'chrome', test: (t) => REGEXPS.readingTime.test(t) },
  // '5 min' alone: an audio player's or a reading time's length.
  { name: 'reading-time', role: 'chrome', test: (t) => /^\d{1,2}\s?(?:min|mins|minutes|minuten|minutos|minuti)\.?$/iu.test(t.trim()) },
  // ', updated': a date widget's word left over after its dates went to their own lines.
  { name: 'chrome-word', role: 'chrome', test: (t) => REGEXPS.chromeWord.test(t) || (/^[,;]\s*\p{L}/u.test(t) && REGEXPS.chromeWord.test(t.replace(/^[,;]\s*/u, ''))) },
  { name: 'chrome-word', role: 'chrome', test: (t) => t.length <= 40 && REGEXPS.chromeWordMore.test(t) },
  { name: 'summary-label', role: 'label', test: (t) => t.length <= 40 && REGEXPS.summaryLabel.test(t) },
  { name: 'advertisement', role: 'advert', test: (t) => t.length <= 20 && REGEXPS.advertWord.test(t) },
  { name: 'imprint-line', role: 'notice', test: (t) => wordCount(t) <= 20 && REGEXPS.imprintLine.test(t) },
  { name: 'long-pitch-or-notice', role: 'notice', test: (t) => isLongPitch(t) },
  { name: 'affiliate-disclosure', role: 'notice', test: (t) => t.includes('ommission') && t.length <= 400 && REGEXPS.affiliateDisclosure.test(t) },
  { name: 'price-widget', role: 'chrome', test: (t) => t.length <= 60 && REGEXPS.priceWidget.test(t) },
  // '412' alone (a share or comment count) goes too; a year alone ('2024') stays.
  { name: 'no-letters', role: 'chrome', test: (t) => (t.match(REGEXPS.letters)?.length ?? 0) < 2 && (!/\d{3,}/.test(t) || /^\d{3}$/.test(t.trim())) },
  // 'Natasha Korol reported from Kyiv, and Gregory Haas from London.': where the writers filed from, a note under the story.
  { name: 'reported-from-note', role: 'credits', test: (t) => t.includes(' reported from ') && wordCount(t) <= 30 && REPORTED_FROM_NOTE.test(t) },
  // 'Ukraine claims major gains in counteroffensive 02:11': a video's title with its running time glued on.
  { name: 'video-title-with-duration', role: 'teaser', test: (t) => t.length <= 120 && /\d:\d\d$/.test(t) && wordCount(t) >= 4 && VIDEO_TITLE_WITH_DURATION.test(t) && !CLOCK_AFTER_PREPOSITION.test(t) && parseDateLine(t) === null },
];

/** 'Note from the author:', 'A message from the editor': the label over a writer's or editor's appeal to readers. */
const APPEAL_LABEL = /^(?:an? )?(?:note|message|letter|word) from (?:the |our )?(?:author|editors?|editor-in-chief|newsroom|publisher|reporter|team)[:.]?$/iu;
/** What such an appeal asks for. */
const APPEAL_ASK = /\b(?:support|become a (?:member|patron|subscriber)|membership|donat\w*|subscri\w*|contribut\w*|patreon|chip in)\b/iu;

/**
 * 'appeal-from-author': 'Note from the author:' / 'Hi, this is X. I wrote this story … If you can, please support us …':
 * the label and the appeal under it (one line that asks for support, membership or money).
 */
function dropNoteFromAuthor(rows: Row[]): void {
  for (let i = 0; i + 1 < rows.length; i++) {
    const label = rows[i]!;
    if (label.text.length > 50 || !APPEAL_LABEL.test(label.text.trim())) continue;
    const appeal = rows[i + 1]!;
    if (!isOpen(appeal) || appeal.text.length > 1500 || !APPEAL_ASK.test(appeal.text)) continue;
    if (isOpen(label)) decide(label, 'dropped', 'notice', 'appeal-from-author');
    decide(appeal, 'dropped', 'notice', 'appeal-from-author');
  }
}

/**
 * 'screen-reader-list': 'keep reading' / 'list of 4 items' / 'list 1 of 4' / <headline> / … / 'end of list' — a teaser
 * box whose list markers are printed for screen readers: everything from the count to 'end of list', and the box's
 * short label right above it.
 */
function dropScreenReaderLists(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const m = /^list of (\d{1,2}) items?$/iu.exec(rows[i]!.text.trim());
    if (!m) continue;
    const limit = Math.min(rows.length - 1, i + 4 * Number(m[1]) + 4);
    let end = -1;
    for (let j = i + 1; j <= limit; j++) {
      if (/^end of list$/iu.test(rows[j]!.text.trim())) {
        end = j;
        break;
      }
    }
    if (end < 0) continue;
    const label = rows[i - 1];
    const start = label && isOpen(label) && wordCount(label.text) <= 4 && !/[.!?]$/u.test(label.text) ? i - 1 : i;
    for (const row of rows.slice(start, end + 1)) if (isOpen(row)) decide(row, 'dropped', 'teaser', 'screen-reader-list');
    i = end;
  }
}

/** A numbered survey question about the advert or the page: '2. Did you encounter any technical issues?'. */
const AD_SURVEY_QUESTION = /^\d{1,2}[.)]\s+[^?]{3,100}\b(?:ads?|advert\p{L}*|feedback|technical issues?|werbung|anzeige|publicité|publicidad|anuncio)\b[^?]{0,60}\?$/iu;

/**
 * 'ad-survey': an advert's feedback form ('1. How relevant is this ad to you?' / '2. Did you encounter any technical
 * issues?' / 'Video player was slow to load content' / … / 'Cancel' / 'Submit' / 'Thank You!' / 'Your effort … feedback
 * is much appreciated.'): after its numbered question, the run of short option lines and its buttons and thanks.
 */
function dropAdSurveys(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const q = rows[i]!;
    if (q.text.length > 170 || !AD_SURVEY_QUESTION.test(q.text)) continue;
    if (isOpen(q)) decide(q, 'dropped', 'advert', 'ad-survey');
    let j = i + 1;
    for (; j < rows.length && j <= i + 30; j++) {
      const row = rows[j]!;
      if (!isOpen(row)) {
        if (row.decision?.fate === 'dropped') continue;
        break;
      }
      const t = row.text;
      const option = wordCount(t) <= 10 && !/[.:;]$/u.test(t);
      const thanks = wordCount(t) <= 20 && /feedback|thank/iu.test(t);
      if (!option && !thanks && !AD_SURVEY_QUESTION.test(t)) break;
      decide(row, 'dropped', 'advert', 'ad-survey');
    }
    i = j - 1;
  }
}

/** 'Related Subjects Ukraine, Russia, Kherson': the label, then two or more short comma-separated topics. */
function isLabelRunList(text: string): boolean {
  const m = REGEXPS.labelRunList.exec(text);
  if (!m) return false;
  const items = (m[1] ?? '').split(',').map((p) => p.trim());
  return items.length >= 2 && items.every((p) => p !== '' && wordCount(p) <= 4);
}

/** Parts between bullets, bars or dashes that are all stamps ('3h', '2 hours ago') or reading times, two of them at least. */
function isStampLine(text: string): boolean {
  const parts = text.split(/\s*[—–|·•]\s*/u).map((p) => p.trim()).filter((p) => p !== '');
  const stamp = (p: string): boolean => REGEXPS.relativeStamp.test(p) || REGEXPS.readingTime.test(p) || /^\d{1,2}\s?(?:m|min|h|hr|d|w|mo|y)$/iu.test(p);
  return parts.length >= 2 && parts.every(stamp) || (parts.length === 1 && /[•·|]/u.test(text) && /^\d{1,2}\s?(?:m|min|h|hr|d|w|mo|y)$/iu.test(parts[0] ?? ''));
}

/** A label (up to two words), a day relative to today ('today', 'vandaag', 'heute', 'hoy', 'wczoraj') and a clock time. */
const RELATIVE_DAY_STAMP =
  /^(?:[\p{L}]+:?\s+){0,2}(?:today|yesterday|vandaag|gisteren|heute|gestern|aujourd['’]hui|hier|hoy|ayer|oggi|ieri|hoje|ontem|dzisiaj|dziś|wczoraj|idag|igår|i dag|i går|tänään|eilen|dnes|včera|danes|včeraj|bugün|dün)\s*,?\s*(?:(?:at|om|um|à|a las|alle|às|o|kl\.?|klo)\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?:[ap]\.?m\.?|uur|Uhr))?$/iu;

/**
 * 'breadcrumb': '当前位置：首页 > 本地 > 民生', 'Home › News › Local', 'Accueil / Région / Angers' —
 * short steps without sentence punctuation joined by '>', '›', '»' (three steps, or two after a
 * 'You are here' label), or by ' / ' when the trail starts at the home page.
 * @example isBreadcrumb('Home > News > Local') // true
 */
export function isBreadcrumb(text: string): boolean {
  if (text.length > 160) return false;
  const label = REGEXPS.breadcrumbLabel.exec(text);
  const trail = label ? text.slice(label[0].length) : text;
  const step = (s: string): boolean => s !== '' && s.length <= 40 && wordCount(s) <= 5 && !/[.!?:;,。！？]$/u.test(s);
  const angled = trail.split(REGEXPS.breadcrumbSeparator).map((s) => s.trim());
  if (angled.length >= (label ? 2 : 3) && angled.every(step)) return true;
  const slashed = trail.split(/\s+\/\s+/u).map((s) => s.trim());
  return slashed.length >= (label ? 2 : 3) && slashed.every(step) && (!!label || REGEXPS.breadcrumbHome.test(slashed[0] ?? ''));
}

/**
 * 'breadcrumb-with-title': 'Home » Government » City launches free lead service line …', 'होम / राज्य / <title>' —
 * a trail from the home page whose last step is the story's headline. Returns that last step (null when
 * the line is not such a trail). The steps before it are short and without sentence punctuation.
 */
export function breadcrumbTitle(text: string): string | null {
  if (text.length > 300 || !REGEXPS.breadcrumbHomeStart.test(text)) return null;
  const angled = text.split(REGEXPS.breadcrumbSeparator).map((s) => s.trim());
  const steps = angled.length >= 3 ? angled : text.split(/\s+\/\s+/u).map((s) => s.trim());
  if (steps.length < 3) return null;
  const last = steps[steps.length - 1] ?? '';
  const step = (s: string): boolean => s !== '' && s.length <= 40 && wordCount(s) <= 5 && !/[.!?:;,。！？]$/u.test(s);
  return steps.slice(0, -1).every(step) && wordCount(last) >= 4 ? last : null;
}

/**
 * Does `text` repeat a trail's last step — whole, or going on from where a step cut short with '…' stops
 * ('Головна / Війна / «Ми пів року чекали на цей день»: як Балаклія зустрічає...' over the whole headline)?
 */
export function completesCrumb(step: string, text: string): boolean {
  const cut = /\s*(?:\.{3}|…)$/u.exec(step);
  if (!cut) return looseKey(text) === looseKey(step);
  const stem = looseKey(step.slice(0, cut.index));
  const key = looseKey(text);
  return stem.length >= 16 && key.length > stem.length && key.startsWith(stem);
}

/**
 * Drops a breadcrumb trail ending in the headline when the headline follows on its own line within a
 * few rows: the trail is navigation, the line under it the headline.
 */
export function dropTitledBreadcrumbs(rows: Row[]): void {
  for (const row of rows.slice(0, 200)) {
    if (!isOpen(row)) continue;
    const title = breadcrumbTitle(row.text);
    if (!title) continue;
    const copy = rows.slice(row.index + 1, row.index + 8).some((r) => r.decision?.fate !== 'dropped' && completesCrumb(title, r.text));
    if (copy) decide(row, 'dropped', 'chrome', 'breadcrumb-with-title');
  }
}

/**
 * 'summary-points': under a 'Highlights' / 'हाइलाइट्स' label, two to six short lines in one block are the story's
 * summary points: kept as a list (not as captions of a photo above, nor run together into one paragraph).
 */
function markSummaryPoints(rows: Row[]): void {
  for (const label of rows) {
    if (label.decision?.rule !== 'summary-label' || label.blankAfter) continue;
    const items: Row[] = [];
    for (let j = label.index + 1; j < rows.length && items.length <= 6; j++) {
      const row = rows[j]!;
      if (!isOpen(row) || wordCount(row.text) > 25 || row.text.length > 250) break;
      // The block ends at the byline or a photo credit ('Jonah Kessler | Wire | Getty Images') printed under the
      // points without a blank line: a point is never a 'By' line, nor split by bars.
      if (REGEXPS.bylinePrefix.test(row.text) && parseByline(row.text) || /\s\|\s/u.test(row.text)) break;
      items.push(row);
      if (row.blankAfter) break;
    }
    if (items.length < 2 || items.length > 6) continue;
    for (const row of items) {
      row.item = row.text.replace(/^[•·▪◦●■*+–-]\s+/u, '');
      decide(row, 'kept', 'list-item', 'summary-points');
    }
  }
}

/** 'Like Loading...', 'Share Comment': two to six words, each one a chrome word. */
function isChromeRun(text: string): boolean {
  if (text.length > 60) return false;
  const tokens = text.split(/\s+/);
  return tokens.length >= 2 && tokens.length <= 6 && tokens.every((t) => REGEXPS.chromeToken.test(t));
}

/**
 * '… submit comments online through May' / '30.': a number with a full stop under a hard-wrapped
 * line that has not ended its sentence is the end of that sentence, not a stray counter.
 */
function endsWrappedSentence(rows: Row[], row: Row): boolean {
  const prev = rows[row.index - 1];
  if (!prev || prev.blankAfter || prev.text.trim() === '' || !/^[\p{N}\s%$€£,.-]{1,10}[.!?]["”’)]?$/u.test(row.text.trim())) return false;
  return wordCount(prev.text) >= 6 && !endsSentence(prev.text);
}

/**
 * 'long-pitch-or-notice': full-sentence furniture told by its words, whatever its length — a consent banner naming
 * cookies in any language ('Acest site folosește cookie-uri …'), a follow pitch ('Síguenos en Google News y entérate …'),
 * a sign-up or paywall pitch, a membership pitch ('… readers like you …'), a press-council membership note, an
 * agency's redistribution notice. Each test is guarded by a cheap key-word check.
 */
/** Does the line name one of the key words of the unanchored pitch tests? (ASCII ones first: the cheaper scan.) */
export function hasPitchKey(text: string): boolean {
  return REGEXPS.pitchKey.test(text) || (!ASCII_ONLY.test(text) && REGEXPS.pitchKeyOther.test(text));
}
const ASCII_ONLY = /^[\x00-\x7f]*$/;

function isLongPitch(text: string): boolean {
  // (An appeal or a site's notice can run past 25 words; its opening is tested as on a short line.)
  if (text.length <= 400 && (REGEXPS.supportAppeal.test(text) || REGEXPS.sitewideNotice.test(text))) return true;
  if (REGEXPS.pitchLine.test(text) || REGEXPS.paywallLine.test(text) || REGEXPS.consentLine.test(text) || REGEXPS.blurbLine.test(text)) return true;
  // (A copyright line, 'All rights reserved' and all, is left to the trailer, which reads the publisher from it.)
  if (text.length <= 400 && (REGEXPS.pitchMore.test(text) || (REGEXPS.noticeKey.test(text) && REGEXPS.noticeMore.test(text) && !REGEXPS.copyright.test(text)))) return true;
  // ('… around the world. Sign up for our weekly What in the World newsletter here.': a newsletter's pitch of more than 25 words.)
  if (text.includes('ewsletter') && REGEXPS.signUpClosing.test(text)) return true;
  if (text.includes('bonnieren') && REGEXPS.subscribeAfterQuestion.test(text)) return true;
  const n = wordCount(text);
  // A copyright line is left to the trailer, which reads the publisher from it.
  if (n < 5 || n > 80 || !hasPitchKey(text) || REGEXPS.copyright.test(text)) return false;
  // 'Aquest lloc web utilitza galetes …', 'يستخدم هذا الموقع ملفات تعريف الارتباط …': the cookie's name in other languages.
  if (/cookie|galetes|تعريف الارتباط|evästei|sütik/iu.test(text) && (REGEXPS.cookieUse.test(text) || (REGEXPS.cookieAccept.test(text) && REGEXPS.cookieChoice.test(text)))) return true;
  if (n > 60) return false;
  if (n <= 40 && REGEXPS.followPlatform.test(text) && REGEXPS.followPitch.test(text)) return true;
  if (REGEXPS.readersLikeYou.test(text)) return true;
  if (n <= 40 && REGEXPS.pressCouncil.test(text) && REGEXPS.pressCouncilMember.test(text)) return true;
  return REGEXPS.rightsNotice.test(text);
}

/** Applies the one-line rules to every open row. */
export function dropLineFurniture(rows: Row[]): void {
  for (const row of rows) {
    // Consent banners and call-to-action lines may be long sentences; their openings give them away.
    if (isOpen(row) && row.text.length <= 600 && REGEXPS.cookieNotice.test(row.text)) {
      decide(row, 'dropped', 'notice', 'cookie-notice');
      continue;
    }
    // The law's name first (a cheap, case-sensitive scan): only a banner naming it is tested for consent wording.
    if (isOpen(row) && row.text.length <= 900 && GDPR_KEY.test(row.text) && REGEXPS.gdprConsent.test(row.text)) {
      decide(row, 'dropped', 'notice', 'cookie-notice');
      continue;
    }
    if (isOpen(row) && row.text.length <= 600 && REGEXPS.consentNotice.test(row.text)) {
      decide(row, 'dropped', 'notice', 'disclaimer-or-paywall');
      continue;
    }
    if (isOpen(row) && row.text.length <= 600 && REGEXPS.longNoticeWord.test(row.text) && REGEXPS.longNotice.test(row.text)) {
      decide(row, 'dropped', 'notice', 'long-notice');
      continue;
    }
    // 'page-note': notes told by their opening that run to two sentences ('Click here to see our map … This map is updated daily …').
    if (isOpen(row) && row.text.length <= 500 && REGEXPS.pageNote.test(row.text) && wordCount(row.text) <= 60) {
      decide(row, 'dropped', 'notice', 'page-note');
      continue;
    }
    if (isOpen(row) && row.text.length <= 600 && CITATION_TERMS.test(row.text)) {
      decide(row, 'dropped', 'notice', 'citation-terms');
      continue;
    }
    if (isOpen(row) && row.text.length <= 600 && REGEXPS.printNote.test(row.text)) {
      decide(row, 'dropped', 'notice', 'print-edition-note');
      continue;
    }
    if (isOpen(row) && row.text.length > MAX_PATTERN_LINE && row.text.length <= 600 && isLongPitch(row.text)) {
      decide(row, 'dropped', 'notice', 'long-pitch-or-notice');
      continue;
    }
    // Line-ups run long, but their shape gives them away.
    if (isOpen(row) && isStatLine(row.text)) {
      decide(row, 'dropped', 'stats', 'scoreboard-or-line-up');
      continue;
    }
    // Furniture is short: long lines are never tested (and the patterns stay cheap).
    if (!isOpen(row) || row.text.length > MAX_PATTERN_LINE) continue;
    if (wordCount(row.text) > 25) {
      // A pitch or notice of more than 25 words: told by its words (the short-line rules are not tried on it).
      if (row.text.length > 100 && isLongPitch(row.text)) decide(row, 'dropped', 'notice', 'long-pitch-or-notice');
      continue;
    }
    for (const rule of LINE_FURNITURE_RULES) {
      if (rule.test(row.text)) {
        if (rule.name === 'no-letters' && endsWrappedSentence(rows, row)) break;
        decide(row, 'dropped', rule.role, rule.name);
        break;
      }
    }
  }
  dropTitledBreadcrumbs(rows);
  dropAdSurveys(rows);
  dropScreenReaderLists(rows);
  dropNoteFromAuthor(rows);
  dropPromoBoxes(rows);
  dropFootnotes(rows);
  markSummaryPoints(rows);
  dropLabelLists(rows);
  dropNewsletterPitches(rows);
  dropNewsletterBoxes(rows);
  dropNotificationPrompts(rows);
  dropTablesOfContents(rows);
  dropReferenceLists(rows);
  dropVideoTitlePairs(rows);
  dropVideoCards(rows);
  dropVideoTitleAroundClock(rows);
  dropVideoPlaylists(rows);
  dropAppealBoxes(rows);
  dropLinesPrintedThrice(rows);
  dropBoxTitles(rows);
}

/**
 * 'box-title': 'Kvällsbladet Plus' / 'Läs vidare – och få tillgång …' / 'Första månaden för 1 kr. …': a short title right
 * over two or more notices or pitches dropped in a row names their box (a paywall's offer, a sign-up box).
 */
function dropBoxTitles(rows: Row[]): void {
  for (const row of rows) {
    const [a, b] = [rows[row.index + 1], rows[row.index + 2]];
    if (!isOpen(row) || row.blankAfter || wordCount(row.text) > 4 || /[.!?:]$/u.test(row.text) || !a || !b || a.blankAfter) continue;
    if (a.decision?.role === 'notice' && b.decision?.role === 'notice') decide(row, 'dropped', 'notice', 'box-title');
  }
}

/**
 * 'printed-three-times': 'This advertisement has not loaded yet, but your article continues below.' between paragraph
 * after paragraph — a line of four words or more printed three times or more on one page is the page's, not the story's
 * (a story says a sentence once; a pull quote repeats one at most once more).
 */
function dropLinesPrintedThrice(rows: Row[]): void {
  const seen = new Map<string, Row[]>();
  for (const row of rows) {
    if (!isOpen(row) || row.text.length > 300 || wordCount(row.text) < 4) continue;
    const key = row.text.trim();
    const list = seen.get(key);
    if (list) list.push(row);
    else seen.set(key, [row]);
  }
  // 'Ukraine Says It Has Retaken Izyum …' in the breaking-news bar, as the heading and in the share box: the headline may
  // be printed three times above the story; the headline rules choose among its copies.
  const firstProse = rows.find((r) => isOpen(r) && isStrongProse(r.text))?.index ?? rows.length;
  for (const list of seen.values()) {
    if (list.length < 3 || (list[0]!.index < firstProse && !endsSentence(list[0]!.text) && wordCount(list[0]!.text) <= 30)) continue;
    for (const row of list) decide(row, 'dropped', 'chrome', 'printed-three-times');
  }
}

/**
 * 'footnotes': '1' / 'See the council minutes for June 11, 1974, …' / '2' / 'This counts demolitions …': numbers alone
 * on their lines, counting up from 1, each over one line of text, at the foot of the article (no paragraph follows
 * the last note before the page's furniture) — the writer's notes, not the story. Two notes at least.
 */
function dropFootnotes(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    if (rows[i]!.text.trim() !== '1' || rows[i]!.decision?.rule !== 'no-letters') continue;
    const notes: Row[] = [];
    let j = i;
    while (j + 1 < rows.length && rows[j]!.text.trim() === String(notes.length / 2 + 1) && isOpen(rows[j + 1]) && wordCount(rows[j + 1]!.text) >= 3) {
      notes.push(rows[j]!, rows[j + 1]!);
      j += 2;
    }
    if (notes.length < 4) continue;
    const after = rows.slice(j).find((r) => r.decision?.fate !== 'dropped');
    if (after && isOpen(after) && endsSentence(after.text) && wordCount(after.text) >= 8) continue;
    for (const row of notes) decide(row, 'dropped', 'notice', 'footnotes', true);
    i = j - 1;
  }
}

/**
 * 'promotion-box': 'skip past newsletter promotion' / the box (its name, pitch, privacy note) / 'after newsletter promotion':
 * every line between a page's own markers around an inserted promotion is the promotion's.
 */
function dropPromoBoxes(rows: Row[]): void {
  for (const start of rows) {
    if (start.text.length > 50) continue;
    if (REGEXPS.promoEnd.test(start.text.trim())) decide(start, 'dropped', 'chrome', 'promotion-box');
    if (!REGEXPS.promoStart.test(start.text.trim())) continue;
    decide(start, 'dropped', 'chrome', 'promotion-box');
    const end = rows.slice(start.index + 1, start.index + 12).find((r) => r.text.length <= 50 && REGEXPS.promoEnd.test(r.text.trim()));
    if (!end) continue;
    for (const row of rows.slice(start.index + 1, end.index + 1)) decide(row, 'dropped', 'notice', 'promotion-box');
  }
}

/**
 * 'table-of-contents': 'On this page' (or 'In this article', 'Sommaire', '目次') and the run of short
 * lines right under it, without sentence full stops: the article's own subheadings listed as links.
 */
function dropTablesOfContents(rows: Row[]): void {
  for (const label of rows) {
    if (!isOpen(label) || label.text.length > 40 || !REGEXPS.contentsLabel.test(label.text.trim()) || label.blankAfter) continue;
    const items: Row[] = [];
    for (let j = label.index + 1; j < rows.length && items.length < 15; j++) {
      const item = rows[j]!;
      if (item.text.trim() === '' || item.decision?.fate === 'field' || wordCount(item.text) > 10 || endsWithPeriod(item.text)) break;
      items.push(item);
      if (item.blankAfter) break;
    }
    if (items.length < 2) continue;
    decide(label, 'dropped', 'chrome', 'table-of-contents', true);
    for (const item of items) decide(item, 'dropped', 'chrome', 'table-of-contents', true);
  }
}

/**
 * 'reference-list': a 'Sources' / 'References' label with lines shaped like references under it
 * ('Waites KB, et al. (2017). …'): the health or science page's citations, not its text.
 */
function dropReferenceLists(rows: Row[]): void {
  for (const label of rows) {
    if (!isOpen(label) || label.text.length > 40 || !REGEXPS.referencesLabel.test(label.text.trim())) continue;
    const items: Row[] = [];
    for (let j = label.index + 1; j < rows.length && items.length < 40; j++) {
      const item = rows[j]!;
      if (item.text.trim() === '') continue;
      if (!isOpen(item) || item.text.length > 400 || !REGEXPS.citation.test(item.text)) break;
      items.push(item);
    }
    if (items.length === 0) continue;
    decide(label, 'dropped', 'notice', 'reference-list');
    for (const item of items) decide(item, 'dropped', 'notice', 'reference-list');
  }
}

/**
 * 'video-title-pair': a video player prints its title twice, bare and behind a label
 * ('Temporal derruba árvores em BH' / 'VÍDEO: Temporal derruba árvores em BH'): both are the player's.
 */
function dropVideoTitlePairs(rows: Row[]): void {
  for (const row of rows) {
    const m = row.text.length <= 240 ? REGEXPS.videoLabel.exec(row.text.trim()) : null;
    if (!m || !isOpen(row)) continue;
    const title = (m[1] ?? '').trim().toLowerCase();
    const twin = [rows[row.index - 1], rows[row.index + 1]].find((r) => r && isOpen(r) && r.text.trim().toLowerCase() === title);
    if (!twin) continue;
    decide(row, 'dropped', 'teaser', 'video-title-pair');
    decide(twin, 'dropped', 'teaser', 'video-title-pair');
  }
}

/** A video named in any of the languages we meet. */
const VIDEO_WORD = /(?<![\p{L}])(?:video|videos|wideo|vídeo|vidéo|відео|видео)(?![\p{L}])/iu;

/**
 * 'video-card': 'WATCH | Aerial footage shows …' / 'Duration 2:14' / the video's one-line
 * description: a player's clock under a link to a video makes the line under it the video's blurb.
 */
function dropVideoCards(rows: Row[]): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const clock = rows[i]!;
    const link = rows[i - 1]!;
    const blurb = rows[i + 1]!;
    if (clock.decision?.fate !== 'dropped' || !/^(?:\S+\s*:?\s*)?\d{1,2}:\d\d(?::\d\d)?\s*(?:min\p{L}*)?$/u.test(clock.text.trim()) || link.blankAfter || clock.blankAfter) continue;
    // 'Video afspelen' / '00:48' / 'Zo zag de brand … eruit': a play button over the clock makes the line under it the video's title.
    const byTeaser = link.decision?.rule === 'inline-teaser-link' && clock.decision.rule === 'listen-prompt';
    // 'Tap to unmute' / 'Now playing' / '01:58' / 'How scientists track bats in the dark': the playing video's title
    // under the player's state and clock (a title: short, no full stop).
    const byPlayer = link.text.length <= 30 && PLAYER_STATE.test(link.text.trim()) && wordCount(blurb.text) <= 14 && !endsWithPeriod(blurb.text);
    // 'WATCH | Riders scramble as …:' / 'Riders scramble as …' / 'Duration 2:14' / the blurb: the video's title printed again
    // under its teaser link, over the clock, is the card's too.
    const teaser = rows[i - 2];
    const retitled = isOpen(link) && !!teaser && !teaser.blankAfter && teaser.decision?.rule === 'inline-teaser-link' && wordCount(link.text) >= 3 &&
      looseKey(teaser.text).includes(looseKey(link.text));
    // ('WATCH | Parents react to …:' / 'Hockey parents say …' / 'Duration 2:07': or a title of its own, under a link that ends on a colon.)
    const introduced = isOpen(link) && !!teaser && !teaser.blankAfter && teaser.decision?.rule === 'inline-teaser-link' && /[:：]$/u.test(teaser.text.trim()) &&
      wordCount(link.text) >= 3 && wordCount(link.text) <= 16 && !endsWithPeriod(link.text);
    // 'Dalszy ciąg materiału pod wideo' / 'Ukraińska kontrofensywa … Bałaklii' / '01:24': a note that the story goes on
    // under the video, then the video's title over its clock.
    if (isOpen(link) && teaser?.decision?.fate === 'dropped' && VIDEO_WORD.test(teaser.text) && wordCount(link.text) <= 16 && !endsWithPeriod(link.text)) {
      decide(link, 'dropped', 'teaser', 'video-card');
      continue;
    }
    if ((retitled || introduced) && isOpen(blurb) && wordCount(blurb.text) <= 40) {
      decide(link, 'dropped', 'teaser', 'video-card');
      decide(blurb, 'dropped', 'teaser', 'video-card');
      continue;
    }
    if (!(byTeaser || byPlayer || link.decision?.rule === 'video-control') || !isOpen(blurb) || wordCount(blurb.text) > 40) continue;
    decide(blurb, 'dropped', 'teaser', 'video-card');
  }
}

/**
 * 'video-title-around-clock': 'Granizo cobre ruas …' / '01:48' / 'Granizo cobre ruas …' — a player prints its video's title
 * on the poster, the running time, and the title again as its caption: the three lines are the player's.
 */
function dropVideoTitleAroundClock(rows: Row[]): void {
  for (let i = 1; i + 1 < rows.length; i++) {
    const clock = rows[i]!;
    if (clock.text.length > 8 || !REGEXPS.runningTime.test(clock.text.trim())) continue;
    const above = rows[i - 1]!;
    const below = rows[i + 1]!;
    // ('Video: BC Ferries cancels …' / '2:04' / 'BC Ferries cancels …': the poster's title may say it is a video's, and be
    // dropped already as one.)
    if (!(isOpen(above) || above.decision?.fate === 'dropped') || !isOpen(below) || above.blankAfter || wordCount(above.text) > 25 || wordCount(above.text) < 3) continue;
    if (above.text.trim().replace(/^video\s*:\s*/iu, '') !== below.text.trim()) continue;
    if (isOpen(above)) decide(above, 'dropped', 'teaser', 'video-title-around-clock');
    decide(clock, 'dropped', 'teaser', 'video-title-around-clock');
    decide(below, 'dropped', 'teaser', 'video-title-around-clock');
  }
}


/**
 * 'video-playlist': 'NOW PLAYING' / 'Crews battle grass fire near Route 9' / '01:48' / 'UP NEXT' / 'Evacuees describe …' /
 * '02:11': a player's list of videos, each title right over its running time. Two such pairs in one block make a
 * playlist (one clock alone may be a timestamp in a live blog); their titles and the player's state labels go.
 */
function dropVideoPlaylists(rows: Row[]): void {
  const isClock = (r: Row | undefined): boolean => !!r && r.text.length <= 8 && REGEXPS.runningTime.test(r.text);
  const isTitleOverClock = (r: Row | undefined): boolean =>
    !!r && !r.blankAfter && isClock(rows[r.index + 1]) && wordCount(r.text) <= 20 && !endsWithPeriod(r.text) && !isClock(r);
  for (const clock of rows) {
    if (!isClock(clock)) continue;
    const title = rows[clock.index - 1];
    if (!isTitleOverClock(title)) continue;
    // Another title and clock within the same block, right before or right after this pair (a state label may sit between).
    const other = [clock.index - 4, clock.index - 3, clock.index + 1, clock.index + 2]
      .map((j) => rows[j])
      .find((r) => isTitleOverClock(r) && sameBlock(rows, r!.index < clock.index ? r! : clock, r!.index < clock.index ? clock : r!));
    if (!other) continue;
    decide(title, 'dropped', 'teaser', 'video-playlist');
    decide(clock, 'dropped', 'teaser', 'video-playlist');
    const state = rows[title!.index - 1];
    if (state && !state.blankAfter && state.text.length <= 30 && PLAYER_STATE.test(state.text)) decide(state, 'dropped', 'teaser', 'video-playlist');
  }
}

/** A video player's state over its clock: 'Now playing', 'Tap to unmute', 'Läuft gerade', 'En lecture'. */
const PLAYER_STATE = /^(?:now playing|playing now|tap to unmute|unmute|up next|läuft gerade|jetzt läuft|en lecture|en cours de lecture|reproduciendo|em reprodução|in riproduzione)$/iu;

/** What a sign-up box ends with: its button or its e-mail field. */
const SIGNUP_END = new Set(['call-to-action', 'share-or-follow-prompt', 'email-field', 'newsletter-or-legal-notice']);

/**
 * 'newsletter-box': a newsletter's box without a button in the dump — 'La newsletter di X' (its heading: a short line naming
 * the newsletter) over 'Se vuoi restare aggiornato … iscriviti gratis alla newsletter …' (a sentence naming it with a
 * sign-up verb); or one line that opens with the newsletter's name and a colon ('Der Zürich-Newsletter der HR: … Hier
 * kostenlos abonnieren.'). Both are the box, not the story.
 */
function dropNewsletterBoxes(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row) || row.text.length > 400 || !REGEXPS.newsletterWord.test(row.text) || !REGEXPS.signUpVerb.test(row.text)) continue;
    const heading = rows[i - 1];
    if (heading && isOpen(heading) && !heading.blankAfter && wordCount(heading.text) <= 8 && !/[.!?]$/u.test(heading.text) && REGEXPS.newsletterWord.test(heading.text)) {
      decide(heading, 'dropped', 'notice', 'newsletter-box');
      decide(row, 'dropped', 'notice', 'newsletter-box');
      continue;
    }
    const colon = row.text.indexOf(':');
    if (colon > 0 && colon <= 60 && wordCount(row.text) <= 45 && REGEXPS.newsletterWord.test(row.text.slice(0, colon))) decide(row, 'dropped', 'notice', 'newsletter-box');
  }
}

/** 'notifications' in the languages we meet, and the verbs that allow or turn them on. */
const NOTIFICATION_WORD = /notification|benachrichtigung|notificaci|notificaç|notifich|meldingen|powiadomie|bildirim|уведомлен|сповіщен|upozorněn|értesítés|ειδοποιήσ/iu;
const ALLOW_VERB = /\b(?:allow|enable|turn on|get|erlauben|aktivieren|zulassen|activer|autoriser|recevoir|permitir|activar|ativar|receber|consenti|attiva|ricevi|toestaan|aanzetten|inschakelen|włącz|zezwól|izin|aç|açın|разрешить|включить|povolit|engedélyez)/iu;

/**
 * 'notification-prompt': 'Haber bildirimlerini açın' / '… bildirimlere izin verin.' / 'İzin Ver' / 'Daha Sonra' — a browser
 * push prompt: lines naming notifications and a verb to allow them, with the prompt's short buttons right under.
 */
function dropNotificationPrompts(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (!isOpen(row) || row.text.length > 300 || wordCount(row.text) > 30 || !NOTIFICATION_WORD.test(row.text) || !ALLOW_VERB.test(row.text)) continue;
    // The prompt's lines in one block, then a button of one to three words.
    let j = i;
    while (j < i + 2 && isOpen(rows[j + 1]) && !rows[j]!.blankAfter && wordCount(rows[j + 1]!.text) > 3 && NOTIFICATION_WORD.test(rows[j + 1]!.text)) j++;
    const button = rows[j + 1];
    if (rows[j]!.blankAfter || !button || wordCount(button.text) > 3 || button.text.trim() === '') continue;
    for (const r of rows.slice(i, j + 1)) decide(r, 'dropped', 'notice', 'notification-prompt');
    i = j;
  }
}

/**
 * 'newsletter-pitch': the one line between a 'Newsletter « Politique »' label and its sign-up
 * button or e-mail field ('Chaque semaine, les coulisses du pouvoir …') sells the newsletter; so
 * does the line between the newsletter's name ('The Circuitline Daily') and an e-mail field.
 */
function dropNewsletterPitches(rows: Row[]): void {
  // 'Newsletter' / '« La Lettre Environnement »' / 'Chaque mardi, l'essentiel …' / 'S'inscrire':
  // the newsletter's name and its pitch between the label and the button.
  for (let i = 2; i + 1 < rows.length; i++) {
    const name = rows[i - 1]!;
    const pitch = rows[i]!;
    const label = rows[i - 2]!;
    const button = rows[i + 1]!;
    if (!isOpen(name) || !isOpen(pitch) || label.blankAfter || name.blankAfter || pitch.blankAfter) continue;
    if (label.decision?.fate !== 'dropped' || !/^newsletters?\b/iu.test(label.text)) continue;
    if (button.decision?.fate !== 'dropped' || !SIGNUP_END.has(button.decision.rule)) continue;
    if (wordCount(name.text) > 8 || wordCount(pitch.text) > 30) continue;
    decide(name, 'dropped', 'notice', 'newsletter-pitch');
    decide(pitch, 'dropped', 'notice', 'newsletter-pitch');
  }
  for (let i = 1; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    const label = rows[i - 1]!;
    const button = rows[i + 1]!;
    if (!isOpen(row) || label.blankAfter || row.blankAfter || wordCount(row.text) > 30) continue;
    if (button.decision?.fate !== 'dropped') continue;
    const labelled = label.decision?.fate === 'dropped' && /^newsletters?\b/iu.test(label.text) && SIGNUP_END.has(button.decision.rule);
    const named = button.decision.rule === 'email-field' && wordCount(row.text) <= 20 && wordCount(label.text) <= 6 && !endsSentence(label.text);
    // 'Subscribe to The Zoning Letter' / 'By Dana Kowalczyk · Launched 2 years ago' / the blurb / 'Subscribe': a
    // publication's sign-up card, its writer's line between the call and the blurb.
    const signUp = rows[i - 2];
    const card = !!signUp && !signUp.blankAfter && signUp.decision?.fate === 'dropped' && SIGNUP_END.has(signUp.decision.rule) &&
      isOpen(label) && label.text.length <= 80 && REGEXPS.bylinePrefix.test(label.text) && SIGNUP_END.has(button.decision.rule) &&
      // 'By X' / 'Updated: 01/10/2022 - 18:42' / 'Share this article': the article's own byline and date between share bars.
      !parseDateLine(row.text);
    if (labelled || named || card) decide(row, 'dropped', 'notice', 'newsletter-pitch');
  }
  // 'Se vuoi restare aggiornato … iscriviti gratis alla newsletter …' / 'Iscriviti alla newsletter': a sentence
  // asking to sign up for the newsletter, right over the sign-up button, is the box's pitch, not the story.
  for (let i = 0; i + 1 < rows.length; i++) {
    const row = rows[i]!;
    const button = rows[i + 1]!;
    if (!isOpen(row) || row.blankAfter || row.text.length > 400 || button.decision?.fate !== 'dropped' || !SIGNUP_END.has(button.decision.rule)) continue;
    if (!REGEXPS.newsletterWord.test(button.text) || !REGEXPS.newsletterWord.test(row.text) || !REGEXPS.signUpVerb.test(row.text)) continue;
    decide(row, 'dropped', 'notice', 'newsletter-pitch');
  }
  // 'Sign up for X' / 'Week in the Middle East' / 'Catch up on our coverage …' / 'E-mail address': one or two lines between
  // a sign-up call and the box's e-mail field are the newsletter's name and pitch.
  for (let i = 1; i + 1 < rows.length; i++) {
    const call = rows[i - 1]!;
    if (call.blankAfter || call.decision?.fate !== 'dropped' || !SIGNUP_END.has(call.decision.rule) || !REGEXPS.signUpVerb.test(call.text)) continue;
    let j = i;
    while (j < rows.length && j < i + 2 && isOpen(rows[j]!) && !rows[j]!.blankAfter && wordCount(rows[j]!.text) <= 30) j++;
    const field = rows[j];
    if (j === i || !field || field.decision?.fate !== 'dropped') continue;
    if (field.decision.rule !== 'email-field' && !/^(?:your )?e-?mail(?: address)?:?$/iu.test(field.text.trim())) continue;
    for (const row of rows.slice(i, j)) decide(row, 'dropped', 'notice', 'newsletter-pitch');
  }
  // 'Get the latest news from Area schools' / 'Sign up for our Education newsletter, delivered to your inbox …' /
  // 'Sign Up': the box's heading over its pitch and button (no sentence end, no blank line between them).
  for (let i = 0; i + 2 < rows.length; i++) {
    const row = rows[i]!;
    const pitch = rows[i + 1]!;
    const button = rows[i + 2]!;
    if (!isOpen(row) || row.blankAfter || pitch.blankAfter || wordCount(row.text) > 10 || /[.!?:]$/u.test(row.text)) continue;
    if (pitch.decision?.fate !== 'dropped' || !(pitch.decision.rule === 'newsletter-pitch' || SIGNUP_END.has(pitch.decision.rule))) continue;
    if (!REGEXPS.newsletterWord.test(pitch.text) && !REGEXPS.inboxDelivery.test(pitch.text)) continue;
    if (button.decision?.fate !== 'dropped' || !SIGNUP_END.has(button.decision.rule) || wordCount(button.text) > 4) continue;
    decide(row, 'dropped', 'notice', 'newsletter-pitch');
  }
}

/**
 * 'Categories:' / 'Tags: A, B' / 'Topics' labels and the short items listed after them
 * (one or two-word lines without sentence punctuation).
 */
function dropLabelLists(rows: Row[]): void {
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    if (row.text.length > 200) continue;
    const m = REGEXPS.labelList.exec(row.text);
    const isBareLabel = row.decision?.rule === 'chrome-word' && /^(?:categories|category|tags?|topics|filed under|related topics)/i.test(row.text);
    if (!m && !isBareLabel) continue;
    if (m && (m[1] ?? '').trim() !== '' && isProse(m[1] ?? '')) continue;
    decide(row, 'dropped', 'label', 'label-list', true);
    for (let j = i + 1; j < rows.length && j <= i + 12; j++) {
      const item = rows[j]!;
      if (!isOpen(item) && item.decision?.fate !== 'dropped') break;
      if (isOpen(item)) {
        if (wordCount(item.text) > 4 || /[.!?]$/.test(item.text)) break;
        decide(item, 'dropped', 'label', 'label-list');
      }
    }
  }
}

/**
 * 'wrapped-tail-of-dropped-line': 'Sign up for push alerts and have the best news, analysis and comment' / 'delivered
 * directly to your phone' — a hard-wrapped save cuts a pitch mid-sentence; the lower-case rest under a dropped line
 * that has not ended its sentence is the same furniture, not a paragraph of its own.
 */
export function dropWrappedTails(rows: Row[]): void {
  // ('… Sign up for free' / 'Patch newsletters and alerts.': on a page saved hard-wrapped, the rest may open with a name.)
  const wrappedPage = isHardWrappedPage(rows);
  for (const row of rows) {
    const tail = rows[row.index + 1];
    if (row.decision?.fate !== 'dropped' || row.blankAfter || !tail || !isOpen(tail) || wordCount(row.text) < 6) continue;
    if (!endsOnLowerCaseWord(row.text) || !(/^\p{Ll}/u.test(tail.text) || wrappedPage)) continue;
    const after = rows[tail.index + 1];
    if (wordCount(tail.text) > 12 || !(tail.blankAfter || !after || !isOpen(after))) continue;
    decide(tail, 'dropped', row.decision.role, 'wrapped-tail-of-dropped-line');
  }
}

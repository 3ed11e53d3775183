/**
 * Sentences, quotes, headlines and captions for one story, from templates with slots filled by Zipf
 * draws over the word lists and by the story's people and places (spelled in the outlet's style).
 */
import type { Rng } from './prng.ts';
import type { Person } from './names.ts';
import { respell } from './names.ts';
import { ADJECTIVES, CLAUSES, MONTHS, NOUNS, PLURALS, ROLES, VERBS_PAST, VERBS_PRESENT, WEEKDAYS } from './words.ts';

/** What a story is about: its date, its place and its people. Articles about one story share these. */
export interface Story {
  id: number;
  /** 'YYYY-MM-DD' */
  date: string;
  place: string;
  otherPlace: string;
  people: Person[];
  topic: string;
  org: string;
}

const ORG_KINDS = ['Council', 'Institute', 'Agency', 'Authority', 'Commission', 'Foundation', 'Union', 'Ministry'];

const SENTENCES = [
  '{person}, the {role} of {place}, said on {weekday} that {clause}.',
  'The {noun} in {place} was {verbPast} on {weekday}, officials said.',
  '“{quote},” said {person}, a {role} in {place}.',
  '{surname} {verbPast} the {adj} {noun} in a statement, saying {clause}.',
  'According to the {org}, {clause}.',
  'In {month}, the {noun} {verbPast} {num} {plural} across {place}.',
  'Local {noun2} in {place} and {otherPlace} have {verbPast} the {noun} since {year}.',
  '{person} said {clause}.',
  'The {adj} {noun} comes after {num} {plural} were {verbPast} near {otherPlace} last week.',
  'It was not immediately clear whether {clause}.',
  'The {org} has {verbPast} the {noun}, which critics say is {adj}.',
  '{surname} said: “{quote}.”',
  'Speaking to reporters in {place}, {surname} added that {clause}.',
  'The {noun2} of {place} {verbPast} the {adj} {noun} and the {noun3}.',
  'Last {weekday}, {num} {plural} {verbPast} outside the {noun} in {otherPlace}.',
  'A {role} who asked not to be named said {clause}.',
] as const;

const QUOTES = [
  'We are doing everything we can for the {noun2} of {place}',
  'This is a {adj} day for {place}',
  'The {noun} must be {verbPast} now, not next year',
  'Nobody expected the {noun} to be {verbPast} so quickly',
  'We will not accept a {adj} {noun}',
  'People here have lost their {noun2} and their patience',
  'I have lived in {place} all my life and I have never seen anything like it',
] as const;

const HEADLINES = [
  '{Surname} {verbPresent} {adj} {noun} as {noun2} are {verbPast} in {place}',
  '{Place} {noun} {verbPast} after {adj} {noun2} row',
  '{num} {plural} {verbPast} as {noun} hits {place}',
  '{person} {verbPresent} {noun} plan for {place}',
  '{Adj} {noun} in {place}: what we know so far',
  'Why the {noun} in {place} matters for the {noun2}',
  '{Place} {noun2} {verbPresent} {noun} after {weekday} {noun3}',
  '{Org} {verbPresent} {adj} {noun} over {place} {noun2}',
  '{Surname} under pressure as {place} {noun} is {verbPast}',
] as const;

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
const article = (s: string) => s.replace(/\b([Aa]) ([aeiou])/g, '$1n $2');

/** Templates split once into [text, slot, text, slot, …, text]. */
const COMPILED = new Map<string, string[]>();
function compiled(template: string): string[] {
  let parts = COMPILED.get(template);
  if (!parts) COMPILED.set(template, parts = template.split(/\{(\w+)\}/));
  return parts;
}

/** Writes text about one story for one outlet; `ySpelling` selects the 'y' transliteration of names. */
export class ProseWriter {
  constructor(private readonly rng: Rng, private readonly story: Story, private readonly ySpelling: boolean, private readonly extraPeople: Person[] = []) {}

  /** A name as this outlet spells it. */
  spell(name: string): string {
    return this.ySpelling ? respell(name) : name;
  }

  private who(): Person {
    const pool = this.extraPeople.length && this.rng.chance(0.35) ? this.extraPeople : this.story.people;
    return this.rng.zipfPick(pool);
  }

  private fill(template: string): string {
    const parts = compiled(template);
    let out = parts[0]!;
    for (let k = 1; k < parts.length; k += 2) out += this.slot(parts[k]!) + parts[k + 1]!;
    return out;
  }

  private slot(slot: string): string {
    const r = this.rng;
    const s = this.story;
    switch (slot) {
      case 'person': { const p = this.who(); return `${this.spell(p.given)} ${this.spell(p.surname)}`; }
      case 'surname': case 'Surname': return this.spell(this.who().surname);
      case 'place': case 'Place': return this.spell(s.place);
      case 'otherPlace': return this.spell(s.otherPlace);
      case 'org': return this.spell(s.org);
      case 'Org': return capitalise(this.spell(s.org));
      case 'role': return r.zipfPick(ROLES);
      case 'weekday': return r.pick(WEEKDAYS);
      case 'month': return r.pick(MONTHS);
      case 'noun': return r.chance(0.25) ? s.topic : r.zipfPick(NOUNS);
      case 'noun2': case 'noun3': return r.zipfPick(NOUNS);
      case 'plural': return r.zipfPick(PLURALS);
      case 'adj': return r.zipfPick(ADJECTIVES);
      case 'Adj': return capitalise(r.zipfPick(ADJECTIVES));
      case 'verbPast': return r.zipfPick(VERBS_PAST);
      case 'verbPresent': return r.zipfPick(VERBS_PRESENT);
      case 'num': return String(r.chance(0.7) ? r.between(2, 99) : r.between(100, 5000));
      case 'year': return String(r.between(2005, 2021));
      case 'money': return `$${r.between(2, 900)} million`;
      case 'clause': return this.fill(r.zipfPick(CLAUSES));
      case 'quote': return capitalise(this.fill(r.zipfPick(QUOTES)));
      default: return slot;
    }
  }

  /** One sentence of body text. */
  sentence(): string {
    return capitalise(this.fill(this.rng.zipfPick(SENTENCES)));
  }

  /** A paragraph of one to three sentences. */
  paragraph(): string {
    const n = this.rng.chance(0.45) ? 1 : this.rng.chance(0.7) ? 2 : 3;
    return article(Array.from({ length: n }, () => this.sentence()).join(' '));
  }

  /** A headline of five or more words, sentence case. */
  headline(): string {
    for (;;) {
      const h = article(capitalise(this.fill(this.rng.pick(HEADLINES))));
      if (h.split(' ').length >= 5) return h;
    }
  }

  /** A photo caption (without its credit). */
  caption(): string {
    return article(capitalise(this.fill(this.rng.pick([
      '{Adj} {noun2} gather in {place} on {weekday}',
      '{person} speaks to reporters in {place}',
      'The {noun} in {place} after the {noun2} were {verbPast}',
      'A view of {place}, where the {noun} was {verbPast}',
    ]))));
  }
}

/** A new story's organisation name, e.g. 'Kravensk Authority'. */
export function orgName(rng: Rng, place: string): string {
  return `${place} ${rng.pick(ORG_KINDS)}`;
}

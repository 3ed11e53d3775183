/**
 * The part of the synthetic vocabulary that keeps growing: people and places invented from syllables,
 * so a bigger archive mentions more distinct names (as a real one does). Canonical spellings use the
 * 'iy', 'ia', 'iu' transliterations; `respell` gives the 'y', 'ya', 'yu' variants some outlets print
 * (Zelenskiy/Zelensky, Kupiansk/Kupyansk, Izium/Izyum).
 */
import type { Rng } from './prng.ts';

/** A person in the news: a given name and a surname, both canonical spellings. */
export interface Person {
  given: string;
  surname: string;
}

const ONSETS = ['b', 'd', 'k', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'z', 'h', 'g', 'ch', 'sh', 'zh', 'kr', 'br', 'dr', 'st', 'tr', 'pr', 'gr', 'sl', 'f'];
const VOWELS = ['a', 'e', 'i', 'o', 'u', 'a', 'o', 'ai', 'ei', 'ou'];
const CODAS = ['', '', '', '', 'n', 'r', 'l', 's', 'k', 'm', 'v', 'sh'];
const SURNAME_ENDINGS = ['enko', 'ov', 'ova', 'skiy', 'ska', 'ich', 'ian', 'iuk', 'ak', 'son', 'sen', 'ez', 'ani', 'elli', 'berg', 'off', 'uk', 'ia', 'is', 'ar', 'iy', ''];
const PLACE_ENDINGS = ['iv', 'sk', 'iansk', 'ovo', 'ia', 'grad', 'iupol', 'ivka', 'ton', 'ham', 'ford', 'burg', 'ville', 'port', 'ino', 'ak', 'iy', 'ar', 'ene', 'iuta'];
const GIVEN_ENDINGS = ['a', 'o', 'iy', 'ia', 'e', 'an', 'el', '', 'ko', 'iu', 'ina', 'or'];

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/**
 * The 'y' transliteration of a canonical name: 'iy' at a word end → 'y', 'ia' → 'ya', 'iu' → 'yu'
 * after a consonant.
 * @example respell('Kupiansk') // 'Kupyansk'
 */
export function respell(name: string): string {
  return name
    .replace(/([^aeiouy\s])iy\b/gi, '$1y')
    .replace(/([^aeiouy\s])ia/gi, '$1ya')
    .replace(/([^aeiouy\s])iu/gi, '$1yu');
}

/** Does this name have a different 'y' spelling? */
export const hasVariant = (name: string): boolean => respell(name) !== name;

/** Invented people and places, created on demand and reused with a bias to the famous and the recent. */
export class NameBank {
  readonly people: Person[] = [];
  readonly places: string[] = [];
  private readonly givens: string[] = [];
  private readonly taken = new Set<string>();

  constructor(private readonly rng: Rng) {}

  /** A new word of `min`..`max` syllables; longer when the short ones are used up. */
  private word(min: number, max: number, endings: readonly string[]): string {
    for (let tries = 0; ; tries++) {
      const syllables = this.rng.between(min, max) + Math.floor(tries / 20);
      let w = '';
      for (let i = 0; i < syllables; i++) w += this.rng.pick(ONSETS) + this.rng.pick(VOWELS) + (i < syllables - 1 ? this.rng.pick(CODAS) : '');
      w = capitalise((w + this.rng.pick(endings)).replace(/([aeiou])\1+/g, '$1').replace(/([aeiou]{2})[aeiou]+/g, '$1'));
      if (w.length >= 4 && !this.taken.has(w)) {
        this.taken.add(w);
        return w;
      }
    }
  }

  /** A new person; the given name is new about one time in three, otherwise a common one. */
  newPerson(): Person {
    const given = this.givens.length < 40 || this.rng.chance(0.3)
      ? this.addGiven()
      : this.rng.zipfPick(this.givens);
    const p = { given, surname: this.word(1, 3, SURNAME_ENDINGS) };
    this.people.push(p);
    return p;
  }

  private addGiven(): string {
    const g = this.word(1, 2, GIVEN_ENDINGS);
    this.givens.push(g);
    return g;
  }

  /** A new place name. */
  newPlace(): string {
    const p = this.word(1, 3, PLACE_ENDINGS);
    this.places.push(p);
    return p;
  }

  /** A known person: half the time one of the famous few (the earliest), else someone from recent news. */
  knownPerson(): Person {
    if (this.people.length === 0) return this.newPerson();
    return this.pickBiased(this.people);
  }

  /** A known place, chosen like `knownPerson`. */
  knownPlace(): string {
    if (this.places.length === 0) return this.newPlace();
    return this.pickBiased(this.places);
  }

  private pickBiased<T>(items: readonly T[]): T {
    if (this.rng.chance(0.5)) return this.rng.zipfPick(items);
    const back = this.rng.zipf(Math.min(items.length, 2000));
    return items[items.length - 1 - back]!;
  }
}

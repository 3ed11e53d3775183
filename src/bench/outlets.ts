/**
 * The invented publishers of the synthetic archive: each has a page layout, a spelling habit for
 * transliterated names, a title-case habit, reporters, and a 'most read' list that changes slowly
 * (so, as on real sites, the same teaser lines recur across many of its pages).
 */
import type { Rng } from './prng.ts';
import { NameBank } from './names.ts';

/** Page layouts, one per kind of site the raw dumps come from (see `layouts.ts`). */
export type LayoutName = 'tabloid' | 'dateprefix' | 'kicker' | 'blog' | 'wire' | 'broadsheet' | 'magazine';

/** A publisher. */
export interface Outlet {
  name: string;
  domain: string;
  layout: LayoutName;
  /** Prints transliterated names the 'y' way (Zelensky rather than Zelenskiy). */
  ySpelling: boolean;
  titleCase: boolean;
  reporters: string[];
  /** The current 'most read' teaser headlines; replaced now and then. */
  mostRead: string[];
}

const NAMES = [
  'The Harbour Gazette', 'Northern Ledger', 'The Daily Courier', 'Evening Sentinel', 'The Morning Press',
  'Capital Observer', 'Riverside Herald', 'The Weekly Dispatch', 'Coastal Times', 'Metro Chronicle',
  'The Frontier Post', 'Valley Tribune', 'The Star', 'Global Monitor', 'Eastern Review', 'The Citizen',
  'Highland Echo', 'Union Journal', 'The Lantern', 'Bay News', 'Eagle Online', 'Pulse Daily', 'The Record',
  'Lakeside Mercury', 'The Courier-Mail', 'Plains Register', 'Southern Cross', 'World Briefing',
];

const LAYOUTS: readonly LayoutName[] = ['tabloid', 'dateprefix', 'kicker', 'blog', 'wire', 'broadsheet', 'magazine'];

/** The fixed list of outlets, most prolific first; layouts cycle so every layout has several outlets. */
export function makeOutlets(rng: Rng): Outlet[] {
  const reporters = new NameBank(rng);
  return NAMES.map((name, i) => ({
    name,
    domain: name.toLowerCase().replace(/^the /, '').replace(/[^a-z]+/g, '') + (i % 3 === 0 ? '.co.uk' : '.com'),
    layout: LAYOUTS[i % LAYOUTS.length]!,
    ySpelling: rng.chance(0.5),
    titleCase: rng.chance(0.25),
    reporters: Array.from({ length: rng.between(3, 8) }, () => {
      const p = reporters.newPerson();
      return `${p.given} ${p.surname}`;
    }),
    mostRead: [],
  }));
}

/** Outlets that republish other outlets' stories with permission. */
export const republishers = (outlets: Outlet[]): Outlet[] => outlets.filter((o) => o.layout === 'magazine' || o.layout === 'blog');

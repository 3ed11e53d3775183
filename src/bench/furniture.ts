/**
 * Page furniture as it appears in raw text dumps: teaser blocks after 'Most read' labels, related
 * story lists with '3 months ago' stamps, share prompts, adverts, footers with copyright notices.
 * Each function returns lines; '' is a blank line.
 */
import type { Rng } from './prng.ts';
import type { Outlet } from './outlets.ts';
import { SECTIONS } from './words.ts';

const KICKERS = ['FAMILY\'S SORROW', 'DAY TO REMEMBER', 'ON THE RUN', 'BRAZEN SWIPE', 'MURDER CLAIMS', 'CASH BOOST', 'ROYAL ROW', 'TOP SECRET', 'BIG FREEZE', 'HOME TRUTHS'];

/** A kicker label: all capitals, two or three words. */
export const kicker = (rng: Rng): string => rng.pick(KICKERS);

/** 'Most read in News' followed by kicker + headline pairs, spaced or packed. */
export function mostReadBlock(rng: Rng, teasers: readonly string[], spaced: boolean): string[] {
  const out = [`Most read in ${rng.pick(['News', 'News', 'World', 'Politics'])}`, ''];
  for (const t of teasers) {
    out.push(kicker(rng));
    if (spaced) out.push('');
    out.push(t);
    if (spaced) out.push('');
  }
  if (!spaced) out.push('');
  return out;
}

/** 'Read More on The X' / 'READ MORE ON …' and two teaser headlines. */
export function readMoreBlock(rng: Rng, outlet: Outlet, teasers: readonly string[], topic: string): string[] {
  const label = rng.chance(0.5) ? `Read More on ${outlet.name}` : `READ MORE ON THE ${topic.toUpperCase()}`;
  return [label, '', ...teasers.slice(0, 2).flatMap((t) => [t, ''])];
}

/** 'Related stories' list: image alt text, a category glued to a stamp ('Lifestyle3 months ago'), the headline. */
export function relatedStamps(rng: Rng, teasers: readonly string[]): string[] {
  const out: string[] = [];
  let months = rng.between(1, 3);
  for (const t of teasers) {
    const unit = months < 12 ? `${months} month${months === 1 ? '' : 's'} ago` : `${Math.floor(months / 12)} year${months < 24 ? '' : 's'} ago`;
    out.push(t.split(' ').slice(0, rng.between(3, 6)).join(' '), `${rng.pick(SECTIONS)}${unit}`, '', t, '');
    months += rng.between(0, 4);
  }
  return out;
}

/** One or two share prompts. */
export function sharePrompts(rng: Rng): string[] {
  const all = ['Share this article', 'Share this post:', 'Click to share on Twitter (Opens in new window)', 'Click to share on Facebook (Opens in new window)', 'Follow us on Facebook', 'Share on WhatsApp', 'Copy link'];
  const first = rng.pick(all);
  const second = rng.pick(all);
  return rng.chance(0.5) || second === first ? [first] : [first, second];
}

/** A footer: copyright, rights, sometimes a contact line. */
export function footer(rng: Rng, outlet: Outlet, year: string): string[] {
  const lines = [rng.pick([`© ${year} ${outlet.name}. All rights reserved.`, `Copyright © ${year} ${outlet.name}`, `© Copyright ${outlet.name} ${year}`])];
  if (rng.chance(0.4)) lines.push(rng.pick(['Terms of use | Privacy policy | Contact us', 'Sign up for our newsletter', `Contact: newsdesk@${outlet.domain}`]));
  return lines;
}

/** 'Credit: X' glued to a caption, as saved pages print it. */
export const gluedCredit = (caption: string, credit: string): string => `${caption}Credit: ${credit}`;

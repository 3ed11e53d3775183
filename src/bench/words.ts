/**
 * The fixed part of the synthetic archive's vocabulary: everyday news English, ordered roughly from
 * most to least frequent so that Zipf draws (`Rng.zipfPick`) give a natural word distribution.
 * The part that grows with the archive (people and places) is in `names.ts`.
 */

const list = (s: string): readonly string[] => s.trim().split(/\s+/);

/** Nouns for things that happen or are talked about. */
export const NOUNS = list(`
  government police council ministry officials city country people region war election court report plan
  deal talks forces troops residents families workers company companies market prices energy water power
  border bridge road railway station hospital school schools university farmers budget tax taxes law
  vote voters parliament committee inquiry investigation crisis attack attacks fire floods storm drought
  strike union agreement ceasefire sanctions aid support funding contract project programme service
  services protest protesters campaign minister president mayor governor spokesman spokeswoman leader
  leaders party opposition coalition army navy airport port harbour factory plant mine villages towns
  streets homes housing rent wages jobs unemployment inflation growth exports imports trade shipping
  grain fuel gas oil coal electricity grid network internet phones data privacy rules regulator
  license permit scheme fund bank banks loan debt bonds shares investors losses profits revenue
  hearing trial judge jury verdict sentence appeal evidence witness witnesses lawyer lawyers case cases
  doctors nurses patients vaccine virus outbreak cases tests clinic ambulance emergency rescue divers
  museum festival concert stadium match season team players coach fans club league cup final title
  weather rain snow heat winds coast river lake valley forest park fields harvest livestock fishing
  refugees migrants shelter camp convoy checkpoint drones missiles artillery tanks soldiers officers
  negotiators envoy embassy summit delegation statement interview briefing documents letter emails
  survey poll study researchers scientists experts analysts economists critics supporters volunteers
`);

/** Plural nouns, for counts ('40 families'). */
export const PLURALS = list(`
  people residents families workers soldiers troops officers protesters patients farmers homes villages
  towns schools companies vehicles tanks drones buildings jobs flights trains households voters students
  refugees children jobs shops contracts cases tests homes volunteers lawyers witnesses
`);

/** Past-tense verbs for reported events. */
export const VERBS_PAST = list(`
  said announced confirmed denied warned agreed rejected approved blocked delayed launched opened closed
  reopened cancelled postponed criticised welcomed promised pledged demanded urged called accused
  arrested charged released detained evacuated rescued destroyed damaged captured retook repaired
  expanded reduced raised cut increased doubled halved signed suspended extended reviewed published
  revealed reported estimated suggested admitted claimed insisted argued questioned dismissed backed
  opposed proposed ordered banned allowed restored resumed completed abandoned visited met toured
`);

/** Present-tense verbs for headlines. */
export const VERBS_PRESENT = list(`
  says warns vows rejects backs blocks delays launches opens closes reopens cancels criticises welcomes
  promises demands urges accuses arrests charges releases evacuates captures retakes expands cuts raises
  signs suspends extends reviews reveals admits denies defends orders bans restores resumes abandons
  visits meets hits faces seeks wins loses plans eyes slams hails
`);

/** Adjectives. */
export const ADJECTIVES = list(`
  new major key local national regional central northern southern eastern western former senior
  young old large small long short heavy sharp sudden rapid slow early late first last final second
  public private official independent military civilian political economic financial legal medical
  emergency temporary permanent annual monthly weekly daily rural urban coastal historic controversial
  unexpected significant serious critical growing falling rising record modest limited crucial
`);

/** Job titles for people in the news. */
export const ROLES = list(`
  minister mayor governor spokesman spokeswoman commander director chairman chairwoman secretary
  president prosecutor judge lawyer analyst economist researcher professor doctor nurse resident farmer
  teacher engineer driver volunteer activist journalist official adviser ambassador envoy
`);

/** Weekdays, for 'on Tuesday'. */
export const WEEKDAYS = list('Monday Tuesday Wednesday Thursday Friday Saturday Sunday');

/** English month names. */
export const MONTHS = list('January February March April May June July August September October November December');

/** Story categories, for kickers, section labels and related-story stamps. */
export const SECTIONS = list('News World Politics Business Lifestyle Technology Sports Health Science Culture Opinion Local');

/** News agencies that are credited on photos and datelines. */
export const AGENCIES = list('Reuters AP AFP Getty PA Bloomberg EPA Alamy');

/** Clauses for 'X said that …': each stands alone after 'that'. */
export const CLAUSES = [
  'the {noun} would be {verbPast} by the end of the year',
  'talks with the {noun} had {verbPast} without a clear result',
  'more than {num} {plural} had been affected',
  'the {adj} {noun} was under review',
  'residents of {place} should expect {adj} delays',
  'there was no evidence of wrongdoing',
  'the decision had been {verbPast} after weeks of debate',
  'the {noun} in {place} remained {adj}',
  'the plan would cost about {money}',
  'it was too early to say what had caused the {noun}',
  'the figures showed a {adj} change since {year}',
  'nobody had been hurt',
  'at least {num} people had been {verbPast}',
] as const;

/** Words that carry little meaning alone (kept out of benchmark queries). */
export const STOPWORDS = new Set(list(`
  the a an of to in on at by for with from and or but that this it its was were is are be been had has have
  would should said says he she they their them his her we our you your not no more than about after
  before over under into as so if there what who which when while also last first one two three
`));

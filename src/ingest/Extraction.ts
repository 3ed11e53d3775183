/**
 * What the extraction rules make of one article's text: the fields, the body, and the working
 * (which rule decided each field and each line), so that nothing is silently lost.
 */
export interface ExtractedFields {
  title: string | null;
  date: string | null;
  time: string | null;
  timezone: string | null;
  authors: string[];
  source: string | null;
  kicker: string | null;
  standfirst: string | null;
  syndicated_from: string | null;
  credit: string | null;
  lang: string | null;
}

/** One decision about one input line (1-based line numbers in the text given to the extractor). */
export interface LineDecision {
  line: number;
  text: string;
  /** 'kept': in the body; 'field': became (part of) a metadata field; 'dropped': furniture. */
  fate: 'kept' | 'field' | 'dropped';
  /** What the line was taken for: 'paragraph', 'subheading', 'caption', 'title', 'byline', 'teaser', … */
  role: string;
  /** The named rule that decided it, e.g. 'teaser-block-after-label'. */
  rule: string;
}

export interface Extraction {
  fields: ExtractedFields;
  /** Which rule found each field: { title: 'headline-outlet-suffix', date: 'date-prefix-glued', … }. */
  fieldRules: Partial<Record<keyof ExtractedFields, string>>;
  /** The article as Markdown. */
  body: string;
  /** One entry per non-blank input line. */
  lines: LineDecision[];
  /** Human-readable warnings ('no article text left after furniture removal'). */
  warnings: string[];
}

/**
 * Archive-wide statistics the rules may use (computed before the final pass over each file):
 * how many distinct files of this archive contain each normalised line.
 */
export interface ArchiveContext {
  files: number;
  lineFileCounts: ReadonlyMap<string, number>;
}

export const EMPTY_CONTEXT: ArchiveContext = { files: 0, lineFileCounts: new Map() };

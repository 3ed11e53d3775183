/** How the search page tells the worker's registration that its first results are on screen. */

/** Attribute on <html> while the search page's first search is still loading. */
export const PENDING = 'data-search-pending';

/** Event on document when it is done (results shown, or the search failed). */
export const SHOWN = 'clippings:search-settled';

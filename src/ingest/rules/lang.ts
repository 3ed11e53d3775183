/**
 * A small language guess from function words ('the', 'und', 'les', …): good enough to tell
 * English from German, French, Spanish, Italian, Portuguese and Dutch in a news article.
 * Returns null when the text is too short or no language clearly wins.
 */
const STOPWORDS: Record<string, string> = {
  en: 'the and of to in is was that for on with as by at from has have are were it his her said this which',
  de: 'der die das und ist nicht ein eine mit von den dem des auf für sich auch wurde sind im zu hat',
  fr: 'le la les et des est une un du dans pour que qui pas sur au avec ce se sont été il elle a',
  es: 'el la los las y de que en un una por con para es del se al su lo como más fue ha',
  it: 'il lo la gli le di che e un una per con non sono del della è ha anche nel alla',
  pt: 'o os as de que e um uma para com não do da em no na por mais foi são ao',
  nl: 'de het een en van is dat op te in met voor niet zijn aan er ook werd door',
};
const LISTS = Object.entries(STOPWORDS).map(([lang, list]) => [lang, new Set(list.split(' '))] as const);

/** @example guessLanguage('The troops said that the city was ...') // 'en' */
export function guessLanguage(text: string): string | null {
  const tokens = text.slice(0, 20000).toLowerCase().match(/\p{L}+/gu) ?? [];
  if (tokens.length < 8) return null;
  const scores = LISTS.map(([lang, set]) => [lang, tokens.filter((t) => set.has(t)).length] as const);
  scores.sort((a, b) => b[1] - a[1]);
  const [best, second] = scores;
  if (!best || best[1] < Math.max(3, tokens.length * 0.08)) return null;
  if (second && best[1] < second[1] * 1.3) return null;
  return best[0];
}

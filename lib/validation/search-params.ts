/** A page's query string as Next hands it to the page: a name may come once, several times, or not at all. */
export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value of `key`, trimmed and cut to 200 characters; null when absent or blank. */
export function firstParam(params: SearchParams, key: string): string | null {
  const value = params[key];
  const text = (Array.isArray(value) ? value[0] : value)?.trim();
  return text ? text.slice(0, 200) : null;
}

/**
 * Filtering, facet counts and paging over an in-memory projection of the
 * published content. Facet counts for a field honour every other filter, so a
 * filter control shows how many results each choice would give.
 */
export interface FacetValue {
  value: string;
  label: string;
  count: number;
}

export interface Page<T> {
  items: T[];
  page: number;
  pageSize: number;
  total: number;
  pageCount: number;
  facets: Record<string, FacetValue[]>;
}

export type Predicate<T> = (item: T) => boolean;

export interface ListSpec<T> {
  /** Active filters by name; undefined means not filtered. */
  filters: Record<string, Predicate<T> | undefined>;
  /** Facets by filter name: the value of an item and its label. */
  facets: Record<string, (item: T) => { value: string; label: string } | null>;
  page: number;
  pageSize: number;
}

export function listPage<T>(items: readonly T[], spec: ListSpec<T>): Page<T> {
  const active = Object.entries(spec.filters).filter((entry): entry is [string, Predicate<T>] => !!entry[1]);
  const matches = (item: T, except?: string) => active.every(([name, test]) => name === except || test(item));

  const hits = items.filter((item) => matches(item));
  const facets: Record<string, FacetValue[]> = {};
  for (const [name, facetOf] of Object.entries(spec.facets)) {
    const counts = new Map<string, FacetValue>();
    for (const item of items) {
      if (!matches(item, name)) continue;
      const facet = facetOf(item);
      if (!facet) continue;
      const entry = counts.get(facet.value) ?? { ...facet, count: 0 };
      entry.count += 1;
      counts.set(facet.value, entry);
    }
    facets[name] = [...counts.values()].sort((a, b) => a.label.localeCompare(b.label, 'da'));
  }

  const start = (spec.page - 1) * spec.pageSize;
  return {
    items: hits.slice(start, start + spec.pageSize),
    page: spec.page,
    pageSize: spec.pageSize,
    total: hits.length,
    pageCount: Math.ceil(hits.length / spec.pageSize),
    facets,
  };
}

/** Free-text search: every word of the query must occur in one of the texts. */
export function textMatcher<T>(query: string | undefined, textsOf: (item: T) => (string | null | undefined)[]): Predicate<T> | undefined {
  const words = query?.toLocaleLowerCase('da').split(/\s+/).filter(Boolean);
  if (!words?.length) return undefined;
  return (item) => {
    const haystack = textsOf(item).filter(Boolean).join(' ').toLocaleLowerCase('da');
    return words.every((word) => haystack.includes(word));
  };
}

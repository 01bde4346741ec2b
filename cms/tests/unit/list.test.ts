import { describe, expect, it } from 'vitest';
import { listPage, textMatcher } from '../../src/api/widget/lib/list';

const items = [
  { title: 'Lektiecafé i Gellerup', category: 'lektie', district: 'Gellerup' },
  { title: 'Sorggruppe for unge', category: 'sorg', district: 'Aarhus C' },
  { title: 'Lektiehjælp online', category: 'lektie', district: 'Aarhus C' },
];
const facets = { category: (i: (typeof items)[number]) => ({ value: i.category, label: i.category }), district: (i: (typeof items)[number]) => ({ value: i.district, label: i.district }) };

describe('list paging and facets', () => {
  it('filters, counts and pages', () => {
    const page = listPage(items, { filters: { category: (i) => i.category === 'lektie' }, facets, page: 2, pageSize: 1 });
    expect(page.items.map((i) => i.title)).toEqual(['Lektiehjælp online']);
    expect(page).toMatchObject({ total: 2, page: 2, pageSize: 1, pageCount: 2 });
  });

  it('counts each facet under the other filters but not its own', () => {
    const page = listPage(items, { filters: { category: (i) => i.category === 'lektie' }, facets, page: 1, pageSize: 10 });
    expect(page.facets.category).toEqual([{ value: 'lektie', label: 'lektie', count: 2 }, { value: 'sorg', label: 'sorg', count: 1 }]);
    // Danish collation: "Aa" sorts as "Å", after "G".
    expect(page.facets.district).toEqual([{ value: 'Gellerup', label: 'Gellerup', count: 1 }, { value: 'Aarhus C', label: 'Aarhus C', count: 1 }]);
  });

  it('gives an empty page past the end', () => {
    expect(listPage(items, { filters: {}, facets: {}, page: 9, pageSize: 10 })).toMatchObject({ items: [], total: 3, pageCount: 1 });
  });

  it('matches every word of a free-text query, case-insensitively, with Danish letters', () => {
    const match = textMatcher<(typeof items)[number]>('LEKTIEHJÆLP online', (i) => [i.title]);
    expect(items.filter(match!).map((i) => i.title)).toEqual(['Lektiehjælp online']);
    expect(textMatcher('  ', () => [])).toBeUndefined();
  });
});

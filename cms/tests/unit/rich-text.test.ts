import { describe, expect, it } from 'vitest';
import { safeHref, safeLink, toRichText } from '../../src/api/widget/lib/rich-text';

describe('rich text from markdown', () => {
  it('keeps the vocabulary: headings, paragraphs, emphasis, lists, quotes', () => {
    const tree = toRichText('# Titel\n\nEt **fedt** og _kursivt_ ord.\n\n1. en\n2. to **tre**\n\n> citat');
    expect(tree).toEqual([
      { type: 'heading', level: 2, children: [{ type: 'text', text: 'Titel' }] },
      {
        type: 'paragraph',
        children: [
          { type: 'text', text: 'Et ' },
          { type: 'strong', children: [{ type: 'text', text: 'fedt' }] },
          { type: 'text', text: ' og ' },
          { type: 'em', children: [{ type: 'text', text: 'kursivt' }] },
          { type: 'text', text: ' ord.' },
        ],
      },
      { type: 'list', ordered: true, items: [[{ type: 'text', text: 'en' }], [{ type: 'text', text: 'to ' }, { type: 'strong', children: [{ type: 'text', text: 'tre' }] }]] },
      { type: 'quote', children: [{ type: 'paragraph', children: [{ type: 'text', text: 'citat' }] }] },
    ]);
  });

  it('drops raw HTML and keeps no tag anywhere in the tree', () => {
    const tree = toRichText('Hej <script>alert(1)</script> <b>du</b>\n\n<div onclick="x()">blok</div>\n\n<img src=x onerror=alert(1)>');
    expect(JSON.stringify(tree)).not.toMatch(/<|onerror|onclick/);
    expect(tree[0]).toEqual({ type: 'paragraph', children: [{ type: 'text', text: 'Hej alert(1) du' }] });
  });

  it('keeps links to http(s), mailto and tel only; others become plain text', () => {
    const tree = toRichText('[a](https://aarhus.example.dk) [b](mailto:x@y.dk) [c](tel:+4587130000) [d](javascript:alert(1)) [e](data:text/html,x) [f](/relative)');
    const links = JSON.stringify(tree).match(/"href":"[^"]+"/g);
    expect(links).toEqual(['"href":"https://aarhus.example.dk/"', '"href":"mailto:x@y.dk"', '"href":"tel:+4587130000"']);
    expect(JSON.stringify(tree)).toContain('d e f');
  });

  it('resolves photo-library images through the caller and drops other images', () => {
    const resolve = (ref: string) => (ref === 'photo:ok' ? { url: '/uploads/ok.jpg' } : null);
    expect(toRichText('![alt](photo:ok)', resolve)).toEqual([{ type: 'image', image: { url: '/uploads/ok.jpg' } }]);
    expect(toRichText('![alt](photo:expired)', resolve)).toEqual([]);
    expect(toRichText('![alt](https://tracker.example/pixel.gif)', resolve)).toEqual([]);
  });

  it('rejects unsafe hrefs', () => {
    expect(safeHref('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeHref('vbscript:x')).toBeNull();
    expect(safeHref('https://x.dk/a b')).toBe('https://x.dk/a%20b');
  });
});

describe('links from plain fields', () => {
  it.each([
    ['https://frivillig.example.dk/tilmeld', 'https://frivillig.example.dk/tilmeld'],
    ['mailto:frivillig@example.dk', 'mailto:frivillig@example.dk'],
    ['/demo/frivillig', '/demo/frivillig'],
    ['  /demo/hjaelp?x=1  ', '/demo/hjaelp?x=1'],
    ['javascript:alert(document.cookie)', null],
    [' JaVaScRiPt:alert(1)', null],
    ['data:text/html,<script>alert(1)</script>', null],
    ['//evil.example/x', null],
    ['/\\evil.example', null],
    ['www.example.dk', null],
    ['', null],
    [null, null],
  ])('%s -> %s', (href, expected) => expect(safeLink(href)).toBe(expected));
});

describe('entities in text', () => {
  it('decodes named and numeric entities into plain characters', () => {
    expect(toRichText('Tom &amp; Jerry &aring;bner &#230;blet&nbsp;i dag &unknown; AT&T')).toEqual([
      { type: 'paragraph', children: [{ type: 'text', text: 'Tom & Jerry åbner æblet\u00a0i dag &unknown; AT&T' }] },
    ]);
  });
});

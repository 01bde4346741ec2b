import { expect, waitUntil } from '@open-wc/testing';
import { html, render, type TemplateResult } from 'lit';
import { ApiClient, SamskabApiError, resolveApiOrigin, samskabGlobal } from './api-client.js';
import type { Locale } from './api-types.js';
import { SamskabElement } from './base-element.js';
import { defineElement } from './define.js';
import type { SamskabErrorEvent } from './events.js';
import { resolveLocale, t, toLocale } from './i18n.js';
import { renderRichText } from './rich-text.js';
import { imageSrc, imageSrcset, safeHref } from './urls.js';
import { requests, restoreFetch, stubFetch } from '../../test/fetch-stub.js';
import { testContainer } from '../../test/render.js';

describe('i18n', () => {
  it('takes the language from the element, an ancestor (through shadow roots), the document, else Danish', () => {
    const container = testContainer();
    const el = document.createElement('div');
    container.append(el);
    document.documentElement.lang = '';
    expect(resolveLocale(el)).to.equal('da');
    document.documentElement.lang = 'en-US';
    expect(resolveLocale(el)).to.equal('en');
    container.lang = 'da';
    expect(resolveLocale(el)).to.equal('da');
    el.lang = 'en';
    expect(resolveLocale(el)).to.equal('en');
    const host = document.createElement('div');
    host.lang = 'en';
    container.append(host);
    const inner = document.createElement('span');
    host.attachShadow({ mode: 'open' }).append(inner);
    expect(resolveLocale(inner)).to.equal('en');
    document.documentElement.lang = 'da';
    expect(toLocale('uk')).to.equal('da');
  });

  it('fills placeholders', () => {
    expect(t('en', 'photoBy', { credit: 'Jens' })).to.equal('Photo: Jens');
    expect(t('da', 'photoBy', { credit: 'Jens' })).to.equal('Foto: Jens');
  });
});

describe('urls', () => {
  it('allows http(s), mailto and tel links only', () => {
    expect(safeHref('javascript:alert(1)')).to.equal(undefined);
    expect(safeHref(' JavaScript:alert(1)')).to.equal(undefined);
    expect(safeHref('data:text/html,<b>x</b>')).to.equal(undefined);
    expect(safeHref('mailto:a@b.dk')).to.equal('mailto:a@b.dk');
    expect(safeHref('tel:+4512345678')).to.equal('tel:+4512345678');
    expect(safeHref('/side', 'https://cms.example.dk')).to.equal('https://cms.example.dk/side');
  });

  it('resolves relative image URLs and srcsets against the API origin', () => {
    expect(imageSrc('/uploads/a.jpg', 'https://cms.example.dk')).to.equal('https://cms.example.dk/uploads/a.jpg');
    expect(imageSrc('javascript:x', 'https://cms.example.dk')).to.equal(undefined);
    expect(imageSrcset('/uploads/s.webp 500w, /uploads/m.webp 1000w', 'https://cms.example.dk')).to.equal(
      'https://cms.example.dk/uploads/s.webp 500w, https://cms.example.dk/uploads/m.webp 1000w',
    );
  });
});

describe('rich text', () => {
  it('renders the tree with templates; text stays text; unsafe links become text', () => {
    const div = document.createElement('div');
    render(
      renderRichText(
        [
          { type: 'heading', level: 2, children: [{ type: 'text', text: 'Overskrift' }] },
          {
            type: 'paragraph',
            children: [
              { type: 'text', text: '<img src=x onerror=alert(1)>' },
              { type: 'link', href: 'javascript:alert(1)', children: [{ type: 'text', text: 'farligt' }] },
              { type: 'link', href: 'https://aarhus.dk', children: [{ type: 'em', children: [{ type: 'text', text: 'sikkert' }] }] },
              { type: 'break' },
              { type: 'code', text: 'x < y' },
            ],
          },
          { type: 'list', ordered: true, items: [[{ type: 'text', text: 'én' }], [{ type: 'text', text: 'to' }]] },
          { type: 'unknown' } as never,
        ],
        { apiOrigin: 'https://cms.example.dk', headingOffset: 1 },
      ),
      div,
    );
    expect(div.querySelector('h3')!.textContent).to.equal('Overskrift');
    expect(div.querySelector('img')).to.equal(null);
    expect(div.querySelector('p')!.textContent).to.contain('<img src=x onerror=alert(1)>');
    const links = div.querySelectorAll('a');
    expect(links).to.have.length(1);
    expect(links[0].href).to.equal('https://aarhus.dk/');
    expect(div.querySelectorAll('ol li')).to.have.length(2);
    expect(div.querySelector('code')!.textContent).to.equal('x < y');
  });
});

describe('API client', () => {
  afterEach(() => {
    restoreFetch();
    ApiClient.timeoutMs = 5000;
  });

  it('resolves the API from the api attribute, the meta tag, then the script', () => {
    const el = document.createElement('div');
    const state = samskabGlobal();
    const saved = state.scriptUrl;
    state.scriptUrl = 'https://cdn.example.dk/widgets/v1/samskab.js';
    expect(resolveApiOrigin(el)).to.equal('https://cdn.example.dk');
    const meta = document.createElement('meta');
    meta.name = 'samskab-api';
    meta.content = 'https://cms.example.dk/';
    document.head.append(meta);
    expect(resolveApiOrigin(el)).to.equal('https://cms.example.dk');
    el.setAttribute('api', 'https://api.example.org/anything?x');
    expect(resolveApiOrigin(el)).to.equal('https://api.example.org');
    el.setAttribute('api', 'javascript:alert(1)');
    expect(resolveApiOrigin(el)).to.equal('https://cms.example.dk');
    meta.remove();
    state.scriptUrl = saved;
  });

  it('never leaves its origin', () => {
    const client = new ApiClient('https://cms.example.dk');
    expect(client.url('//evil.example/x').origin).to.equal('https://cms.example.dk');
    expect(client.url('/stories/a%2F..%2F..').origin).to.equal('https://cms.example.dk');
    expect(client.url('/offers', { q: 'a&b', age: 7, district: null }).search).to.equal('?q=a%26b&age=7');
  });

  it('turns an ApiError into a SamskabApiError', async () => {
    stubFetch(() => ({ status: 400, body: { error: { status: 400, code: 'invalid_parameter', message: 'pageSize must be 1..50', parameter: 'pageSize' } } }));
    const error = await new ApiClient(location.origin).get('/offers', { pageSize: 99 }).catch((e: unknown) => e);
    expect(error).to.be.instanceOf(SamskabApiError);
    expect(error).to.include({ status: 400, code: 'invalid_parameter', parameter: 'pageSize' });
    expect(requests[0].init).to.include({ credentials: 'omit', mode: 'cors' });
  });

  it('gives up after timeoutMs', async () => {
    ApiClient.timeoutMs = 30;
    stubFetch(() => ({ body: null, hang: true }));
    const started = performance.now();
    const error = (await new ApiClient(location.origin).get('/entry-point').catch((e: unknown) => e)) as SamskabApiError;
    expect(error.code).to.equal('timeout');
    expect(performance.now() - started).to.be.lessThan(1000);
  });
});

class BrokenWidget extends SamskabElement {
  protected override async load(_client: ApiClient, _locale: Locale): Promise<void> {}
  protected override renderContent(): TemplateResult {
    throw new Error('boom');
  }
}
defineElement('samskab-test-broken', BrokenWidget);

describe('base element', () => {
  it('turns a render error into samskab-error and keeps the fallback, with no uncaught error', async () => {
    const errors: SamskabErrorEvent[] = [];
    const el = document.createElement('samskab-test-broken') as BrokenWidget;
    render(html`<p>Fallback</p>`, el);
    el.addEventListener('samskab-error', (e) => errors.push(e));
    testContainer().append(el);
    await waitUntil(() => errors.length > 0);
    await waitUntil(() => el.status === 'error');
    await el.updateComplete;
    expect(errors[0].detail.code).to.equal('render');
    expect(el.shadowRoot!.querySelector('slot')!.assignedElements()[0].textContent).to.equal('Fallback');
  });

  it('warns instead of throwing when an element is defined twice', () => {
    const warn = console.warn;
    const warnings: string[] = [];
    console.warn = (message: string) => warnings.push(message);
    try {
      class Other extends HTMLElement {}
      expect(() => defineElement('samskab-test-broken', Other)).to.not.throw();
      defineElement('samskab-test-broken', BrokenWidget);
    } finally {
      console.warn = warn;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('already defined');
  });

  it('uses no cookies and no web storage', async () => {
    const touched: string[] = [];
    const proto = Storage.prototype;
    const originals = { getItem: proto.getItem, setItem: proto.setItem };
    proto.getItem = function (key: string) {
      touched.push(`get ${key}`);
      return originals.getItem.call(this, key);
    };
    proto.setItem = function (key: string, value: string) {
      touched.push(`set ${key}`);
      originals.setItem.call(this, key, value);
    };
    const cookie = Object.getOwnPropertyDescriptor(Document.prototype, 'cookie')!;
    Object.defineProperty(document, 'cookie', {
      configurable: true,
      get: () => {
        touched.push('cookie read');
        return '';
      },
      set: () => touched.push('cookie write'),
    });
    try {
      const { allExamples } = await import('../../test/all-examples.js');
      await Promise.all([
        import('../components/recruitment-banner/recruitment-banner.js'),
        import('../components/entry-point/entry-point.js'),
        import('../components/story-list/story-list.js'),
        import('../components/offer-list/offer-list.js'),
        import('../components/opportunity-list/opportunity-list.js'),
      ]);
      const { renderExample } = await import('../../test/render.js');
      for (const widget of allExamples) {
        await renderExample(widget.tag, { ...widget.examples[0], attributes: { ...widget.examples[0].attributes, 'url-state': 'on' } });
        restoreFetch();
      }
    } finally {
      proto.getItem = originals.getItem;
      proto.setItem = originals.setItem;
      delete (document as { cookie?: string }).cookie;
      void cookie;
    }
    expect(touched).to.deep.equal([]);
  });
});

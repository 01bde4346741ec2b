/**
 * The page a widget lands on: its global CSS and its layout must not break the
 * widget. Every example of every widget, under a page stylesheet that forces
 * colours, box sizing and text styles on everything (the kind a school's CMS
 * theme carries), and inside the layouts that size an element by its content.
 */
import { expect } from '@open-wc/testing';
import '../src/components/recruitment-banner/recruitment-banner.js';
import '../src/components/entry-point/entry-point.js';
import '../src/components/story-card/story-card.js';
import '../src/components/story-list/story-list.js';
import '../src/components/offer-list/offer-list.js';
import '../src/components/opportunity-list/opportunity-list.js';
import { allExamples } from './all-examples.js';
import { restoreFetch } from './fetch-stub.js';
import { overflowing, renderAtWidth, renderExample } from './render.js';

const HOSTILE = `
  * { color: rgb(255, 0, 0) !important; box-sizing: content-box !important; text-transform: uppercase !important;
      letter-spacing: 3px !important; text-align: center !important; font-style: italic !important; }
  button, input, select { all: unset; }
`;

describe('a host page’s global CSS does not reach the widgets', () => {
  let style: HTMLStyleElement;
  before(() => {
    style = document.createElement('style');
    style.textContent = HOSTILE;
    document.head.append(style);
  });
  after(() => style.remove());
  afterEach(restoreFetch);

  for (const widget of allExamples) {
    for (const example of widget.examples) {
      it(`${widget.tag} / ${example.name}`, async () => {
        const { el, main } = await renderAtWidth(widget.tag, example, 320);
        expect(customElements.get(widget.tag), 'defined').to.exist;
        if (el.status !== 'ready') return; // the fallback is the page's own content, styled by the page
        const inner = [...el.shadowRoot!.querySelectorAll('*')].filter((node) => node.getClientRects().length > 0 && node.localName !== 'style');
        expect(inner.length, 'the widget shows something').to.be.greaterThan(0);
        for (const node of inner) {
          const computed = getComputedStyle(node);
          expect(computed.boxSizing, `${node.localName} box-sizing`).to.equal('border-box');
        }
        const text = getComputedStyle(inner[0]);
        expect(text.color, 'text colour').not.to.equal('rgb(255, 0, 0)');
        expect(text.textTransform).to.equal('none');
        expect(text.letterSpacing).to.equal('normal');
        expect(text.fontStyle).to.equal('normal');
        expect(overflowing(el, main), 'elements wider than 320px').to.deep.equal([]);
      });
    }
  }
});

describe('layouts that size a widget by its content do not collapse it', () => {
  afterEach(restoreFetch);

  const layouts: Record<string, (box: HTMLElement) => void> = {
    'a flex row': (box) => (box.style.display = 'flex'),
    'an inline-block': (box) => (box.style.display = 'inline-block'),
    'a float': (box) => (box.style.float = 'left'),
    'a grid auto column': (box) => Object.assign(box.style, { display: 'grid', gridTemplateColumns: 'auto 1fr' }),
  };

  for (const widget of allExamples) {
    const example = widget.examples[0]!;
    for (const [name, layout] of Object.entries(layouts)) {
      it(`${widget.tag} in ${name}`, async () => {
        const main = document.createElement('main');
        main.style.width = '900px';
        const box = document.createElement('div');
        layout(box);
        main.append(box);
        document.body.replaceChildren(main);
        const el = await renderExample(widget.tag, example, box);
        const { width, height } = el.getBoundingClientRect();
        // 20rem: the width a widget that measures itself takes when nothing gives it one.
        expect(width, 'width').to.be.at.least(300);
        expect(height, 'height').to.be.greaterThan(0);
      });
    }
  }
});

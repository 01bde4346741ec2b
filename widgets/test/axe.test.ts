/**
 * The axe loop: every example of every widget, rendered from its recorded API
 * answers, has no WCAG 2.0/2.1 A or AA violation.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/components/recruitment-banner/recruitment-banner.js';
import '../src/components/entry-point/entry-point.js';
import '../src/components/story-card/story-card.js';
import '../src/components/story-list/story-list.js';
import '../src/components/offer-list/offer-list.js';
import '../src/components/opportunity-list/opportunity-list.js';
import { SamskabElement } from '../src/base/base-element.js';
import { coreMessages } from '../src/base/i18n.js';
import { allExamples } from './all-examples.js';
import { restoreFetch } from './fetch-stub.js';
import { overflowing, renderAtWidth, renderExample } from './render.js';

interface AxeResult {
  violations: { id: string; impact: string; help: string; nodes: { target: unknown[]; failureSummary: string }[] }[];
}
declare global {
  interface Window {
    axe: { run(context: Element, options: object): Promise<AxeResult> };
  }
}

async function loadAxe(): Promise<void> {
  if (window.axe) return;
  await new Promise<void>((resolve, reject) => {
    const script = document.createElement('script');
    script.src = '/node_modules/axe-core/axe.min.js';
    script.onload = () => resolve();
    script.onerror = () => reject(new Error('axe-core could not be loaded'));
    document.head.append(script);
  });
}

async function nestedSettled(el: Element): Promise<void> {
  const nested = [...(el.shadowRoot?.querySelectorAll<SamskabElement>('*') ?? [])].filter((n) => n.localName.startsWith('samskab-'));
  await waitUntil(() => nested.every((n) => n.status !== 'loading'), 'nested widgets did not settle');
  await Promise.all(nested.map((n) => n.updateComplete));
}

describe('axe: every example of every widget', () => {
  before(loadAxe);
  afterEach(restoreFetch);

  for (const widget of allExamples) {
    for (const example of widget.examples) {
      it(`${widget.tag} / ${example.name}`, async () => {
        document.documentElement.lang = 'da';
        const main = document.createElement('main');
        document.body.replaceChildren(main);
        const el = await renderExample(widget.tag, example, main);
        await nestedSettled(el);
        const result = await window.axe.run(el, {
          runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          resultTypes: ['violations'],
        });
        const report = result.violations.map(
          (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `  ${JSON.stringify(n.target)} ${n.failureSummary}`).join('\n')}`,
        );
        expect(report, report.join('\n')).to.deep.equal([]);
      });
    }
  }
});

describe('i18n: every message every example shows exists in its language', () => {
  // Records each message a widget asks for that neither its own catalogue nor the core one has in
  // its locale (t() would show the Danish text, or the bare key).
  const missing = new Set<string>();
  const proto = SamskabElement.prototype as unknown as { msg(key: string, params?: object): string };
  const msg = proto.msg;
  before(() => {
    proto.msg = function (this: SamskabElement, key: string, params?: object) {
      const self = this as unknown as { locale: 'da' | 'en'; constructor: { messages?: Record<string, Record<string, string>> } };
      const own = self.constructor.messages?.[self.locale] ?? {};
      const core: Record<string, string> = coreMessages[self.locale];
      if (!(key in own) && !(key in core)) missing.add(`${this.localName} (${self.locale}): ${key}`);
      return msg.call(this, key, params);
    };
  });
  after(() => {
    proto.msg = msg;
  });
  afterEach(restoreFetch);

  for (const widget of allExamples) {
    it(widget.tag, async () => {
      missing.clear();
      for (const example of widget.examples) {
        for (const lang of ['da', 'en']) {
          document.documentElement.lang = lang;
          const main = document.createElement('main');
          document.body.replaceChildren(main);
          const el = await renderExample(widget.tag, example, main);
          await nestedSettled(el);
        }
      }
      document.documentElement.lang = 'da';
      expect([...missing]).to.deep.equal([]);
    });
  }
});

describe('reflow: every example fits 320 CSS px (200% zoom of 640 px) without horizontal scrolling', () => {
  afterEach(restoreFetch);

  for (const widget of allExamples) {
    for (const example of widget.examples) {
      it(`${widget.tag} / ${example.name}`, async () => {
        const { el, main } = await renderAtWidth(widget.tag, example, 320);
        await nestedSettled(el);
        expect(overflowing(el, main), 'elements wider than 320px').to.deep.equal([]);
        expect(el.scrollWidth).to.be.at.most(320);
      });
    }
  }
});

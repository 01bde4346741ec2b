/**
 * Every test page sends failures the runner can clone (test/cloneable-failures.ts):
 * an assertion about an element's class or a DOM node is reported, not lost.
 */
import { expect } from '@open-wc/testing';

describe('test pages: structuredClone for failure reports', () => {
  it('clones what it can as before', () => {
    const value = { day: new Date('2026-12-04T00:00:00Z'), list: [1, 'to', { tre: null }] };
    const copy = structuredClone(value);
    expect(copy).to.deep.equal(value);
    expect(copy.day).to.be.instanceOf(Date).and.not.equal(value.day);
  });

  it('describes classes, functions and DOM nodes instead of throwing', () => {
    class Widget extends HTMLElement {}
    const element = document.createElement('samskab-walk');
    const copy = structuredClone({ actual: Widget, expected: [element, document.createTextNode('x'), () => 1], ok: 2 });
    expect(copy).to.deep.equal({ actual: '[class Widget]', expected: ['<samskab-walk>', '#text', '[function (anonymous)]'], ok: 2 });
  });

  it('keeps cycles and errors in what it describes', () => {
    const value: Record<string, unknown> = { actual: class Banner {}, error: new TypeError('Failed to fetch') };
    value.self = value;
    const copy = structuredClone(value) as Record<string, unknown>;
    expect(copy.actual).to.equal('[class Banner]');
    expect(copy.self).to.equal(copy);
    expect(copy.error).to.be.instanceOf(TypeError).and.have.property('message', 'Failed to fetch');
  });
});

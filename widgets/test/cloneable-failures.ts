/**
 * Runs before the test framework on every test page (web-test-runner.config.mjs).
 *
 * @web/test-runner sends a failed assertion's `actual` and `expected` to the runner
 * through structuredClone, which throws on functions (an element's class) and DOM
 * nodes. The failure is then never reported: the run waits out testsFinishTimeout
 * and says only that a file "did not finish" (modernweb-dev/web#2802). So what
 * cannot be cloned is sent as a description of itself instead.
 */
const clone = globalThis.structuredClone.bind(globalThis);

/** `value` with what structuredClone refuses replaced by text: `[class Foo]`, `<samskab-walk>`. */
export function cloneable(value: unknown, seen = new Map<object, unknown>()): unknown {
  if (typeof value === 'function') {
    const kind = /^class\b/.test(Function.prototype.toString.call(value)) ? 'class' : 'function';
    return `[${kind} ${value.name || '(anonymous)'}]`;
  }
  if (typeof value === 'symbol') return value.toString();
  if (typeof value !== 'object' || value === null) return value;
  if (value instanceof Element) return `<${value.localName}>`;
  if (value instanceof Node) return value.nodeName;
  if (seen.has(value)) return seen.get(value);
  try {
    return clone(value);
  } catch {
    const copy = (Array.isArray(value) ? [] : {}) as Record<string, unknown>;
    seen.set(value, copy);
    if (value instanceof Error) Object.assign(copy, { name: value.name, message: value.message, stack: value.stack });
    for (const [key, item] of Object.entries(value)) copy[key] = cloneable(item, seen);
    return copy;
  }
}

globalThis.structuredClone = ((value: unknown, options?: StructuredSerializeOptions) => {
  try {
    return clone(value, options);
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'DataCloneError')) throw error;
    return clone(cloneable(value), options);
  }
}) as typeof structuredClone;

/**
 * The iframe page of one widget: /embed/<widget>?<attribute>=<value>&...
 *
 * It reads the widget's name from the path and its attributes from the query,
 * checks both against widgets.json (unknown widgets and attributes, and values
 * of the wrong kind, are refused), creates the element with setAttribute (no
 * HTML strings anywhere), and tells the page that holds the iframe how tall it
 * is, whenever that changes:
 *
 *   parent.postMessage({ type: 'samskab:resize', id, height }, '*')
 *
 * `id` is the `id` query parameter (or the widget's name). /embed/resize.js on
 * the host page sizes `<iframe data-samskab>` from these messages, and may ask
 * again with { type: 'samskab:measure' }. Links open in the top window
 * (<base target="_top">), except links to other /embed/ pages, which stay in
 * the iframe.
 */

const PREFIX = '/embed/';
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const FRAME_ID = /^[A-Za-z0-9_-]{1,64}$/;

const texts = {
  da: {
    unknown: (name) => `Der findes ingen widget, der hedder "${name}". Lav en ny kode på `,
    missing: (label, key) => `Indlejringen mangler ${label.toLowerCase()} (parameteren "${key}"). Lav en ny kode på `,
    unavailable: 'Indholdet kunne ikke hentes lige nu. Prøv igen senere.',
  },
  en: {
    unknown: (name) => `There is no widget called "${name}". Make a new code at `,
    missing: (label, key) => `The embed code lacks the "${key}" parameter (${label}). Make a new code at `,
    unavailable: 'The content could not be loaded right now. Please try again later.',
  },
};

/** The checked value of one attribute: a string to set, `true` for a boolean attribute, or null (refused). */
export function checkValue(spec, value) {
  switch (spec.type) {
    case 'slug':
      return value.length <= 100 && SLUG.test(value) ? value : null;
    case 'enum':
      return spec.values.includes(value) ? value : null;
    case 'integer': {
      if (!/^-?\d{1,4}$/.test(value)) return null;
      const n = Number(value);
      return n >= spec.min && n <= spec.max ? String(n) : null;
    }
    case 'text': {
      const text = value.trim();
      // eslint-disable-next-line no-control-regex
      return text && text.length <= (spec.maxLength ?? 100) && !/[\u0000-\u001f\u007f<>]/.test(text) ? text : null;
    }
    case 'boolean':
      return ['', '1', 'true', 'ja', 'yes'].includes(value.toLowerCase()) ? true : ['0', 'false', 'nej', 'no'].includes(value.toLowerCase()) ? false : null;
    default:
      return null;
  }
}

/**
 * The element for `name` with the attributes in `params`, or the reason it cannot be made.
 * Returns { tag, attributes, warnings } or { error: 'unknown' | 'missing', ... }.
 */
export function plan(widgets, name, params) {
  const spec = SLUG.test(name) && Object.hasOwn(widgets, name) && name !== '$comment' ? widgets[name] : null;
  if (!spec) return { error: 'unknown', name };
  const attributes = {};
  const warnings = [];
  for (const [key, value] of params) {
    if (key === 'id') continue;
    const attribute = Object.hasOwn(spec.attributes, key) ? spec.attributes[key] : null;
    if (!attribute) {
      warnings.push(`ignoring the unknown parameter "${key}"`);
      continue;
    }
    const checked = checkValue(attribute, value);
    if (checked === null) warnings.push(`ignoring ${key}="${value.slice(0, 40)}": not a valid ${attribute.type}`);
    else if (checked !== false) attributes[key] = checked === true ? '' : checked;
  }
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    if (attribute.required && !(key in attributes)) return { error: 'missing', key, label: attribute.label, name };
  }
  const oneOf = spec.requiresOneOf ?? [];
  if (oneOf.length && !oneOf.some((key) => key in attributes)) {
    return { error: 'missing', key: oneOf.join('" / "'), label: oneOf.map((key) => spec.attributes[key].label).join(' eller '), name };
  }
  Object.assign(attributes, spec.fixed ?? {});
  return { tag: `samskab-${name}`, title: spec.title, attributes, warnings, sourceAttribute: spec.sourceAttribute };
}

function widgetName() {
  const rest = location.pathname.startsWith(PREFIX) ? location.pathname.slice(PREFIX.length) : '';
  try {
    return decodeURIComponent(rest.replace(/\/+$/, ''));
  } catch {
    return rest;
  }
}

/** Posts the page's height to the parent whenever it changes (and when asked). */
function reportHeight(id) {
  if (window.parent === window) return;
  let last = -1;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: 'samskab:resize', id, height }, '*');
  };
  new ResizeObserver(post).observe(document.documentElement);
  window.addEventListener('message', (event) => {
    if (event.source === window.parent && event.data && event.data.type === 'samskab:measure') {
      last = -1;
      post();
    }
  });
  post();
}

/** The origin of the page that holds this iframe, when the browser tells (ancestorOrigins, else the referrer). */
function hostOrigin() {
  if (window.parent === window) return null;
  try {
    const ancestor = location.ancestorOrigins?.[0];
    if (ancestor && ancestor !== 'null') return ancestor;
    return document.referrer ? new URL(document.referrer).origin : null;
  } catch {
    return null;
  }
}

/**
 * In an iframe the banner's sign-up does not open its dialog (a modal inside a
 * banner-sized iframe would be cut off): the iframe goes to the sign-up form's
 * own iframe page instead, which reports its height like this one.
 */
function signupInFrame(id) {
  if (window.parent === window) return;
  document.addEventListener('samskab-signup-request', (event) => {
    const { campaign, organisation } = event.detail ?? {};
    if (event.defaultPrevented || !campaign || !SLUG.test(campaign)) return;
    event.preventDefault();
    const url = new URL(`${PREFIX}signup-form`, location.origin);
    url.searchParams.set('campaign', campaign);
    if (organisation && SLUG.test(organisation)) url.searchParams.set('organisation', organisation);
    const lang = new URLSearchParams(location.search).get('lang');
    if (lang === 'en') url.searchParams.set('lang', 'en');
    url.searchParams.set('id', id);
    location.assign(url.href);
  });
}

/** Links to other iframe pages (the sign-up form) stay in the iframe, carrying the frame's id; the rest go to the top window. */
function keepEmbedLinksInside(id) {
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = event.composedPath().find((node) => node instanceof HTMLAnchorElement && node.href);
    if (!anchor || anchor.target) return;
    const url = new URL(anchor.href);
    if (url.origin !== location.origin || !url.pathname.startsWith(PREFIX)) return;
    event.preventDefault();
    if (!url.searchParams.has('id')) url.searchParams.set('id', id);
    location.assign(url.href);
  });
}

function showError(locale, message) {
  const p = document.createElement('p');
  p.className = 'samskab-frame-error';
  p.append(message);
  const link = document.createElement('a');
  link.href = `${location.origin}${PREFIX}`;
  link.textContent = `${location.host}${PREFIX}`;
  p.append(link, '.');
  document.getElementById('widget').replaceChildren(p);
  document.title = locale === 'en' ? 'Samskab: the embed code is not right' : 'Samskab: indlejringskoden er ikke rigtig';
}

async function start() {
  const params = new URLSearchParams(location.search);
  const name = widgetName();
  const idParam = params.get('id') ?? '';
  const id = FRAME_ID.test(idParam) ? idParam : name.slice(0, 64) || 'samskab';
  const locale = params.get('lang') === 'en' ? 'en' : 'da';
  document.documentElement.lang = locale;
  reportHeight(id);
  keepEmbedLinksInside(id);
  signupInFrame(id);

  let widgets;
  try {
    const response = await fetch(`${PREFIX}widgets.json`);
    if (!response.ok) throw new Error(`widgets.json answered ${response.status}`);
    widgets = await response.json();
  } catch (error) {
    console.warn('[samskab] embed: could not read widgets.json:', error);
    const p = document.createElement('p');
    p.className = 'samskab-frame-error';
    p.textContent = texts[locale].unavailable;
    document.getElementById('widget').replaceChildren(p);
    return;
  }

  const result = plan(widgets, name, params);
  if (result.error === 'unknown') return showError(locale, texts[locale].unknown(name));
  if (result.error === 'missing') return showError(locale, texts[locale].missing(result.label, result.key));
  for (const warning of result.warnings) console.warn(`[samskab] embed: ${warning}`);

  const element = document.createElement(result.tag);
  for (const [key, value] of Object.entries(result.attributes)) element.setAttribute(key, value);
  const source = result.sourceAttribute ? hostOrigin() : null;
  if (source && /^https?:\/\/[^/]+$/.test(source)) element.setAttribute(result.sourceAttribute, source);
  document.title = result.title;
  document.getElementById('widget').replaceChildren(element);
}

if (typeof document !== 'undefined' && document.getElementById('widget')) {
  start().catch((error) => console.warn('[samskab] embed:', error));
}

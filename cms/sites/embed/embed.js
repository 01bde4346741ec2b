/**
 * The embed-code page (/embed/): a member of staff picks a widget and its
 * options, sees it live, and copies the code for their site: the loader at its
 * pinned, content-hashed URL with its SRI hash (from /widgets/v1/manifest.json)
 * and the element, or the iframe page with the resize helper.
 *
 * Everything it shows is built with DOM methods and textContent; the snippet is
 * plain text in a textarea. The choices come from the widget API, the widgets
 * and their attributes from widgets.json (the same file the iframe pages obey).
 * The page's own URL keeps the choices (?widget=...&campaign=...) so a link to
 * a ready configuration can be shared; /embed/?organisation=<slug> preselects
 * an institution.
 */
import { checkValue } from './frame.js';

const API = '/api/widget/v1';
const $ = (id) => document.getElementById(id);

const state = {
  widgets: null,
  manifest: null,
  widget: null,
  values: {},
  variant: 'script',
  sources: new Map(),
  campaigns: [],
  labels: {},
};

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [key, value] of Object.entries(props)) {
    if (value === undefined || value === null || value === false) continue;
    if (key === 'class') node.className = value;
    else if (key in node && typeof value !== 'string') node[key] = value;
    else node.setAttribute(key, value === true ? '' : value);
  }
  node.append(...children.filter((c) => c !== null && c !== undefined));
  return node;
}

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const escapeText = (value) => String(value).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function getJson(url) {
  const response = await fetch(url, { headers: { accept: 'application/json' } });
  if (!response.ok) throw new Error(`${url} svarede ${response.status}`);
  return response.json();
}

/** The choices of one `options` source, as [{ value, label }], fetched once. */
function loadSource(source) {
  if (!state.sources.has(source)) {
    let request;
    if (source === 'campaigns') {
      request = getJson(`${API}/campaigns?pageSize=50&facets=false`).then((page) => {
        state.campaigns = page.items;
        // With an institution chosen (or preset by ?organisation=), its campaigns come first.
        const org = state.values.organisation;
        const mine = (c) => (org && c.organisations.some((o) => o.slug === org) ? 0 : 1);
        return [...page.items].sort((a, b) => mine(a) - mine(b)).map((c) => ({ value: c.slug, label: c.headline }));
      });
    } else if (source === 'signup-campaigns') {
      request = loadSource('campaigns').then(() => state.campaigns.filter((c) => c.cta.kind === 'signup').map((c) => ({ value: c.slug, label: c.headline })));
    } else if (source === 'opportunities') {
      request = getJson(`${API}/opportunities?pageSize=50&facets=false`).then((page) => page.items.map((o) => ({ value: o.slug, label: `${o.title} (${o.organisation?.name ?? ''})` })));
    } else if (source === 'campaign-organisations') {
      request = loadSource('campaigns');
    } else if (source === 'stories') {
      request = getJson(`${API}/stories?pageSize=50&facets=false`).then((page) => page.items.map((s) => ({ value: s.slug, label: s.title })));
    } else if (source.startsWith('facet:')) {
      const [, list, key] = source.split(':');
      request = getJson(`${API}/${list}?pageSize=1`).then((page) =>
        (page.facets?.[key] ?? []).map((f) => ({ value: f.value, label: f.count ? `${f.label} (${f.count})` : f.label })),
      );
    } else {
      request = Promise.resolve([]);
    }
    state.sources.set(source, request);
    request.catch(() => state.sources.delete(source));
  }
  return state.sources.get(source);
}

/** The organisations of the chosen campaign. */
function campaignOrganisations() {
  const campaign = state.campaigns.find((c) => c.slug === state.values.campaign);
  return (campaign?.organisations ?? []).map((o) => ({ value: o.slug, label: o.name })).sort((a, b) => a.label.localeCompare(b.label, 'da'));
}

function renderWidgetChoices() {
  const box = $('widgets');
  box.replaceChildren(
    ...Object.entries(state.widgets)
      .filter(([name]) => name !== '$comment')
      .map(([name, spec]) =>
        el(
          'div',
          { class: 'choice' },
          el('input', { type: 'radio', name: 'widget', id: `widget-${name}`, value: name, checked: name === state.widget, 'aria-describedby': `widget-${name}-hint` }),
          el('label', { for: `widget-${name}` }, spec.title),
          el('p', { class: 'hint', id: `widget-${name}-hint` }, spec.description),
        ),
      ),
  );
}

function fieldFor(key, attribute, choices) {
  const id = `opt-${key}`;
  const hintId = attribute.hint ? `${id}-hint` : undefined;
  const errorId = `${id}-error`;
  const value = state.values[key] ?? '';
  const label = el('label', { for: id }, attribute.label, attribute.required ? el('span', { class: 'required' }, ' (skal vælges)') : null);
  const hint = attribute.hint ? el('p', { class: 'hint', id: hintId }, attribute.hint) : null;
  const error = el('p', { class: 'error', id: errorId, hidden: true });
  const describedBy = [hintId, errorId].filter(Boolean).join(' ');
  let control;
  if (attribute.type === 'boolean') {
    control = el('input', { type: 'checkbox', id, name: key, checked: value === '' && key in state.values });
    return el('div', { class: 'field field--check' }, control, label, hint);
  }
  if (choices || attribute.type === 'enum') {
    const options = choices ?? attribute.values.map((v) => ({ value: v, label: attribute.labels?.[v] ?? v }));
    control = el(
      'select',
      { id, name: key, required: attribute.required, 'aria-describedby': describedBy },
      attribute.required ? null : el('option', { value: '' }, attribute.options ? 'Ingen valgt / alle' : 'Standard'),
      ...options.map((o) => el('option', { value: o.value, selected: o.value === value }, o.label)),
    );
    if (attribute.required && !options.some((o) => o.value === value) && options[0]) {
      state.values[key] = options[0].value;
      control.value = options[0].value;
    }
    if (!attribute.required && value && !options.some((o) => o.value === value)) {
      control.append(el('option', { value, selected: true }, value));
    }
  } else if (attribute.type === 'integer') {
    control = el('input', { type: 'number', id, name: key, min: String(attribute.min), max: String(attribute.max), step: '1', inputmode: 'numeric', value, 'aria-describedby': describedBy });
  } else {
    control = el('input', { type: 'text', id, name: key, maxlength: String(attribute.maxLength ?? 100), value, autocomplete: 'off', 'aria-describedby': describedBy });
  }
  return el('div', { class: 'field' }, label, hint, control, error);
}

async function renderOptions() {
  const spec = state.widgets[state.widget];
  const box = $('options');
  const status = $('options-status');
  status.textContent = '';
  const failures = [];
  const choices = {};
  await Promise.all(
    Object.entries(spec.attributes).map(async ([key, attribute]) => {
      if (!attribute.options) return;
      try {
        const loaded = await loadSource(attribute.options);
        choices[key] = attribute.options === 'campaign-organisations' ? null : loaded;
      } catch (error) {
        failures.push(`${attribute.label.toLowerCase()} (${error.message})`);
      }
    }),
  );
  if (state.widgets[state.widget] !== spec) return; // another widget was chosen meanwhile
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    if (attribute.required && choices[key]?.length && !choices[key].some((o) => o.value === state.values[key])) state.values[key] = choices[key][0].value;
  }
  // A widget that needs one of several attributes (the sign-up form: a campaign or a task) starts with the first.
  const oneOf = spec.requiresOneOf ?? [];
  if (oneOf.length && !oneOf.some((key) => state.values[key]) && choices[oneOf[0]]?.length) state.values[oneOf[0]] = choices[oneOf[0]][0].value;
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    if (attribute.options !== 'campaign-organisations') continue;
    choices[key] = campaignOrganisations();
    // An institution the chosen campaign does not include is dropped.
    if (state.values[key] && !choices[key].some((o) => o.value === state.values[key])) delete state.values[key];
  }
  box.replaceChildren(...Object.entries(spec.attributes).map(([key, attribute]) => fieldFor(key, attribute, choices[key])));
  if (failures.length) status.textContent = `Kunne ikke hente valgmulighederne for ${failures.join(', ')}. Prøv at genindlæse siden.`;
  update();
}

/** The attributes in force, in the order of widgets.json, each checked like the iframe page checks it. */
function attributes() {
  const spec = state.widgets[state.widget];
  const out = [];
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    const raw = state.values[key];
    if (raw === undefined || (raw === '' && attribute.type !== 'boolean')) continue;
    const checked = checkValue(attribute, raw);
    if (checked === null || checked === false) continue;
    out.push([key, checked === true ? '' : checked]);
  }
  return out;
}

function frameUrl(attrs) {
  const query = new URLSearchParams(attrs.map(([k, v]) => [k, v === '' ? '1' : v]));
  const search = query.toString();
  return `${location.origin}/embed/${state.widget}${search ? `?${search}` : ''}`;
}

/** A name for the chosen content: the campaign's headline or the story's title, else the widget's title. */
function contentTitle() {
  const spec = state.widgets[state.widget];
  for (const [key, attribute] of Object.entries(spec.attributes)) {
    if (!(attribute.required || spec.requiresOneOf?.includes(key)) || !attribute.options || !state.values[key]) continue;
    const option = document.querySelector(`#opt-${key} option:checked`);
    if (option?.textContent) return option.textContent;
  }
  return spec.title;
}

function snippet(attrs) {
  const spec = state.widgets[state.widget];
  const origin = location.origin;
  if (state.variant === 'iframe') {
    const title = contentTitle();
    return [
      `<iframe data-samskab src="${escapeAttribute(frameUrl(attrs))}" title="${escapeAttribute(title)}" width="100%" height="${spec.height}" style="border:0" loading="lazy"></iframe>`,
      `<script src="${origin}/embed/resize.js" async></script>`,
    ].join('\n');
  }
  const pinned = (file) => {
    const integrity = state.manifest?.files?.[file]?.integrity;
    return `"${origin}/widgets/v1/${file}"${integrity ? ` integrity="${integrity}"` : ''} crossorigin="anonymous"`;
  };
  // The stylesheet reserves the widget's space from the page's first paint (no layout shift).
  const stylesheet = `<link rel="stylesheet" href=${pinned(state.manifest?.pinnedStylesheet ?? 'samskab.css')}>`;
  const script = `<script type="module" src=${pinned(state.manifest?.pinned ?? state.manifest?.entry ?? 'samskab.js')}></script>`;
  const tag = `samskab-${state.widget}`;
  const attributeText = attrs.map(([k, v]) => (v === '' ? ` ${k}` : ` ${k}="${escapeAttribute(v)}"`)).join('');
  const title = contentTitle();
  // The link text is read in the element's language; the content's title is only known in Danish.
  const english = attrs.some(([k, v]) => k === 'lang' && v === 'en');
  const fallbackText = english ? spec.fallbackEn ?? spec.fallback : title === spec.title ? spec.fallback : `${spec.fallback}: ${title}`;
  return [
    stylesheet,
    script,
    `<${tag}${attributeText}>`,
    `  <a href="${escapeAttribute(frameUrl(attrs))}">${escapeText(fallbackText)}</a>`,
    `</${tag}>`,
  ].join('\n');
}

let previewKey = '';
function renderPreview(attrs) {
  const key = JSON.stringify([state.widget, state.variant, attrs]);
  if (key === previewKey) return;
  previewKey = key;
  const box = $('preview');
  if (state.variant === 'iframe') {
    const frame = el('iframe', { src: frameUrl(attrs), title: `Forhåndsvisning: ${contentTitle()}`, 'data-samskab': true, width: '100%', height: String(state.widgets[state.widget].height) });
    frame.style.border = '0';
    box.replaceChildren(frame);
    return;
  }
  const element = document.createElement(`samskab-${state.widget}`);
  for (const [k, v] of attrs) element.setAttribute(k, v);
  // The preview keeps list filters out of this page's URL; the copied code does not need this.
  for (const [k, v] of Object.entries(state.widgets[state.widget].fixed ?? {})) element.setAttribute(k, v);
  box.replaceChildren(element);
}

function remember(attrs) {
  const query = new URLSearchParams({ widget: state.widget });
  for (const [k, v] of attrs) query.set(k, v === '' ? '1' : v);
  if (state.variant !== 'script') query.set('variant', state.variant);
  history.replaceState(null, '', `${location.pathname}?${query}`);
}

/** The labels of what the chosen widget needs and the form does not have yet. */
function missingRequired(attrs) {
  const spec = state.widgets[state.widget];
  const given = new Set(attrs.map(([key]) => key));
  const missing = Object.entries(spec.attributes)
    .filter(([key, attribute]) => attribute.required && !given.has(key))
    .map(([, attribute]) => attribute.label);
  const oneOf = spec.requiresOneOf ?? [];
  if (oneOf.length && !oneOf.some((key) => given.has(key))) missing.push(oneOf.map((key) => spec.attributes[key].label).join(' eller '));
  return missing;
}

let previewTimer = 0;
function update() {
  const attrs = attributes();
  const text = snippet(attrs);
  const missing = missingRequired(attrs);
  // A code without what the widget needs would only show an error on the institution's page.
  $('copy').disabled = missing.length > 0;
  if ($('snippet').value !== text || missing.length) {
    $('snippet').value = text;
    $('copy-status').textContent = missing.length ? `Udfyld ${missing.join(' og ').toLowerCase()}, før du kopierer koden.` : '';
  }
  $('snippet-hint').textContent =
    state.variant === 'iframe'
      ? 'To linjer: iframen og hjælpescriptet, der giver iframen den rigtige højde. Hjælpescriptet skal kun med én gang pr. side.'
      : state.manifest
        ? 'Stylesheet og script skal kun med én gang pr. side, også hvis siden har flere widgets; sæt dem helst i sidens <head>. Stylesheetet holder pladsen til widgetten fra første visning, så siden ikke hopper.'
        : 'Widget-pakken er ikke bygget på denne server, så koden mangler sin integritets-hash.';
  remember(attrs);
  clearTimeout(previewTimer);
  previewTimer = setTimeout(() => renderPreview(attrs), 250);
}

function showFieldError(input, message) {
  const error = $(`${input.id}-error`);
  if (!error) return;
  error.textContent = message;
  error.hidden = !message;
  if (message) input.setAttribute('aria-invalid', 'true');
  else input.removeAttribute('aria-invalid');
}

function onOptionChange(event) {
  const input = event.target;
  if (!(input instanceof HTMLInputElement || input instanceof HTMLSelectElement) || !input.name) return;
  const key = input.name;
  const attribute = state.widgets[state.widget].attributes[key];
  if (!attribute) return;
  if (input instanceof HTMLInputElement && input.type === 'checkbox') {
    if (input.checked) state.values[key] = '';
    else delete state.values[key];
  } else {
    const value = input.value.trim();
    if (value === '') delete state.values[key];
    else state.values[key] = value;
    const valid = value === '' || checkValue(attribute, value) !== null;
    showFieldError(
      input,
      valid ? '' : attribute.type === 'integer' ? `Skriv et helt tal fra ${attribute.min} til ${attribute.max}.` : `Højst ${attribute.maxLength ?? 100} tegn, uden < og >.`,
    );
  }
  if (attribute.options === 'campaigns' || attribute.options === 'signup-campaigns') {
    // The institutions to choose from are the chosen campaign's.
    void renderOptions();
    return;
  }
  update();
}

async function copy() {
  const text = $('snippet').value;
  const status = $('copy-status');
  status.textContent = '';
  let copied = false;
  try {
    await navigator.clipboard.writeText(text);
    copied = true;
  } catch {
    const area = $('snippet');
    area.focus();
    area.select();
    try {
      copied = document.execCommand('copy');
    } catch {
      copied = false;
    }
  }
  // A fresh text node, so screen readers announce the message even when it repeats.
  status.textContent = copied
    ? '✓ Koden er kopieret. Sæt den ind på jeres side.'
    : 'Koden kunne ikke kopieres automatisk. Den er markeret: tryk Ctrl+C (Cmd+C på Mac).';
  status.classList.toggle('status--ok', copied);
}

function readUrl(widgets) {
  const params = new URLSearchParams(location.search);
  const widget = params.get('widget');
  state.widget = widget && Object.hasOwn(widgets, widget) && widget !== '$comment' ? widget : 'recruitment-banner';
  state.variant = params.get('variant') === 'iframe' ? 'iframe' : 'script';
  for (const [key, value] of params) {
    if (key === 'widget' || key === 'variant') continue;
    const attribute = widgets[state.widget].attributes[key];
    if (!attribute) continue;
    const checked = checkValue(attribute, value);
    if (checked !== null && checked !== false) state.values[key] = checked === true ? '' : checked;
  }
}

async function start() {
  const [widgets, manifest] = await Promise.all([getJson('/embed/widgets.json'), getJson('/widgets/v1/manifest.json').catch(() => null)]);
  state.widgets = widgets;
  state.manifest = manifest;
  readUrl(widgets);
  renderWidgetChoices();
  $(`variant-${state.variant}`).checked = true;

  $('widgets').addEventListener('change', (event) => {
    const name = event.target.value;
    if (!Object.hasOwn(state.widgets, name)) return;
    // Keep the values the new widget also has (an organisation, the language).
    const keep = Object.keys(state.widgets[name].attributes);
    state.values = Object.fromEntries(Object.entries(state.values).filter(([k]) => keep.includes(k)));
    state.widget = name;
    void renderOptions();
  });
  $('options').addEventListener('change', onOptionChange);
  $('options').addEventListener('input', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type !== 'checkbox') onOptionChange(event);
  });
  $('builder').addEventListener('change', (event) => {
    if (event.target.name !== 'variant') return;
    state.variant = event.target.value === 'iframe' ? 'iframe' : 'script';
    update();
  });
  $('builder').addEventListener('submit', (event) => event.preventDefault());
  $('copy').addEventListener('click', () => void copy());
  await renderOptions();
}

start().catch((error) => {
  $('options-status').textContent = `Siden kunne ikke starte: ${error.message}. Prøv at genindlæse den.`;
});

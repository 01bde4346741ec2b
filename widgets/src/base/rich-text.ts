import { html, nothing, type TemplateResult } from 'lit';
import type { Block, Inline, RichText } from './api-types.js';
import { focalPosition, imageSrc, imageSrcset, safeHref } from './urls.js';

export interface RichTextOptions {
  /** Where relative image and link URLs point (the API origin). */
  apiOrigin: string;
  /** Shift heading levels so they fit under the widget's own heading (2 => h2 becomes h4). Max level is 6. */
  headingOffset?: number;
}

type Content = TemplateResult | string | typeof nothing;

function inline(node: Inline, options: RichTextOptions): Content {
  switch (node.type) {
    case 'text':
      return node.text;
    case 'strong':
      return html`<strong>${inlines(node.children, options)}</strong>`;
    case 'em':
      return html`<em>${inlines(node.children, options)}</em>`;
    case 'code':
      return html`<code>${node.text}</code>`;
    case 'break':
      return html`<br />`;
    case 'link': {
      const href = safeHref(node.href, options.apiOrigin);
      const children = inlines(node.children, options);
      return href ? html`<a href=${href}>${children}</a>` : html`${children}`;
    }
    default:
      return nothing;
  }
}

function inlines(nodes: Inline[] | undefined, options: RichTextOptions): Content[] {
  return (nodes ?? []).map((n) => inline(n, options));
}

function heading(level: number, children: Content[]): TemplateResult {
  switch (Math.min(6, Math.max(2, level))) {
    case 2:
      return html`<h2>${children}</h2>`;
    case 3:
      return html`<h3>${children}</h3>`;
    case 4:
      return html`<h4>${children}</h4>`;
    case 5:
      return html`<h5>${children}</h5>`;
    default:
      return html`<h6>${children}</h6>`;
  }
}

function block(node: Block, options: RichTextOptions): Content {
  switch (node.type) {
    case 'heading':
      return heading(node.level + (options.headingOffset ?? 0), inlines(node.children, options));
    case 'paragraph':
      return html`<p>${inlines(node.children, options)}</p>`;
    case 'list': {
      const items = (node.items ?? []).map((item) => html`<li>${inlines(item, options)}</li>`);
      return node.ordered ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
    }
    case 'quote':
      return html`<blockquote>${(node.children ?? []).map((b) => block(b, options))}</blockquote>`;
    case 'image': {
      const image = node.image;
      const src = image ? imageSrc(image.url, options.apiOrigin) : undefined;
      if (!image || !src) return nothing;
      return html`<figure>
        <img
          src=${src}
          srcset=${imageSrcset(image.srcset, options.apiOrigin) ?? nothing}
          sizes="(min-width: 40rem) 40rem, 100vw"
          alt=${image.alt ?? ''}
          width=${image.width || nothing}
          height=${image.height || nothing}
          loading="lazy"
          decoding="async"
          data-focal=${focalPosition(image)}
        />
        ${image.credit ? html`<figcaption>${image.credit}</figcaption>` : nothing}
      </figure>`;
    }
    default:
      return nothing;
  }
}

/**
 * Renders the API's restricted rich-text tree with Lit templates. Unknown node
 * types are skipped; links with other schemes than http(s), mailto and tel
 * render as plain text. No HTML string is ever parsed.
 */
export function renderRichText(tree: RichText | null | undefined, options: RichTextOptions): TemplateResult {
  return html`${(Array.isArray(tree) ? tree : []).map((b) => block(b, options))}`;
}

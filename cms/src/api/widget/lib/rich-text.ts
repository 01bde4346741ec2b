import { decodeHTMLStrict } from 'entities';
import { Lexer, type Token, type Tokens } from 'marked';

/**
 * Markdown to Samskab's restricted rich-text tree (see widgets/src/base/api-types.ts).
 * Only what a widget can render safely survives: raw HTML is dropped, links keep
 * http(s), mailto and tel targets only, and images only come from the photo library
 * (`![...](photo:<key>)`), resolved by the caller so that consent rules apply.
 */
export type Inline =
  | { type: 'text'; text: string }
  | { type: 'strong' | 'em'; children: Inline[] }
  | { type: 'code'; text: string }
  | { type: 'link'; href: string; children: Inline[] }
  | { type: 'break' };

export type Block<TImage = unknown> =
  | { type: 'heading'; level: 2 | 3 | 4; children: Inline[] }
  | { type: 'paragraph'; children: Inline[] }
  | { type: 'list'; ordered: boolean; items: Inline[][] }
  | { type: 'quote'; children: Block<TImage>[] }
  | { type: 'image'; image: TImage };

export type ImageResolver<TImage> = (ref: string) => TImage | null;

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

export function safeHref(href: string): string | null {
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null; // relative or malformed: the widget could not know what it points at
  }
}

/**
 * A link from a plain field (a call to action, a contact's web address, an
 * entry-point door): the same rule as in rich text, plus paths on this CMS
 * (`/demo/…`), which the widgets resolve against the API's origin.
 */
export function safeLink(href: string | null | undefined): string | null {
  const value = href?.trim();
  if (!value) return null;
  if (value.startsWith('/') && !value.startsWith('//') && !value.includes('\\')) return value;
  return safeHref(value);
}

export function toRichText<TImage>(markdown: string | null | undefined, resolveImage: ImageResolver<TImage> = () => null): Block<TImage>[] {
  if (!markdown) return [];
  return blocks(new Lexer().lex(markdown), resolveImage);
}

function blocks<TImage>(tokens: Token[], resolveImage: ImageResolver<TImage>): Block<TImage>[] {
  const out: Block<TImage>[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case 'heading': {
        const level = Math.min(Math.max(token.depth, 2), 4) as 2 | 3 | 4;
        out.push({ type: 'heading', level, children: inlines(token.tokens ?? []) });
        break;
      }
      case 'paragraph': {
        const only = token.tokens?.length === 1 ? token.tokens[0] : undefined;
        if (only?.type === 'image') {
          const image = resolveImage(String(only.href));
          if (image) out.push({ type: 'image', image });
          break;
        }
        const children = inlines(token.tokens ?? []);
        if (children.length) out.push({ type: 'paragraph', children });
        break;
      }
      case 'text': // loose text at block level
        out.push({ type: 'paragraph', children: inlines(token.tokens ?? [{ type: 'text', raw: token.raw, text: token.text }]) });
        break;
      case 'list':
        out.push({
          type: 'list',
          ordered: token.ordered,
          items: (token as Tokens.List).items.map((item) => inlines(flattenItem(item.tokens))),
        });
        break;
      case 'blockquote':
        out.push({ type: 'quote', children: blocks(token.tokens ?? [], resolveImage) });
        break;
      case 'code':
        out.push({ type: 'paragraph', children: [{ type: 'code', text: token.text }] });
        break;
      default: // html, hr, table, space: not part of our vocabulary
        break;
    }
  }
  return out;
}

/** A list item's block tokens as one inline run; nested lists are flattened into it. */
function flattenItem(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (out.length) out.push({ type: 'text', raw: ' ', text: ' ' } as Token);
    if (token.type === 'list') out.push(...(token as Tokens.List).items.flatMap((item) => flattenItem(item.tokens)));
    else if ('tokens' in token && token.tokens) out.push(...token.tokens);
    else if ('text' in token) out.push({ type: 'text', raw: token.raw, text: String(token.text) } as Token);
  }
  return out;
}

function inlines(tokens: Token[]): Inline[] {
  const out: Inline[] = [];
  const pushText = (text: string) => {
    if (!text) return;
    const last = out[out.length - 1];
    if (last?.type === 'text') last.text += text;
    else out.push({ type: 'text', text });
  };
  for (const token of tokens) {
    switch (token.type) {
      case 'text':
        if (token.tokens?.length) for (const child of inlines(token.tokens)) child.type === 'text' ? pushText(child.text) : out.push(child);
        // marked decodes numeric entities (&#230;) but leaves named ones (&amp;, &aring;) as written.
        else pushText(decodeHTMLStrict(token.text));
        break;
      case 'escape':
        pushText(token.text);
        break;
      case 'strong':
      case 'em':
        out.push({ type: token.type, children: inlines(token.tokens ?? []) });
        break;
      case 'del': // no strike-through in our vocabulary: keep the words
        for (const child of inlines(token.tokens ?? [])) child.type === 'text' ? pushText(child.text) : out.push(child);
        break;
      case 'codespan':
        out.push({ type: 'code', text: token.text });
        break;
      case 'br':
        out.push({ type: 'break' });
        break;
      case 'link': {
        const href = safeHref(token.href);
        const children = inlines(token.tokens ?? []);
        if (href) out.push({ type: 'link', href, children });
        else for (const child of children) child.type === 'text' ? pushText(child.text) : out.push(child);
        break;
      }
      case 'image': // inline images are not allowed; keep the alt text readable
        pushText(token.text);
        break;
      default: // raw html and anything unknown
        break;
    }
  }
  return out;
}

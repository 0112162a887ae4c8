/**
 * Article text from a saved web page. News pages wrap the article in navigation, share buttons,
 * comment forms and related-story lists; those are dropped so they never reach the review.
 * Block elements become paragraphs; whitespace inside a paragraph is collapsed as a browser would.
 */
import { parseDocument } from 'htmlparser2';
import type { ChildNode, Element } from 'domhandler';

/** Elements that never hold article text. */
const DROP_TAGS = new Set([
  'script', 'style', 'noscript', 'template', 'svg', 'canvas', 'iframe', 'object', 'embed', 'video', 'audio',
  'nav', 'aside', 'form', 'button', 'input', 'select', 'textarea', 'label', 'dialog', 'menu', 'head',
]);

/** Page furniture recognised by class, id or role (comment forms, share bars, related links, ads). */
const CLUTTER = /(^|[\s_-])(comments?|respond|reply|share|sharing|social|related|recommended|newsletter|subscribe|subscription|promo|advert|ads?|sponsor|cookie|consent|breadcrumbs?|sidebar|widget|menu|navbar|nav|footer|masthead|popup|modal|login|signup|tags?|author-bio|print)([\s_-]|$)/i;
const CLUTTER_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'form', 'dialog']);

const BLOCK_TAGS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'li', 'ul', 'ol', 'blockquote', 'pre', 'figure', 'figcaption', 'table', 'tr', 'td', 'th', 'dd', 'dt', 'dl',
  'address', 'hr', 'body', 'html',
]);

function isElement(node: ChildNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

function isClutter(el: Element, insideArticle: boolean): boolean {
  if (DROP_TAGS.has(el.name)) return true;
  // A page-level header or footer is furniture; inside the article it holds the headline or byline.
  if (!insideArticle && (el.name === 'header' || el.name === 'footer')) return true;
  const role = el.attribs.role?.toLowerCase();
  if (role && CLUTTER_ROLES.has(role)) return true;
  if (el.attribs.hidden !== undefined || el.attribs['aria-hidden'] === 'true') return true;
  const names = `${el.attribs.class ?? ''} ${el.attribs.id ?? ''}`;
  return CLUTTER.test(names);
}

function findFirst(nodes: ChildNode[], test: (el: Element) => boolean): Element | null {
  for (const node of nodes) {
    if (!isElement(node)) continue;
    if (test(node)) return node;
    const inner = findFirst(node.children, test);
    if (inner) return inner;
  }
  return null;
}

/** Collects text with paragraph breaks: "\n" marks a block boundary, collapsed later. */
function collect(node: ChildNode, out: string[], insideArticle: boolean): void {
  if (node.type === 'text') {
    // Line breaks in the HTML source are just spaces; only block elements and <br> break paragraphs.
    out.push(node.data.replace(/\s+/g, ' '));
    return;
  }
  if (!isElement(node)) return;
  if (isClutter(node, insideArticle)) return;
  if (node.name === 'br') {
    out.push(LINE_BREAK);
    return;
  }
  const block = BLOCK_TAGS.has(node.name);
  if (block) out.push('\n');
  for (const child of node.children) collect(child, out, insideArticle || node.name === 'article' || node.name === 'main');
  if (block) out.push('\n');
}

/** Stands for <br> until paragraphs are cut: one is a soft break inside a paragraph, two or more end it. */
const LINE_BREAK = '\u2028';

function paragraphsOf(raw: string): string[] {
  return raw
    .replace(/\u2028(?:\s*\u2028)+/g, '\n')
    .replace(/\u2028/g, ' ')
    .split('\n')
    .map((p) => p.replace(/\s+/g, ' ').trim())
    .filter((p) => p.length > 0);
}

export function extractArticleText(html: string): string {
  const doc = parseDocument(html, { decodeEntities: true });
  const root =
    findFirst(doc.children, (el) => el.attribs.itemprop === 'articleBody') ??
    findFirst(doc.children, (el) => el.name === 'article') ??
    findFirst(doc.children, (el) => el.name === 'main' || el.attribs.role === 'main') ??
    findFirst(doc.children, (el) => el.name === 'body');
  const parts: string[] = [];
  // The headline often sits above the <article> element; keep it when the article has none.
  if (root && root.name !== 'body' && !findFirst(root.children, (el) => el.name === 'h1')) {
    const h1 = findFirst(doc.children, (el) => el.name === 'h1');
    if (h1) collect(h1, parts, true);
  }
  if (root) collect(root, parts, root.name !== 'body');
  else for (const node of doc.children) collect(node, parts, false);
  return paragraphsOf(parts.join('')).join('\n');
}

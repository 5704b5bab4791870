// Values a careless paste or a hostile candidate could put in any field, and a reader of the packets that Politely
// writes, to hold each packet to what it may contain.

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  img: '"><img src=x onerror=alert(1)>',
  js: 'javascript:alert(document.cookie)',
  css: '</style><style>body{background:url(https://evil.example/x.png)}</style>',
  quote: `' onmouseover='alert(1)`,
};
export const MARK = 'INTERNAL-7f3a9c';

export const ALLOWED_TAGS = new Set([
  'html',
  'head',
  'meta',
  'title',
  'style',
  'body',
  'main',
  'header',
  'footer',
  'section',
  'h1',
  'h2',
  'p',
  'span',
  'strong',
  'br',
  'ul',
  'ol',
  'li',
  'blockquote',
  'a',
]);
export const ALLOWED_ATTRIBUTES = new Set([
  'lang',
  'charset',
  'http-equiv',
  'content',
  'name',
  'class',
  'id',
  'aria-labelledby',
  'href',
]);

/** Every tag and attribute of the document, read with a tokenizer that follows HTML's quoting rules. */
export function tags(html: string): { name: string; attributes: [string, string][] }[] {
  const found: { name: string; attributes: [string, string][] }[] = [];
  const body = html.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>').replace(/^<!doctype html>/i, '');
  for (const match of body.matchAll(
    /<\/?([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[^\s=>]+(?:="[^"]*"|='[^']*'|=[^\s>]*)?)*)\s*\/?>/g,
  )) {
    const attributes = [...match[2]!.matchAll(/([^\s=]+)(?:="([^"]*)"|='([^']*)'|=([^\s>]*))?/g)].map(
      (a) => [a[1]!.toLowerCase(), a[2] ?? a[3] ?? a[4] ?? ''] as [string, string],
    );
    found.push({ name: match[1]!.toLowerCase(), attributes });
  }
  return found;
}

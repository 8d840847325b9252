/** Markup helpers shared by the SVG/HTML format tests and the browser test: a tiny well-formedness check and marker extraction. */

/** Throws when the markup's tags do not nest, or a `&` is not an entity. Void HTML tags are allowed. */
export function assertWellFormed(markup: string, voidTags: readonly string[] = []): void {
  const withoutComments = markup.replace(/<!--[\s\S]*?-->/g, '').replace(/<!DOCTYPE[^>]*>/i, '');
  const bare = /&(?!amp;|lt;|gt;|quot;|#39;|#\d+;)/.exec(withoutComments);
  if (bare) throw new Error(`unescaped & at ${bare.index}: ${withoutComments.slice(bare.index, bare.index + 30)}`);
  const stack: string[] = [];
  const tag = /<(\/?)([a-zA-Z][\w:-]*)((?:\s+[\w:-]+="[^"<>]*")*)\s*(\/?)>/g;
  const rest = withoutComments.replace(/<style>[\s\S]*?<\/style>/g, '<style></style>');
  let last = 0;
  for (let m = tag.exec(rest); m !== null; m = tag.exec(rest)) {
    const between = rest.slice(last, m.index);
    if (between.includes('<') || between.includes('>')) {
      throw new Error(`stray < or > before ${m[0]} at ${m.index}: ${JSON.stringify(between.slice(-60))}`);
    }
    last = m.index + m[0].length;
    const [, close, name = '', , selfClose] = m;
    if (selfClose === '/' || (close === '' && voidTags.includes(name.toLowerCase()))) continue;
    if (close === '/') {
      const open = stack.pop();
      if (open !== name) throw new Error(`</${name}> closes <${open}> at ${m.index}`);
    } else stack.push(name);
  }
  if (/[<>]/.test(rest.slice(last))) throw new Error('stray < or > at the end');
  if (stack.length > 0) throw new Error(`unclosed: ${stack.join(' > ')}`);
}

export interface MarkerInfo {
  readonly id: string;
  readonly occurrence: number;
  readonly due: string;
  readonly status: string;
  readonly x: number;
}

/** The milestone markers of a rendered SVG, in document order. */
export function markersOf(svg: string): MarkerInfo[] {
  const re =
    /<g class="pw-milestone [^"]*" data-milestone-id="([^"]+)" data-occurrence="(\d+)" data-due="([^"]+)" data-status="([^"]+)" data-x="([\d.]+)" data-week="\d+">/g;
  return [...svg.matchAll(re)].map((m) => ({
    id: m[1] as string,
    occurrence: Number(m[2]),
    due: m[3] as string,
    status: m[4] as string,
    x: Number(m[5]),
  }));
}

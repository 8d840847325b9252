/**
 * The human-readable API page (`/docs`): one static HTML page rendered from the OpenAPI document,
 * with no script and nothing loaded from elsewhere (no CDN), so it works offline and behind a
 * strict Content-Security-Policy.
 *
 * @module
 */

type Json = Record<string, unknown>;

const esc = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

/** `code` spans for backticks; everything else escaped. */
const prose = (text: unknown): string => esc(String(text ?? '')).replace(/`([^`]+)`/g, '<code>$1</code>');

const MAX_EXAMPLE = 4000;

function example(value: unknown): string {
  let text = typeof value === 'string' ? value : JSON.stringify(value, null, 2);
  if (text.length > MAX_EXAMPLE) text = `${text.slice(0, MAX_EXAMPLE)}\n… (shortened here; the whole example is in /openapi.json)`;
  return `<pre>${esc(text)}</pre>`;
}

function examplesOf(media: Json): string {
  const parts: string[] = [];
  if (media.example !== undefined) parts.push(example(media.example));
  for (const [name, ex] of Object.entries((media.examples ?? {}) as Record<string, Json>)) {
    parts.push(`<p class="ex">Example <b>${esc(name)}</b>: ${prose(ex.summary)}</p>${example(ex.value)}`);
  }
  return parts.join('');
}

function schemaName(schema: unknown): string {
  const s = (schema ?? {}) as Json;
  if (typeof s.$ref === 'string') {
    const name = s.$ref.split('/').pop() ?? '';
    return `<a href="#schema-${esc(name)}">${esc(name)}</a>`;
  }
  if (Array.isArray(s.oneOf)) return s.oneOf.map(schemaName).join(' | ');
  if (Array.isArray(s.allOf) && s.allOf.length === 1) return schemaName(s.allOf[0]);
  return esc(String(s.type ?? 'object'));
}

function operation(path: string, method: string, op: Json): string {
  const params = (op.parameters ?? []) as Json[];
  const body = op.requestBody as Json | undefined;
  const out: string[] = [
    `<section class="op" id="op-${esc(String(op.operationId))}">`,
    `<h3><span class="method ${esc(method)}">${esc(method.toUpperCase())}</span> <code>${esc(path)}</code> — ${prose(op.summary)}</h3>`,
  ];
  if (op.description !== undefined) out.push(`<p>${prose(op.description)}</p>`);
  if (params.length > 0) {
    out.push('<h4>Query parameters</h4><ul>');
    for (const p of params) out.push(`<li><code>${esc(String(p.name))}</code> — ${prose(p.description)}</li>`);
    out.push('</ul>');
  }
  if (body !== undefined) {
    for (const [type, media] of Object.entries(body.content as Record<string, Json>)) {
      const item = media['x-item-schema'] === undefined ? '' : `, one ${schemaName(media['x-item-schema'])} per line`;
      out.push(`<h4>Request body <code>${esc(type)}</code>: ${schemaName(media.schema)}${item}</h4>`, examplesOf(media));
    }
  }
  out.push('<h4>Responses</h4>');
  for (const [status, response] of Object.entries(op.responses as Record<string, Json>)) {
    out.push(`<p><b>${esc(status)}</b> ${prose(response.description)}</p>`);
    for (const [type, media] of Object.entries((response.content ?? {}) as Record<string, Json>)) {
      const item = media['x-item-schema'] === undefined ? '' : `, one ${schemaName(media['x-item-schema'])} per line`;
      out.push(`<p class="media"><code>${esc(type)}</code>: ${schemaName(media.schema)}${item}</p>`, examplesOf(media));
    }
  }
  out.push('</section>');
  return out.join('\n');
}

/**
 * Renders the API page from an OpenAPI 3.1 document (as `openApiDocument` builds it); `origin`
 * (scheme, host, port) is the address in its curl example.
 *
 * @example
 * renderApiPage(openApiDocument()).startsWith('<!doctype html>') //=> true
 * renderApiPage(openApiDocument(), 'http://127.0.0.1:41234').includes('curl -s -X POST http://127.0.0.1:41234/v1/evaluate') //=> true
 */
export function renderApiPage(doc: Json, origin = 'http://127.0.0.1:8080'): string {
  const info = doc.info as Json;
  const paths = doc.paths as Record<string, Record<string, Json>>;
  const components = doc.components as Json;
  const schemas = components.schemas as Record<string, Json>;
  const problems = (components['x-problem-types'] ?? {}) as Record<string, { status: number; title: { nl: string; en: string } }>;
  const ops = Object.entries(paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => operation(path, method, op)),
  );
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(String(info.title))} ${esc(String(info.version))} — HTTP API</title>
<style>
body{font:15px/1.5 system-ui,sans-serif;max-width:60rem;margin:2rem auto;padding:0 1rem;color:#1d2630}
h1{margin-bottom:.2rem}h2{border-bottom:1px solid #ccd;padding-bottom:.2rem;margin-top:2.5rem}
h3{margin:1.8rem 0 .4rem;font-size:1.05rem}h4{margin:.8rem 0 .3rem;font-size:.95rem}
pre{background:#f4f6f8;border:1px solid #dde2e8;padding:.6rem;overflow:auto;max-height:24rem;font-size:12.5px}
code{font-size:.92em}.method{display:inline-block;min-width:3.6rem;text-align:center;color:#fff;border-radius:3px;padding:0 .3rem;font-size:.8rem}
.get{background:#2f6f9f}.post{background:#2f8f4f}.op{border-left:3px solid #dde2e8;padding-left:1rem}
table{border-collapse:collapse}td,th{border:1px solid #dde2e8;padding:.2rem .5rem;text-align:left}p.ex,p.media{margin:.3rem 0}
</style>
</head>
<body>
<h1>${esc(String(info.title))} <small>${esc(String(info.version))}</small></h1>
<p>${prose(info.summary)}</p>
<p>${prose(info.description)}</p>
<p>Machine-readable: <a href="/openapi.json">/openapi.json</a> (OpenAPI ${esc(String(doc.openapi))}).</p>
<pre>curl -s -X POST ${esc(origin)}/v1/evaluate -H 'content-type: application/json' \\
  -d '{"case":{"firstSickDay":"2025-01-06"},"asOf":"2025-03-10","fields":"summary"}'</pre>
<h2>Operations</h2>
${ops.join('\n')}
<h2 id="problems">Problem types</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457) with <code>type</code>, <code>title</code>, <code>status</code>,
<code>detail</code>, <code>code</code> and <code>requestId</code>; input problems add <code>issues</code> (path, code, message in nl and en).
<code>title</code> and <code>detail</code> follow <code>Accept-Language</code> (nl or en, default nl).</p>
<table><tr><th>type</th><th>status</th><th>title (nl)</th><th>title (en)</th></tr>
${Object.entries(problems)
  .map(
    ([code, p]) =>
      `<tr id="problem-${esc(code)}"><td><code>/docs#problem-${esc(code)}</code></td><td>${p.status}</td><td>${esc(p.title.nl)}</td><td>${esc(p.title.en)}</td></tr>`,
  )
  .join('\n')}
</table>
<h2>Schemas</h2>
${Object.entries(schemas)
  .map(
    ([name, schema]) =>
      `<section id="schema-${esc(name)}"><h3>${esc(name)}</h3><p>${prose(schema.description)}</p>${example(schema)}</section>`,
  )
  .join('\n')}
</body>
</html>
`;
}

/** Stands for the origin in a page rendered once (no HTML escaping touches it). */
const ORIGIN = '\u0000origin\u0000';

/**
 * The API page rendered once, as a function of the origin its curl example names: the service
 * serves it at `/docs` with the address the page was asked on, so the example names the port the
 * server really listens on.
 *
 * @example
 * const page = apiPageTemplate(openApiDocument());
 * page('http://127.0.0.1:41234').includes('http://127.0.0.1:41234/v1/evaluate') //=> true
 */
export function apiPageTemplate(doc: Json): (origin: string) => string {
  const [before, after] = renderApiPage(doc, ORIGIN).split(esc(ORIGIN));
  return (origin) => `${before}${esc(origin)}${after ?? ''}`;
}

/**
 * The origin a request reached the service on: `http://` and its `Host` header when that is a plain
 * host name or address with an optional port, else `fallback` (the address the server listens on).
 *
 * @example
 * originOf('127.0.0.1:41234', 'http://127.0.0.1:8080') //=> 'http://127.0.0.1:41234'
 * originOf('evil"><script>', 'http://127.0.0.1:8080') //=> 'http://127.0.0.1:8080'
 */
export function originOf(host: string | undefined, fallback: string): string {
  return host !== undefined && /^(?:[A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])(?::\d{1,5})?$/.test(host) ? `http://${host}` : fallback;
}

// The case page's routes: `/` answers the page (built into dist/page/ by `npm run build`) with a
// Content-Security-Policy that allows no other origin; `page: false` keeps the old redirect to /docs.
import { describe, expect, it } from 'vitest';
import { PAGE_CSP, pageDir } from '../../src/common/page-files.js';
import { CHUNK_FILES } from '../../src/page/chunks.js';
import { createServer } from '../../src/server/app.js';

describe.skipIf(pageDir() === null)('the case page on the web service', () => {
  it('answers /, /page.js, /page.css and the later scripts with their types, the CSP and no caching of stale copies', async () => {
    const app = createServer();
    try {
      const html = await app.inject({ method: 'GET', url: '/' });
      expect(html.statusCode).toBe(200);
      expect(html.headers['content-type']).toBe('text/html; charset=utf-8');
      expect(html.headers['content-security-policy']).toBe(PAGE_CSP);
      expect(html.headers['x-content-type-options']).toBe('nosniff');
      expect(html.body).toMatch(/^<!DOCTYPE html>/);
      expect(html.body).toContain('<script src="page.js" defer></script>');
      // No inline script: the only <script> has a src.
      expect(html.body.match(/<script\b[^>]*>/g)).toEqual(['<script src="page.js" defer>']);
      const js = await app.inject({ method: 'GET', url: '/page.js' });
      expect(js.headers['content-type']).toBe('text/javascript; charset=utf-8');
      expect(js.body.length).toBeGreaterThan(10_000);
      const css = await app.inject({ method: 'GET', url: '/page.css' });
      expect(css.headers['content-type']).toBe('text/css; charset=utf-8');
      // The scripts page.js loads after its first drawing (src/page/chunks.ts), with the same headers.
      for (const name of Object.values(CHUNK_FILES)) {
        const chunk = await app.inject({ method: 'GET', url: `/${name}` });
        expect(chunk.statusCode, name).toBe(200);
        expect(chunk.headers['content-type']).toBe('text/javascript; charset=utf-8');
        expect(chunk.headers['content-security-policy']).toBe(PAGE_CSP);
        expect(chunk.body.length, name).toBeGreaterThan(1_000);
      }
    } finally {
      await app.close();
    }
  });

  it('allows no other origin, no inline script and no connection from script', () => {
    expect(PAGE_CSP).toContain("default-src 'none'");
    expect(PAGE_CSP).toContain("script-src 'self'");
    expect(PAGE_CSP).not.toMatch(/unsafe|https?:|\*|connect-src/);
  });

  it('redirects / to /docs with page: false', async () => {
    const app = createServer({ page: false });
    try {
      const r = await app.inject({ method: 'GET', url: '/' });
      expect(r.statusCode).toBe(302);
      expect(r.headers.location).toBe('/docs');
      expect((await app.inject({ method: 'GET', url: '/page.js' })).statusCode).toBe(404);
    } finally {
      await app.close();
    }
  });
});

import { existsSync, readFileSync, statSync } from 'node:fs';
import { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';

/** Where `npm run build` puts the console (Vite's output of `web/`). */
function findWebDir(): string | null {
  // ts-node (dev, tests): src/gateway → dist/web; compiled: dist/src/gateway → dist/web. The
  // built folder has assets/ (the source web/ beside src/ has an index.html too, but no assets).
  const candidates = [resolve(__dirname, '../../dist/web'), resolve(__dirname, '../../web')];
  return candidates.find((dir) => existsSync(join(dir, 'index.html')) && existsSync(join(dir, 'assets'))) ?? null;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Everything the console and GraphiQL load comes from this origin: the browser refuses any
 * other (no CDN, no request leaves the machine). Monaco (GraphiQL's editor) sets inline styles
 * and starts its workers from blob: URLs.
 */
const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "frame-ancestors 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

function wantsHtml(req: IncomingMessage): boolean {
  return (req.headers.accept ?? '').includes('text/html');
}

/** Routes the console never claims: the API and the operational endpoints. */
const API_ROUTES = new Set(['/graphql', '/healthz', '/readyz', '/metrics']);

/** Serves the built console (`/`, its assets, SPA deep links) and GraphiQL on a browser's `GET /graphql`. */
export class ConsoleAssets {
  private readonly dir: string | null;
  private readonly cache = new Map<string, Buffer>();

  constructor(dir: string | null = findWebDir()) {
    this.dir = dir;
  }

  /** Answers the request when it is the console's; false leaves it to the API. */
  handle(req: IncomingMessage, res: ServerResponse, route: string): boolean {
    if (req.method !== 'GET' && req.method !== 'HEAD') return false;
    if (route === '/graphql') {
      // As Apollo Server and Yoga do: a browser opening the endpoint gets the IDE; a GET with a query is an API call.
      const search = new URL(req.url ?? '/', 'http://localhost').searchParams;
      if (!wantsHtml(req) || search.has('query')) return false;
      return this.page(res, 'graphiql.html');
    }
    if (API_ROUTES.has(route)) return false;
    let path: string;
    try {
      path = decodeURIComponent(route);
    } catch {
      return false;
    }
    if (this.dir && path.startsWith('/assets/')) {
      const file = resolve(this.dir, '.' + path);
      if (!file.startsWith(this.dir + sep)) return false;
      return this.file(res, file, 'public, max-age=31536000, immutable');
    }
    if (path === '/favicon.ico' || path.startsWith('/assets/')) return false;
    // Any other path is a page of the console (deep links fall back to the app).
    return this.page(res, 'index.html');
  }

  private page(res: ServerResponse, name: string): boolean {
    if (!this.dir) {
      const text = 'The console is not built: run `npm run build` (it builds web/ into dist/web).\n';
      res.writeHead(503, { 'content-type': 'text/plain; charset=utf-8', 'content-length': Buffer.byteLength(text) });
      res.end(text);
      return true;
    }
    return this.file(res, join(this.dir, name), 'no-cache');
  }

  private file(res: ServerResponse, file: string, cacheControl: string): boolean {
    let body = this.cache.get(file);
    if (!body) {
      if (!existsSync(file) || !statSync(file).isFile()) return false;
      body = readFileSync(file);
      this.cache.set(file, body);
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-length': body.length,
      'cache-control': cacheControl,
      'content-security-policy': CSP,
      'x-content-type-options': 'nosniff',
      'referrer-policy': 'no-referrer',
    });
    res.end(body);
    return true;
  }
}

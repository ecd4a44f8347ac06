import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, Browser, BrowserContext, Page } from 'playwright-core';

/** Debian's Chromium (apt-get install chromium): playwright-core drives it and never downloads a browser. */
export const CHROMIUM = '/usr/bin/chromium';

/** The flags the machine notes give for headless Chromium here. */
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

/** Screenshots go outside the repository. */
export const SHOTS = process.env.TANDEM_SHOTS_DIR || '/tmp/console-shots';

/** The built console (npm run build); the browser tests need it. */
export const WEB_BUILT = existsSync(join(__dirname, '../../dist/web/index.html'));

/** True when this run can drive a browser; CI (TANDEM_REQUIRE_SERVICES=1) may not skip. */
export function browserAvailable(): boolean {
  if (existsSync(CHROMIUM) && WEB_BUILT) return true;
  const why = !existsSync(CHROMIUM) ? `${CHROMIUM} is missing (apt-get install -y chromium)` : 'dist/web is not built (npm run build)';
  if (process.env.TANDEM_REQUIRE_SERVICES === '1') throw new Error(`The browser tests cannot run: ${why}`);
  console.warn(`\n*** NOTICE: browser tests SKIPPED: ${why}. ***\n`);
  return false;
}

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: FLAGS, headless: true });
}

/** What a page did wrong: console errors, uncaught errors, and any request that left 127.0.0.1. */
export interface Watch {
  errors: string[];
  external: string[];
}

/** A fresh context (own sessionStorage) whose pages are watched for errors and outside requests. */
export async function watchedPage(browser: Browser, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport });
  const watch: Watch = { errors: [], external: [] };
  context.on('request', (r) => {
    const url = r.url();
    if (!/^(https?|wss?):\/\/127\.0\.0\.1[:/]/.test(url) && !/^(data|blob):/.test(url)) watch.external.push(url);
  });
  // Refuse anything that would leave the machine, so a mistake cannot phone out even once.
  await context.route(
    (url) => !['127.0.0.1'].includes(url.hostname) && !['data:', 'blob:'].includes(url.protocol),
    (route) => route.abort(),
  );
  const page = await context.newPage();
  page.on('websocket', (ws) => {
    if (!/^wss?:\/\/127\.0\.0\.1[:/]/.test(ws.url())) watch.external.push(ws.url());
  });
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(`${page.url()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => watch.errors.push(`${page.url()}: ${e.message}`));
  mkdirSync(SHOTS, { recursive: true });
  return { context, page, watch };
}

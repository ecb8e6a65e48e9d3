// Debian's Firefox ESR with the built Firefox extension, driven by puppeteer-core over WebDriver
// BiDi (no geckodriver), and a local server that answers for the real site hosts.
import puppeteer from 'puppeteer-core';
import http from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export const FIREFOX = '/usr/bin/firefox-esr';
export const EXTENSION = fileURLToPath(new URL('../../../../extension/target/worthit-extension-firefox', import.meta.url));
export const HOSTS = ['www.meetup.com', 'www.eventbrite.com', 'www.eventbrite.co.uk', 'www.eventbrite.ca', 'www.eventbrite.de'];
// Firefox gives an extension a random internal UUID unless told one: fixed, so the popup has an address.
const UUID = '3d1f6c2a-8b4e-4c7d-9a51-6e2b7f0c9d13';
export const POPUP = `moz-extension://${UUID}/popup.html`;

/** Skips the test without Firefox, or fails it in CI, which must have it (.ci/run installs it). */
export function requireFirefox(t) {
  if (existsSync(FIREFOX)) {
    return true;
  }
  if (process.env.CI === 'true') {
    throw new Error(`${FIREFOX} missing; CI must have it (apt-get install firefox-esr)`);
  }
  t.skip(`${FIREFOX} missing (apt-get install firefox-esr); skipping the Firefox test`);
  return false;
}

/** Serves pages by host and path (query ignored) on a loopback port. */
export async function siteServer() {
  const pages = new Map();
  const server = http.createServer((req, res) => {
    const host = (req.headers.host || '').replace(/:\d+$/, '');
    const html = pages.get(host + new URL(req.url, 'http://x').pathname);
    res.writeHead(html === undefined ? 404 : 200, { 'content-type': html === undefined ? 'text/plain' : 'text/html; charset=utf-8' });
    res.end(html === undefined ? 'not found' : html);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = server.address().port;
  return {
    port,
    /** Serves the HTML at the address's host and path; returns the http URL on this server's port. */
    serve(address, html) {
      const u = new URL(address);
      pages.set(u.hostname + u.pathname, html);
      return `http://${u.hostname}:${port}${u.pathname}`;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** Firefox ESR, headless, on a fresh profile, the extension installed. */
export async function startFirefox() {
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    // Lets the test open the extension's own pages (moz-extension://) over BiDi.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'network.dns.localDomains': HOSTS.join(','),
      // Eventbrite's hosts are on the HSTS preload list: plain http on a local port must stay http.
      'network.stricttransportsecurity.preloadlist': false,
      'dom.security.https_first': false,
      'extensions.webextensions.uuids': JSON.stringify({ 'worth-it@worthit.app': UUID }),
    },
  });
  await browser.installExtension(EXTENSION);
  return browser;
}

const READ_BADGES = () => Array.from(document.querySelectorAll('worthit-badge')).map((h) => ({
  key: h.getAttribute('data-worthit-key'), verdict: h.getAttribute('data-worthit-verdict'),
  score: h.getAttribute('data-worthit-score'), rules: h.getAttribute('data-worthit-rules') }));

const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

/** The badges on the page, sorted by key, once the content script extracted it and they stopped changing. */
export async function settledBadges(page, timeoutMs = 30000) {
  const deadline = Date.now() + timeoutMs;
  let last = null;
  let stable = 0;
  while (Date.now() < deadline) {
    const extracted = await page.evaluate(() => performance.getEntriesByName('worthit:extracted').length > 0);
    if (extracted) {
      const now = JSON.stringify((await page.evaluate(READ_BADGES)).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)));
      stable = now === last ? stable + 1 : 0;
      last = now;
      if (stable >= 3) {
        return JSON.parse(now);
      }
    }
    await sleep(100);
  }
  throw new Error(`the content script did not settle on ${page.url()}; badges: ${last}`);
}

/** Waits until the page function returns true. */
export async function waitFor(page, fn, what, ...args) {
  const deadline = Date.now() + 15000;
  while (Date.now() < deadline) {
    if (await page.evaluate(fn, ...args).catch(() => false)) {
      return;
    }
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}`);
}

/**
 * Opens one of the extension's pages. Firefox loads it in the extension's process, and the BiDi
 * navigation never reports the load to puppeteer, so this waits for the document itself.
 */
export async function openExtensionPage(page, url) {
  page.goto(url, { timeout: 2000 }).catch(() => {});
  await waitFor(page, (u) => location.href === u && document.readyState === 'complete', url, url);
}

// The background script in Firefox (a module event page there, a service worker in Chromium):
// it ran at install, and it syncs a rating to a real server started from the built jar.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POPUP, openExtensionPage, requireFirefox, settledBadges, siteServer, startFirefox, waitFor } from './firefox.mjs';

const JAR = fileURLToPath(new URL('../../../../server/target/worthit-server.jar', import.meta.url));
const vectors = fileURLToPath(new URL('../../../target/browser-vectors', import.meta.url));
const EVENT = 'synthetic-meetup-event';
const PANEL = 'worthit-badge[data-worthit-panel]';

let server;
let address;
let site;

async function freePort() {
  const probe = net.createServer();
  await new Promise((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address();
  await new Promise((resolve) => probe.close(resolve));
  return port;
}

before(async () => {
  assert.ok(existsSync(JAR), `server jar missing at ${JAR}`);
  const port = await freePort();
  address = `http://127.0.0.1:${port}`;
  const db = join(mkdtempSync(join(tmpdir(), 'worthit-firefox-sync-')), 'worthit.db');
  // Votes count from an account's first sync here: the test's account is seconds old, not a day.
  server = spawn('java', ['-jar', JAR, 'serve', '--db', db, '--host', '127.0.0.1', '--port', String(port),
    '--vote-min-age-hours', '0'],
    { stdio: ['ignore', 'ignore', 'inherit'] });
  const deadline = Date.now() + 60000;
  for (;;) {
    const up = await fetch(`${address}/api/v1/community?prefixes=abcd`).then((r) => r.ok, () => false);
    if (up) {
      break;
    }
    assert.ok(Date.now() < deadline && server.exitCode === null, 'the server did not start');
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  site = await siteServer();
});

after(async () => {
  server?.kill();
  await site?.close();
});

test('the background script runs in Firefox and syncs a rating to the server', async (t) => {
  if (!requireFirefox(t)) {
    return;
  }
  const v = JSON.parse(readFileSync(join(vectors, `${EVENT}.json`), 'utf8'));
  const url = site.serve(v.address, readFileSync(join(vectors, `${EVENT}.html`), 'utf8'));
  const key = v.jvm[0].key;
  const browser = await startFirefox();
  try {
    const page = await browser.newPage();
    await openExtensionPage(page, POPUP);
    // Written by the background script's onInstalled listener (worker/ServiceWorker.java).
    await waitFor(page, async () => JSON.stringify((await chrome.storage.local.get('worthit-meta'))['worthit-meta'])
      === '{"schema":1}', 'the install-time schema record');
    await page.$eval('#sync-server', (e, a) => { e.value = a; }, address);
    await page.click('#sync-start');
    await waitFor(page, () => {
      const s = document.getElementById('sync-state');
      return s.getAttribute('data-state') === 'ok' && s.getAttribute('data-pending') === '0';
    }, 'a finished sync');

    await page.goto(url, { waitUntil: 'domcontentloaded' });
    await settledBadges(page);
    await (await page.waitForSelector(`${PANEL} >>> [data-action="worth-it"]`)).click();
    const prefix = createHash('sha256').update(key).digest('hex').slice(0, 4);
    const expected = `{"key":"${key}","worthIt":1,"notWorthIt":0}`;
    let body = '';
    const deadline = Date.now() + 30000;
    while (!body.includes(expected) && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      body = await (await fetch(`${address}/api/v1/community?prefixes=${prefix}`)).text();
    }
    assert.ok(body.includes(expected), `the server never counted the rating: ${body}`);
  } finally {
    await browser.close();
  }
});

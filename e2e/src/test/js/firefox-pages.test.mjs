// Every page the Chromium tests checked (the real saved pages and the project's own) gets the same
// badges in Firefox: same keys, verdicts, scores and rules as the JVM engine and as Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireFirefox, settledBadges, siteServer, startFirefox } from './firefox.mjs';

const vectors = fileURLToPath(new URL('../../../target/browser-vectors', import.meta.url));
const names = existsSync(vectors) ? readdirSync(vectors).filter((f) => f.endsWith('.json') && !f.endsWith('.after.json')).map((f) => f.slice(0, -5)).sort() : [];

let site;
let browser;

before(async () => {
  if (existsSync('/usr/bin/firefox-esr') && names.length > 0) {
    site = await siteServer();
    browser = await startFirefox();
  }
});

after(async () => {
  await browser?.close();
  await site?.close();
});

test('the Chromium tests left pages to check, real ones among them', (t) => {
  assert.ok(names.some((n) => n.startsWith('synthetic-')), `no pages in ${vectors}: the e2e surefire tests write them`);
  if (!names.some((n) => n.startsWith('real-'))) {
    if (process.env.CI === 'true') {
      assert.fail('no real saved pages were checked; CI must have ../shared/fixtures');
    }
    t.skip('the real saved pages are missing (../shared/fixtures): only the project\'s own pages are checked');
  }
});

for (const name of names) {
  test(`badges on ${name} in Firefox match the JVM engine and Chromium`, async (t) => {
    if (!requireFirefox(t)) {
      return;
    }
    const v = JSON.parse(readFileSync(join(vectors, `${name}.json`), 'utf8'));
    const url = site.serve(v.address, readFileSync(join(vectors, `${name}.html`), 'utf8'));
    const page = await browser.newPage();
    try {
      await page.goto(url, { waitUntil: 'domcontentloaded' });
      const shown = await settledBadges(page);
      assert.deepEqual(shown, v.jvm, `Firefox and the JVM engine on ${name} at ${url}`);
      assert.deepEqual(shown, v.chromium, `Firefox and Chromium on ${name}`);
    } finally {
      await page.close();
    }
  });
}

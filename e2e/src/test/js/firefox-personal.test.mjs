// The user's own data in Firefox: a rating survives a reload, the popup saves a profile that the
// page's verdict follows, and an export imported into a fresh Firefox restores the ratings, the
// note and the profile.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { POPUP, openExtensionPage, requireFirefox, settledBadges, siteServer, startFirefox, waitFor } from './firefox.mjs';

// The project's own event page, as the Chromium tests wrote it (SyntheticPagesTest).
const vectors = fileURLToPath(new URL('../../../target/browser-vectors', import.meta.url));
const EVENT = 'synthetic-meetup-event';
const PANEL = 'worthit-badge[data-worthit-panel]';

let site;
let eventUrl;

before(async () => {
  site = await siteServer();
  const v = JSON.parse(readFileSync(join(vectors, `${EVENT}.json`), 'utf8'));
  eventUrl = site.serve(v.address, readFileSync(join(vectors, `${EVENT}.html`), 'utf8'));
});

after(async () => {
  await site?.close();
});

async function control(page, action) {
  return page.waitForSelector(`${PANEL} >>> [data-action="${action}"]`);
}

async function awaitPressed(page, action) {
  await waitFor(page, (panel, a) => {
    const h = document.querySelector(panel);
    return !!h && h.shadowRoot.querySelector(`[data-action="${a}"]`)?.getAttribute('aria-pressed') === 'true';
  }, `${action} pressed`, PANEL, action);
}

async function openEvent(page) {
  await page.goto(eventUrl, { waitUntil: 'domcontentloaded' });
  await settledBadges(page);
}

test('a rating in Firefox survives a reload', async (t) => {
  if (!requireFirefox(t)) {
    return;
  }
  const browser = await startFirefox();
  try {
    const page = await browser.newPage();
    await openEvent(page);
    await (await control(page, 'worth-it')).click();
    await awaitPressed(page, 'worth-it');
    await page.reload({ waitUntil: 'domcontentloaded' });
    await settledBadges(page);
    await awaitPressed(page, 'worth-it');
    assert.equal(await (await control(page, 'not-worth-it')).evaluate((b) => b.getAttribute('aria-pressed')), 'false');
  } finally {
    await browser.close();
  }
});

async function saveProfile(page, title, industry) {
  await openExtensionPage(page, POPUP);
  await page.type('#target-title', title);
  if (industry) {
    await page.type('#industry', industry);
  }
  await page.click('#save-profile');
  await waitFor(page, () => document.getElementById('profile-status').textContent === 'Saved.', 'profile saved');
}

test('the popup opens in Firefox and saves a profile, and the page\'s verdict follows it', async (t) => {
  if (!requireFirefox(t)) {
    return;
  }
  // A single-title event (PersonalDataTest): its verdict changes with the target title.
  const v = JSON.parse(readFileSync(join(vectors, 'synthetic-single-title.json'), 'utf8'));
  const after = JSON.parse(readFileSync(join(vectors, 'synthetic-single-title.after.json'), 'utf8'));
  const url = site.serve(v.address, readFileSync(join(vectors, 'synthetic-single-title.html'), 'utf8'));
  const browser = await startFirefox();
  try {
    const page = await browser.newPage();
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await settledBadges(page), v.jvm, 'before: the JVM engine with no profile');
    await saveProfile(page, after.targetTitle);
    await page.goto(url, { waitUntil: 'domcontentloaded' });
    assert.deepEqual(await settledBadges(page), after.jvm, `after: the JVM engine for ${after.targetTitle}`);
    assert.deepEqual(after.jvm, after.chromium);
    await openExtensionPage(page, POPUP);
    await waitFor(page, (title) => document.getElementById('target-title').value === title, 'the saved title shown again',
      after.targetTitle);
  } finally {
    await browser.close();
  }
});

test('export in Firefox, then import into a fresh Firefox, restores everything', async (t) => {
  if (!requireFirefox(t)) {
    return;
  }
  let exported;
  const first = await startFirefox();
  try {
    const page = await first.newPage();
    await saveProfile(page, 'QA engineer', 'Healthcare IT');
    await openEvent(page);
    await (await control(page, 'not-worth-it')).click();
    await awaitPressed(page, 'not-worth-it');
    await (await control(page, 'attended')).click();
    await awaitPressed(page, 'attended');
    await (await control(page, 'note-text')).type('Ask Dana about the platform team');
    await (await control(page, 'save-note')).click();
    await waitFor(page, (panel) => document.querySelector(panel).shadowRoot.querySelector('textarea').value
      === 'Ask Dana about the platform team', 'note saved', PANEL);
    await openExtensionPage(page, POPUP);
    await waitFor(page, () => document.getElementById('rated-count').textContent === '1', 'counts');
    await page.click('#export');
    exported = await page.evaluate(async () => (await fetch(document.getElementById('export-link').href)).text());
  } finally {
    await first.close();
  }
  assert.ok(exported.includes('"format":"worthit-personal-data"'), exported);
  const file = join(mkdtempSync(join(tmpdir(), 'worthit-export-')), 'export.json');
  writeFileSync(file, exported);

  const fresh = await startFirefox();
  try {
    const page = await fresh.newPage();
    await openExtensionPage(page, POPUP);
    await (await page.$('#import-file')).uploadFile(file);
    await waitFor(page, () => document.getElementById('import-status').textContent.startsWith('Imported'), 'import');
    await waitFor(page, () => document.getElementById('attended-count').textContent === '1', 'counts after import');
    assert.equal(await page.$eval('#rated-count', (e) => e.textContent), '1');
    assert.equal(await page.$eval('#target-title', (e) => e.value), 'QA engineer');
    assert.equal(await page.$eval('#industry', (e) => e.value), 'Healthcare IT');
    await openEvent(page);
    await awaitPressed(page, 'not-worth-it');
    await awaitPressed(page, 'attended');
    assert.equal(await page.$eval(PANEL, (h) => h.shadowRoot.querySelector('textarea').value), 'Ask Dana about the platform team');
  } finally {
    await fresh.close();
  }
});

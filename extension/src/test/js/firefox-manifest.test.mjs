// The Firefox build: one manifest source, the browser differences applied at build time, same files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { firefoxManifest, GECKO_ID, MIN_FIREFOX } from '../../build/firefox-manifest.mjs';

const source = JSON.parse(readFileSync(new URL('../../main/extension/manifest.json', import.meta.url), 'utf8'));
const target = fileURLToPath(new URL('../../../target', import.meta.url));

test('the Firefox manifest runs the worker as a module background script', () => {
  const m = firefoxManifest(source);
  assert.deepEqual(m.background, { scripts: ['js/worker-start.js'], type: 'module' });
});

test('the Firefox manifest has the gecko id and minimum version and no key', () => {
  const m = firefoxManifest(source);
  assert.deepEqual(m.browser_specific_settings, { gecko: { id: GECKO_ID, strict_min_version: MIN_FIREFOX } });
  assert.ok(!('key' in m));
});

test('everything else in the Firefox manifest is the source manifest', () => {
  const m = firefoxManifest(source);
  const { key, background, ...same } = source;
  const { background: b, browser_specific_settings: s, ...rest } = m;
  assert.deepEqual(rest, same);
});

function files(dir, root = dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), root) : [relative(root, join(dir, e.name))]).sort();
}

test('the Firefox build has the same files as the Chromium build, byte for byte, but the manifest', () => {
  const chromium = join(target, 'worthit-extension');
  const firefox = join(target, 'worthit-extension-firefox');
  assert.ok(existsSync(join(firefox, 'manifest.json')), `Firefox build missing at ${firefox}`);
  assert.deepEqual(files(firefox), files(chromium));
  for (const f of files(chromium).filter((f) => f !== 'manifest.json')) {
    assert.ok(readFileSync(join(chromium, f)).equals(readFileSync(join(firefox, f))), `${f} differs`);
  }
  const built = JSON.parse(readFileSync(join(firefox, 'manifest.json'), 'utf8'));
  const chromiumBuilt = JSON.parse(readFileSync(join(chromium, 'manifest.json'), 'utf8'));
  assert.deepEqual(built, firefoxManifest(chromiumBuilt));
});

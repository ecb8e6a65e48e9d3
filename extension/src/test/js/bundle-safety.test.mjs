// Manifest V3 forbids string evaluation: no bundle the build produced may contain eval( or new Function.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const target = fileURLToPath(new URL('../../../target', import.meta.url));

function bundles(dir) {
  const found = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) {
      found.push(...bundles(path));
    } else if (/\.(m?js)$/.test(entry.name)) {
      found.push(path);
    }
  }
  return found;
}

test('no bundle evaluates strings as code', () => {
  const files = bundles(target);
  assert.ok(files.some((f) => f.endsWith('engine.mjs')), `engine.mjs not found under ${target}`);
  for (const file of files) {
    const text = readFileSync(file, 'utf8');
    assert.ok(!/\beval\s*\(/.test(text), `${file} contains eval(`);
    assert.ok(!/\bnew\s+Function\b/.test(text), `${file} contains new Function`);
  }
});

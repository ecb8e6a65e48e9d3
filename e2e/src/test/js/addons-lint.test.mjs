// Mozilla's add-on linter (offline) on the Firefox build: no errors, and every warning it still
// gives is listed, with why it stays, in docs/firefox.md.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import linter from 'addons-linter';
import { EXTENSION } from './firefox.mjs';

const DOC = new URL('../../../../docs/firefox.md', import.meta.url);

test('addons-linter finds no error in the Firefox build and only warnings docs/firefox.md explains', async () => {
  assert.ok(existsSync(join(EXTENSION, 'manifest.json')), `Firefox build missing at ${EXTENSION}`);
  const results = await linter.createInstance({
    config: {
      _: [EXTENSION], logLevel: 'fatal', stack: false, pretty: false, warningsAsErrors: false,
      metadata: false, output: 'none', boring: false, selfHosted: false,
    },
    runAsBinary: false,
  }).run();
  const show = (m) => `${m.code} in ${m.file}: ${m.message}`;
  assert.deepEqual(results.errors.map(show), [], 'linter errors');
  const doc = readFileSync(DOC, 'utf8');
  const unexplained = results.warnings.filter((w) => !doc.includes(`\`${w.code}\``));
  assert.deepEqual(unexplained.map(show), [], 'linter warnings not explained in docs/firefox.md');
});

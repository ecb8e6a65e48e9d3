// Builds target/worthit-extension-firefox: the Chromium build's files, with the Firefox manifest.
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { firefoxManifest } from './firefox-manifest.mjs';

const [from, to] = process.argv.slice(2);
if (!from || !to) {
  console.error('usage: node firefox-build.mjs CHROMIUM_BUILD_DIR FIREFOX_BUILD_DIR');
  process.exit(2);
}
rmSync(to, { recursive: true, force: true });
cpSync(from, to, { recursive: true });
const manifest = JSON.parse(readFileSync(join(from, 'manifest.json'), 'utf8'));
writeFileSync(join(to, 'manifest.json'), JSON.stringify(firefoxManifest(manifest), null, 2) + '\n');

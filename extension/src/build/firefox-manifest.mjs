// The Firefox manifest, made from the one manifest source (Chromium's) at build time.
export const GECKO_ID = 'worth-it@worthit.app';
// Firefox 128 ESR: the first release with MV3 optional_host_permissions and module background scripts together.
export const MIN_FIREFOX = '128.0';

/**
 * Firefox runs the background as an event page, not a service worker: the same worker script, as a
 * module script. `key` is Chromium's way to fix the id; Firefox takes the gecko id instead.
 */
export function firefoxManifest(chromium) {
  const { key, background, ...rest } = chromium;
  const out = { ...rest };
  out.background = { scripts: [background.service_worker], type: background.type };
  out.browser_specific_settings = { gecko: { id: GECKO_ID, strict_min_version: MIN_FIREFOX } };
  return out;
}

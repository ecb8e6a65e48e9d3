// Replays the vectors the JVM wrote to target/parity (ParityVectorsTest) through the TeaVM bundle
// target/js/engine.mjs and asserts byte-identical answers: verdict, score, reasons, extracted fields.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { extract, language, score, scoreCorrected } from '../../../target/js/engine.mjs';

const target = (path) => fileURLToPath(new URL(`../../../target/${path}`, import.meta.url));
const inCi = process.env.CI === 'true';
const fixtures = process.env.WORTHIT_FIXTURES;

function vectors(file) {
  return JSON.parse(readFileSync(target(`parity/${file}`), 'utf8'));
}

/** Fixture vectors exist only where ../shared/fixtures does: skip without them, fail in CI. */
function fixtureVectors(t, file) {
  if (existsSync(target(`parity/${file}`))) {
    return vectors(file);
  }
  const message = `target/parity/${file} missing: the JVM found no ../shared/fixtures`;
  if (inCi) {
    assert.fail(`${message}; CI must have the shared fixtures`);
  }
  t.skip(message);
  return null;
}

function replay(t, list, fn) {
  assert.ok(list.length > 0, 'no vectors');
  for (const v of list) {
    assert.equal(fn(v.input), v.expected, `${v.name}: JS differs from the JVM`);
  }
}

test('own scoring vectors give the JVM answers', (t) => {
  const list = vectors('own-scoring.json');
  assert.ok(list.some((v) => v.expected.startsWith('{"error"')), 'own vectors include bad requests');
  assert.ok(list.some((v) => v.expected.startsWith('{"key"')), 'own vectors include verdicts');
  replay(t, list, score);
});

test('own scoring vectors with corrections give the JVM answers', (t) => {
  const list = vectors('own-corrected-scoring.json');
  assert.ok(list.some((v) => v.expected.includes('"rule":"correction"')), 'vectors include a correction reason');
  assert.ok(list.some((v) => v.expected.startsWith('{"error"')), 'vectors include bad input');
  replay(t, list, scoreCorrected);
});

test('own listings in other languages give the JVM verdicts and language reasons', (t) => {
  const list = vectors('own-foreign-scoring.json');
  assert.ok(list.some((v) => v.expected.includes('"rule":"language"')), 'vectors include a language reason');
  replay(t, list, score);
});

test('the language detector gives the JVM segments, languages and clues', (t) => {
  const list = vectors('own-language.json');
  assert.ok(list.some((v) => v.expected.includes('"language":"de"')), 'vectors include German');
  assert.ok(list.some((v) => v.expected.includes('"language":"en"')), 'vectors include English');
  replay(t, list, language);
});

test('own extraction vectors give the JVM answers', (t) => {
  replay(t, vectors('own-extraction.json'), extract);
});

test('broken extraction inputs give the JVM answers', (t) => {
  replay(t, vectors('broken-extraction.json'), extract);
});

test('every labelled scoring case gives the JVM answer', (t) => {
  const list = fixtureVectors(t, 'fixture-scoring.json');
  if (list === null) return;
  if (fixtures && existsSync(`${fixtures}/scoring-cases.jsonl`)) {
    const ids = readFileSync(`${fixtures}/scoring-cases.jsonl`, 'utf8').split('\n')
      .filter((line) => line.trim() !== '').map((line) => JSON.parse(line).id);
    assert.deepEqual(list.map((v) => v.name), ids, 'the vectors cover every scoring case, in order');
  }
  replay(t, list, score);
});

test('every real listing gives the JVM verdict, score and reasons', (t) => {
  const file = fixtures && `${fixtures}/real-listings/real-listings.jsonl`;
  if (!file || !existsSync(file)) {
    const message = `${file || 'WORTHIT_FIXTURES/real-listings/real-listings.jsonl'} missing`;
    if (inCi) {
      assert.fail(`${message}; CI must have the shared fixtures`);
    }
    t.skip(`${message}; skipping the real listings' parity`);
    return;
  }
  const list = fixtureVectors(t, 'real-listings-scoring.json');
  if (list === null) return;
  const ids = readFileSync(file, 'utf8').split('\n')
    .filter((line) => line.trim() !== '').map((line) => JSON.parse(line).id);
  assert.deepEqual(list.map((v) => v.name), ids, 'the vectors cover every real listing, in order');
  assert.ok(list.every((v) => v.expected.startsWith('{"key"')), 'every real listing is scored, none refused');
  replay(t, list, score);
});

test('the script texts of every fixture page give the JVM listings', (t) => {
  const list = fixtureVectors(t, 'fixture-extraction.json');
  if (list === null) return;
  replay(t, list, extract);
});

test('the language detector gives the JVM answer on every real listing text', (t) => {
  const list = fixtureVectors(t, 'real-listings-language.json');
  if (list === null) return;
  replay(t, list, language);
});

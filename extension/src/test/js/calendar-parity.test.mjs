// Replays the calendar vectors the JVM wrote (CalendarParityTest) through the TeaVM bundle: the
// .ics text must be byte-identical, and every line of it at most 75 octets.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { calendar } from '../../../target/js/engine.mjs';

const vectors = JSON.parse(readFileSync(
  fileURLToPath(new URL('../../../target/parity/calendar.json', import.meta.url)), 'utf8'));

test('the calendar vectors give the JVM files', () => {
  assert.ok(vectors.length >= 5, 'no vectors');
  for (const v of vectors) {
    assert.equal(calendar(v.input), v.expected, `${v.name}: JS differs from the JVM`);
  }
});

test('the files JS writes fold at 75 octets and end lines with CRLF', () => {
  for (const v of vectors.filter((x) => x.expected.startsWith('BEGIN:VCALENDAR'))) {
    const text = calendar(v.input);
    assert.ok(text.endsWith('\r\n'), v.name);
    for (const line of text.split('\r\n')) {
      assert.ok(Buffer.byteLength(line, 'utf8') <= 75, `${v.name}: ${line}`);
      assert.ok(!line.includes('\n') && !line.includes('\r'), v.name);
    }
  }
});

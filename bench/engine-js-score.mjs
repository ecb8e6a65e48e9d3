// Times the TeaVM-compiled scorer in node: every labelled scoring case, 20 rounds.
// Usage (after `mvn -B -o package -DskipTests -pl shared,extension -am`):
//   node bench/engine-js-score.mjs ../shared/fixtures/scoring-cases.jsonl
import { score } from '../extension/target/js/engine.mjs';
import fs from 'fs';

const file = process.argv[2] ?? '../shared/fixtures/scoring-cases.jsonl';
const requests = fs.readFileSync(file, 'utf8').trim().split('\n')
  .map((line) => JSON.stringify(JSON.parse(line).request));
const rounds = 20;
const start = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const request of requests) score(request);
}
const perRequest = (performance.now() - start) / (rounds * requests.length);
console.log(`${requests.length * rounds} requests, ${perRequest.toFixed(2)} ms per request`);

// Times the TeaVM-compiled page extraction in node: a listing page's JSON-LD of N events (as on
// Meetup's find page), first call (cold code, class initialisation) and then the mean of 20 more.
// Usage (after `mvn -B -o package -DskipTests -pl shared,extension -am`; an engine built with
// -Dteavm.minifying=false gives readable names to `node --cpu-prof`):
//   node bench/engine-js-extract.mjs [events] [engine.mjs]
const events = Number(process.argv[2] ?? 200);
const { extract } = await import(process.argv[3] ?? '../extension/target/js/engine.mjs');

const ld = [];
for (let i = 0; i < events; i++) {
  ld.push({
    '@context': 'https://schema.org', '@type': 'Event', name: `Event ${i}`,
    url: `https://www.meetup.com/group-${i % 37}/events/${400000000 + i}/`,
    description: `Join us for talks and networking ${i}`, startDate: '2026-06-25T22:00:00Z',
    performer: `Group ${i % 37}`,
  });
}
const input = JSON.stringify({ address: 'https://www.meetup.com/find/', jsonLd: [JSON.stringify(ld)] });
let start = performance.now();
const found = JSON.parse(extract(input)).length;
const first = performance.now() - start;
const rounds = 20;
start = performance.now();
for (let r = 0; r < rounds; r++) extract(input);
const warm = (performance.now() - start) / rounds;
console.log(`${found} listings: first call ${first.toFixed(1)} ms, then ${warm.toFixed(2)} ms a call`);

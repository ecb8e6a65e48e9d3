// Times the TeaVM-compiled scorer in node on card-sized listings, the texts of the synthetic
// listing pages the extension benchmark loads: the first score of a fresh engine (class
// initialisation, the lexicon built), the next N-1 (cold code, as a page's cards are scored), then
// all N again (warmer). Each call also parses its request and writes its verdict as JSON.
// Usage (after `mvn -B -o package -DskipTests -pl shared,extension -am`):
//   node bench/engine-js-cards.mjs [cards] [engine.mjs]
const cards = Number(process.argv[2] ?? 200);
const { score } = await import(process.argv[3] ?? '../extension/target/js/engine.mjs');

// The title and description pairs of e2e/.../SyntheticPages.java.
const EVENTS = [
  ["Laid off? You're not alone: job seekers support group",
    'A weekly support group for the unemployed to share your struggles and find encouragement.'],
  ['Job Leads Exchange', 'We share job postings and openings we found on job boards this week.'],
  ['Coffee chats for engineers',
    'One-on-one coffee chats: warm introductions and mentor matching with people from many companies.'],
  ['Tech Career Expo 2026',
    'Hundreds of exhibitors, sponsors and booths; coaching packages and resume review sold on site.'],
  ['Bioscience Association networking night',
    "The regional bioscience association's chapter meeting: scientists, engineers and managers of all roles."],
  ['Meet the founders: startups hiring engineers',
    'Hiring managers and founders from named companies present their teams; companies hiring now.'],
  ['QA Engineers Roundtable', 'For QA engineers only: share job leads and openings with your peers every month.'],
  ['Evening meetup', ''],
];

const requests = [];
for (let i = 0; i < cards; i++) {
  const [title, description] = EVENTS[i % EVENTS.length];
  const id = 400000000 + i;
  requests.push(JSON.stringify({
    listing: {
      key: `meetup:event:${id}`, url: `https://www.meetup.com/group-${i % 37}/events/${id}/`, source: 'meetup',
      title, description, startTime: '2026-06-25T22:00:00Z', group: `Group ${i % 37}`,
    },
    profile: {},
  }));
}

let start = performance.now();
const first = score(requests[0]);
const firstMs = performance.now() - start;
if (!first.startsWith('{"key"')) {
  throw new Error(`not a verdict: ${first}`);
}
start = performance.now();
for (let i = 1; i < cards; i++) score(requests[i]);
const coldUs = ((performance.now() - start) * 1000) / (cards - 1);
start = performance.now();
for (const request of requests) score(request);
const againUs = ((performance.now() - start) * 1000) / cards;
console.log(`${cards} cards: first ${firstMs.toFixed(1)} ms, next ${cards - 1} ${coldUs.toFixed(0)} µs each,`
  + ` all again ${againUs.toFixed(0)} µs each`);

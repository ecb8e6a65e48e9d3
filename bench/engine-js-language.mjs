// Times the TeaVM-compiled language detector and scorer in node on the texts issue 18 names: the
// cards of a 2,000-card listing page (title and a short description each) and 100 KB descriptions.
// Usage (after `mvn -B -o package -DskipTests -pl shared,extension -am`):
//   node bench/engine-js-language.mjs
import { language, score } from '../extension/target/js/engine.mjs';

const titles = ['Networking for founders and investors', 'Netzwerktreffen für Gründerinnen und Gründer',
  'Soirée networking pour les entrepreneurs', 'Coffee chats for engineers', 'Tech Career Expo 2026'];
const descriptions = ['Meet founders and hiring managers from local startups over a drink.',
  'Wir stellen uns kurz vor, danach gibt es Zeit für Gespräche bei einem Getränk.',
  'Après une courte présentation, vous pourrez échanger avec les autres participants.'];
const english = 'Join us for our monthly networking evening for founders and product people. After a short talk '
  + 'there is time to meet the other guests over a drink. ';
const german = 'Unser monatliches Netzwerktreffen für Gründerinnen und Gründer aus Berlin. Wir stellen uns kurz '
  + 'vor, danach gibt es Zeit für Gespräche bei einem Getränk. ';
const long = (s) => s.repeat(Math.ceil(100_000 / s.length)).slice(0, 100_000);

function time(label, rounds, fn) {
  for (let i = 0; i < 3; i++) fn();
  const start = performance.now();
  for (let i = 0; i < rounds; i++) fn();
  console.log(`${label}: ${((performance.now() - start) / rounds).toFixed(2)} ms`);
}

const cards = [];
for (let i = 0; i < 2000; i++) cards.push([titles[i % titles.length], descriptions[i % descriptions.length]]);
time('language of 2,000 cards (title and description)', 10, () => {
  for (const [t, d] of cards) { language(t); language(d); }
});
const requests = cards.map(([t, d], i) => JSON.stringify({ listing: {
  url: `https://www.meetup.com/g/events/${1000 + i}/`, title: t, description: d } }));
time('score of 2,000 cards (language included)', 5, () => { for (const r of requests) score(r); });
time('language of a 100 KB English description', 20, () => language(long(english)));
time('language of a 100 KB German description', 20, () => language(long(german)));

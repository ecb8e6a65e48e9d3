// Writes N realistic, varied ScoreRequest JSON lines (DESIGN.md format) to stdout, deterministically.
// Usage: node bench/generate-score-requests.mjs [N=10000] [SEED=42] > requests.jsonl
const n = Number(process.argv[2] ?? 10000);
let seed = Number(process.argv[3] ?? 42) >>> 0;

// Mulberry32: small, fast and reproducible across node versions.
function random() {
  seed = (seed + 0x6d2b79f5) >>> 0;
  let t = seed;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}
const pick = (xs) => xs[Math.floor(random() * xs.length)];
const chance = (p) => random() < p;
const int = (lo, hi) => lo + Math.floor(random() * (hi - lo + 1));

const topics = ['Product Management', 'Data Engineering', 'UX Design', 'DevOps', 'Frontend', 'AI & ML',
  'Fintech', 'Healthcare IT', 'Cybersecurity', 'Women in Tech', 'Startup Founders', 'Cloud Native',
  'Marketing Analytics', 'Sales Engineering', 'Café Créatif', 'Zürich Devs'];
const kinds = ['Networking Mixer', 'Happy Hour', 'Career Fair', 'Job Seekers Support Circle', 'Speed Networking',
  'Resume Workshop', 'Hiring Night', 'Meetup & Talks', 'Coffee Chat', 'Job Leads Exchange', 'Conference 2026',
  'Hackathon', 'Panel: Breaking Into Tech', 'Lunch & Learn', 'Open Mic Demo Night'];
const sentences = [
  'Meet hiring managers and senior engineers from local startups.',
  'Structured introductions in small groups, then open networking over drinks.',
  'Laid off? You are not alone: share your struggles and keep each other encouraged.',
  'Bring three job openings you found on LinkedIn this week and we will go around the room.',
  'Recruiters from **Acme**, _Globex_ and Initech will be on site and are actively hiring.',
  'Over 60 exhibitors! Resume review stations, professional headshots ($25) and sponsor booths.',
  'Lightning talks from practitioners, followed by Q&A and mingling. 🍕 Pizza provided!',
  'This is a paid coaching program; seats are limited, early-bird pricing ends Friday.',
  'Our community meets every month to swap ideas, referrals and mentorship.',
  'Entrée gratuite, boissons offertes. Venez rencontrer des équipes qui recrutent.',
  'Speakers: a VP of Engineering, a staff data scientist and a founder who just raised a Series A.',
  'No agenda, just a relaxed evening for people working in tech to connect.',
  '## Agenda\n- 6:30 doors\n- 7:00 talks\n- 8:00 networking',
  'Please RSVP so we can order enough food. Capacity is limited by the venue.',
  'Sponsored by a staffing agency; MLM and sales pitches are not allowed.',
];
const eventbriteDomains = ['com', 'co.uk', 'ca', 'com.au', 'co.nz', 'ie', 'de', 'fr', 'es', 'it', 'nl'];
const recurrences = ['none', 'weekly', 'biweekly', 'monthly', 'irregular'];
const currencies = ['USD', 'GBP', 'EUR', 'CAD', 'AUD'];
const titles = ['Software Engineer', 'Product Manager', 'Data Analyst', 'UX Researcher', 'Account Executive'];
const industries = ['software', 'finance', 'healthcare', 'education', 'retail'];

const slug = (s) => s.toLowerCase().normalize('NFD').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function description() {
  const parts = [];
  const count = chance(0.05) ? int(60, 200) : int(0, 8); // a few very long descriptions
  for (let i = 0; i < count; i++) parts.push(pick(sentences));
  return parts.join(chance(0.3) ? '\n\n' : ' ');
}

function request(i) {
  const topic = pick(topics);
  const title = `${topic} ${pick(kinds)}`;
  const meetup = chance(0.55);
  const id = 311000000 + i;
  const listing = meetup
    ? { url: `https://www.meetup.com/${slug(topic)}-${int(1, 40)}/events/${id}/${chance(0.3) ? '?utm_source=newsletter' : ''}`,
        source: 'meetup', groupName: `${topic} Community` }
    : { url: `https://www.eventbrite.${pick(eventbriteDomains)}/e/${slug(title)}-tickets-${800000000000 + i}${chance(0.3) ? '?aff=ebdssbdestsearch' : ''}`,
        source: 'eventbrite' };
  listing.title = chance(0.03) ? '' : title;
  const desc = description();
  if (desc) listing.description = desc;
  if (chance(0.4)) listing.groupDescription = pick(sentences);
  if (chance(0.8)) listing.startsAt = `2026-${String(int(1, 12)).padStart(2, '0')}-${String(int(1, 28)).padStart(2, '0')}T18:30:00-04:00`;
  if (chance(0.6)) listing.recurrence = pick(recurrences);
  if (chance(0.8)) { listing.priceCents = chance(0.6) ? 0 : int(5, 400) * 100; listing.currency = pick(currencies); }
  if (chance(0.7)) listing.attendeeCount = chance(0.1) ? int(500, 5000) : int(0, 150);
  if (chance(0.3)) listing.capacity = int(20, 600);
  if (chance(0.5)) listing.online = chance(0.3);
  const req = { listing };
  if (chance(0.5)) {
    req.profile = {};
    if (chance(0.8)) req.profile.targetTitle = pick(titles);
    if (chance(0.6)) req.profile.industry = pick(industries);
    if (chance(0.4)) req.profile.timesAttendedGroup = int(0, 12);
  }
  return req;
}

const out = [];
for (let i = 0; i < n; i++) {
  out.push(JSON.stringify(request(i)));
  if (out.length === 1000) { process.stdout.write(out.join('\n') + '\n'); out.length = 0; }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');

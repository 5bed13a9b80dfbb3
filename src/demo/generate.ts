/**
 * Deterministic demo data generator for Clearloop.
 *
 * Pure function: no I/O, no database, no randomness outside the seeded PRNG. The same `seed` and `now` always give
 * the same output. The data describe "Brightwave", a fictional home-internet & mobile provider with five frontline
 * teams in five cities, about 2,000 customers (people), ~30% of whom belong to business accounts, and a year of
 * NPS and CSAT responses with comments.
 *
 * Built-in story (what a person clicking through the demo should be able to find):
 * - Field Technicians is clearly the best team, Billing clearly the worst.
 * - Star employees: Marcus Reed (Field Technicians, Portland), Rosa Jimenez (Retail Stores, Austin) and
 *   Priya Raman (Support Phone, Austin). Struggling: Kevin Walsh (Retail Stores, Columbus).
 * - Pro plan customers are happier than Plus, who are happier than Basic.
 * - About 4 months before `now` a network outage and a billing-system migration cause a ~6-week dip; outage and
 *   billing complaints dominate comments in that period.
 * - Over the last 3 months scores improve gradually.
 *
 * NPS groups (see GLOSSARY): promoter 9–10, passive 7–8, detractor 0–6; NPS = %promoters − %detractors.
 * CSAT (1–5): satisfied = 4 or 5.
 */

export interface DemoResponse {
  survey: 'nps' | 'csat';
  /** nps 0–10, csat 1–5 */
  score: number;
  /** about 60% have a comment */
  comment: string | null;
  /** equals the `key` of one entry in `people` (which is also its index there, as a string) */
  personKey: string;
  /** names of a team, a location and an employee in the same DemoData */
  team: string;
  location: string;
  employee: string;
  channel: 'email' | 'link' | 'widget' | 'api';
  /** e.g. {plan: 'Pro', region: 'West'} */
  properties: Record<string, string>;
  /** ISO-8601 UTC */
  createdAt: string;
}

export interface DemoPerson {
  key: string;
  email: string;
  name: string;
  externalId: string;
  properties: Record<string, string | number>;
  /** name of an entry in `accounts`, or null for consumers */
  account: string | null;
}

export interface DemoData {
  teams: { name: string }[];
  locations: { name: string }[];
  employees: { name: string; email: string; team: string; location: string }[];
  accounts: { name: string; properties: Record<string, string | number> }[];
  people: DemoPerson[];
  /** sorted by createdAt ascending */
  responses: DemoResponse[];
}

export interface GenerateDemoOptions {
  seed?: number;
  now?: Date;
  months?: number;
  npsResponses?: number;
  csatResponses?: number;
}

/** Company name used in comments and e-mail domains. */
export const DEMO_COMPANY = 'Brightwave';

const DAY_MS = 86_400_000;

/**
 * The dip: a network outage plus a billing-system migration, [DIP_START_DAYS, DIP_END_DAYS] days before `now`
 * (42 days, centred about 4 months back). Exported so tests and UI hints can refer to the same window.
 */
export const DIP_START_DAYS = 141;
export const DIP_END_DAYS = 99;
/** The gradual improvement runs over the last IMPROVEMENT_DAYS days before `now`. */
export const IMPROVEMENT_DAYS = 90;

// ---------------------------------------------------------------------------------------------------------------
// PRNG

type Rng = () => number;

/** mulberry32: tiny, fast, good enough for demo data. Returns floats in [0, 1). */
function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  readonly next: Rng;
  private spare: number | null = null;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let r = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      r -= weights[i] ?? 0;
      if (r < 0) return items[i] as T;
    }
    return items[items.length - 1] as T;
  }
  /** standard normal (Box–Muller) */
  normal(): number {
    if (this.spare !== null) {
      const s = this.spare;
      this.spare = null;
      return s;
    }
    let u = 0;
    while (u === 0) u = this.next();
    const v = this.next();
    const r = Math.sqrt(-2 * Math.log(u));
    this.spare = r * Math.sin(2 * Math.PI * v);
    return r * Math.cos(2 * Math.PI * v);
  }
}

/** Cumulative-weight sampler with binary search, for large lists (people, days). */
class CumulativeSampler {
  private readonly cum: Float64Array;
  constructor(weights: readonly number[]) {
    this.cum = new Float64Array(weights.length);
    let acc = 0;
    for (let i = 0; i < weights.length; i++) {
      acc += weights[i] ?? 0;
      this.cum[i] = acc;
    }
  }
  sample(rng: Random): number {
    const n = this.cum.length;
    const target = rng.next() * (this.cum[n - 1] ?? 0);
    let lo = 0;
    let hi = n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.cum[mid] ?? 0) > target) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}

const sigmoid = (x: number): number => 1 / (1 + Math.exp(-x));

// ---------------------------------------------------------------------------------------------------------------
// The company

type TeamKey = 'phone' | 'chat' | 'field' | 'retail' | 'billing';
type Channel = DemoResponse['channel'];
type Group = 'detractor' | 'passive' | 'promoter';
type Plan = 'Basic' | 'Plus' | 'Pro';

interface TeamDef {
  key: TeamKey;
  name: string;
  /** effect on the latent satisfaction score */
  effect: number;
  /** how hard the dip hits this team (multiplies the base dip effect) */
  dipFactor: number;
  npsShare: number;
  csatShare: number;
  channels: Record<Channel, number>;
}

const TEAMS: readonly TeamDef[] = [
  {
    key: 'phone', name: 'Support Phone', effect: -0.1, dipFactor: 1.1, npsShare: 28, csatShare: 30,
    channels: { email: 70, link: 10, widget: 0, api: 20 },
  },
  {
    key: 'chat', name: 'Support Chat', effect: 0.1, dipFactor: 0.9, npsShare: 20, csatShare: 30,
    channels: { email: 20, link: 5, widget: 75, api: 0 },
  },
  {
    key: 'field', name: 'Field Technicians', effect: 0.55, dipFactor: 0.6, npsShare: 18, csatShare: 10,
    channels: { email: 45, link: 15, widget: 0, api: 40 },
  },
  {
    key: 'retail', name: 'Retail Stores', effect: 0.1, dipFactor: 0.6, npsShare: 20, csatShare: 15,
    channels: { email: 35, link: 55, widget: 0, api: 10 },
  },
  {
    key: 'billing', name: 'Billing', effect: -0.6, dipFactor: 1.35, npsShare: 14, csatShare: 15,
    channels: { email: 60, link: 10, widget: 20, api: 10 },
  },
];

interface LocationDef {
  name: string;
  region: string;
  /** share of customers living there */
  share: number;
}

const LOCATIONS: readonly LocationDef[] = [
  { name: 'Portland', region: 'West', share: 22 },
  { name: 'Denver', region: 'Mountain', share: 20 },
  { name: 'Austin', region: 'South', share: 22 },
  { name: 'Columbus', region: 'Midwest', share: 18 },
  { name: 'Charlotte', region: 'Southeast', share: 18 },
];

interface EmployeeDef {
  first: string;
  last: string;
  team: TeamKey;
  location: string;
  /** effect on the latent satisfaction score */
  effect: number;
  /** relative share of the team's volume */
  volume: number;
  star?: boolean;
}

const EMPLOYEES: readonly EmployeeDef[] = [
  // Support Phone: call centres in Columbus and Austin
  { first: 'Megan', last: 'Foster', team: 'phone', location: 'Columbus', effect: 0.05, volume: 1.2 },
  { first: 'Luis', last: 'Ortega', team: 'phone', location: 'Austin', effect: 0, volume: 1 },
  { first: 'Tanya', last: 'Brooks', team: 'phone', location: 'Columbus', effect: -0.1, volume: 1.1 },
  { first: 'Derek', last: 'Olsen', team: 'phone', location: 'Columbus', effect: -0.15, volume: 0.9 },
  { first: 'Priya', last: 'Raman', team: 'phone', location: 'Austin', effect: 0.75, volume: 1, star: true },
  // Support Chat: Denver and Portland
  { first: 'Jordan', last: 'Kim', team: 'chat', location: 'Denver', effect: 0.1, volume: 1.1 },
  { first: 'Aisha', last: 'Bello', team: 'chat', location: 'Denver', effect: 0.05, volume: 1 },
  { first: 'Sam', last: 'Whitaker', team: 'chat', location: 'Portland', effect: -0.1, volume: 0.9 },
  { first: 'Elena', last: 'Petrova', team: 'chat', location: 'Portland', effect: 0, volume: 1 },
  // Field Technicians: everywhere
  { first: 'Marcus', last: 'Reed', team: 'field', location: 'Portland', effect: 0.9, volume: 1.1, star: true },
  { first: 'Carlos', last: 'Mendoza', team: 'field', location: 'Austin', effect: 0.05, volume: 1 },
  { first: 'Brian', last: 'Kowalski', team: 'field', location: 'Columbus', effect: -0.05, volume: 1 },
  { first: 'Jamal', last: 'Carter', team: 'field', location: 'Charlotte', effect: 0.1, volume: 1 },
  { first: 'Tyler', last: 'Nguyen', team: 'field', location: 'Denver', effect: 0, volume: 1 },
  { first: 'Grace', last: 'Holloway', team: 'field', location: 'Charlotte', effect: 0.05, volume: 0.8 },
  // Retail Stores: one store per city
  { first: 'Hannah', last: 'Lee', team: 'retail', location: 'Portland', effect: 0.05, volume: 1 },
  { first: 'Omar', last: 'Haddad', team: 'retail', location: 'Denver', effect: 0, volume: 1 },
  { first: 'Rosa', last: 'Jimenez', team: 'retail', location: 'Austin', effect: 0.85, volume: 1.1, star: true },
  { first: 'Kevin', last: 'Walsh', team: 'retail', location: 'Columbus', effect: -1.1, volume: 1 },
  { first: 'Nicole', last: 'Grant', team: 'retail', location: 'Charlotte', effect: 0.05, volume: 1 },
  // Billing: Charlotte and Columbus
  { first: 'Diane', last: 'Mercer', team: 'billing', location: 'Charlotte', effect: 0, volume: 1.1 },
  { first: 'Victor', last: 'Chen', team: 'billing', location: 'Charlotte', effect: 0.1, volume: 1 },
  { first: 'Paula', last: 'Svensson', team: 'billing', location: 'Columbus', effect: -0.1, volume: 0.9 },
];

const PLAN_EFFECT: Record<Plan, number> = { Basic: -0.3, Plus: 0, Pro: 0.45 };
const PLAN_PRICE: Record<Plan, number> = { Basic: 45, Plus: 70, Pro: 105 };
const PLAN_SPEED: Record<Plan, number> = { Basic: 200, Plus: 500, Pro: 1000 };

/** Baseline latent satisfaction and the base size of the dip. Tuned so that overall NPS lands around +25..+30. */
const BASE_LATENT = 0.05;
const CSAT_OFFSET = 0.05;
const DIP_EFFECT = -1.05;
const IMPROVEMENT_EFFECT = 0.5;
/** Ordered-logit cut points: P(detractor) = σ(c1 − L), P(≤ passive) = σ(c2 − L). */
const NPS_CUTS = [-1.2, 0.1] as const;
/** P(score ≤ k) = σ(c_k − L) for k = 1..4 */
const CSAT_CUTS = [-3.0, -2.3, -1.45, 0.1] as const;

// ---------------------------------------------------------------------------------------------------------------
// Names

const FIRST_NAMES = [
  'James', 'Mary', 'Robert', 'Patricia', 'John', 'Jennifer', 'Michael', 'Linda', 'David', 'Elizabeth', 'William',
  'Barbara', 'Richard', 'Susan', 'Joseph', 'Jessica', 'Thomas', 'Sarah', 'Christopher', 'Karen', 'Daniel', 'Lisa',
  'Matthew', 'Nancy', 'Anthony', 'Sandra', 'Mark', 'Ashley', 'Steven', 'Emily', 'Andrew', 'Michelle', 'Joshua',
  'Amanda', 'Kenneth', 'Melissa', 'Kevin', 'Stephanie', 'Brian', 'Rebecca', 'Timothy', 'Laura', 'Ryan', 'Amy',
  'Jacob', 'Kathleen', 'Gary', 'Angela', 'Nicholas', 'Shirley', 'Eric', 'Brenda', 'Jonathan', 'Pamela', 'Juan',
  'Maria', 'Jose', 'Carmen', 'Luis', 'Ana', 'Miguel', 'Sofia', 'Diego', 'Isabella', 'Wei', 'Mei', 'Hiroshi', 'Yuki',
  'Arjun', 'Ananya', 'Raj', 'Deepa', 'Mohammed', 'Fatima', 'Ahmed', 'Leila', 'Kwame', 'Amara', 'Olga', 'Dmitri',
  'Chloe', 'Liam', 'Noah', 'Olivia', 'Ethan', 'Ava', 'Mason', 'Harper', 'Lucas', 'Zoe', 'Caleb', 'Nora', 'Owen',
  'Hazel', 'Tyrone', 'Keisha', 'Darnell', 'Imani', 'Bao', 'Linh',
];

const LAST_NAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez',
  'Hernandez', 'Lopez', 'Gonzalez', 'Wilson', 'Anderson', 'Thomas', 'Taylor', 'Moore', 'Jackson', 'Martin', 'Lee',
  'Perez', 'Thompson', 'White', 'Harris', 'Sanchez', 'Clark', 'Ramirez', 'Lewis', 'Robinson', 'Walker', 'Young',
  'Allen', 'King', 'Wright', 'Scott', 'Torres', 'Nguyen', 'Hill', 'Flores', 'Green', 'Adams', 'Nelson', 'Baker',
  'Hall', 'Rivera', 'Campbell', 'Mitchell', 'Carter', 'Roberts', 'Patel', 'Shah', 'Kim', 'Park', 'Chen', 'Wang',
  'Tanaka', 'Sato', 'Okafor', 'Mensah', 'Ali', 'Hassan', 'Novak', 'Ivanova', 'Schmidt', 'Muller', "O'Brien",
  'Murphy', 'Kelly', 'Sullivan', 'Bennett', 'Gray', 'Price', 'Hughes', 'Foster', 'Ross', 'Coleman', 'Jenkins',
  'Perry', 'Powell', 'Long', 'Fisher', 'Reyes', 'Cruz', 'Morales', 'Ortiz', 'Gutierrez', 'Chavez', 'Tran', 'Pham',
];

const CONSUMER_DOMAINS = ['example.com', 'example.net', 'example.org', 'mail.example.com', 'inbox.example.net'];

const ACCOUNT_PREFIXES = [
  'Harbor', 'Summit', 'Cedar', 'Northwind', 'Bluebird', 'Ironwood', 'Maple', 'Riverbend', 'Granite', 'Silverline',
  'Lakeside', 'Red Oak', 'Copperleaf', 'Brightside', 'Evergreen', 'Foxglove', 'Highland', 'Juniper', 'Keystone',
  'Lighthouse', 'Meridian', 'Oakridge', 'Pinecrest', 'Quarry', 'Sagebrush', 'Tidewater', 'Willow', 'Aspen',
  'Blue Heron', 'Canyon', 'Driftwood', 'Elm Street', 'Fairview', 'Goldfinch', 'Hawthorne', 'Prairie', 'Union',
];

const INDUSTRIES: readonly { industry: string; suffixes: readonly string[]; seats: [number, number] }[] = [
  { industry: 'Healthcare', suffixes: ['Dental Group', 'Family Clinic', 'Veterinary Hospital', 'Physical Therapy'], seats: [8, 80] },
  { industry: 'Professional Services', suffixes: ['Law Partners', 'Accounting', 'Architects', 'Consulting'], seats: [5, 120] },
  { industry: 'Retail', suffixes: ['Outfitters', 'Hardware', 'Books', 'Home Goods'], seats: [4, 60] },
  { industry: 'Hospitality', suffixes: ['Coffee Co.', 'Bakery', 'Bistro', 'Inn'], seats: [3, 40] },
  { industry: 'Real Estate', suffixes: ['Realty', 'Property Management'], seats: [5, 90] },
  { industry: 'Logistics', suffixes: ['Logistics', 'Freight', 'Moving & Storage'], seats: [10, 250] },
  { industry: 'Manufacturing', suffixes: ['Manufacturing', 'Fabrication', 'Woodworks'], seats: [15, 250] },
  { industry: 'Education', suffixes: ['Learning Center', 'Montessori School', 'Music Academy'], seats: [6, 70] },
  { industry: 'Technology', suffixes: ['Software', 'Design Studio', 'Labs'], seats: [5, 150] },
];

// ---------------------------------------------------------------------------------------------------------------
// Comments
//
// A comment is built from fragments: [opener] + topic sentence + [detail] + [closer], or a short phrase, or for
// passives a "<good thing>, but <bad thing>." sentence. Templates use {slots} filled per response. A template may be
// restricted to some teams with a "phone,chat|" style prefix.

interface Topic {
  /** relative weight per team */
  weight: Partial<Record<TeamKey, number>>;
  /** weight multiplier at full dip strength (default 1), blended with `outsideDip` by dip strength */
  dip?: number;
  /** weight when not in the dip (default 1); 0 makes a dip-only topic */
  outsideDip?: number;
  core: readonly string[];
  /** core sentences naming the employee: used some of the time */
  withEmployee?: readonly string[];
  details?: readonly string[];
  short?: readonly string[];
}

const DETRACTOR_TOPICS: Record<string, Topic> = {
  waitTimes: {
    weight: { phone: 5, chat: 3, field: 0.3, retail: 2, billing: 3 },
    dip: 1.5,
    core: [
      'phone,billing|I waited {min} minutes on hold before anyone picked up.',
      'phone,billing|It took over {min} minutes just to reach a human.',
      'phone,billing|Hold times are ridiculous, {min} minutes this time.',
      'phone,billing|I was transferred {times} times and had to explain everything again every time.',
      'phone,billing|The call dropped after {min} minutes on hold and I had to start all over.',
      'chat|The chat said the wait was 5 minutes, it was more like {min}.',
      'chat|I sat in the chat queue for {min} minutes.',
      'chat|Long gaps between replies in the chat, it took forever.',
      'retail|I waited {min} minutes in the store even though it was nearly empty.',
      'retail|Only one person working in the {city} store and a line out the door.',
      'It takes far too long to get help.',
      'Getting hold of anyone is a nightmare.',
    ],
    details: [
      'I have a job, I cannot spend my lunch break on hold.',
      'The hold music alone is enough to make me switch.',
      'Nobody seems to value their customers\' time.',
      'Then I was told to call back the next day.',
      'Automated system kept sending me in circles.',
      'This is not the first time either.',
    ],
    short: ['Wait times', 'Too long on hold', 'waited forever', 'Way too long to get through', 'Long wait'],
  },
  billingError: {
    weight: { phone: 1, chat: 1, field: 0.2, retail: 1, billing: 6 },
    dip: 5,
    core: [
      'I was charged twice this month.',
      'My bill was {amt} higher than it should have been and nobody can explain why.',
      'I am still waiting for the refund I was promised {weeks} weeks ago.',
      'Autopay took the money and I still got a late fee.',
      'I was billed for equipment I returned months ago.',
      'The discount I signed up for disappeared from my bill.',
      'My bill is different every single month.',
      'I was charged for a service I never ordered.',
      'They applied the credit to the wrong account.',
    ],
    withEmployee: [
      '{emp} said the overcharge would be refunded but it never was.',
      '{emp} couldn\'t explain my own bill to me.',
    ],
    details: [
      'It took {times} calls to get it corrected.',
      'I had to send screenshots of my bank statement to prove it.',
      'Every month I have to check the bill line by line.',
      'They said it would be fixed on the next statement. It wasn\'t.',
      'That is {amt} I need for other things.',
    ],
    short: ['Billing errors', 'Wrong bill again', 'Overcharged', 'billing is a mess', 'Still no refund'],
  },
  outage: {
    weight: { phone: 2, chat: 2, field: 1, retail: 1, billing: 0.5 },
    dip: 6,
    core: [
      'Internet was down for {days} days and nobody could tell me when it would be back.',
      'Another outage this week.',
      'The service keeps dropping every evening.',
      'We lost service over the weekend and I work from home.',
      'No credit for the days we had no service.',
      'The status page said everything was fine while my whole street was offline.',
      'Connection drops several times a day.',
      'Mobile data stops working every time I leave the house.',
    ],
    details: [
      'I had to use my phone as a hotspot to work.',
      'My kids couldn\'t do their homework.',
      'The restart-the-router advice does not help.',
      'This keeps happening and nobody explains why.',
      'I need reliable internet, that is what I pay for.',
    ],
    short: ['Outages', 'Constant dropouts', 'Internet keeps going down', 'unreliable', 'outage again'],
  },
  dipOutage: {
    weight: { phone: 3, chat: 3, field: 1.5, retail: 1.5, billing: 1 },
    outsideDip: 0,
    dip: 8,
    core: [
      'The big network outage took us offline for {days} days.',
      'During the outage there were no updates at all, just "we are working on it".',
      'We were without internet for most of the week during the outage and got no credit.',
      'The outage was bad enough, but the communication about it was worse.',
      'Since the outage my speeds have never been the same.',
      'I called {times} times during the outage and was told a different restore time each time.',
    ],
    details: [
      'A text message with a real estimate would have made a big difference.',
      'I missed a job interview because of it.',
      'I had to work from a coffee shop for days.',
      'A credit of a few dollars does not make up for it.',
    ],
    short: ['The outage', 'outage!!', 'Days without internet'],
  },
  dipBilling: {
    weight: { phone: 2, chat: 2, field: 0.3, retail: 1, billing: 6 },
    outsideDip: 0,
    dip: 8,
    core: [
      'Since the new billing system my bill has been wrong every month.',
      'After the billing change I was charged twice and my autopay was cancelled.',
      'The billing migration lost my paperless discount and my payment history.',
      'Your new bills are impossible to read and the amount went up by {amt}.',
      'I got a late notice for a bill I had already paid, thanks to the billing changeover.',
    ],
    details: [
      'Everyone I spoke to blamed "the new system".',
      'It took {times} calls and I am still not sure it is fixed.',
      'Please sort out your systems before changing them.',
    ],
    short: ['New billing system is a disaster', 'Billing mess since the change'],
  },
  slowSpeed: {
    weight: { phone: 2, chat: 2, field: 1.5, retail: 0.5, billing: 0.3 },
    dip: 1.5,
    core: [
      'I pay for {speed} Mbps and barely get {slow}.',
      'Speeds are terrible in the evenings.',
      'The Wi-Fi cannot reach the other end of a small apartment.',
      'Video calls freeze constantly.',
      'Streaming buffers every night after 7pm.',
      'Speed tests never come close to what I\'m paying for.',
    ],
    details: [
      'The new router made no difference.',
      'Support just tells me to restart the router.',
      'My neighbour on another provider has no issues.',
      'I work from home so this really matters.',
    ],
    short: ['Slow internet', 'Too slow', 'Speed is awful', 'slow slow slow'],
  },
  unresolved: {
    weight: { phone: 4, chat: 4, field: 2, retail: 2, billing: 3 },
    dip: 1.5,
    core: [
      'My issue still isn\'t fixed after {times} calls.',
      'Nobody took ownership of my problem.',
      'I was promised a call back that never came.',
      'My ticket was closed without the problem being fixed.',
      'Every agent tells me something different.',
      'I have explained the same problem {times} times now.',
      'chat|The chat agent ended the chat before my problem was solved.',
      'chat|The chat bot went in circles for ages before I got a real person.',
      'field|The technician left without fixing anything.',
      'field|A second visit was needed because the first technician didn\'t bring the right equipment.',
      'retail|The store said to call support and support said to go to the store.',
    ],
    withEmployee: [
      '{emp} promised to call me back and never did.',
      '{emp} said it was fixed. It wasn\'t.',
      '{emp} told me it was "a known issue" and that was it.',
    ],
    details: [
      'I have now spent hours of my life on this.',
      'I just want someone to actually fix it.',
      'Still waiting.',
      'It\'s been {weeks} weeks.',
      'I had to escalate it myself by filing a complaint.',
    ],
    short: ['Still not fixed', 'Problem not resolved', 'nobody fixes anything', 'Issue unresolved'],
  },
  rudeStaff: {
    weight: { phone: 2, chat: 1.5, field: 1, retail: 3, billing: 2 },
    core: [
      '{agent} was rude and clearly didn\'t want to help.',
      '{agent} talked down to me the whole time.',
      '{agent} kept interrupting me and didn\'t listen.',
      '{agent} seemed annoyed that I was asking questions.',
      '{agent} was unhelpful and gave me the wrong information.',
      'Staff were dismissive and unprofessional.',
    ],
    withEmployee: [
      '{emp} was dismissive and kept interrupting me.',
      '{emp} was rude and hung up on me.',
      '{emp} clearly didn\'t know the answer and made something up.',
      '{emp} was more interested in their phone than in helping me.',
    ],
    details: [
      'I have never been treated like that by a company.',
      'A little courtesy goes a long way.',
      'I left feeling like an inconvenience.',
      'I would like someone to look at how staff are trained.',
    ],
    short: ['Rude staff', 'Unhelpful', 'Very rude', 'Terrible customer service'],
  },
  priceIncrease: {
    weight: { phone: 1.5, chat: 1, field: 0.3, retail: 2, billing: 4 },
    core: [
      'The price went up {amt} a month with no warning.',
      'My bill keeps going up every year but the service doesn\'t get better.',
      'New customers get better deals than loyal ones.',
      'Too expensive for what you get.',
      'The promotional price ended and now I pay almost double.',
      'I\'ve been a customer for {tenure} and my reward is a price increase.',
    ],
    details: [
      'Other providers are offering the same speed for less.',
      'Nobody offered me a better plan when I called.',
      'I will be shopping around when my contract ends.',
      'It\'s not sustainable on my budget.',
    ],
    short: ['Too expensive', 'Price increase', 'Overpriced', 'price keeps going up'],
  },
  installDelay: {
    weight: { phone: 1, chat: 1, field: 6, retail: 2, billing: 0.3 },
    core: [
      'field|The technician never showed up for the appointment.',
      'field|Installation was rescheduled {times} times.',
      'field|I took a day off work and nobody came.',
      'field|The technician arrived {hours} hours late without a call.',
      'field|The installation window was 8 to 5 and they showed up at 4:45.',
      'I waited {days} days for the installation.',
      'The router took {days} days to arrive.',
      'retail|The phone I ordered in store took {days} days to come in.',
      'My new {product} was delivered to the wrong address.',
      'My move was supposed to be seamless but I was without service for {days} days.',
    ],
    withEmployee: ['field|{emp} left cables all over the floor and a hole in the wall.'],
    details: [
      'No text, no call, nothing.',
      'I had to call to find out what was going on.',
      'That\'s a lost day of pay for me.',
      'The tracking link never updated.',
    ],
    short: ['Installation delays', 'No-show technician', 'Delivery took forever', 'Missed appointment'],
  },
  pushySales: {
    weight: { phone: 0.5, chat: 0.3, retail: 3 },
    core: [
      'They spent the whole time trying to sell me a new phone instead of fixing my problem.',
      'I came in for a SIM card and got a 20 minute sales pitch.',
      'I was signed up for an add-on I never asked for.',
      'Every call turns into a sales pitch.',
    ],
    withEmployee: ['{emp} kept pushing an upgrade I told them I didn\'t want.'],
    short: ['Too pushy', 'Stop upselling'],
  },
};

const PROMOTER_TOPICS: Record<string, Topic> = {
  namedEmployee: {
    weight: { phone: 2, chat: 2, field: 2.5, retail: 2.5, billing: 1.5 },
    core: [
      '{agent} was incredibly helpful and explained everything clearly.',
      '{agent} went above and beyond to help me.',
    ],
    withEmployee: [
      '{emp} was incredibly helpful and explained everything clearly.',
      '{emp} went above and beyond.',
      'Shout out to {emp}, who sorted everything out in minutes.',
      '{emp} was patient, friendly and knew exactly what to do.',
      '{emp} listened and actually fixed the problem.',
      '{emp} is a credit to your company.',
      '{emp} made what could have been a stressful call really easy.',
      'Please pass my thanks to {emp}.',
      'field|{emp} was on time, friendly and tidied up afterwards.',
      'field|{emp} explained the setup and even helped me move the router to a better spot.',
      'retail|{emp} at the {city} store set up my new phone and transferred everything.',
      'chat|{emp} on chat was quick and really knew their stuff.',
      'billing|{emp} found a better plan and saved me {amt} a month.',
    ],
    details: [
      'Best customer service I\'ve had in years.',
      'Give them a raise!',
      'I didn\'t expect that level of care.',
      'Exactly how service should be.',
    ],
    short: ['Very helpful staff', 'Great agent'],
  },
  quickFix: {
    weight: { phone: 3, chat: 3, field: 2, retail: 1.5, billing: 2 },
    dip: 0.5,
    core: [
      'My problem was fixed in {fewmin} minutes.',
      'Fixed on the first call.',
      'phone,billing|I got through straight away and it was sorted in one call.',
      'chat|Chat was quick and the agent solved it without me having to call.',
      'The issue was solved quickly and they followed up the next day to check.',
      'Quick, easy and no hassle.',
      'field|The technician found the fault in the line and fixed it the same day.',
    ],
    details: [
      'No transfers, no waiting.',
      'Exactly what I needed.',
      'Couldn\'t have been easier.',
      'Much better than my last provider.',
    ],
    short: ['Quick and easy', 'Fast service', 'Sorted quickly', 'Quick fix, thanks', 'Efficient'],
  },
  friendlyTechnician: {
    weight: { field: 6 },
    core: [
      'The technician was friendly, on time and cleaned up afterwards.',
      'The installer was professional and explained everything.',
      'The tech arrived early and had everything working within an hour.',
      'Installation was smooth and the technician was very knowledgeable.',
      'The engineer took the time to make sure Wi-Fi reached every room.',
    ],
    details: ['Very impressed.', 'Great first impression.', 'Really professional.'],
    short: ['Great technician', 'Smooth installation', 'Friendly tech'],
  },
  goodValue: {
    weight: { phone: 1.5, chat: 1.5, field: 1, retail: 2, billing: 2.5 },
    core: [
      'Great value for the price.',
      'Cheaper than my old provider and faster.',
      'Good price for {speed} Mbps.',
      'The bundle with mobile saves me a lot each month.',
      'Fair pricing and no surprises on the bill.',
    ],
    details: ['Happy I switched.', 'I recommend you to all my friends.', 'Worth every penny.'],
    short: ['Good value', 'Great price', 'Value for money'],
  },
  reliable: {
    weight: { phone: 1.5, chat: 1.5, field: 1.5, retail: 1, billing: 1 },
    dip: 0.15,
    core: [
      'The internet has been rock solid.',
      'I haven\'t had a single outage in months.',
      'Speeds are exactly what I was promised.',
      'Fast and reliable, I work from home and never have issues.',
      'Gaming and streaming at the same time with no lag.',
    ],
    details: ['It just works.', 'Best internet I\'ve had.', 'No complaints at all.'],
    short: ['Reliable', 'Fast internet', 'It just works', 'Solid connection'],
  },
  easyDigital: {
    weight: { phone: 1, chat: 2, field: 0.5, retail: 1, billing: 2 },
    core: [
      'The app makes it easy to check my usage and pay my bill.',
      'Changing my plan online took two minutes.',
      'Easy to understand bill.',
      'I love that I can sort everything out in the app.',
    ],
    short: ['Easy to use app', 'Simple and easy'],
  },
  store: {
    weight: { retail: 5 },
    core: [
      'The team at the {city} store were friendly and got my new phone set up.',
      'In and out of the store in 15 minutes.',
      'The store staff were knowledgeable and not pushy at all.',
      'They helped me move all my photos and contacts to the new phone.',
      'I was greeted right away and didn\'t have to wait.',
    ],
    details: ['Great store.', 'Will definitely go back.'],
    short: ['Great store experience', 'Friendly store staff'],
  },
  billingHelpful: {
    weight: { billing: 5, phone: 1 },
    core: [
      'They refunded the extra charge straight away.',
      'The billing team explained my bill and corrected a mistake without any fuss.',
      'I was moved to a cheaper plan that fits me better, saving {amt} a month.',
      'They set up a payment plan for me when I was struggling.',
    ],
    details: ['Really appreciated it.', 'Very understanding.'],
    short: ['Billing sorted quickly', 'Helpful billing team'],
  },
  recovered: {
    weight: { phone: 1, chat: 1, field: 1, retail: 0.5, billing: 1.5 },
    outsideDip: 0.4,
    dip: 2,
    core: [
      'Even with the outage, the way my issue was handled was excellent.',
      'I had a billing problem but it was fixed quickly and I got a credit.',
      'Things went wrong but they owned it and made it right.',
    ],
    details: ['That is why I stay.', 'Mistakes happen, it\'s how you fix them that counts.'],
  },
};

/** Passive comments: "<good>, but <bad>." plus a few standalone sentences. */
const PASSIVE_GOOD = [
  'The service itself is reliable',
  'The staff are friendly',
  'Internet is fast most of the time',
  'The app is easy to use',
  'Overall it does the job',
  'Prices are reasonable',
  'The agent was polite',
  'The problem got fixed in the end',
  'field|Installation went fine',
  'field|The technician was nice',
  'retail|The store staff were helpful',
  'chat|The chat agent was helpful',
  'billing|The billing rep was pleasant',
  '{emp} was helpful',
  '{emp} was friendly',
];
const PASSIVE_BAD = [
  'the price keeps creeping up',
  'getting through on the phone takes forever',
  'I had to contact you {times} times to get it sorted',
  'the bill is confusing',
  'speeds drop in the evenings',
  'the Wi-Fi doesn\'t reach upstairs',
  'it took longer than it should have',
  'I had to explain my issue more than once',
  'there are cheaper options out there',
  'the contract terms could be clearer',
  'field|the appointment window was far too wide',
  'field|the technician was {hours} hours late',
  'retail|the wait in store was long',
  'retail|they tried a bit too hard to upsell me',
  'chat|the chat was slow to respond',
  'billing|my refund is still pending',
  'dip|the outage last month was really frustrating',
  'dip|the new bills are hard to read',
  'dip|I was charged twice after the billing change',
];
const PASSIVE_STANDALONE = [
  'It\'s fine.',
  'Does the job.',
  'No complaints, nothing special either.',
  'Average service, average price.',
  'Good but not great.',
  'Solved my issue eventually.',
  'Mostly reliable with the odd hiccup.',
  'Okay for the price.',
  'Satisfactory.',
  'Decent, would be a 10 if the prices were lower.',
  'Service is ok. Customer support could be quicker.',
];
const PASSIVE_SHORT = ['OK', 'Fine', 'Its ok', 'Could be better', 'Average', 'Not bad', 'Decent'];

const OPENERS: Record<Group, readonly string[]> = {
  detractor: [
    'Very disappointed.', 'Not happy at all.', 'Frustrating experience.', 'Really poor service.', 'Honestly awful.',
    'Where do I start.', 'Unacceptable.', 'I\'ve been a customer for {tenure} and this is the worst it\'s been.',
    'Terrible experience.', 'Not impressed.', 'Disappointing.',
  ],
  passive: ['Overall okay.', 'Mostly fine.', 'Not bad.', 'It\'s alright.', 'Generally happy.', 'Mixed experience.'],
  promoter: [
    'Great service!', 'Really impressed.', 'Excellent.', 'Very happy.', 'Fantastic experience.', 'Brilliant.',
    'Couldn\'t be happier.', 'Five stars.', 'Top notch service.',
  ],
};

const CLOSERS: Record<Group, readonly string[]> = {
  detractor: [
    'Thinking about switching.', 'I\'ll be looking at other providers.', 'Please fix this.', 'Not good enough.',
    'If this keeps up I\'m cancelling.', 'Would not recommend.', 'Someone needs to call me back.',
    'Do better.', 'Very poor.', 'I expect better for what I pay.', 'Sort it out, {company}.',
  ],
  passive: [
    'Room for improvement.', 'Could be better.', 'Would be a 10 if that was fixed.', 'Hope it improves.',
    'Otherwise fine.', 'We\'ll see.',
  ],
  promoter: [
    'Thank you!', 'Keep it up.', 'Would definitely recommend.', 'Best provider I\'ve had.', 'Thanks again.',
    'Happy customer.', 'Thanks {company}!', 'Already recommended you to my neighbours.',
  ],
};

const GROUP_SHORT: Record<Group, readonly string[]> = {
  detractor: ['Bad service', 'Poor', 'Awful', 'Nobody helps', 'Disappointed', 'Terrible'],
  passive: PASSIVE_SHORT,
  promoter: ['Great service', 'Excellent', 'Very helpful', 'All good', 'Love it', 'Great', 'Happy so far', 'Very good'],
};

/** A few comments in Spanish, French and German: "<first> <second>" within one language (second may be empty). */
const NON_ENGLISH: Record<Group, readonly (readonly [readonly string[], readonly string[]])[]> = {
  detractor: [
    [['Muy mal servicio.', 'Pésima atención.', 'Estoy muy decepcionado.'],
      ['Internet se cae todos los días.', 'Me cobraron dos veces este mes.', 'Esperé más de una hora al teléfono.', 'Nadie resolvió mi problema.']],
    [['Service très décevant.', 'Très mauvais service client.', 'Inadmissible.'],
      ['Internet coupé pendant plusieurs jours.', 'On m\'a facturé deux fois.', 'Personne ne rappelle jamais.', 'Trop cher pour ce que c\'est.']],
    [['Sehr enttäuschend.', 'Schlechter Kundenservice.', 'Unzumutbar.'],
      ['Das Internet fällt ständig aus.', 'Die Rechnung war falsch.', 'Niemand hat zurückgerufen.', 'Viel zu lange Wartezeiten.']],
  ],
  passive: [
    [['Está bien, pero es caro.', 'Servicio correcto.'], ['', 'La espera fue larga.', 'Podría mejorar.']],
    [['Pas mal, mais un peu cher.', 'Correct sans plus.'], ['', 'L\'attente au téléphone est longue.']],
    [['Ganz okay.', 'In Ordnung, aber teuer.'], ['', 'Die Wartezeit war zu lang.']],
  ],
  promoter: [
    [['Excelente servicio.', 'Muy amables.', 'Todo perfecto.'], ['', 'Lo recomiendo.', 'Resolvieron todo rápido.']],
    [['Très bon service.', 'Personnel très aimable.', 'Parfait.'], ['', 'Je recommande.', 'Problème réglé rapidement.']],
    [['Super Service.', 'Sehr freundlich und kompetent.', 'Alles bestens.'], ['', 'Sehr empfehlenswert.', 'Alles schnell erledigt.']],
  ],
};

const LOW_EFFORT = ['n/a', 'No comment', 'Nothing to add', '.', 'none', 'na'];

const AGENT_WORDS: Record<TeamKey, readonly string[]> = {
  phone: ['the agent', 'the rep on the phone', 'the person I spoke to', 'the customer service agent'],
  chat: ['the chat agent', 'the person on chat', 'the agent on chat'],
  field: ['the technician', 'the tech', 'the installer', 'the engineer'],
  retail: ['the staff at the {city} store', 'the person at the store', 'the sales assistant'],
  billing: ['the billing rep', 'the person in billing', 'the billing agent'],
};

const PRODUCTS = ['router', 'modem', 'mesh extender', 'SIM card', 'phone', 'TV box'];
const NUMBER_WORDS = ['two', 'three', 'four', 'five', 'six'];

interface ParsedTemplate {
  text: string;
  teams: readonly TeamKey[] | null;
  dipOnly: boolean;
}

function parseTemplate(raw: string): ParsedTemplate {
  const bar = raw.indexOf('|');
  if (bar < 0) return { text: raw, teams: null, dipOnly: false };
  const tags = raw.slice(0, bar).split(',');
  const teams = tags.filter((t): t is TeamKey => t !== 'dip');
  return { text: raw.slice(bar + 1), teams: teams.length ? teams : null, dipOnly: tags.includes('dip') };
}

/** Templates pre-filtered per team (and per dip / not dip) at module load, so generation stays fast. */
type TeamLists = Record<TeamKey, { normal: string[]; dip: string[] }>;

function byTeam(raw: readonly string[] | undefined): TeamLists {
  const out = {} as TeamLists;
  const parsed = (raw ?? []).map(parseTemplate);
  for (const t of TEAMS) {
    const ok = parsed.filter((p) => p.teams === null || p.teams.includes(t.key));
    out[t.key] = { normal: ok.filter((p) => !p.dipOnly).map((p) => p.text), dip: ok.map((p) => p.text) };
  }
  return out;
}

interface CompiledTopic {
  name: string;
  def: Topic;
  core: TeamLists;
  withEmployee: TeamLists;
  details: TeamLists;
  short: readonly string[];
}

function compileTopics(topics: Record<string, Topic>): CompiledTopic[] {
  return Object.entries(topics).map(([name, def]) => ({
    name,
    def,
    core: byTeam(def.core),
    withEmployee: byTeam(def.withEmployee),
    details: byTeam(def.details),
    short: def.short ?? [],
  }));
}

const COMPILED_DETRACTOR = compileTopics(DETRACTOR_TOPICS);
const COMPILED_PROMOTER = compileTopics(PROMOTER_TOPICS);
const COMPILED_PASSIVE_GOOD = byTeam(PASSIVE_GOOD);
const COMPILED_PASSIVE_BAD = byTeam(PASSIVE_BAD);

interface CommentContext {
  group: Group;
  team: TeamKey;
  employeeFirst: string;
  star: boolean;
  city: string;
  plan: Plan;
  tenureMonths: number;
  /** 0..1, how deep into the dip this response is */
  dip: number;
}

function topicWeight(t: CompiledTopic, ctx: CommentContext): number {
  const base = t.def.weight[ctx.team] ?? 0;
  if (base === 0) return 0;
  const outside = t.def.outsideDip ?? 1;
  const inDip = t.def.dip ?? 1;
  const mult = outside + (inDip - outside) * ctx.dip;
  let w = base * mult;
  if (t.name === 'priceIncrease' && ctx.tenureMonths > 24) w *= 1.6;
  if (t.name === 'installDelay' && ctx.tenureMonths < 3) w *= 2.5;
  if (t.name === 'namedEmployee' && ctx.star) w *= 2.2;
  if (t.name === 'goodValue' && ctx.plan === 'Basic') w *= 1.5;
  if (t.name === 'slowSpeed' && ctx.plan === 'Basic') w *= 1.4;
  return w;
}

function tenureWords(months: number): string {
  if (months < 12) return 'a few months';
  const years = Math.floor(months / 12);
  if (years === 1) return 'over a year';
  return `${NUMBER_WORDS[years - 2] ?? String(years)} years`;
}

function capitalize(s: string): string {
  const i = s.search(/[A-Za-z{]/);
  if (i < 0) return s;
  return s.slice(0, i) + s.charAt(i).toUpperCase() + s.slice(i + 1);
}

function fill(template: string, ctx: CommentContext, rng: Random): string {
  const out = template.replace(/\{(\w+)\}/g, (_m, slot: string) => {
    switch (slot) {
      case 'emp': return ctx.employeeFirst;
      case 'agent': return fill(rng.pick(AGENT_WORDS[ctx.team]), ctx, rng);
      case 'city': return ctx.city;
      case 'company': return DEMO_COMPANY;
      case 'min': return String(rng.int(4, 19) * 5);
      case 'fewmin': return String(rng.int(3, 15));
      case 'days': return String(rng.int(2, 10));
      case 'weeks': return rng.pick(NUMBER_WORDS.slice(0, 4));
      case 'hours': return String(rng.int(2, 4));
      case 'times': return rng.chance(0.5) ? rng.pick(NUMBER_WORDS) : String(rng.int(2, 6));
      case 'amt': return `$${rng.int(2, 16) * 5}`;
      case 'speed': return String(PLAN_SPEED[ctx.plan]);
      case 'slow': return String(Math.round((PLAN_SPEED[ctx.plan] * (0.08 + rng.next() * 0.3)) / 5) * 5);
      case 'tenure': return tenureWords(ctx.tenureMonths);
      case 'product': return rng.pick(PRODUCTS);
      default: return slot;
    }
  });
  return out;
}

function pickTopic(topics: readonly CompiledTopic[], ctx: CommentContext, rng: Random): CompiledTopic {
  const weights = topics.map((t) => topicWeight(t, ctx));
  return rng.weighted(topics, weights);
}

function listFor(lists: TeamLists, ctx: CommentContext): string[] {
  const l = lists[ctx.team];
  return ctx.dip > 0.3 ? l.dip : l.normal;
}

function topicSentence(topic: CompiledTopic, ctx: CommentContext, rng: Random, empChance: number): string {
  const emp = listFor(topic.withEmployee, ctx);
  const core = listFor(topic.core, ctx);
  const useEmp = emp.length > 0 && (core.length === 0 || rng.chance(empChance));
  return fill(rng.pick(useEmp ? emp : core), ctx, rng);
}

/** Light surface noise so comments read like typed text. */
function roughen(s: string, group: Group, rng: Random): string {
  const r = rng.next();
  if (r < 0.05) return s.toLowerCase();
  if (r < 0.08) return s.replace(/\.$/, '');
  if (r < 0.11 && group !== 'passive') return s.replace(/[.!]$/, '!!');
  if (r < 0.13) return s.replace(/\. /g, ', ').replace(/\.$/, '');
  return s;
}

function makeComment(ctx: CommentContext, rng: Random): string {
  const { group } = ctx;
  const r = rng.next();
  if (r < 0.008) return rng.pick(LOW_EFFORT);
  if (r < 0.025) {
    const [a, b] = rng.pick(NON_ENGLISH[group]);
    const first = rng.pick(a);
    const second = rng.pick(b);
    return second ? `${first} ${second}` : first;
  }

  const shape = rng.next();
  // A few words.
  if (shape < 0.17) {
    if (group === 'passive' || rng.chance(0.35)) return roughen(rng.pick(GROUP_SHORT[group]), group, rng);
    const topics = group === 'detractor' ? COMPILED_DETRACTOR : COMPILED_PROMOTER;
    const topic = pickTopic(topics, ctx, rng);
    return roughen(topic.short.length ? rng.pick(topic.short) : rng.pick(GROUP_SHORT[group]), group, rng);
  }

  const parts: string[] = [];
  if (rng.chance(group === 'passive' ? 0.25 : 0.3)) parts.push(fill(rng.pick(OPENERS[group]), ctx, rng));

  if (group === 'passive') {
    if (rng.chance(0.3)) {
      parts.push(rng.pick(PASSIVE_STANDALONE));
    } else {
      const good = fill(rng.pick(listFor(COMPILED_PASSIVE_GOOD, ctx)), ctx, rng);
      // during the dip, passives mostly mention the outage / billing change
      const badList = listFor(COMPILED_PASSIVE_BAD, ctx);
      const dipBad = COMPILED_PASSIVE_BAD[ctx.team].dip.filter((b) => !COMPILED_PASSIVE_BAD[ctx.team].normal.includes(b));
      const bad = fill(ctx.dip > 0.3 && rng.chance(0.6) && dipBad.length ? rng.pick(dipBad) : rng.pick(badList), ctx, rng);
      parts.push(`${good}, but ${bad}.`);
    }
    if (rng.chance(0.2)) parts.push(fill(rng.pick(CLOSERS.passive), ctx, rng));
  } else {
    const topics = group === 'detractor' ? COMPILED_DETRACTOR : COMPILED_PROMOTER;
    const empChance = group === 'promoter' ? (ctx.star ? 0.8 : 0.55) : 0.25;
    const topic = pickTopic(topics, ctx, rng);
    parts.push(topicSentence(topic, ctx, rng, empChance));
    const details = listFor(topic.details, ctx);
    if (details.length && rng.chance(0.4)) parts.push(fill(rng.pick(details), ctx, rng));
    if (rng.chance(group === 'detractor' ? 0.18 : 0.12)) {
      const second = pickTopic(topics, ctx, rng);
      if (second !== topic) parts.push((group === 'detractor' ? 'Also, ' : 'Also ') + uncap(topicSentence(second, ctx, rng, 0.2), ctx));
    }
    if (rng.chance(0.35)) parts.push(fill(rng.pick(CLOSERS[group]), ctx, rng));
  }
  return roughen(parts.map(capitalize).join(' '), group, rng);
}

function uncap(s: string, ctx: CommentContext): string {
  // keep "I", the employee's name, the city and the company as written
  if (/^I\b/.test(s) || s.startsWith(ctx.employeeFirst) || s.startsWith(ctx.city) || s.startsWith(DEMO_COMPANY)) return s;
  return s.charAt(0).toLowerCase() + s.slice(1);
}

// ---------------------------------------------------------------------------------------------------------------
// Generation

interface PersonState {
  person: DemoPerson;
  plan: Plan;
  location: LocationDef;
  tenureMonths: number;
  sentiment: number;
}

function slug(s: string): string {
  return s
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '');
}

/**
 * Generate a complete demo data set. Deterministic for a given seed and `now` (default: seed 42, now = current
 * time, 12 months, 6,000 NPS and 2,500 CSAT responses, ~2,000 people).
 */
export function generateDemoData(opts: GenerateDemoOptions = {}): DemoData {
  const seed = opts.seed ?? 42;
  const now = opts.now ?? new Date();
  const months = Math.max(1, Math.floor(opts.months ?? 12));
  const npsCount = Math.max(0, Math.floor(opts.npsResponses ?? 6000));
  const csatCount = Math.max(0, Math.floor(opts.csatResponses ?? 2500));
  const nowMs = now.getTime();
  if (!Number.isFinite(nowMs)) throw new Error('generateDemoData: invalid now');
  const rng = new Random(seed);

  // ---- structure
  const teams = TEAMS.map((t) => ({ name: t.name }));
  const locations = LOCATIONS.map((l) => ({ name: l.name }));
  const teamByKey = new Map(TEAMS.map((t) => [t.key, t]));
  const employees = EMPLOYEES.map((e) => ({
    name: `${e.first} ${e.last}`,
    email: `${slug(e.first)}.${slug(e.last)}@${slug(DEMO_COMPANY)}.example`,
    team: teamByKey.get(e.team)?.name ?? e.team,
    location: e.location,
  }));
  const employeesByTeam = new Map<TeamKey, EmployeeDef[]>();
  for (const e of EMPLOYEES) {
    const list = employeesByTeam.get(e.team) ?? [];
    list.push(e);
    employeesByTeam.set(e.team, list);
  }

  // ---- people and accounts
  const peopleCount = Math.max(20, Math.round(((npsCount + csatCount) * 2000) / 8500));
  const b2bCount = Math.round(peopleCount * 0.3);
  const accountCount = Math.max(1, Math.round(b2bCount / 10));

  const accounts: DemoData['accounts'] = [];
  const accountSentiment: number[] = [];
  const accountWeights: number[] = [];
  const usedAccountNames = new Set<string>();
  for (let i = 0; i < accountCount; i++) {
    const ind = rng.pick(INDUSTRIES);
    let name = '';
    for (let tries = 0; tries < 50; tries++) {
      name = `${rng.pick(ACCOUNT_PREFIXES)} ${rng.pick(ind.suffixes)}`;
      if (!usedAccountNames.has(name)) break;
    }
    if (usedAccountNames.has(name)) name = `${name} ${i + 2}`;
    usedAccountNames.add(name);
    const [lo, hi] = ind.seats;
    const seats = Math.round(lo * Math.pow(hi / lo, rng.next() ** 1.5));
    const annualRevenue = Math.round((seats * (60_000 + rng.next() * 140_000)) / 10_000) * 10_000;
    const loc = rng.weighted(LOCATIONS, LOCATIONS.map((l) => l.share));
    accounts.push({
      name,
      properties: { industry: ind.industry, seats, annualRevenue, region: loc.region, city: loc.name },
    });
    accountSentiment.push(rng.normal() * 0.45);
    accountWeights.push(Math.pow(seats, 0.6));
  }
  const accountSampler = new CumulativeSampler(accountWeights);

  const usedEmails = new Set<string>();
  const usedExternal = new Set<number>();
  const states: PersonState[] = [];
  // B2B people: first one per account so every account has someone, then weighted by size
  const b2bAssignments: number[] = [];
  for (let i = 0; i < b2bCount; i++) b2bAssignments.push(i < accountCount ? i : accountSampler.sample(rng));
  for (let i = 0; i < peopleCount; i++) {
    const first = rng.pick(FIRST_NAMES);
    const last = rng.pick(LAST_NAMES);
    // interleave B2B people among consumers so keys don't reveal the segment
    const isB2b = b2bAssignments.length > 0 && (peopleCount - i <= b2bAssignments.length || rng.chance(0.3));
    const accountIdx = isB2b ? (b2bAssignments.pop() ?? null) : null;
    const account = accountIdx === null ? null : (accounts[accountIdx] ?? null);
    const location =
      account !== null && rng.chance(0.85)
        ? (LOCATIONS.find((l) => l.name === account.properties.city) ?? LOCATIONS[0]!)
        : rng.weighted(LOCATIONS, LOCATIONS.map((l) => l.share));
    const plan: Plan = account
      ? rng.weighted<Plan>(['Basic', 'Plus', 'Pro'], [10, 35, 55])
      : rng.weighted<Plan>(['Basic', 'Plus', 'Pro'], [42, 38, 20]);
    const tenureMonths = Math.min(144, 1 + Math.floor(-Math.log(1 - rng.next()) * 30));
    const lifetimeValue = Math.round(PLAN_PRICE[plan] * tenureMonths * (0.85 + rng.next() * 0.45) * (account ? 1.3 : 1));

    const localPart = `${slug(first)}.${slug(last)}`;
    const domain = account ? `${slug(account.name)}.example` : rng.pick(CONSUMER_DOMAINS);
    let email = `${localPart}@${domain}`;
    for (let n = 2; usedEmails.has(email); n++) email = `${localPart}${n}@${domain}`;
    usedEmails.add(email);
    let ext = rng.int(100_000, 999_999);
    while (usedExternal.has(ext)) ext = rng.int(100_000, 999_999);
    usedExternal.add(ext);

    const properties: Record<string, string | number> = {
      plan,
      region: location.region,
      city: location.name,
      tenureMonths,
      lifetimeValue,
    };
    if (rng.chance(0.45)) properties.mobileLines = rng.int(1, account ? 6 : 4);
    states.push({
      person: { key: String(i), email, name: `${first} ${last}`, externalId: `BW-${ext}`, properties, account: account?.name ?? null },
      plan,
      location,
      tenureMonths,
      sentiment: rng.normal() * 0.55 + (accountIdx === null ? 0 : (accountSentiment[accountIdx] ?? 0)),
    });
  }
  // How often each person answers: a few answer often, many once or twice.
  const personSampler = new CumulativeSampler(states.map(() => 0.3 + (-Math.log(1 - rng.next())) ** 1.3));

  // ---- calendar
  const startDate = new Date(nowMs);
  startDate.setUTCMonth(startDate.getUTCMonth() - months);
  const startMs = startDate.getTime();
  const firstDayMs = Math.floor(startMs / DAY_MS) * DAY_MS;
  const dayCount = Math.floor((nowMs - firstDayMs) / DAY_MS) + 1;
  const dayWeights: number[] = [];
  for (let d = 0; d < dayCount; d++) {
    const dayMs = firstDayMs + d * DAY_MS;
    const dow = new Date(dayMs).getUTCDay();
    const dowFactor = dow === 0 ? 0.35 : dow === 6 ? 0.5 : dow === 1 ? 1.15 : 1;
    const noise = 0.75 + rng.next() * 0.5;
    const spike = rng.chance(0.025) ? 1.6 + rng.next() : 1; // survey send days
    const daysAgo = (nowMs - dayMs) / DAY_MS;
    const growth = 1 + 0.25 * (1 - Math.min(1, daysAgo / (months * 30.4))); // programme grows over the year
    const dipVolume = 1 + 0.3 * dipStrength(daysAgo);
    // the partial last/first day only gets its share
    const from = Math.max(dayMs, startMs);
    const to = Math.min(dayMs + DAY_MS, nowMs);
    const coverage = Math.max(0, to - from) / DAY_MS;
    dayWeights.push(dowFactor * noise * spike * growth * dipVolume * coverage);
  }
  const daySampler = new CumulativeSampler(dayWeights);
  // Hours (UTC) weighted for a US customer base: busiest 15:00–02:00 UTC.
  const HOUR_WEIGHTS = [6, 5, 4, 2.5, 1.5, 1, 0.6, 0.5, 0.6, 1, 1.5, 2.5, 4, 6, 8, 9, 9, 9, 8.5, 8, 8, 7.5, 7, 6.5];
  const hourSampler = new CumulativeSampler(HOUR_WEIGHTS);
  // Slow wander of the baseline (weekly knots, linearly interpolated) so trend charts aren't flat.
  const weekCount = Math.ceil(dayCount / 7) + 2;
  const wander: number[] = [];
  for (let w = 0; w < weekCount; w++) wander.push(rng.normal() * 0.08);

  const sampleTime = (): number => {
    for (let tries = 0; tries < 20; tries++) {
      const day = daySampler.sample(rng);
      const t = firstDayMs + day * DAY_MS + hourSampler.sample(rng) * 3_600_000 + Math.floor(rng.next() * 3_600_000);
      if (t >= startMs && t <= nowMs) return t;
    }
    return Math.min(nowMs, Math.max(startMs, nowMs - Math.floor(rng.next() * (nowMs - startMs))));
  };

  // ---- responses
  const npsTeamWeights = TEAMS.map((t) => t.npsShare);
  const csatTeamWeights = TEAMS.map((t) => t.csatShare);
  const channels: Channel[] = ['email', 'link', 'widget', 'api'];
  const generated: { ms: number; r: DemoResponse }[] = [];

  const makeResponse = (survey: 'nps' | 'csat'): void => {
    const ms = sampleTime();
    const daysAgo = (nowMs - ms) / DAY_MS;
    const p = states[personSampler.sample(rng)]!;
    const team = rng.weighted(TEAMS, survey === 'nps' ? npsTeamWeights : csatTeamWeights);
    const teamEmployees = employeesByTeam.get(team.key) ?? [];
    let candidates = teamEmployees;
    if ((team.key === 'field' || team.key === 'retail') && rng.chance(0.88)) {
      const local = teamEmployees.filter((e) => e.location === p.location.name);
      if (local.length) candidates = local;
    }
    const emp = rng.weighted(candidates, candidates.map((e) => e.volume));
    const dip = dipStrength(daysAgo);
    const improvement = daysAgo < IMPROVEMENT_DAYS ? IMPROVEMENT_EFFECT * (1 - daysAgo / IMPROVEMENT_DAYS) : 0;
    const weekPos = (ms - firstDayMs) / (7 * DAY_MS);
    const w0 = wander[Math.floor(weekPos)] ?? 0;
    const w1 = wander[Math.floor(weekPos) + 1] ?? 0;
    const wanderNow = w0 + (w1 - w0) * (weekPos - Math.floor(weekPos));
    const latent =
      BASE_LATENT + team.effect + emp.effect + PLAN_EFFECT[p.plan] + p.sentiment + DIP_EFFECT * team.dipFactor * dip +
      improvement + wanderNow + (p.tenureMonths < 3 ? -0.1 : 0);

    let score: number;
    let group: Group;
    let commentChance: number;
    if (survey === 'nps') {
      const pD = sigmoid(NPS_CUTS[0] - latent);
      const pDPa = sigmoid(NPS_CUTS[1] - latent);
      const u = rng.next();
      if (u < pD) {
        group = 'detractor';
        score = rng.weighted([0, 1, 2, 3, 4, 5, 6], [13, 4, 6, 9, 11, 25, 32]);
        commentChance = 0.74;
      } else if (u < pDPa) {
        group = 'passive';
        score = rng.chance(0.45) ? 7 : 8;
        commentChance = 0.5;
      } else {
        group = 'promoter';
        score = rng.chance(0.5 + 0.12 * Math.tanh(latent)) ? 10 : 9;
        commentChance = 0.58;
      }
    } else {
      const l = latent + CSAT_OFFSET;
      const u = rng.next();
      score = 5;
      for (let k = 0; k < CSAT_CUTS.length; k++) {
        if (u < sigmoid((CSAT_CUTS[k] ?? 0) - l)) {
          score = k + 1;
          break;
        }
      }
      group = score <= 2 ? 'detractor' : score === 3 ? 'passive' : 'promoter';
      commentChance = score <= 2 ? 0.78 : score === 3 ? 0.6 : 0.55;
    }

    const comment = rng.chance(commentChance)
      ? makeComment(
          {
            group,
            team: team.key,
            employeeFirst: emp.first,
            star: emp.star === true,
            city: emp.location,
            plan: p.plan,
            tenureMonths: p.tenureMonths,
            dip,
          },
          rng,
        )
      : null;

    const channel = rng.weighted(channels, channels.map((c) => team.channels[c]));
    generated.push({
      ms,
      r: {
        survey,
        score,
        comment,
        personKey: p.person.key,
        team: team.name,
        location: emp.location,
        employee: `${emp.first} ${emp.last}`,
        channel,
        properties: { plan: p.plan, region: p.location.region },
        createdAt: new Date(ms).toISOString(),
      },
    });
  };

  for (let i = 0; i < npsCount; i++) makeResponse('nps');
  for (let i = 0; i < csatCount; i++) makeResponse('csat');
  generated.sort((a, b) => a.ms - b.ms);

  return {
    teams,
    locations,
    employees,
    accounts: accounts.map((a) => ({ name: a.name, properties: a.properties })),
    people: states.map((s) => s.person),
    responses: generated.map((g) => g.r),
  };
}

/** 0 outside the dip, ramping to 1 inside it: 5 days in, ~10 days out (recovery is slower than the fall). */
function dipStrength(daysAgo: number): number {
  if (daysAgo > DIP_START_DAYS || daysAgo < DIP_END_DAYS) return 0;
  const sinceStart = DIP_START_DAYS - daysAgo;
  const untilEnd = daysAgo - DIP_END_DAYS;
  return Math.min(1, sinceStart / 5, untilEnd / 10 + 0.15);
}

/**
 * Sentences and headlines for synthetic stories. Each template takes the story's cast (place,
 * actor, subject, people) so that a story stays on one topic from headline to last line.
 */
import type { Random } from './random';
import { FIRST_NAMES, HEADINGS, SOURCE_ROLES, SURNAMES, WEEKDAYS } from './words';

export interface Cast {
  place: string;
  actor: string;
  subject: string;
  verb: string;
  weekday: string;
  people: { name: string; role: string }[];
}

export const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

export function castFor(
  random: Random,
  vocabulary: { actors: string[]; subjects: string[]; verbs: string[] },
  place: string,
): Cast {
  const people = Array.from({ length: 3 }, () => ({
    name: `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`,
    role: random.pick(SOURCE_ROLES),
  }));
  return {
    place,
    actor: random.pick(vocabulary.actors),
    subject: random.pick(vocabulary.subjects),
    verb: random.pick(vocabulary.verbs),
    weekday: random.pick(WEEKDAYS),
    people,
  };
}

const HEADLINES: ((c: Cast, n: number) => string)[] = [
  (c) => `${capitalise(c.actor)} urged to ${c.verb} ${c.subject} in ${c.place}`,
  (c) => `${capitalise(c.actor)} under pressure to ${c.verb} ${c.subject}`,
  (c, n) => `${capitalise(c.actor)} poised to ${c.verb} ${c.subject} after ${n} weeks of talks`,
  (c) => `Plan to ${c.verb} ${c.subject} divides opinion in ${c.place}`,
  (c) => `${capitalise(c.subject)} in the spotlight as ${c.place} waits for a decision`,
  (c) => `Why ${c.place} is arguing about ${c.subject}`,
  (c) => `${c.place} vote on ${c.subject} set for ${c.weekday}`,
  (c) => `${capitalise(c.actor)} in ${c.place} move to ${c.verb} ${c.subject}`,
];

const DEKS: ((c: Cast, n: number) => string)[] = [
  (c) =>
    `${capitalise(c.actor)} in ${c.place} are weighing whether to ${c.verb} ${c.subject}, with a decision expected within weeks.`,
  (c, n) =>
    `The debate over ${c.subject} has run for ${n} months and will shape daily life for thousands of people in and around ${c.place}.`,
  (c) =>
    `Supporters say the move to ${c.verb} ${c.subject} is overdue, while critics warn that its cost has not been properly counted.`,
  (c) =>
    `${c.people[0]?.name} says the question of ${c.subject} has become the issue people in ${c.place} raise most often.`,
];

const LEADS: ((c: Cast) => string)[] = [
  (c) =>
    `${capitalise(c.actor)} in ${c.place} moved on ${c.weekday} to ${c.verb} ${c.subject}, a step that supporters described as long overdue.`,
  (c) =>
    `A long-running argument over ${c.subject} came to a head in ${c.place} on ${c.weekday}, when ${c.actor} signalled they were ready to act.`,
  (c) =>
    `People in ${c.place} were told on ${c.weekday} that ${c.actor} intend to ${c.verb} ${c.subject} before the end of the year.`,
];

const CONTEXT: ((c: Cast, r: Random) => string)[] = [
  (_c, r) =>
    `The proposal has been discussed for ${r.int(3, 30)} months and was first raised at a packed public meeting.`,
  (_c, r) =>
    `About ${r.int(2, 95)},${String(r.int(0, 999)).padStart(3, '0')} people are thought to be directly affected, according to figures published earlier this year.`,
  () => 'Officials said the cost would be met from existing budgets, although they declined to give a total.',
  () => 'Critics argue that the plan leaves too many questions unanswered, particularly for people on low incomes.',
  (_c, r) => `A consultation is due to open next month and will run for ${r.int(4, 12)} weeks.`,
  () => 'Similar measures elsewhere have had mixed results, and several were quietly reversed within a year.',
  (_c, r) => `The latest figures point to a rise of ${r.int(2, 40)} per cent compared with the same period last year.`,
  (c) => `${c.people[1]?.name}, ${c.people[1]?.role}, said the change had taken many people by surprise.`,
  (c) =>
    `Much of the pressure has come from ${c.place}, where the issue has dominated letters pages and local radio phone-ins.`,
  (c) => `Those close to the discussions said ${c.actor} had been divided for weeks before settling on a position.`,
  () => 'Neither side expects the matter to be settled quickly, and some fear it could end up in the courts.',
  (c) => `Campaigners have collected signatures on market days in ${c.place} and plan to hand in a petition next week.`,
  () => 'The timetable remains uncertain, and officials have so far refused to commit to a firm date.',
  (c, r) =>
    `Since ${2000 + r.int(5, 24)}, questions about ${c.subject} have surfaced at almost every election in the area.`,
];

const QUOTES = [
  'We have waited a long time for a clear answer, and this is at least a start',
  'Nobody here is against change, but it has to be done properly',
  'The numbers simply do not add up for families on ordinary wages',
  'This is good news, and it shows what happens when people keep asking',
  'We will be watching closely to see whether the promises are kept',
  'It is too early to say what the long-term effect will be',
  'People deserve to know who made this decision and why',
  'If we get this right, the whole town benefits',
];

const CLOSERS: ((c: Cast) => string)[] = [
  () => 'A final decision is expected before the end of the season.',
  (c) => `${capitalise(c.actor)} said they would publish further details in the coming weeks.`,
  (c) => `A public meeting on ${c.subject} is planned in ${c.place} later this month.`,
  () => 'Further updates are expected once the consultation closes.',
];

export const headline = (cast: Cast, random: Random) => random.pick(HEADLINES)(cast, random.int(2, 14));
export const dek = (cast: Cast, random: Random) => random.pick(DEKS)(cast, random.int(3, 30));
export const heading = (random: Random) => random.pick(HEADINGS);
export const closer = (cast: Cast, random: Random) => random.pick(CLOSERS)(cast);

export function quote(cast: Cast, random: Random): string {
  const person = random.pick(cast.people);
  return `"${random.pick(QUOTES)}," said ${person.name}, ${person.role}.`;
}

/** A paragraph of two to four sentences; the first paragraph of a story opens with a lead. */
export function paragraph(cast: Cast, random: Random, first: boolean): string {
  const sentences = first ? [random.pick(LEADS)(cast)] : [];
  const count = random.int(first ? 1 : 2, first ? 2 : 4);
  for (let i = 0; i < count; i++) {
    sentences.push(random.chance(0.2) ? quote(cast, random) : random.pick(CONTEXT)(cast, random));
  }
  return sentences.join(' ');
}

export function pullQuote(cast: Cast, random: Random): string {
  const person = random.pick(cast.people);
  return `<PullQuote cite="${person.name}, ${person.role}">${random.pick(QUOTES)}.</PullQuote>`;
}

export function factBox(cast: Cast, random: Random): string {
  const facts = [
    `The question of ${cast.subject} was first raised ${random.int(2, 12)} years ago.`,
    `Around ${random.int(10, 90)} per cent of respondents to an earlier survey backed a change.`,
    `The next public meeting is on a ${random.pick(WEEKDAYS)}.`,
  ];
  return `<FactBox title="Key facts">\n\n${facts.map((fact) => `- ${fact}`).join('\n')}\n\n</FactBox>`;
}

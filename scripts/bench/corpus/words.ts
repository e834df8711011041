/**
 * Word lists the corpus generator composes stories from, kept as data in ./words.json (edit the
 * lists there; this file only gives them types). Every phrase was written for this project;
 * combined by ./article.ts they give plausible, varied, obviously synthetic news. The section
 * datelines are written out in capitals, as they are printed.
 */
import { readFileSync } from 'node:fs';

export interface SectionVocabulary {
  /** Who acts in this section's stories. */
  actors: string[];
  /** What the story is about (plural or mass nouns read best). */
  subjects: string[];
  /** Present-tense headline verbs. */
  verbs: string[];
  /** Topics an editor would tag, most common first. */
  tags: string[];
  kickers: string[];
  /** Datelines, in capitals. */
  places: string[];
}

interface Words {
  /** Places with accents and apostrophes, which slugs, tags and datelines must survive. */
  accentedPlaces: string[];
  sections: Record<string, SectionVocabulary>;
  firstNames: string[];
  surnames: string[];
  sourceRoles: string[];
  authorRoles: string[];
  /** Wire agencies credited after the standfirst. */
  agencies: string[];
  weekdays: string[];
  headings: string[];
  altTexts: string[];
}

const words = JSON.parse(readFileSync(new URL('./words.json', import.meta.url), 'utf8')) as Words;

export const ACCENTED_PLACES = words.accentedPlaces;
export const SECTIONS = words.sections;
export const FIRST_NAMES = words.firstNames;
export const SURNAMES = words.surnames;
export const SOURCE_ROLES = words.sourceRoles;
export const AUTHOR_ROLES = words.authorRoles;
export const AGENCIES = words.agencies;
export const WEEKDAYS = words.weekdays;
export const HEADINGS = words.headings;
export const ALT_TEXTS = words.altTexts;

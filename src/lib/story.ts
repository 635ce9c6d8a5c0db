import type { ImageMetadata } from 'astro';
import type { Award, Field, Kind, Locality, Movement, StoryFrontmatter } from '../schemas/index.ts';

/** Story frontmatter as Astro delivers it: the cover is a processed image. */
export type StoryData = Omit<StoryFrontmatter, 'cover'> & { cover?: ImageMetadata };

/** The minimum a collection entry provides. */
export interface StoryEntry {
  id: string;
  data: StoryData;
  /** Path of the story file relative to the project root, when Astro knows it. */
  filePath?: string;
}

/** An award a story holds, resolved against `awards.yaml`. */
export interface StoryAward {
  award: Award;
  year: number;
  decision?: string;
}

/** A published story with every vocabulary id resolved: what pages and outputs use. */
export interface Story<E extends StoryEntry = StoryEntry> {
  slug: string;
  /** Permanent ID from the manifest (data/permalinks.yaml), e.g. DH0012. */
  storyId?: string;
  title: string;
  subject: { kind: Kind; name: string; role?: string };
  field: Field;
  locality: Locality;
  movement?: Movement;
  /** Highest precedence first, then newest. */
  awards: StoryAward[];
  /** Distinct award years, newest first. */
  years: number[];
  summary: string;
  cover?: ImageMetadata;
  coverAlt?: string;
  coverCredit?: string;
  practices: string[];
  visit?: { host: string; arrangements?: string };
  /** Oldest first. */
  followUps: { date: Date; text: string }[];
  published: Date;
  updated?: Date;
  /** "Cập nhật lần cuối": `updated` when given, else the story file's last commit day if after publication. */
  lastUpdated?: Date;
  featured: boolean;
  sample: boolean;
  /** The collection entry, for rendering the body. */
  entry: E;
}

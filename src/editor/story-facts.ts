import { z } from 'astro/zod';
import { storySchema } from '../schemas/story.ts';

/** The parts of a JSON Schema node the form editor reads. */
export interface SchemaNode {
  type?: string;
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  minimum?: number;
  properties?: Record<string, SchemaNode>;
  required?: readonly string[];
  items?: SchemaNode;
  default?: unknown;
}

/**
 * The story schema the checker uses (covers as plain paths, as outside Astro), as JSON
 * Schema: what a writer must type, with zod's own limits. Refinements across fields
 * (cover text with a cover, award years before publication) are not in it; they stay
 * the checker's.
 */
export const storyJsonSchema = z.toJSONSchema(storySchema({ image: () => z.string() }), {
  io: 'input',
  unrepresentable: 'any',
}) as SchemaNode;

/** A field of the story by dotted path (`subject.name`, `awards.year`: list items are stepped through). */
export function storyField(path: string): { node: SchemaNode; required: boolean } {
  let parent: SchemaNode = storyJsonSchema;
  let node: SchemaNode | undefined;
  let required = true;
  for (const key of path.split('.')) {
    const container: SchemaNode = parent.items ?? parent;
    node = container.properties?.[key];
    if (!node) throw new Error(`The story schema has no field ${path}`);
    required = (container.required ?? []).includes(key);
    parent = node;
  }
  return { node: node!, required };
}

/** Names of the story's top-level fields, in schema order. */
export const storyFieldNames = (): string[] => Object.keys(storyJsonSchema.properties ?? {});

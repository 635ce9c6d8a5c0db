import { z } from 'astro/zod';

/** Lowercase ASCII words joined by single hyphens: the shape of every slug and vocabulary id. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A vocabulary id or slug, e.g. `hai-hau`. */
export const idSchema = z.string().regex(ID_PATTERN);

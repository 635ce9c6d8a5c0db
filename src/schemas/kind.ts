import { z } from 'astro/zod';

/** The three kinds of model named by the plan: individual, collective, household. */
export const KINDS = ['ca-nhan', 'tap-the', 'ho-gia-dinh'] as const;

export type Kind = (typeof KINDS)[number];

/** One of {@link KINDS}. */
export const kindSchema = z.enum(KINDS);

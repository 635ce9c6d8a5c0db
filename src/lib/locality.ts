import { vi } from '../i18n/vi.ts';
import type { Locality } from '../schemas/locality.ts';
import { formatShortDate } from './dates.ts';

/** The notice shown for a place that no longer exists as an administrative unit. */
export function localityNote(locality: Locality): string | undefined {
  return locality.status === 'former' && locality.until
    ? vi.taxonomy.formerLocality(formatShortDate(locality.until))
    : undefined;
}

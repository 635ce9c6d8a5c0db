import type { Page } from 'playwright-core';

/** Waits until the search page has finished the search it is running. */
export async function waitForResults(page: Page): Promise<void> {
  await page.waitForSelector('#search-status[data-state="ready"], #search-status[data-state="unavailable"]');
}

/** Slugs of the results shown, in order. */
export async function shownSlugs(page: Page): Promise<string[]> {
  return page.$$eval('#search-results .result-title a', (links) =>
    links.map((a) => (a.getAttribute('href') ?? '').replace(/^.*\/dien-hinh\/([^/]+)\/$/, '$1')),
  );
}

/** Opens the search page at `?q=…` (plus extra parameters) and returns the result slugs in order. */
export async function searchSlugs(page: Page, baseUrl: string, query: string, extra = ''): Promise<string[]> {
  const params = new URLSearchParams(query ? { q: query } : {});
  await page.goto(`${baseUrl}/tim-kiem/?${params}${extra ? `&${extra}` : ''}`);
  await waitForResults(page);
  return shownSlugs(page);
}

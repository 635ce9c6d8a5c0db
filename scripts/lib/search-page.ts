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

/**
 * Scrolls down the results until every result asked for (the first ten, ten more for each
 * "more") is shown, as a reader scrolling the list sees them: the page fetches results a
 * few at a time as the end of the list comes into view, and says in `data-unshown` how
 * many it still owes.
 */
export async function showAskedResults(page: Page): Promise<void> {
  for (;;) {
    // Read together: a step may land at any moment (images and fonts arriving move the list's end into view).
    const { count, unshown } = await page.$eval('#search-results', (list: HTMLElement) => ({
      count: list.children.length,
      unshown: Number(list.dataset.unshown ?? 0),
    }));
    if (unshown === 0) return;
    await page.locator('#search-results > li').last().scrollIntoViewIfNeeded();
    await page.waitForFunction((n) => {
      const list = document.getElementById('search-results')!;
      return list.children.length > n || list.dataset.unshown === '0';
    }, count);
  }
}

/** Opens the search page at `?q=…` (plus extra parameters) and returns the slugs of its first page of results, in order. */
export async function searchSlugs(page: Page, baseUrl: string, query: string, extra = ''): Promise<string[]> {
  const params = new URLSearchParams(query ? { q: query } : {});
  await page.goto(`${baseUrl}/tim-kiem/?${params}${extra ? `&${extra}` : ''}`);
  await waitForResults(page);
  await showAskedResults(page);
  return shownSlugs(page);
}

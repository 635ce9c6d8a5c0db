/**
 * The search page's only script: reads the URL, asks Pagefind, shows results and
 * facet counts, and keeps the URL in step so results can be shared and the back
 * button works. Queries are folded (đ → d) exactly as the index was.
 */
import { foldDStroke } from '../lib/fold.ts';
import { FACETS, isEmptySearch, parseSearchParams, toPagefindFilters, toSearchParams, type SearchState } from './facets.ts';
import { bringsWholeWords, searchedAsTyped } from './typing.ts';
import { yieldToMain } from './yield-to-main.ts';

interface ResultData {
  url: string;
  meta: Record<string, string | undefined>;
}
interface SearchResponse {
  results: { id: string; data(): Promise<ResultData> }[];
  filters: Record<string, Record<string, number>>;
}
interface Pagefind {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  search(query: string | null, options: Record<string, unknown>): Promise<SearchResponse>;
  preload(query: string): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Config {
  /** Pagefind's script, under the site's base path. */
  bundle: string;
  /** The site's base path (`/` or `/repo/`): result URLs in the index are site paths without it. */
  baseUrl: string;
  loading: string;
  idle: string;
  results: string;
  resultsFor: string;
  none: string;
  noIndex: string;
  failed: string;
}

/** Results the list offers at a time; "more" offers the next ten. */
const PAGE_SIZE = 10;
/**
 * Results whose data is fetched together, and only once the end of the list is on
 * screen or nearly (see `nearView`): each result's data is a request of its own, and a
 * phone's first screen shows one or two results. Three keeps the top 3, which the
 * ranking is tuned for, in the first fetch.
 */
const STEP = 3;
/** How far below the screen the end of the list counts as "nearly on screen", in screens. */
const AHEAD = 0.25;
const TYPING_DELAY_MS = 100;

const fill = (template: string, values: Record<string, string | number>) =>
  template.replace(/\{(\w+)\}/g, (_, key: string) => String(values[key] ?? ''));

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string) {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

/** One result card, built with textContent only: nothing from the index is parsed as HTML. */
function resultItem(data: ResultData): HTMLLIElement {
  const { meta } = data;
  const item = element('li', 'result');
  if (meta.image) {
    const img = element('img', 'result-image');
    Object.assign(img, { src: meta.image, alt: '', width: 96, height: 60, loading: 'lazy', decoding: 'async' });
    item.append(img);
  }
  const body = element('div', 'result-body');
  const heading = element('h2', 'result-title');
  const link = element('a', undefined, meta.title ?? data.url);
  link.href = data.url;
  heading.append(link);
  const facts = [meta.kind, meta.field, meta.place].filter(Boolean).join(' · ');
  body.append(heading, element('p', 'result-meta', facts), element('p', 'result-summary', meta.summary ?? ''));
  item.append(body);
  return item;
}

export async function startSearchPage(): Promise<void> {
  const config = JSON.parse(document.getElementById('search-config')!.textContent!) as Config;
  const form = document.getElementById('search-form') as HTMLFormElement;
  const input = document.getElementById('q') as HTMLInputElement;
  const status = document.getElementById('search-status')!;
  const list = document.getElementById('search-results')!;
  const more = document.getElementById('search-more') as HTMLButtonElement;
  const filtersBox = document.getElementById('filters') as HTMLDetailsElement;
  const boxes = [...form.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];

  const readForm = (): SearchState => {
    const params = new URLSearchParams();
    params.set('q', input.value);
    for (const box of boxes) if (box.checked) params.append(box.name, box.value);
    return parseSearchParams(params);
  };
  /** The box's value after its last edit, to tell a keystroke from whole words arriving. */
  let typed = input.value;
  const writeForm = (state: SearchState) => {
    input.value = typed = state.q;
    for (const box of boxes) box.checked = state.filters[box.name as (typeof FACETS)[number]]?.includes(box.value) ?? false;
  };
  const updateUrl = (state: SearchState, push: boolean) => {
    const query = toSearchParams(state).toString();
    const url = `${location.pathname}${query ? `?${query}` : ''}`;
    if (url !== `${location.pathname}${location.search}`) history[push ? 'pushState' : 'replaceState'](null, '', url);
  };

  let pagefind: Pagefind;
  try {
    pagefind = (await import(/* @vite-ignore */ config.bundle)) as Pagefind;
    // Evaluating Pagefind's script is a task of its own; setting it up waits for the next.
    await yieldToMain();
    // Ranking tuned on the search-quality queries (scripts/lib/search-queries.ts):
    // prefer whole-word matches over prefixes and let repeated terms count longer,
    // which keeps ambiguous ASCII queries ("vu dinh thang", "cu ga") in the top 3.
    await pagefind.options({ baseUrl: config.baseUrl, excerptLength: 0, ranking: { termSimilarity: 5, termSaturation: 2 } });
    await pagefind.init();
  } catch {
    status.textContent = config.noIndex;
    status.dataset.state = 'unavailable';
    return;
  }

  /**
   * Facet counts need every filter's index (without it Pagefind counts only the
   * facets in use). That costs bytes that grow with the site, so it is fetched
   * only once filters are visible (the panel is open) or in use; until then the
   * panel keeps the site-wide counts it was built with.
   */
  let filtersLoaded = false;
  const loadFilters = async () => {
    if (!filtersLoaded) await pagefind.filters();
    filtersLoaded = true;
  };

  const updateCounts = (counts: Record<string, Record<string, number>>) => {
    if (!filtersLoaded) return;
    for (const box of boxes) {
      const count = counts[box.name]?.[box.value] ?? 0;
      const row = box.closest('li')!;
      row.querySelector('[data-count]')!.textContent = `(${count})`;
      row.hidden = count === 0 && !box.checked;
    }
  };

  /**
   * Values within one facet combine with "or", so each active facet's counts come
   * from the same search without that facet's own filter: ticking a second place
   * shows how many stories it would add, not zero.
   */
  const facetCounts = async (state: SearchState, response: SearchResponse) => {
    const counts = { ...response.filters };
    for (const facet of FACETS.filter((f) => state.filters[f].length > 0)) {
      const others = { ...state, filters: { ...state.filters, [facet]: [] } };
      const wider = await pagefind.search(state.q ? foldDStroke(state.q) : null, { filters: toPagefindFilters(others) });
      counts[facet] = wider.filters[facet] ?? {};
    }
    return counts;
  };

  let generation = 0;
  let results: SearchResponse['results'] = [];
  /** Results asked for so far (a page at a time) and results shown of them. */
  let limit = 0;
  let shown = 0;
  const nearView = (node: Element | null) => !node || node.getBoundingClientRect().top < innerHeight * (1 + AHEAD);
  /**
   * `data-unshown`: results asked for that are not shown yet; they load as the end of
   * the list comes into view. `aria-busy` while a step is being fetched.
   */
  const markProgress = () => {
    list.dataset.unshown = String(Math.min(limit, results.length) - shown);
    list.removeAttribute('aria-busy');
    more.hidden = !(shown === limit && shown < results.length);
  };
  const endOfList = new IntersectionObserver((entries) => {
    if (entries.some((entry) => entry.isIntersecting)) showStepsLater();
  }, { rootMargin: `0px 0px ${AHEAD * 100}% 0px` });

  /** Shows the next steps of results while the end of the list is on screen or nearly; one at least if `force`. */
  const fillNow = async (run: number, force: boolean) => {
    while (run === generation && shown < Math.min(limit, results.length) && (force || nearView(list.lastElementChild))) {
      force = false;
      const batch = results.slice(shown, Math.min(shown + STEP, limit));
      list.setAttribute('aria-busy', 'true');
      const data = await Promise.all(batch.map((r) => r.data()));
      if (run !== generation) return;
      list.append(...data.map(resultItem));
      shown += batch.length;
      markProgress();
    }
    if (run !== generation) return;
    markProgress();
    endOfList.disconnect();
    if (shown < Math.min(limit, results.length) && list.lastElementChild) endOfList.observe(list.lastElementChild);
  };
  /**
   * A search's steps run one after another, so its results arrive in rank order; a new
   * search need not wait. The returned promise rejects if a step fails; the chain goes on.
   */
  let filling = { run: 0, done: Promise.resolve() };
  const showSteps = (run: number, force = false) => {
    if (filling.run !== run) filling = { run, done: Promise.resolve() };
    const step = filling.done.then(() => fillNow(run, force));
    filling.done = step.catch(() => undefined);
    return step;
  };
  /** Steps started by scrolling or "more", outside a search: a failure is reported in the status. */
  const showStepsLater = (force = false) => {
    const run = generation;
    showSteps(run, force).catch(() => {
      if (run !== generation) return;
      list.removeAttribute('aria-busy');
      status.textContent = config.failed;
    });
  };

  const search = async (state: SearchState) => {
    const run = ++generation;
    // `data-state` lets tests and assistive tooling know when results are complete.
    status.dataset.state = 'loading';
    await runSearch(state, run);
    if (run !== generation) return;
    list.removeAttribute('aria-busy');
    status.dataset.state = 'ready';
  };

  const runSearch = async (state: SearchState, run: number) => {
    if (filtersBox.open || FACETS.some((facet) => state.filters[facet].length > 0)) await loadFilters();
    if (isEmptySearch(state)) {
      [results, limit, shown] = [[], 0, 0];
      list.replaceChildren();
      markProgress();
      status.textContent = config.idle;
      if (filtersLoaded) updateCounts(await pagefind.filters());
      return;
    }
    status.textContent = config.loading;
    try {
      // By filters alone, results come in the index's page order: newest first (index-order.ts).
      const response = await pagefind.search(state.q ? foldDStroke(state.q) : null, { filters: toPagefindFilters(state) });
      if (run !== generation) return;
      results = response.results;
      const total = results.length;
      [limit, shown] = [PAGE_SIZE, 0];
      list.replaceChildren();
      await showSteps(run, true);
      if (run !== generation) return;
      updateCounts(await facetCounts(state, response));
      if (run !== generation) return;
      status.textContent =
        total === 0 ? config.none : fill(state.q ? config.resultsFor : config.results, { n: total, q: state.q });
    } catch {
      status.textContent = config.failed;
    }
  };

  let typing: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    if (bringsWholeWords(typed, input.value)) {
      const { q } = readForm();
      if (q) void pagefind.preload(foldDStroke(q)).catch(() => undefined);
    }
    typed = input.value;
    clearTimeout(typing);
    typing = setTimeout(() => {
      // The URL and results stay those of the last search until the letter has company.
      if (!searchedAsTyped(input.value)) return;
      const state = readForm();
      updateUrl(state, false);
      void search(state);
    }, TYPING_DELAY_MS);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    const state = readForm();
    updateUrl(state, true);
    void search(state);
  });
  form.addEventListener('change', (event) => {
    if ((event.target as HTMLElement).matches('input[type=checkbox]')) {
      const state = readForm();
      updateUrl(state, true);
      void search(state);
    }
  });
  more.addEventListener('click', () => {
    limit += PAGE_SIZE;
    markProgress();
    showStepsLater(true);
  });
  filtersBox.addEventListener('toggle', () => {
    if (filtersBox.open && !filtersLoaded) void search(readForm());
  });
  window.addEventListener('popstate', () => {
    const state = parseSearchParams(new URLSearchParams(location.search));
    writeForm(state);
    void search(state);
  });

  const initial = parseSearchParams(new URLSearchParams(location.search));
  // Pagefind sets its index up on the first search it runs, ~0.1–0.2 s of its worker's time at
  // 1,000 stories. With nothing to search yet, do that now, while the reader reads the form:
  // a search for nothing fetches no file and its results are dropped. With a query or filter
  // in the URL the search below does it anyway, and would only wait behind this one.
  if (isEmptySearch(initial)) void pagefind.search(null, {}).catch(() => undefined);
  writeForm(initial);
  const anyFilter = FACETS.some((facet) => initial.filters[facet].length > 0);
  if (anyFilter || matchMedia('(min-width: 60rem)').matches) filtersBox.open = true;
  await search(initial);
}

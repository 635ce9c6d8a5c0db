import { parseYamlSource } from './yaml-source.ts';

/**
 * Data files the check parsed in this process without a mistake, by their exact text.
 * Kept on globalThis: Astro loads the config (where the check runs) and the content
 * collections as separate module instances in one process.
 */
export function checkedDataFiles(): Map<string, unknown> {
  const key = Symbol.for('dien-hinh.checked-data-files');
  const holder = globalThis as { [key]?: Map<string, unknown> };
  return (holder[key] ??= new Map());
}

/**
 * A data file's YAML for the content collections (src/content.config.ts), through the
 * checker's reader: a copy of what the check parsed from this exact text (taken once),
 * else parsed here. The permanent-link list grows with the site, and parsing it with
 * source lines took ~0.2 s at 1,000 stories, twice a build.
 */
export function parsedDataFile(text: string): unknown {
  const files = checkedDataFiles();
  if (files.has(text)) {
    const data = files.get(text);
    files.delete(text);
    return structuredClone(data);
  }
  return parseYamlSource(text).data;
}

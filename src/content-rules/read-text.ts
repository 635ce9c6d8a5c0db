import { readFile } from 'node:fs/promises';

/** Reads a file as strict UTF-8 (a leading BOM is dropped); undefined when it is not UTF-8. */
export async function readUtf8(file: string): Promise<string | undefined> {
  const bytes = await readFile(file);
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

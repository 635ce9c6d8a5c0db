import { foldVietnamese } from '../../src/lib/fold.ts';

/** One item a person can pick from a vocabulary list. */
export interface Choice {
  /** The vocabulary id written into the story. */
  id: string;
  /** The Vietnamese name shown in the list. */
  label: string;
  /** Other names that match exactly, such as a short name. */
  aliases?: readonly string[];
}

/** What a typed answer points at. */
export type Resolution =
  | { type: 'one'; choice: Choice }
  | { type: 'many'; choices: Choice[] }
  | { type: 'none' }
  | { type: 'badNumber'; number: string };

/** Words of folded text: "Hải Hậu" and "hai-hau" both give ["hai", "hau"]. */
const words = (text: string) => foldVietnamese(text).split(/[^a-z0-9]+/).filter(Boolean);

const folded = (text: string) => words(text).join(' ');

/**
 * Resolves what a person typed against a list, ignoring case and Vietnamese marks:
 * a list number (when `numbers` is on), an exact id, an exact name, or else the
 * items whose name or id contains every typed word as the start of one of its words
 * ("nong" finds "Nông nghiệp", "hai hau" finds "Huyện Hải Hậu").
 */
export function resolveChoice(text: string, choices: readonly Choice[], numbers = true): Resolution {
  const input = text.trim();
  if (numbers && /^\d+$/.test(input)) {
    const choice = choices[Number(input) - 1];
    return choice ? { type: 'one', choice } : { type: 'badNumber', number: input };
  }
  const byId = choices.find((c) => c.id === input.toLowerCase());
  if (byId) return { type: 'one', choice: byId };
  const wanted = folded(input);
  if (!wanted) return { type: 'none' };
  const exact = choices.filter((c) => [c.label, ...(c.aliases ?? [])].some((name) => folded(name) === wanted));
  if (exact.length === 1) return { type: 'one', choice: exact[0]! };
  const typed = words(input);
  const matches = choices.filter((c) => {
    const haystack = [c.label, ...(c.aliases ?? []), c.id].flatMap(words);
    return typed.every((w) => haystack.some((h) => h.startsWith(w)));
  });
  if (matches.length === 1) return { type: 'one', choice: matches[0]! };
  if (matches.length > 1) return { type: 'many', choices: matches };
  return { type: 'none' };
}

/** A numbered list line, numbered by the item's place in the full list so numbers never shift. */
export function choiceLines(shown: readonly Choice[], all: readonly Choice[]): string[] {
  const width = String(all.length).length;
  return shown.map((choice) => {
    const number = String(all.indexOf(choice) + 1).padStart(width, ' ');
    return `  ${number}. ${choice.label} (${choice.id})`;
  });
}

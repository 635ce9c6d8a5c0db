/**
 * Folds Vietnamese text for matching: lowercase, tone and vowel marks removed,
 * `đ`/`Đ` turned into `d`. "Đào Minh Đức" → "dao minh duc".
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase();
}

/** Turns free text into an id-shaped string: "Hải Hậu" → "hai-hau". */
export function toIdShape(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/**
 * Turns `đ`/`Đ` into `d`/`D` and nothing else. Pagefind already ignores tone and
 * vowel marks but treats `đ` as its own letter, so the search index and every
 * query pass through this: "Dao Minh Duc" then finds "Đào Minh Đức".
 */
export function foldDStroke(text: string): string {
  return text.replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

const collator = new Intl.Collator('vi');

/** Vietnamese alphabetical order: "Ă" after "A", "Đ" after "D". */
export function compareVi(a: string, b: string): number {
  return collator.compare(a, b);
}

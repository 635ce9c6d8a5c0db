import { expect, test } from 'vitest';
import { median } from '../../scripts/lib/median.ts';

test('the middle of an odd count, whatever the order; the input is left as it was', () => {
  const runs = [300, 120, 200, 90, 410];
  expect(median(runs)).toBe(200);
  expect(runs).toEqual([300, 120, 200, 90, 410]);
});

test('an even count takes the lower of the two middle values, not their mean', () => {
  expect(median([100, 98, 99, 100])).toBe(99);
  expect(median([7, 3])).toBe(3);
});

test('no values is an error, not a silent undefined', () => {
  expect(() => median([])).toThrow('median of no values');
});

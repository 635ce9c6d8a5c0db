import { afterEach, expect, test, vi } from 'vitest';
import { yieldToMain } from '../../src/search/yield-to-main.ts';

afterEach(() => {
  vi.unstubAllGlobals();
});

test('the caller goes on in a later task: work queued meanwhile, even a timer, runs first', async () => {
  const order: string[] = [];
  setTimeout(() => order.push('timer queued before'), 0);
  const yielded = yieldToMain().then(() => order.push('caller goes on'));
  queueMicrotask(() => order.push('microtask queued after'));
  await yielded;
  expect(order).toEqual(['microtask queued after', 'timer queued before', 'caller goes on']);
});

test('a browser with scheduler.yield() is given that, so the continuation keeps its priority', async () => {
  const yieldFn = vi.fn(() => Promise.resolve());
  vi.stubGlobal('scheduler', { yield: yieldFn });
  await yieldToMain();
  expect(yieldFn).toHaveBeenCalledTimes(1);
  // Control: a scheduler without yield() falls back to a timeout.
  vi.stubGlobal('scheduler', {});
  const timeout = vi.spyOn(globalThis, 'setTimeout');
  await yieldToMain();
  expect(timeout).toHaveBeenCalledWith(expect.any(Function), 0);
  timeout.mockRestore();
});

import '@testing-library/jest-dom';
import { configure } from '@testing-library/react';

/**
 * The instant every frontend test runs at, whatever the date it runs on: only `Date` is faked,
 * timers run as usual so user events and `waitFor` behave as in a browser.
 */
export const TEST_NOW = new Date('2026-11-25T08:00:00Z');

jest.useFakeTimers({
  now: TEST_NOW,
  doNotFake: [
    'hrtime',
    'nextTick',
    'performance',
    'queueMicrotask',
    'requestAnimationFrame',
    'cancelAnimationFrame',
    'requestIdleCallback',
    'cancelIdleCallback',
    'setImmediate',
    'clearImmediate',
    'setInterval',
    'clearInterval',
    'setTimeout',
    'clearTimeout',
  ],
});

// Lazy-loaded tabs and dialog flows with userEvent take seconds on a loaded two-core machine:
// findBy*/waitFor wait up to 10 s (the default 1 s made the suite flaky there).
configure({ asyncUtilTimeout: 10_000 });
jest.setTimeout(30_000);

// jsdom measures no layout: the charts' ResponsiveContainer observes a size that never comes, so
// a chart drawn to the container's width shows its table (for screen readers) in these tests;
// one drawn to a fixed width (a sparkline) renders its svg.
class NoLayoutResizeObserver {
  observe() {}
  unobserve() {}
  disconnect() {}
}
globalThis.ResizeObserver ??= NoLayoutResizeObserver;

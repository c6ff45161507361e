import '@testing-library/jest-dom';

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

// Dialog flows with userEvent take several seconds on a loaded two-core machine.
jest.setTimeout(30_000);

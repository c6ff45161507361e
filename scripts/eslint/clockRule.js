/**
 * The DevEx backend reads the time from one clock (`devexClockServiceRef` in devex-node), so
 * tests and demos can move the whole plugin to another instant and no test depends on the date
 * it runs on. These `no-restricted-syntax` patterns reject raw reads of the machine's clock in
 * backend code and its tests; the clock itself and the caches' expiry (real elapsed time on
 * this replica) are the only files allowed them (`clockReadAllowed`).
 */
const message =
  'Read the time from the DevEx clock (DevexClock.now() from devexClockServiceRef in ' +
  '@devex-governance/backstage-plugin-devex-node; tests pass a fixed instant such as TEST_NOW), ' +
  'not from the machine: a raw clock read makes the plugin and its tests depend on the date they run on.';

const clockReads = [
  "CallExpression[callee.object.name='Date'][callee.property.name='now']",
  'NewExpression[callee.name="Date"][arguments.length=0]',
  'CallExpression[callee.name="Date"]',
  "CallExpression[callee.object.name='DateTime'][callee.property.name=/^(now|local|utc)$/][arguments.length=0]",
].map(selector => ({ selector, message }));

/** Where the clock and the caches live: raw reads are allowed there and nowhere else. */
const clockReadAllowed = [
  'src/clock.ts',
  'src/shared/TtlCache.ts',
  'src/catalog/EntityCatalog.ts',
];

/** The Backstage ESLint config of a package whose code reads the time from the DevEx clock. */
function withClockRule(dir) {
  return require('@backstage/cli/config/eslint-factory')(dir, {
    restrictedSyntax: clockReads,
    overrides: [
      { files: clockReadAllowed, rules: { 'no-restricted-syntax': 'off' } },
    ],
  });
}

module.exports = { clockReads, clockReadAllowed, withClockRule };

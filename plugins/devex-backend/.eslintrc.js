const {
  clockReads,
  clockReadAllowed,
} = require('../../scripts/eslint/clockRule');

module.exports = require('@backstage/cli/config/eslint-factory')(__dirname, {
  restrictedSyntax: clockReads,
  overrides: [
    { files: clockReadAllowed, rules: { 'no-restricted-syntax': 'off' } },
  ],
});

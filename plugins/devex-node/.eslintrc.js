module.exports = require('../../scripts/eslint/clockRule').withClockRule(
  __dirname,
);

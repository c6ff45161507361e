/* docs/configuration.md's reference is generated from config.d.ts; this keeps them one. */
// eslint-disable-next-line @backstage/no-relative-monorepo-imports
const reference = require('../scripts/config-reference.js');

describe('the configuration reference of docs/configuration.md', () => {
  it('lists every key of config.d.ts under devex, as the generator writes it', () => {
    const expected: string = reference.configReference();
    expect(expected).toContain('| `devex.timeZone` | string | "UTC" |');
    expect(expected).toContain('`devex.sync.waivers.countInRatio`');
    expect(reference.readmeSection()).toBe(expected);
  });
});

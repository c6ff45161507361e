import { ESLint } from 'eslint';
import { resolve } from 'node:path';

/**
 * The lint rule that keeps raw clock reads out of the backend (scripts/eslint/clockRule.js), run
 * as `yarn lint:all` runs it: a service that reads the machine's clock fails with a message that
 * names the DevEx clock; the clock's own file and the caches may.
 */
describe('the clock lint rule', () => {
  const root = resolve(__dirname, '..');
  const eslint = new ESLint({ cwd: root });
  const lint = async (file: string, code: string) => {
    const [result] = await eslint.lintText(code, {
      filePath: resolve(root, file),
    });
    return result.messages
      .filter(m => m.ruleId === 'no-restricted-syntax')
      .map(m => m.message);
  };

  it.each([
    ['Date.now()', 'export const at = () => Date.now();\n'],
    ['new Date()', 'export const at = () => new Date();\n'],
    ['Date()', 'export const at = () => Date();\n'],
    [
      'DateTime.now()',
      "import { DateTime } from 'luxon';\n\nexport const at = () => DateTime.now();\n",
    ],
  ])(
    'rejects %s in a service and its test, naming the clock',
    async (_, code) => {
      for (const file of [
        'src/summary/SummaryService.ts',
        'src/summary/SummaryService.test.ts',
      ]) {
        const messages = await lint(file, code);
        expect(messages).toHaveLength(1);
        expect(messages[0]).toMatch(/DevEx clock \(DevexClock\.now\(\)/);
      }
    },
  );

  it('allows a date from a given instant, and raw reads where the caches live', async () => {
    expect(
      await lint(
        'src/summary/SummaryService.ts',
        'export const at = (ms: number) => new Date(ms);\n',
      ),
    ).toEqual([]);
    expect(
      await lint(
        'src/shared/TtlCache.ts',
        'export const at = () => Date.now();\n',
      ),
    ).toEqual([]);
  });
});

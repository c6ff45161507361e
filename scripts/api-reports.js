#!/usr/bin/env node
/*
 * API reports of the four packages' public surface, with API Extractor: one Markdown report per
 * entry point (`report.api.md`, and `report-alpha.api.md` for the frontend's `/alpha`), committed
 * next to each package.json, so that a change of the public API shows in review.
 *
 * Reads the declarations `yarn tsc` writes to dist-types/ (run it first).
 *   node scripts/api-reports.js          writes the reports
 *   node scripts/api-reports.js --ci     fails, naming the package, when a report is out of date
 */
const { Extractor, ExtractorConfig } = require('@microsoft/api-extractor');
const { existsSync, mkdtempSync, rmSync } = require('node:fs');
const { tmpdir } = require('node:os');
const { join } = require('node:path');

const root = join(__dirname, '..');
const check = process.argv.includes('--ci');
const packages = ['devex', 'devex-backend', 'devex-common', 'devex-node'];
const entryPoints = { index: 'report', alpha: 'report-alpha' };
const temp = mkdtempSync(join(tmpdir(), 'devex-api-reports-'));

let failed = false;
for (const pkg of packages) {
  const packageFolder = join(root, 'plugins', pkg);
  for (const [entry, reportFileName] of Object.entries(entryPoints)) {
    const declarations = join(
      root,
      'dist-types/plugins',
      pkg,
      `src/${entry}.d.ts`,
    );
    if (!existsSync(declarations)) continue;
    const config = ExtractorConfig.prepare({
      configObject: {
        projectFolder: packageFolder,
        mainEntryPointFilePath: declarations,
        compiler: {
          overrideTsconfig: {
            compilerOptions: {
              target: 'es2022',
              module: 'esnext',
              moduleResolution: 'bundler',
              jsx: 'react-jsx',
              strict: true,
              skipLibCheck: true,
              types: [],
              lib: ['dom', 'dom.iterable', 'esnext'],
            },
            files: [declarations],
          },
        },
        apiReport: {
          enabled: true,
          reportFileName,
          reportFolder: packageFolder,
          reportTempFolder: temp,
        },
        docModel: { enabled: false },
        dtsRollup: { enabled: false },
        tsdocMetadata: { enabled: false },
        newlineKind: 'lf',
        // the reports hold the API surface only: API Extractor's notes name absolute paths, which
        // would differ between checkouts (undocumented members are still marked in the report)
        messages: {
          compilerMessageReporting: { default: { logLevel: 'warning' } },
          extractorMessageReporting: {
            default: { logLevel: 'none', addToApiReportFile: false },
          },
          tsdocMessageReporting: { default: { logLevel: 'none' } },
        },
      },
      configObjectFullPath: undefined,
      packageJsonFullPath: join(packageFolder, 'package.json'),
    });
    const result = Extractor.invoke(config, {
      localBuild: !check,
    });
    const file = `plugins/${pkg}/${reportFileName}.api.md`;
    if (result.apiReportChanged && check) {
      console.error(
        `api-reports: ${file} is out of date: run \`yarn tsc && yarn api-reports\` and commit it`,
      );
      failed = true;
    } else if (!result.succeeded && !result.apiReportChanged) {
      console.error(`api-reports: ${file}: API Extractor failed`);
      failed = true;
    } else {
      console.log(
        `api-reports: ${file} ${
          result.apiReportChanged ? 'written' : 'up to date'
        }`,
      );
    }
  }
}
rmSync(temp, { recursive: true, force: true });
process.exit(failed ? 1 : 0);

#!/usr/bin/env node
// One spec, two generated modules: src/schema/openapi.yaml becomes
// - src/schema/openapi.generated.ts, the spec `as const` for createValidatedOpenApiRouter;
// - ../devex-common/src/schema/openapi.generated.ts, the wire types (openapi-typescript), from
//   which the common package's request and response types are derived.
// `--check` fails when either is stale.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const dir = path.resolve(__dirname, '../src/schema');
const source = path.join(dir, 'openapi.yaml');
const header =
  '// Generated from plugins/devex-backend/src/schema/openapi.yaml by scripts/generate-openapi.js; do not edit.\n/* eslint-disable */\n';

async function outputs() {
  const spec = YAML.parse(fs.readFileSync(source, 'utf8'));
  const { default: openapiTS, astToString } = await import(
    'openapi-typescript'
  );
  const types = astToString(await openapiTS(spec, { alphabetize: true }));
  return [
    [
      path.join(dir, 'openapi.generated.ts'),
      `${header}export const spec = ${JSON.stringify(
        spec,
        null,
        2,
      )} as const;\nexport const createOpenApiSpec = () => spec;\n`,
    ],
    [
      path.resolve(
        __dirname,
        '../../devex-common/src/schema/openapi.generated.ts',
      ),
      `${header}${types}`,
    ],
  ];
}

outputs().then(files => {
  const check = process.argv.includes('--check');
  for (const [target, output] of files) {
    if (check) {
      const current = fs.existsSync(target)
        ? fs.readFileSync(target, 'utf8')
        : '';
      if (current !== output) {
        console.error(
          `${target} is stale: run yarn workspace @devex-governance/backstage-plugin-devex-backend generate:openapi`,
        );
        process.exitCode = 1;
      }
    } else {
      fs.mkdirSync(path.dirname(target), { recursive: true });
      fs.writeFileSync(target, output);
      console.log(`wrote ${path.relative(process.cwd(), target)}`);
    }
  }
});

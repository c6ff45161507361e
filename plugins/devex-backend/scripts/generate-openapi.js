#!/usr/bin/env node
// Turns src/schema/openapi.yaml into a typed `as const` module for
// createValidatedOpenApiRouter. `--check` fails when the generated file is stale.
const fs = require('node:fs');
const path = require('node:path');
const YAML = require('yaml');

const dir = path.resolve(__dirname, '../src/schema');
const spec = YAML.parse(
  fs.readFileSync(path.join(dir, 'openapi.yaml'), 'utf8'),
);
const output = `// Generated from openapi.yaml by scripts/generate-openapi.js; do not edit.
/* eslint-disable */
export const spec = ${JSON.stringify(spec, null, 2)} as const;
export const createOpenApiSpec = () => spec;
`;
const target = path.join(dir, 'openapi.generated.ts');
if (process.argv.includes('--check')) {
  const current = fs.existsSync(target) ? fs.readFileSync(target, 'utf8') : '';
  if (current !== output) {
    console.error(
      `${target} is stale: run yarn workspace @internal/backstage-plugin-devex-backend generate:openapi`,
    );
    process.exit(1);
  }
} else {
  fs.writeFileSync(target, output);
  console.log(`wrote ${path.relative(process.cwd(), target)}`);
}

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

const camel = name => name[0].toLowerCase() + name.slice(1);
const pascal = name => name[0].toUpperCase() + name.slice(1);

/**
 * The values of every enum of the spec's schemas (a schema that is an enum, or a property of one
 * that is), in the spec's order, as `<schema>[<Property>]Values` tuples: what the common package
 * exports as its lists of statuses, sources and kinds, so that they too have the spec as source.
 */
function enumValues(spec) {
  const lines = [];
  const emit = (name, values) =>
    lines.push(
      `export const ${name}Values = ${JSON.stringify(
        values.filter(v => v !== null),
      )} as const;`,
    );
  for (const [name, schema] of Object.entries(spec.components.schemas).sort()) {
    if (schema.enum) emit(camel(name), schema.enum);
    for (const [prop, value] of Object.entries(schema.properties ?? {}).sort())
      if (value.enum ?? value.items?.enum)
        emit(`${camel(name)}${pascal(prop)}`, value.enum ?? value.items.enum);
  }
  return `\n/** The values of the spec's enums, in its order. */\n${lines.join(
    '\n',
  )}\n`;
}

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
      `${header}${types}${enumValues(spec)}`,
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

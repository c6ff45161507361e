#!/usr/bin/env node
/**
 * The fast check of the packed packages, run by scripts/install-check.sh on every CI run: reads
 * each tarball and fails on what would break an adopter's install before any app is generated.
 * Every file the manifest points at (main, module, types, exports, typesVersions, configSchema)
 * is in the tarball; no dependency is left as `workspace:`; the four name each other at versions
 * the packed ones satisfy; no source or test file is shipped; the backend ships every migration;
 * each has its README, LICENSE and Backstage metadata.
 *
 * Usage: node scripts/pack-check.js <tarball>...
 */
const { execFileSync } = require('node:child_process');
const { readdirSync } = require('node:fs');
const { join } = require('node:path');
const semver = require('semver');

const repo = join(__dirname, '..');
const tarballs = process.argv.slice(2);
if (!tarballs.length) {
  console.error('usage: node scripts/pack-check.js <tarball>...');
  process.exit(2);
}

const read = tarball => {
  const files = new Set(
    execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' })
      .split('\n')
      .filter(Boolean)
      .map(f => f.replace(/^package\//, '')),
  );
  const manifest = JSON.parse(
    execFileSync('tar', ['xzOf', tarball, 'package/package.json'], {
      encoding: 'utf8',
    }),
  );
  return { tarball, files, manifest };
};

/** Every file path a manifest points at, with where it says so. */
function targets(manifest) {
  const found = [];
  const add = (where, value) => {
    if (typeof value === 'string') found.push([where, value]);
    else if (Array.isArray(value))
      value.forEach((v, i) => add(`${where}[${i}]`, v));
    else if (value && typeof value === 'object')
      for (const [k, v] of Object.entries(value)) add(`${where}.${k}`, v);
  };
  for (const field of ['main', 'module', 'types', 'configSchema'])
    add(field, manifest[field]);
  add('exports', manifest.exports);
  add('typesVersions', manifest.typesVersions);
  return found
    .filter(([where, value]) => !/\.backstage$/.test(where) || !value)
    .filter(([, value]) => !value.startsWith('@backstage/'));
}

const packs = tarballs.map(read);
const versions = new Map(packs.map(p => [p.manifest.name, p.manifest.version]));
const problems = [];

for (const { tarball, files, manifest } of packs) {
  const problem = text => problems.push(`${manifest.name ?? tarball}: ${text}`);
  for (const [where, target] of targets(manifest)) {
    const file = target.replace(/^\.\//, '');
    if (!files.has(file)) problem(`${where} points at ${file}, not packed`);
  }
  for (const field of ['dependencies', 'peerDependencies']) {
    for (const [name, range] of Object.entries(manifest[field] ?? {})) {
      if (/^(workspace|link|portal|file):/.test(range))
        problem(`${field}.${name} is ${range}`);
      const sibling = versions.get(name);
      if (sibling && !semver.satisfies(sibling, range))
        problem(`${field}.${name} is ${range}, not satisfied by ${sibling}`);
    }
  }
  const shipped = [...files];
  const source = shipped.filter(
    f => /^src\//.test(f) || /\.test\.|__testUtils__|setupTests/.test(f),
  );
  if (source.length)
    problem(`ships source or tests: ${source.slice(0, 3).join(', ')}`);
  for (const f of ['README.md', 'LICENSE', 'package.json'])
    if (!files.has(f)) problem(`${f} is not packed`);
  if (!manifest.backstage?.role) problem('backstage.role is not set');
  if (!manifest.backstage?.pluginPackages?.length)
    problem('backstage.pluginPackages is not set');
  if (!shipped.some(f => /^dist\/.*\.d\.ts$/.test(f)))
    problem('no type declarations in dist/');
  if (manifest.backstage?.role === 'backend-plugin') {
    const dir = join(
      repo,
      'plugins',
      manifest.name.replace('@devex-governance/backstage-plugin-', ''),
      'migrations',
    );
    for (const migration of readdirSync(dir))
      if (!files.has(`migrations/${migration}`))
        problem(`migration ${migration} is not packed`);
    if (!manifest.configSchema) problem('configSchema is not set');
  }
  console.log(
    `pack-check ${manifest.name}@${manifest.version}: ${files.size} files, ${
      targets(manifest).length
    } manifest paths present`,
  );
}

if (problems.length) {
  console.error(`pack-check: ${problems.length} problem(s):`);
  for (const p of problems) console.error(`  ${p}`);
  process.exit(1);
}
console.log(`pack-check: ${packs.length} tarballs ok`);

#!/usr/bin/env node
/**
 * Keeps the docs navigable: every relative link in README.md, docs/ and the packages' READMEs
 * names a file that exists and, with a `#fragment`, a heading of that file (GitHub's anchors).
 * Prints each broken link with where it stands, and exits 1 when there is one.
 *
 * Usage: node scripts/check-docs.js
 */
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');

function markdownFiles() {
  const files = ['README.md'];
  for (const dir of fs.readdirSync(path.join(root, 'plugins'))) {
    if (fs.existsSync(path.join(root, 'plugins', dir, 'README.md'))) {
      files.push(path.join('plugins', dir, 'README.md'));
    }
  }
  const walk = dir => {
    for (const entry of fs.readdirSync(path.join(root, dir), {
      withFileTypes: true,
    })) {
      const rel = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(rel);
      else if (entry.name.endsWith('.md')) files.push(rel);
    }
  };
  walk('docs');
  return files;
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function anchorOf(heading, seen) {
  const base = heading
    .trim()
    .toLowerCase()
    .replace(/<[^>]+>/g, '')
    .replace(/[`*_]/g, '')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
  const n = seen.get(base) ?? 0;
  seen.set(base, n + 1);
  return n === 0 ? base : `${base}-${n}`;
}

const anchorCache = new Map();
function anchorsOf(file) {
  if (!anchorCache.has(file)) {
    const seen = new Map();
    const anchors = new Set();
    let fenced = false;
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (/^\s*```/.test(line)) fenced = !fenced;
      const m = !fenced && /^#{1,6}\s+(.*)$/.exec(line);
      if (m) anchors.add(anchorOf(m[1], seen));
    }
    anchorCache.set(file, anchors);
  }
  return anchorCache.get(file);
}

const broken = [];
for (const rel of markdownFiles()) {
  const file = path.join(root, rel);
  let fenced = false;
  fs.readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, i) => {
      if (/^\s*```/.test(line)) fenced = !fenced;
      if (fenced) return;
      for (const m of line.matchAll(/\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g)) {
        const target = m[1];
        if (/^[a-z]+:/i.test(target)) continue; // http:, https:, mailto:
        const [p, fragment] = target.split('#');
        const resolved = p
          ? path.resolve(path.dirname(file), decodeURI(p))
          : file;
        const where = `${rel}:${i + 1}`;
        if (!fs.existsSync(resolved)) {
          broken.push(`${where}: ${target}: no such file`);
        } else if (
          fragment &&
          resolved.endsWith('.md') &&
          !anchorsOf(resolved).has(fragment)
        ) {
          broken.push(`${where}: ${target}: no such heading`);
        }
      }
    });
}
if (broken.length) {
  console.error(
    `check-docs: ${broken.length} broken link(s)\n${broken.join('\n')}`,
  );
  process.exit(1);
}
console.log(
  `check-docs: every relative link resolves (${markdownFiles().length} files)`,
);

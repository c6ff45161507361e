// The plugins' dependency rules, checked by `yarn lint:deps` (part of `yarn lint:all`).
//
// A backend domain is a folder of plugins/devex-backend/src (actionItems, experiments, sync...).
// Domains talk through each other's services or through the narrow interfaces a domain exports;
// only the wiring at the root of src/ (services.ts, stores.ts, plugin.ts) builds stores and hands
// them on. Folders never import each other in a circle, in the backend or in the frontend.
const backend = '^plugins/devex-backend/src';

/** Folders of the backend that are shared machinery rather than domains. */
const infrastructure = [
  // migrations, keyset pages, the plugin's key-value state
  `${backend}/database/`,
  // the transactional outbox: a domain's store enqueues its notification in its own transaction
  `${backend}/outbox/`,
];

/** @type {import('dependency-cruiser').IConfiguration} */
module.exports = {
  forbidden: [
    {
      name: 'no-cross-domain-store',
      severity: 'error',
      comment:
        "A domain reads another domain's data through that domain's service or a narrow " +
        'interface it exports, never through its store; stores are built and handed on only ' +
        'by the wiring at the root of src/. The demo seeds every table, as a migration would, ' +
        'and is exempt.',
      from: {
        path: `${backend}/([^/]+)/`,
        pathNot: [`${backend}/demo/`, `${backend}/__testUtils__/`],
      },
      to: {
        path: `${backend}/[^/]+/[^/]*Store\\.ts$`,
        pathNot: [`${backend}/$1/`, ...infrastructure],
      },
    },
    {
      name: 'no-folder-cycles',
      severity: 'error',
      comment:
        'No folder imports another folder that imports it back, directly or through others.',
      scope: 'folder',
      from: { path: '^plugins/[^/]+/src/.+' },
      to: { circular: true },
    },
    {
      name: 'no-module-cycles',
      severity: 'error',
      comment: 'No file imports another file that imports it back.',
      from: { path: '^plugins/[^/]+/src/' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: {
      path: [
        '\\.test\\.tsx?$',
        '/__testUtils__/',
        '/setupTests\\.ts$',
        '/dev/',
        '\\.generated\\.ts$',
      ],
    },
    // type-only imports count: a domain that names another's store in a type depends on it
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    combinedDependencies: false,
  },
};

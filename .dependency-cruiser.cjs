/**
 * The layers of docs/architecture.md as rules (`npm run lint` runs them). API, bottom to top:
 *   database  → core → modules/access → modules/<feature> → adapters (graphql/, http/, each
 *   feature's resolvers, models, inputs and controllers) → composition roots (main, app, cli/).
 * Arrows only point down; a feature reaches another only through its public files.
 */
const API = '^api/src/';
/** A feature's GraphQL/HTTP face: the only files of a feature that know the transport. */
const ADAPTER_FILES = '(\\.(resolver|model|controller)\\.ts$|/dto/)';
const TRANSPORT_PACKAGES =
  'node_modules/(graphql|@nestjs/graphql|@nestjs/apollo|@apollo/server|@as-integrations/express5|express|graphql-ws)/';

module.exports = {
  forbidden: [
    {
      name: 'no-cycles',
      severity: 'error',
      comment: 'Import cycles hide the real layering and break module initialisation order.',
      from: { path: '^(api/src|web/src)/' },
      to: { circular: true },
    },
    {
      name: 'core-is-a-leaf',
      severity: 'error',
      comment: 'core/ is the shared kernel: it imports no feature, adapter, database or composition root.',
      from: { path: `${API}core/` },
      to: { path: `${API}(modules|graphql|http|cli|database|config)/|${API}(main|app|app\\.module)\\.ts$` },
    },
    {
      name: 'core-knows-no-transport',
      severity: 'error',
      from: { path: `${API}core/` },
      to: { path: TRANSPORT_PACKAGES },
    },
    {
      name: 'database-is-below-features',
      severity: 'error',
      comment: 'database/ holds the data source, migrations and the embedded server; migrations never import code.',
      from: { path: `${API}database/` },
      to: { path: `${API}(modules|graphql|http|cli|core)/` },
    },
    {
      name: 'access-is-below-features',
      severity: 'error',
      comment: 'modules/access decides visibility for every feature, so it depends on none of them.',
      from: { path: `${API}modules/access/` },
      to: { path: `${API}modules/(?!access/)|${API}(graphql|http|cli)/` },
    },
    {
      name: 'features-meet-through-public-files',
      severity: 'error',
      comment:
        'A feature reaches another only through its module, services, GraphQL models, loaders and table SQL (*.sql.ts), never its internals.',
      from: { path: `${API}modules/([^/]+)/` },
      to: {
        path: `${API}modules/[^/]+/`,
        pathNot: [`${API}modules/$1/`, `${API}modules/access/`, '\\.(module|service|model|loaders|sql)\\.ts$'],
      },
    },
    {
      name: 'only-adapters-know-the-transport',
      severity: 'error',
      comment:
        'Services, loaders and SQL throw domain errors and take plain values; GraphQL and HTTP stay in adapters.',
      from: { path: `${API}modules/`, pathNot: ADAPTER_FILES },
      to: { path: [TRANSPORT_PACKAGES, `${API}(graphql|http)/`] },
    },
    {
      name: 'features-do-not-import-composition-roots',
      severity: 'error',
      from: { path: `${API}(modules|core|database|graphql|http)/` },
      to: { path: `${API}cli/|${API}(main|app|app\\.module)\\.ts$` },
    },
    {
      name: 'tools-stay-out-of-the-product',
      severity: 'error',
      comment: 'Benchmarks and the ceiling server live in api/tools/ and never ship in dist/.',
      from: { path: API },
      to: { path: '^api/tools/' },
    },
    {
      name: 'web-graphql-is-below-the-app',
      severity: 'error',
      comment: 'The web GraphQL client and generated types know nothing of composables, stores, components or pages.',
      from: { path: '^web/src/graphql/' },
      to: { path: '^web/src/(composables|stores|components|pages)/' },
    },
    {
      name: 'web-composables-are-below-the-view',
      severity: 'error',
      from: { path: '^web/src/(composables|stores|utils)/' },
      to: { path: '^web/src/(components|pages)/' },
    },
    {
      name: 'web-components-do-not-import-pages',
      severity: 'error',
      from: { path: '^web/src/components/' },
      to: { path: '^web/src/pages/' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '(\\.spec\\.ts$|/generated/|/dist/)' },
    tsPreCompilationDeps: true,
    // Resolves the API's NodeNext `./x.js` imports to x.ts and the web app's `@/` alias.
    tsConfig: { fileName: 'tsconfig.deps.json' },
    enhancedResolveOptions: {
      exportsFields: ['exports'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      extensions: ['.ts', '.js', '.vue', '.mjs', '.d.ts'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};

/**
 * Builds the task pane (also the standalone web page) and the ribbon command page into dist/.
 *
 *   webpack --mode production     dist/ for deployment; manifest URLs rewritten to ADDIN_PRODUCTION_URL
 *   webpack --mode development    same, unminified, manifest keeps https://localhost:3000/
 *   webpack serve                 dev server on https://localhost:3000 with office-addin-dev-certs
 *
 * office.js is served from our own build (dist/office-js/), never from the Microsoft CDN, and only the files
 * Excel needs are copied (not the package's 86 MB of other hosts, debug builds and telemetry).
 */
const path = require('path');
const fs = require('fs');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_ORIGIN = 'https://localhost:3000/';
const DEFAULT_PRODUCTION_URL = 'https://jixiao.example.gov.cn/addin/';
const DEV_SERVER_PORT = 3000;
const OFFICE_JS_DIR = path.dirname(require.resolve('@microsoft/office-js/dist/office.js'));

/** The non-debug office.js files an Excel task pane loads (host files are picked by platform at run time). */
function officeJsPatterns() {
  const names = fs.readdirSync(OFFICE_JS_DIR);
  const wanted = names.filter(
    (name) =>
      !name.includes('.debug.') &&
      (name === 'office.js' ||
        name === 'o15apptofilemappingtable.js' ||
        name === 'es6-promise.js' ||
        /^excel.*\.js$/.test(name)),
  );
  const files = wanted.map((name) => ({ from: path.join(OFFICE_JS_DIR, name), to: `office-js/${name}` }));
  const strings = ['zh-cn', 'en-us'].map((locale) => ({
    from: path.join(OFFICE_JS_DIR, locale, 'office_strings.js'),
    to: `office-js/${locale}/office_strings.js`,
  }));
  return [...files, ...strings];
}

function productionUrl() {
  const url = process.env.ADDIN_PRODUCTION_URL || DEFAULT_PRODUCTION_URL;
  return url.endsWith('/') ? url : `${url}/`;
}

/** dist/manifest.xml: the dev origin replaced by the deployment URL in production builds. */
function rewriteManifest(content, production) {
  const text = content.toString('utf8');
  if (!production) return text;
  const target = productionUrl();
  const targetOrigin = new URL(target).origin;
  return text.split(DEV_ORIGIN).join(target).split(DEV_ORIGIN.replace(/\/$/, '')).join(targetOrigin);
}

async function devServerOptions() {
  // Loaded only for `webpack serve`: a plain build must work on a machine without dev certificates.
  const devCerts = require('office-addin-dev-certs');
  const certs = await devCerts.getHttpsServerOptions();
  return {
    port: DEV_SERVER_PORT,
    host: 'localhost',
    server: { type: 'https', options: { ca: certs.ca, key: certs.key, cert: certs.cert } },
    headers: { 'Access-Control-Allow-Origin': '*' },
    static: { directory: path.join(__dirname, 'dist') },
    client: { webSocketURL: `wss://localhost:${DEV_SERVER_PORT}/ws`, overlay: false },
  };
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode || 'production';
  const production = mode === 'production';
  const serving = Boolean(env.WEBPACK_SERVE);
  return {
    mode,
    // Never an eval-based devtool: the pages' CSP (script-src 'self') forbids eval, also in development.
    devtool: 'source-map',
    entry: {
      taskpane: './src/main.tsx',
      commands: './src/commands/commands.ts',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      chunkFilename: '[name].[contenthash:8].js',
      publicPath: 'auto',
      clean: true,
    },
    resolve: {
      extensions: ['.ts', '.tsx', '.js'],
      // Node built-ins must never be pulled in by accident (src/package/node.ts is the CLI's only).
      fallback: { fs: false, path: false, stream: false, crypto: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // Type checking is `npm run typecheck`; the build only transpiles (faster, and others' WIP
              // type errors elsewhere in the repo cannot break it).
              transpileOnly: true,
              compilerOptions: { module: 'esnext', sourceMap: true },
            },
          },
        },
      ],
    },
    performance: {
      // The initial task pane bundle and the lazy chunks (standalone page, src/package) are all small.
      assetFilter: (asset) => asset.endsWith('.js') && !asset.startsWith('office-js/'),
      maxEntrypointSize: 1_500_000,
      maxAssetSize: 1_500_000,
    },
    optimization: {
      // One split only: what the worker's two lazy chunks share (big.js, decimal, A1 refs) loads once, as its
      // own chunk, instead of once in each. Everything else stays as the dynamic imports name it.
      splitChunks: {
        chunks: (chunk) => chunk.name === 'engine' || chunk.name === 'package',
        cacheGroups: {
          default: false,
          defaultVendors: false,
          workerShared: { name: 'worker-shared', minChunks: 2, minSize: 0, enforce: true },
        },
      },
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      // The same page at / for the standalone mode (scripts/preview.js, a plain web server).
      new HtmlWebpackPlugin({
        filename: 'index.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        scriptLoading: 'defer',
      }),
      new HtmlWebpackPlugin({
        filename: 'commands.html',
        template: './src/commands/commands.html',
        chunks: ['commands'],
        scriptLoading: 'defer',
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets', to: 'assets' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: (content) => rewriteManifest(content, production) },
          ...officeJsPatterns(),
        ],
      }),
    ],
    ...(serving ? { devServer: await devServerOptions() } : {}),
  };
};

module.exports.rewriteManifest = rewriteManifest;
module.exports.officeJsPatterns = officeJsPatterns;

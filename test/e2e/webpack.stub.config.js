/**
 * Test-only bundle: test/fakes/office-stub.ts + the Excel fake + the seed workbook, served by the add-in e2e
 * test in place of dist/office-js/office.js. Output goes to test-artifacts/ (git-ignored), never to dist/.
 */
const path = require('path');

const root = path.resolve(__dirname, '..', '..');

module.exports = {
  mode: 'development',
  devtool: false,
  context: root,
  entry: { 'office-stub': './test/e2e/stub/office-stub-entry.ts' },
  output: { path: path.join(root, 'test-artifacts', 'e2e-build'), filename: '[name].js', clean: true },
  resolve: { extensions: ['.ts', '.tsx', '.js'] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: { loader: 'ts-loader', options: { transpileOnly: true, compilerOptions: { module: 'esnext' } } },
      },
    ],
  },
  performance: { hints: false },
};

/**
 * The real-browser end-to-end tests: `jest -c test/e2e/jest.config.js` (npm run test:e2e). They build
 * dist/ (production) once when it is missing or stale, serve it on 127.0.0.1 and drive /usr/bin/chromium.
 */
const path = require('path');
const base = require('../../jest.config.js');

module.exports = {
  ...base,
  rootDir: path.resolve(__dirname, '..', '..'),
  roots: ['<rootDir>/test/e2e'],
  testPathIgnorePatterns: ['/node_modules/'],
  globalSetup: '<rootDir>/test/e2e/global-setup.ts',
  maxWorkers: 1,
  testTimeout: 15 * 60_000,
};

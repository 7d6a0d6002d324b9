#!/usr/bin/env node
'use strict';
// Launcher: the CLI is compiled from src/cli into lib/ by `npm run prepare` (tsc -p tsconfig.node.json).
let cli;
try {
  cli = require('../lib/cli/main.js');
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('lib/cli/main.js')) {
    process.stderr.write('jixiao: 尚未编译，请先运行 npm run prepare / not built yet, run `npm run prepare` first\n');
    process.exit(2);
  }
  throw error;
}
cli.run();

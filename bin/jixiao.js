#!/usr/bin/env node
'use strict';
// Launcher: the CLI is compiled from src/cli into lib/ by `npm run prepare` (tsc -p tsconfig.node.json).

// A CLI run is short: most of the engine's code runs once per sheet, and V8's default tiering spends more
// CPU compiling it (Sparkplug, Maglev, TurboFan) than it saves. A larger interrupt budget tiers up only the
// code that stays hot (the reader's loops, a long batch). 200 sheets: ~0.8 s CPU instead of ~1.3 s; warm
// speed unchanged (docs/benchmarks.md). Set before any of the CLI's code is compiled.
require('node:v8').setFlagsFromString('--interrupt-budget=1000000');

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

#!/usr/bin/env node
'use strict';
// Launcher: the CLI is compiled from src/cli into lib/ by `npm run prepare` (tsc -p tsconfig.node.json, then
// scripts/bundle-cli.js).

// A CLI run is short: most of the engine's code runs once per sheet, and V8's default tiering spends more
// CPU compiling it (Sparkplug, Maglev, TurboFan) than it saves. A larger interrupt budget tiers up only the
// code that stays hot (the reader's loops, a long batch); the default (144 KB) costs ~0.5 s more CPU on the
// 200-sheet bench. 500 KB measured ~20 ms faster wall than 1 MB once the engine had less work per row (4 Dec,
// 21 alternating runs each); warm speed unchanged (docs/benchmarks.md). Set before any of the CLI's code is
// compiled; the code cache is built under the same flag.
require('node:v8').setFlagsFromString('--interrupt-budget=500000');

/**
 * lib/cli.bundle.js (scripts/bundle-cli.js, run by `npm run prepare`) is the same code in one file, which
 * loads in half the time; it is used only while it is newer than lib/cli/main.js, so a plain `tsc` rebuild
 * of lib/ is never shadowed by a stale bundle.
 */
function loadCli() {
  const fs = require('node:fs');
  const path = require('node:path');
  const lib = path.join(__dirname, '..', 'lib');
  const bundle = path.join(lib, 'cli.bundle.js');
  const bundleStat = fs.statSync(bundle, { throwIfNoEntry: false });
  const mainStat = fs.statSync(path.join(lib, 'cli', 'main.js'), { throwIfNoEntry: false });
  if (bundleStat && mainStat && bundleStat.mtimeMs >= mainStat.mtimeMs) return loadBundle(bundle, bundleStat);
  return require('../lib/cli/main.js');
}

/**
 * The bundle with V8's code cache beside it (lib/cli.bundle.cache): the bytecode of the functions a sample
 * evaluation ran, written by scripts/bundle-cli.js through JIXIAO_WRITE_CODE_CACHE. With it a run skips
 * compiling them (~40 ms CPU on the 200-sheet bench). Used only while newer than the bundle; V8 itself
 * refuses a cache from another Node version or other flags, and the bundle then compiles as usual.
 */
function loadBundle(bundle, bundleStat) {
  const fs = require('node:fs');
  const path = require('node:path');
  const vm = require('node:vm');
  const cacheFile = bundle.replace(/\.js$/, '.cache');
  const cacheStat = fs.statSync(cacheFile, { throwIfNoEntry: false });
  const cachedData = cacheStat && cacheStat.mtimeMs >= bundleStat.mtimeMs ? fs.readFileSync(cacheFile) : undefined;
  const source = fs.readFileSync(bundle, 'utf8');
  // Node's own CommonJS wrapper, so the bundle runs as it would under require().
  const wrapper = `(function (exports, require, module, __filename, __dirname) {${source}\n})`;
  const script = new vm.Script(wrapper, { filename: bundle, cachedData });
  const module = { exports: {} };
  script.runInThisContext().call(module.exports, module.exports, require, module, bundle, path.dirname(bundle));
  const writeTo = process.env.JIXIAO_WRITE_CODE_CACHE;
  if (writeTo) process.on('exit', () => fs.writeFileSync(writeTo, script.createCachedData()));
  return module.exports;
}

let cli;
try {
  cli = loadCli();
} catch (error) {
  if (error && error.code === 'MODULE_NOT_FOUND' && String(error.message).includes('lib/cli/main.js')) {
    process.stderr.write('jixiao: 尚未编译，请先运行 npm run prepare / not built yet, run `npm run prepare` first\n');
    process.exit(2);
  }
  throw error;
}
cli.run();

/**
 * The engine is pure (team rule): no Office.js, exceljs, React, Node built-ins or DOM globals anywhere under
 * src/engine, so the same code runs in the task pane, the CLI and the standalone page.
 */
import { readdirSync, readFileSync, statSync } from 'fs';
import { builtinModules } from 'module';
import { join, relative } from 'path';

const ENGINE_DIR = join(__dirname, '../../src/engine');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [path] : [];
  });
}

const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));
const FORBIDDEN_PACKAGES = /^(exceljs|react|react-dom|@fluentui\/|@microsoft\/office-js|office-js|office-addin)/;
const DOM_GLOBALS = /\b(document|window|navigator|localStorage|sessionStorage|Office|Excel)\s*[.[(]/;

/** Module specifiers of import/export-from/require/dynamic import. */
function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\brequire\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of source.matchAll(pattern)) specifiers.push(match[1]);
  return specifiers;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

function impurities(source: string): string[] {
  const code = withoutComments(source);
  const problems: string[] = [];
  for (const specifier of importsOf(code)) {
    if (NODE_BUILTINS.has(specifier) || NODE_BUILTINS.has(specifier.split('/')[0]))
      problems.push(`imports Node built-in ${specifier}`);
    if (FORBIDDEN_PACKAGES.test(specifier)) problems.push(`imports host package ${specifier}`);
  }
  const dom = DOM_GLOBALS.exec(code.replace(/'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\]|\\.)*`/g, "''"));
  if (dom) problems.push(`uses host global ${dom[1]}`);
  return problems;
}

describe('engine purity', () => {
  const files = sourceFiles(ENGINE_DIR);

  it('finds the engine sources', () => {
    expect(files.length).toBeGreaterThan(10);
  });

  it('no file under src/engine imports a host, Node built-in or uses a DOM global', () => {
    const offenders = files
      .map((file) => ({ file: relative(ENGINE_DIR, file), problems: impurities(readFileSync(file, 'utf8')) }))
      .filter((entry) => entry.problems.length > 0);
    expect(offenders).toEqual([]);
  });

  it('the scanner catches each kind of impurity', () => {
    expect(impurities("import { readFileSync } from 'fs';")).toEqual(['imports Node built-in fs']);
    expect(impurities("import path from 'node:path';")).toEqual(['imports Node built-in node:path']);
    expect(impurities("const ExcelJS = require('exceljs');")).toEqual(['imports host package exceljs']);
    expect(impurities("import React from 'react';")).toEqual(['imports host package react']);
    expect(impurities('const el = document.getElementById("x");')).toEqual(['uses host global document']);
    expect(impurities('window.alert(1);')).toEqual(['uses host global window']);
    expect(impurities('await Excel.run(async () => {});')).toEqual(['uses host global Excel']);
    expect(impurities("// window.alert in a comment\nconst text = 'document.title';")).toEqual([]);
    expect(impurities("import Big from 'big.js';\nimport { toA1 } from './a1';")).toEqual([]);
  });
});

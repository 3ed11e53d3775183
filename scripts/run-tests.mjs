#!/usr/bin/env node
// Runs every tests/**/*.test.ts with node's test runner (Node 20 does not expand globs itself),
// and fails when it finds none, so a broken layout can never pass as "0 tests".
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const walk = (dir) => fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
  const p = path.join(dir, e.name);
  if (e.isDirectory()) return e.name === 'fixtures' ? [] : walk(p);
  return e.name.endsWith('.test.ts') ? [p] : [];
});
const only = process.argv.slice(2);
const files = (only.length ? only : walk('tests')).sort();
if (files.length === 0) {
  console.error('run-tests: no test files found under tests/');
  process.exit(1);
}
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...files], { stdio: 'inherit' });
process.exit(r.status ?? 1);

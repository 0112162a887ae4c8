// DESIGN.md's dependency rule is enforced by eslint.config.js: these snippets, linted as if they lived in each
// folder, must be refused (and the allowed directions accepted), or the rule silently stopped working.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const eslint = new ESLint({ cwd: root });

async function problems(code: string, filePath: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-globals').map((m) => m.message);
}

test('src/ may not import Electron, Node built-ins, main/, renderer/ or React, nor touch the DOM or process', async () => {
  const cases: Array<[string, RegExp]> = [
    ["import { app } from 'electron';\nvoid app;\n", /no Electron/],
    ["import { readFileSync } from 'node:fs';\nvoid readFileSync;\n", /no Node built-ins/],
    ["import { readFileSync } from 'fs';\nvoid readFileSync;\n", /no Node built-ins/],
    ["import { atomicWrite } from '../../main/services/atomicWrite.js';\nvoid atomicWrite;\n", /nothing outside src/],
    ["import React from 'react';\nvoid React;\n", /no UI/],
    ['export const title = () => document.title;\n', /must not touch the DOM/],
    ['export const env = () => process.env;\n', /must not touch Node/],
  ];
  for (const [code, message] of cases) {
    const found = await problems(code, 'src/names/example.ts');
    assert.ok(found.some((m) => message.test(m)), `${code.trim()} → ${found.join(' | ') || 'no problem reported'}`);
  }
});

test('renderer/ may not import main/, Electron or Node', async () => {
  const cases: Array<[string, RegExp]> = [
    ["import { atomicWrite } from '../../main/services/atomicWrite.js';\nvoid atomicWrite;\n", /only through the typed API/],
    ["import { ipcRenderer } from 'electron';\nvoid ipcRenderer;\n", /No Electron in the renderer/],
    ["import { join } from 'node:path';\nvoid join;\n", /No Node in the renderer/],
  ];
  for (const [code, message] of cases) {
    const found = await problems(code, 'renderer/app/example.tsx');
    assert.ok(found.some((m) => message.test(m)), `${code.trim()} → ${found.join(' | ') || 'no problem reported'}`);
  }
});

test('the inward directions stay allowed', async () => {
  assert.deepEqual(await problems("import { analyze } from '../../src/analyze.js';\nvoid analyze;\n", 'renderer/app/example.tsx'), []);
  assert.deepEqual(await problems("import { analyze } from '../../src/analyze.js';\nimport { readFileSync } from 'node:fs';\nvoid analyze; void readFileSync;\n", 'main/cli/example.ts'), []);
  assert.deepEqual(await problems("import { normalizeArabic } from '../text/normalize.js';\nvoid normalizeArabic;\n", 'src/names/example.ts'), []);
});

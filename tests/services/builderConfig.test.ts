// electron-builder.yml checked against electron-builder's own JSON schema, and every file it names checked to exist
// after `npm run build` (npm test builds before running tests), so `npm run dist` cannot fail on a typo or a missing icon.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import yaml from 'js-yaml';
import AjvModule from 'ajv';

const root = fileURLToPath(new URL('../../', import.meta.url));
const require = createRequire(import.meta.url);
interface PlatformConfig {
  target: string[];
  icon: string;
}
interface BuilderConfig {
  appId: string;
  productName: string;
  files: string[];
  fileAssociations: Array<{ ext: string }>;
  electronFuses: Record<string, boolean>;
  linux: PlatformConfig;
  win: PlatformConfig;
  mac: PlatformConfig;
}
const config = yaml.load(readFileSync(join(root, 'electron-builder.yml'), 'utf8')) as BuilderConfig;
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { main: string };

test('electron-builder.yml is valid against electron-builder\'s configuration schema', () => {
  const schema = JSON.parse(readFileSync(require.resolve('app-builder-lib/scheme.json'), 'utf8')) as object;
  const Ajv = AjvModule.default;
  const ajv = new Ajv({ strict: false, allErrors: true });
  const validate = ajv.compile(schema);
  const ok = validate(config);
  assert.ok(ok, JSON.stringify(validate.errors?.slice(0, 5), null, 2));
  // The schema itself must reject nonsense, or this test proves nothing.
  assert.equal(validate({ ...config, fileAssociation: [] }), false);
});

test('installers for every desktop, an identity and the review file association', () => {
  assert.equal(config.appId, 'org.tadqiq.app');
  assert.equal(config.productName, 'Tadqiq');
  assert.deepEqual(config.linux.target, ['AppImage', 'deb']);
  assert.deepEqual(config.win.target, ['nsis']);
  assert.deepEqual(config.mac.target, ['dmg']);
  assert.ok(config.fileAssociations.some((f) => f.ext === 'tadqiq'));
});

test('Electron fuses: no run-as-node, cookies encrypted, app only from asar', () => {
  const fuses = config.electronFuses;
  assert.equal(fuses['runAsNode'], false);
  assert.equal(fuses['enableCookieEncryption'], true);
  assert.equal(fuses['onlyLoadAppFromAsar'], true);
  assert.equal(fuses['enableNodeOptionsEnvironmentVariable'], false);
  assert.equal(fuses['enableNodeCliInspectArguments'], false);
});

test('only the built output is packed, and every file the config names exists after the build', () => {
  const files = config.files;
  for (const pattern of files.filter((f) => !f.startsWith('!'))) {
    assert.ok(/^(out\/|package\.json$)/.test(pattern), `packs only built output, not "${pattern}"`);
  }
  assert.ok(files.includes('!out/**/*.map'), 'source maps are left out');
  const named = [
    pkg.main,
    'out/preload/index.cjs',
    'out/renderer/index.html',
    config.linux.icon,
    config.win.icon,
    config.mac.icon,
  ];
  for (const file of named) assert.ok(existsSync(join(root, file)), `${file} exists (run npm run build first)`);
});

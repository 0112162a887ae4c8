/**
 * `npm run web` lands here (via scripts/web.mjs): start the web bridge, print its address, keep running
 * until Ctrl+C. Options: --port <n>, --data <folder>, --open <arabic-file>,<english-file>.
 */
import { resolve } from 'node:path';
import { defaultDataDir } from '../services/settings.js';
import { splitOpen } from './openList.js';
import { startWebBridge } from './server.js';

export interface WebArgs {
  port: number;
  dataDir: string;
  open: string[];
}

export function parseWebArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): WebArgs {
  const args: WebArgs = { port: 0, dataDir: defaultDataDir(env), open: splitOpen(env.TADQIQ_OPEN) };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const value = argv[i + 1];
    if (arg === '--port' || arg === '--data' || arg === '--open') {
      if (value === undefined || value.startsWith('--')) throw new Error(`${arg} needs a value.`);
      i++;
      if (arg === '--port') {
        const port = Number(value);
        if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port must be a number from 0 to 65535, not "${value}".`);
        args.port = port;
      } else if (arg === '--data') {
        args.dataDir = resolve(value);
      } else {
        args.open = splitOpen(value);
      }
    } else {
      throw new Error(`Unknown option "${arg}". Options: --port <number>, --data <folder>, --open <arabic-file>,<english-file>.`);
    }
  }
  return args;
}


async function main(): Promise<void> {
  let args: WebArgs;
  try {
    args = parseWebArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`tadqiq web: ${(e as Error).message}\n`);
    process.exit(2);
  }
  let bridge;
  try {
    bridge = await startWebBridge({ port: args.port, dataDir: args.dataDir, open: args.open });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'EADDRINUSE' ? `port ${args.port} is already in use; pick another with --port, or leave it out for a free one` : (e as Error).message;
    process.stderr.write(`tadqiq web: could not start: ${why}.\n`);
    process.exit(1);
  }
  process.stdout.write(
    `Tadqiq is running in your browser at:\n\n  ${bridge.url}\n\n` +
      `Open that address (it includes your private access token). Data folder: ${args.dataDir}\n` +
      `Press Ctrl+C to stop.\n`,
  );
  for (const notice of bridge.services.settings.notices) process.stdout.write(`Note: ${notice}\n`);
  const stop = () => {
    void bridge.close().then(() => process.exit(0));
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

const entry = process.argv[1]?.replace(/\\/g, '/') ?? '';
if (entry.endsWith('main/web/main.ts') || entry.endsWith('main/web/main.js')) void main();

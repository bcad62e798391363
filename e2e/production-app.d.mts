export declare function productionAppEnv(options: {
  repoRoot: string;
  port: number;
  dataDir: string;
}): Record<string, string>;

export declare const CHROMIUM_ARGS: string[];

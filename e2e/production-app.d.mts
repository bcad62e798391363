export declare function productionAppEnv(options: {
  repoRoot: string;
  port: number;
  dataDir: string;
}): Record<string, string>;

export declare const CHROMIUM_ARGS: string[];

/** The demo accounts' password in e2e and Lighthouse runs. */
export declare const E2E_DEMO_PASSWORD: string;

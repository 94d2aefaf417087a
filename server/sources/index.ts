import type { Env } from '../env.ts';
import { createDemoSource } from './demo/index.ts';
import { createHelpScoutSource } from './helpscout/index.ts';
import { credentialsFromEnv, helpScoutConfigFromEnv } from './helpscout/config.ts';
import type { HelpScoutDeps } from './helpscout/index.ts';
import type { ReportSource, SourceKind } from './types.ts';

/** DATA_SOURCE wins; otherwise Help Scout credentials present means helpscout, none means demo. */
export function sourceKindFromEnv(env: Env): SourceKind {
  return env.DATA_SOURCE ?? (credentialsFromEnv(env) ? 'helpscout' : 'demo');
}

/** `deps`: what the process shares with the Help Scout source (metrics, the shared store); the demo needs none. */
export function createSource(env: Env, deps: Omit<HelpScoutDeps, 'fetch' | 'now'> = {}): ReportSource {
  if (sourceKindFromEnv(env) === 'helpscout') {
    const credentials = credentialsFromEnv(env);
    // env.ts already rejects DATA_SOURCE=helpscout without credentials; this guards other callers.
    if (!credentials) throw new Error('DATA_SOURCE=helpscout needs HELPSCOUT_APP_ID + HELPSCOUT_APP_SECRET');
    return createHelpScoutSource(helpScoutConfigFromEnv(env, credentials), deps);
  }
  const fixedNow = env.DEMO_NOW ? new Date(env.DEMO_NOW) : undefined;
  return createDemoSource({
    seed: env.DEMO_SEED,
    now: fixedNow ? () => fixedNow : () => new Date(),
    ...(env.DEMO_CONVERSATIONS ? { conversations: env.DEMO_CONVERSATIONS } : {}),
  });
}

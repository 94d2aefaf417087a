/** The real app on a small, frozen demo account: what server tests call through `app.request()`. */
import { createApp, type AppOptions } from '../app.ts';
import { createDemoSource } from '../sources/demo/index.ts';

export const TEST_NOW = new Date('2026-11-20T15:30:00Z');

let cached: ReturnType<typeof createDemoSource> | undefined;
export function testDemoSource() {
  cached ??= createDemoSource({ seed: 7, now: () => TEST_NOW, conversations: 20_000 });
  return cached;
}

export function testApp(options: Partial<AppOptions> = {}) {
  return createApp({ source: testDemoSource(), ...options });
}

import { describe, expect, it } from 'vitest';
import { readEnv } from './env.ts';

describe('SSR', () => {
  it('renders the first view unless turned off, and refuses a value it would misread', () => {
    expect(readEnv({}).SSR).toBe('1');
    expect(readEnv({ SSR: '0' }).SSR).toBe('0');
    // "false" or "off" would once have left rendering on without a word.
    expect(() => readEnv({ SSR: 'false' })).toThrow(/SSR:/);
  });
});

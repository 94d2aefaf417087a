import { describe, expect, it } from 'vitest';
import { tokenTwins } from '../test/base64url.ts';
import { readSignedToken, signToken, strictBase64Url } from './signing.ts';

describe(strictBase64Url.name, () => {
  it('decodes canonical base64url and refuses any other spelling of the same bytes', () => {
    expect(strictBase64Url('aGk')?.toString()).toBe('hi');
    expect(strictBase64Url('')?.length).toBe(0);
    expect(strictBase64Url('aGl')).toBeUndefined(); // also "hi", with a stray low bit
    expect(strictBase64Url('aGk=')).toBeUndefined(); // padding is not base64url as we write it
    expect(strictBase64Url('a+k')).toBeUndefined();
  });
});

describe(readSignedToken.name, () => {
  it('refuses a signature whose unused low bits were changed', () => {
    const token = signToken({ v: 1 }, 'key');
    const twins = tokenTwins(token);
    expect(twins).toHaveLength(3);
    expect(readSignedToken(token, 'key')).toEqual({ v: 1 });
    for (const twin of twins) expect(readSignedToken(twin, 'key'), twin).toBeUndefined();
  });
});

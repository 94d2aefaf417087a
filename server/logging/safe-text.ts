/**
 * One logged field as one line of plain text. Paths, headers and error messages are untrusted:
 * a decoded `%0d%0a` in a path would otherwise start a forged log line ("security: login failed
 * from 203.0.113.66"), and ANSI escapes would rewrite a terminal. Every C0 and C1 control, DEL,
 * and the Unicode line and paragraph separators are written as `\xNN` / `\uNNNN`; backslashes are
 * doubled, so an escape in the log always means the character was there. Nothing else changes.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const UNSAFE = /[\\\u0000-\u001f\u007f-\u009f\u2028\u2029]/g;

export function safeLogText(value: unknown): string {
  return String(value).replace(UNSAFE, (ch) => {
    if (ch === '\\') return '\\\\';
    if (ch === '\n') return '\\n';
    if (ch === '\r') return '\\r';
    if (ch === '\t') return '\\t';
    const code = ch.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

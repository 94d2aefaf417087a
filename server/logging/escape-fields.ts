/**
 * Log fields come from requests (paths, customer names in errors, headers): untrusted text.
 * Control characters are written as \uXXXX escapes, so no field can forge a line, recolour a
 * terminal or reorder text (C0 and C1 controls, DEL, line and paragraph separators, bidi controls).
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

export function escapeControl(text: string): string {
  return text.replace(CONTROL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** The same, through every string in a log call's arguments (objects and arrays to a small depth). */
export function escapeFields(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return escapeControl(value);
  if (depth > 4 || value === null || typeof value !== 'object') return value;
  if (value instanceof Error) {
    return { type: value.name, message: escapeControl(value.message), stack: escapeControl(value.stack ?? '') };
  }
  if (Array.isArray(value)) return value.map((v) => escapeFields(v, depth + 1));
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [escapeControl(k), escapeFields(v, depth + 1)]));
}

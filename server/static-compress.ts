/**
 * The brotli (quality 11) and gzip (level 9) forms of a static file. Compressing the bundle at
 * those levels takes seconds, so the build writes them once into dist/.compressed/, named by
 * the file's content hash; a start reads them back and compresses only what is missing there
 * (a build made some other way, or a file changed since), in memory.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants as zlib, gzipSync } from 'node:zlib';

export const COMPRESSED_DIR = '.compressed';

export interface Compressed {
  br: Uint8Array<ArrayBuffer>;
  gzip: Uint8Array<ArrayBuffer>;
}

function compress(body: Uint8Array): Compressed {
  return {
    br: new Uint8Array(brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11 } })),
    gzip: new Uint8Array(gzipSync(body, { level: 9 })),
  };
}

/** `hash` is the hex SHA-256 of `body`; with `write`, what had to be compressed is kept for next time. */
export function compressedForms(root: string, hash: string, body: Uint8Array, write = false): Compressed {
  const dir = join(root, COMPRESSED_DIR);
  const br = join(dir, `${hash}.br`);
  const gz = join(dir, `${hash}.gz`);
  if (existsSync(br) && existsSync(gz)) return { br: new Uint8Array(readFileSync(br)), gzip: new Uint8Array(readFileSync(gz)) };
  const forms = compress(body);
  if (write) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(br, forms.br);
    writeFileSync(gz, forms.gzip);
  }
  return forms;
}

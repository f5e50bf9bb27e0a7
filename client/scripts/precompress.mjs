// After `vite build`: a brotli (.br) and a gzip (.gz) copy of every text file of dist that
// is worth compressing, so that the server sends them as they are (express-static-gzip),
// without compressing on each request. Source maps are left alone (only developers load them).
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const DIST = new URL('../dist/', import.meta.url).pathname;
const TEXT = /\.(?:js|mjs|css|html|svg|json|txt|webmanifest)$/;
const MIN_BYTES = 1024;

function* files(dir) {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      yield* files(path);
    } else {
      yield path;
    }
  }
}

let count = 0;
let before = 0;
let afterBr = 0;
for (const path of files(DIST)) {
  if (!TEXT.test(path)) {
    continue;
  }
  const body = readFileSync(path);
  if (body.length < MIN_BYTES) {
    continue;
  }
  const br = brotliCompressSync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
    },
  });
  writeFileSync(`${path}.br`, br);
  writeFileSync(`${path}.gz`, gzipSync(body, { level: 9 }));
  count++;
  before += body.length;
  afterBr += br.length;
}
console.log(
  `precompressed ${count} files: ${Math.round(before / 1024)} KB -> ${Math.round(afterBr / 1024)} KB with brotli`,
);

#!/usr/bin/env node
/**
 * Serve the built dist/ on http://127.0.0.1:8080 (the standalone page at /). Node built-ins only.
 *   node scripts/preview.js [--port 8080] [--dir dist]
 * Binds to 127.0.0.1 only: the page handles government data and is not meant to be shared on a network.
 */
'use strict';
const http = require('http');
const fs = require('fs');
const path = require('path');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  '.txt': 'text/plain; charset=utf-8',
};

/** Resolve a URL path inside root; null when it escapes root or does not name a file. */
function resolveFile(root, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath.split('?')[0].split('#')[0]);
  } catch {
    return null;
  }
  const relative = decoded.endsWith('/') ? `${decoded}index.html` : decoded;
  const file = path.resolve(root, `.${path.posix.normalize(relative)}`);
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  try {
    return fs.statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

/** A static file server for `root`; resolves with the http.Server once listening. */
function serveStatic(root, { port = 8080, host = '127.0.0.1' } = {}) {
  const absoluteRoot = path.resolve(root);
  const server = http.createServer((request, response) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      response.writeHead(405, { Allow: 'GET, HEAD' }).end();
      return;
    }
    const file = resolveFile(absoluteRoot, request.url || '/');
    if (!file) {
      response.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-cache', 'X-Content-Type-Options': 'nosniff' });
    if (request.method === 'HEAD') {
      response.end();
      return;
    }
    fs.createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve(server));
  });
}

function parseArgs(argv) {
  const options = { port: 8080, dir: path.join(__dirname, '..', 'dist') };
  for (let i = 0; i < argv.length; i += 1) {
    if (argv[i] === '--port') options.port = Number(argv[++i]);
    else if (argv[i] === '--dir') options.dir = path.resolve(argv[++i]);
  }
  return options;
}

if (require.main === module) {
  const options = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(options.dir, 'index.html'))) {
    console.error(
      `没有找到 ${options.dir}/index.html，请先运行 npm run build。 (No build found: run npm run build first.)`,
    );
    process.exit(1);
  }
  serveStatic(options.dir, { port: options.port })
    .then((server) => {
      const { port } = server.address();
      console.log(`绩效自评助手网页版: http://127.0.0.1:${port}/  (Ctrl+C 结束 / to stop)`);
    })
    .catch((error) => {
      console.error(`无法启动预览服务器 (cannot start the preview server): ${error.message}`);
      process.exit(1);
    });
}

module.exports = { serveStatic, resolveFile };

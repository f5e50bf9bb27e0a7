// nginx (Debian's package) as the load balancer: a config of its own in a temp dir, run in
// the foreground as a child of this script.
//
// Retries, the choice made here: `proxy_next_upstream error timeout http_503` WITHOUT
// `non_idempotent`. nginx applies non_idempotent to every listed condition at once: it cannot
// replay a POST on a 503 but not on a connection error. A 503 DRAINING means the instance did
// nothing, so replaying it would be safe; but a POST whose connection broke after it was sent
// (an instance killed with SIGKILL mid-request) may already have committed, and replaying it
// could write twice. So nginx replays only what cannot have reached the application: any
// request whose connection could not be opened (the instance is gone: connection refused),
// and GET/HEAD requests on error, timeout or 503. A POST (every GraphQL request) that an
// instance answers with 503 DRAINING reaches the client as that clean 503 with Retry-After,
// and the client sends it again: nginx then picks another instance.
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { getStatus } from './client.mjs';
import { sleep, track } from './processes.mjs';

export const NGINX = process.env.NGINX_BIN ?? '/usr/sbin/nginx';

export function nginxConfig({ port, upstreams, dir }) {
  const temp = (name) => join(dir, name);
  const servers = upstreams
    .map((p) => `    server 127.0.0.1:${p} max_fails=1 fail_timeout=2s;`)
    .join('\n');
  return `# Written by scripts/cluster/run.mjs for one run of the cluster test.
${process.getuid?.() === 0 ? 'user root root;' : ''}
worker_processes 1;
events { worker_connections 2048; }

http {
  client_body_temp_path ${temp('client_body')};
  proxy_temp_path ${temp('proxy')};
  fastcgi_temp_path ${temp('fastcgi')};
  uwsgi_temp_path ${temp('uwsgi')};
  scgi_temp_path ${temp('scgi')};

  # The client's request id, or one of nginx's own: passed to the instance and sent back.
  map $http_x_request_id $req_id {
    default $http_x_request_id;
    "" $request_id;
  }
  log_format cluster '$msec $remote_addr "$request" $status rid=$req_id '
                     'up=$upstream_addr ups=$upstream_status rt=$request_time';
  access_log ${temp('access.log')} cluster;

  upstream puente {
${servers}
    keepalive 32;
    # Shorter than the instances' SHUTDOWN_GRACE_MS (5 s): nginx, not a draining instance,
    # closes the upstream connections it is not using, so no request is written onto a
    # connection the instance is closing at that moment (a POST that nginx cannot replay).
    keepalive_timeout 2s;
  }

  server {
    listen 127.0.0.1:${port};
    client_max_body_size 256k;

    location / {
      proxy_pass http://puente;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      proxy_set_header Host $host;
      # The instances run with TRUST_PROXY=loopback: this is the client's address for them.
      proxy_set_header X-Forwarded-For $remote_addr;
      proxy_set_header X-Forwarded-Proto $scheme;
      proxy_set_header X-Request-Id $req_id;
      # See the top of nginx.mjs: no non_idempotent.
      proxy_next_upstream error timeout http_503;
      proxy_next_upstream_tries 3;
      proxy_next_upstream_timeout 10s;
      proxy_connect_timeout 2s;
      proxy_read_timeout 30s;
      add_header X-Upstream $upstream_addr always;
      add_header X-Request-Id $req_id always;
    }
  }
}
`;
}

export async function startNginx({ port, upstreams, dir }) {
  if (!existsSync(NGINX)) {
    throw new Error(
      `${NGINX} is missing: apt-get install -y nginx-light (Debian's package), or set NGINX_BIN`,
    );
  }
  for (const d of ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi', 'logs']) {
    mkdirSync(join(dir, d), { recursive: true });
  }
  const conf = join(dir, 'nginx.conf');
  writeFileSync(conf, nginxConfig({ port, upstreams, dir }));
  const globals = `daemon off; pid ${join(dir, 'nginx.pid')}; error_log ${join(dir, 'error.log')} warn;`;
  const out = createWriteStream(join(dir, 'nginx.out'));
  const child = spawn(
    NGINX,
    ['-e', join(dir, 'error.log'), '-c', conf, '-p', `${dir}/`, '-g', globals],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
      detached: true,
    },
  );
  child.stdout.pipe(out);
  child.stderr.pipe(out);
  track(child);
  const exit = new Promise((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(
        `nginx exited with ${child.exitCode}; see ${join(dir, 'error.log')} and nginx.out`,
      );
    }
    if ((await getStatus(`${url}/health/live`)) !== null) {
      return {
        url,
        child,
        exit,
        dir,
        async stop() {
          if (child.exitCode === null && child.signalCode === null) {
            process.kill(-child.pid, 'SIGTERM');
            await Promise.race([exit, sleep(3000)]);
          }
        },
      };
    }
    await sleep(100);
  }
  throw new Error('nginx did not answer within 10 s');
}

import { spawn, type ChildProcess } from 'node:child_process';

/** A running `astro preview` for `cwd`, and how to stop it. */
export interface PreviewServer {
  origin: string;
  stop: () => void;
}

/** Serves `cwd`'s dist/ on 127.0.0.1:`port` and resolves once the landing page answers. */
export async function startPreview(cwd: string, port: number): Promise<PreviewServer> {
  // Its own process group, so stopping it also stops the server npx started.
  const child: ChildProcess = spawn('npx', ['astro', 'preview', '--host', '127.0.0.1', '--port', String(port)], { cwd, detached: true, stdio: 'ignore' });
  const origin = `http://127.0.0.1:${port}`;
  const stop = () => {
    if (child.pid !== undefined && child.exitCode === null) process.kill(-child.pid, 'SIGTERM');
  };
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${origin}/`)).ok) return { origin, stop };
    } catch {
      // Not listening yet.
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  stop();
  throw new Error(`astro preview did not answer on ${origin} within 60 s (is port ${port} taken?)`);
}

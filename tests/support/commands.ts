import { spawn } from 'node:child_process';
import { join } from 'node:path';

export const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'node_modules', '.bin');

export interface CommandResult {
  code: number | null;
  stdout: string;
  stderr: string;
  seconds: number;
  /** Lines of stdout, each with the seconds since the start at which it arrived. */
  lines: { text: string; at: number }[];
}

/**
 * Runs one of the project's commands as a user would from a shell: `vite build ...` or
 * `tsx src/node/handout.ts ...`, in the project folder, with Vitest's own variables removed
 * from the environment so the command cannot tell it is under test.
 */
export function runCommand(bin: 'vite' | 'tsx', args: string[], env: Record<string, string> = {}): Promise<CommandResult> {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(VITEST|TEST$|NODE_ENV$)/.test(key)));
  const started = performance.now();
  const since = (): number => (performance.now() - started) / 1000;
  return new Promise((resolve, reject) => {
    const child = spawn(join(BIN, bin), args, { cwd: ROOT, env: { ...clean, ...env, FORCE_COLOR: '0', NO_COLOR: '1' } });
    let stdout = '';
    let stderr = '';
    const lines: CommandResult['lines'] = [];
    let pending = '';
    child.stdout.on('data', (chunk: Buffer) => {
      stdout += chunk;
      pending += chunk;
      const parts = pending.split('\n');
      pending = parts.pop()!;
      for (const text of parts) lines.push({ text, at: since() });
    });
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => {
      if (pending) lines.push({ text: pending, at: since() });
      resolve({ code, stdout, stderr, seconds: since(), lines });
    });
  });
}

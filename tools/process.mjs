import { spawn } from 'node:child_process';

/**
 * What a finished command printed, and how it exited.
 *
 * @typedef {{ code: number | null, stdout: string, stderr: string }} CommandResult
 */

/**
 * Runs a command to completion without a shell and collects what it printed.
 * A non-zero exit is a result, not an exception: callers assert on it so that
 * the failure message can say what was being checked.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<CommandResult>}
 */
export function runCommand(command, args, options = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

import { execFile } from 'node:child_process';

/**
 * Runs a command to completion without a shell and collects what it printed.
 * A non-zero exit is a result, not an exception: callers assert on it, so
 * that the failure message can say what was being checked.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<{ code: number, stdout: string, stderr: string }>}
 */
export const runCommand = (command, args, options = {}) =>
  new Promise((resolve) => {
    const limits = { ...options, maxBuffer: 1 << 28 };
    execFile(command, args, limits, (error, stdout, stderr) => {
      const code = error ? Number(error.code) || 1 : 0;
      resolve({ code, stdout, stderr });
    });
  });

/**
 * Runs a command that must succeed, and fails with what it printed if it
 * does not.
 *
 * @param {string} command
 * @param {readonly string[]} args
 * @param {{ cwd?: string }} [options]
 * @returns {Promise<string>} What it printed to standard output.
 */
export async function succeed(command, args, options = {}) {
  const { code, stdout, stderr } = await runCommand(command, args, options);
  if (code !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed:\n${stdout}${stderr}`);
  }
  return stdout;
}

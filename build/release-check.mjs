// Whether a tag may be released: it names package.json's version, and the
// CHANGELOG has a section of that version with the date of its release.
// The release workflow runs it on the tag it was pushed for; `npm publish`
// runs it too, so that no other publish gets past it.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * @param {{ tag: string, version: string, changelog: string }} release
 * @returns {string[]} Why the tag may not be released, if it may not.
 */
export function releaseProblems({ tag, version, changelog }) {
  /** @type {string[]} */
  const problems = [];
  if (tag !== `v${version}`) {
    problems.push(
      `the tag "${tag}" is not v${version}, package.json's version`,
    );
  }
  // npm gives what it publishes the dist-tag latest, which every ^6 range
  // takes: a prerelease goes there by no workflow.
  if (!/^\d+\.\d+\.\d+$/.test(version)) {
    problems.push(`${version} is no release version, such as 6.1.0`);
  }
  const heading = new RegExp(
    `^## ${version.replaceAll('.', '\\.')} - (\\d{4}-\\d{2}-\\d{2})$`,
    'm',
  );
  const [, date = ''] = heading.exec(changelog) ?? [];
  const day = new Date(`${date}T00:00:00Z`);
  if (
    !date ||
    Number.isNaN(day.getTime()) ||
    !day.toISOString().startsWith(date)
  ) {
    problems.push(`CHANGELOG.md has no section "## ${version} - YYYY-MM-DD"`);
  }
  return problems;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { GITHUB_REF_TYPE: type, GITHUB_REF_NAME: tag = '' } = process.env;
  /** @type {{ version: string }} */
  const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
  const changelog = readFileSync('CHANGELOG.md', 'utf8');
  const problems =
    type === 'tag'
      ? releaseProblems({ tag, version, changelog })
      : ['releases are published by the release workflow, for a tag pushed'];
  for (const problem of problems) console.error(`Not released: ${problem}.`);
  if (problems.length) process.exitCode = 1;
}

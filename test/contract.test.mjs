import { test } from 'node:test';
import { repository } from '../tools/package.mjs';
import { succeed } from '../tools/process.mjs';

test('tsd: the type tests in test-d pass against freshly built declarations', async () => {
  // test:types builds dist/ itself, then tsd checks the cases through the
  // package's own exports, as a consumer resolves them.
  await succeed('npm', ['run', '--silent', 'test:types'], { cwd: repository });
});

// Routes under /__test__/ that the loader tests use: slow, failing and counting responses.
// They answer only the local test server; nothing leaves 127.0.0.1.
const counts = new Map();

const fixture = (name) => ({ title: name, subjects: [{ id: 'a', name: 'Alpha' }, { id: 'b', name: 'Beta' }], faq: [{ question: `Which is ${name}?`, answer: 'Alpha.' }] });

export async function testRoutes(context, next) {
  const { path, query } = context;
  if (!path.startsWith('/__test__/')) return next();
  const key = query.key ?? path;
  counts.set(key, (counts.get(key) ?? 0) + 1);
  const delay = Number(query.delay ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, Math.min(delay, 5000)));
  context.set('cache-control', 'no-store');
  switch (path) {
    case '/__test__/ssr': {
      // Server HTML for the hydration tests, rendered now from src/.
      const { serverHtml } = await import('./ssr-cases.mjs');
      const html = await serverHtml(String(query.case ?? ''));
      context.status = html === undefined ? 404 : 200;
      context.type = 'text/html';
      context.body = html ?? 'No such case';
      return;
    }
    case '/__test__/count':
      context.body = { count: counts.get(query.of) ?? 0 };
      return;
    case '/__test__/dataset':
      context.body = fixture(query.name ?? 'dataset');
      return;
    case '/__test__/invalid':
      context.body = { title: 'Broken', subjects: [{ id: 'a', name: 'Alpha' }], faq: [{ question: 'Q', answer: '' }] };
      return;
    case '/__test__/not-json':
      context.type = 'application/json';
      context.body = '{"title": "Unfinished",';
      return;
    case '/__test__/html-page':
      // What an app's fallback route answers for a path it does not know.
      context.type = 'text/html';
      context.body = '<!doctype html><title>Home</title><h1>Welcome</h1>';
      return;
    case '/__test__/missing':
      context.status = 404;
      context.body = 'Not found';
      return;
    case '/__test__/flaky':
      // Fails the first time a key is asked for, then answers: for testing retry.
      if (counts.get(key) === 1) {
        context.status = 503;
        context.body = 'Try later';
      } else {
        context.body = fixture(query.name ?? 'recovered');
      }
      return;
    default:
      context.status = 404;
  }
}

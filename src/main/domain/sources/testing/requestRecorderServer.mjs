/**
 * The recorder's server, in a process of its own so that even a synchronous request from the code under test
 * (jsdom's synchronous XMLHttpRequest blocks the test's own thread) reaches it and is written down. It prints its
 * port, answers every request, and lists what it heard at /__heard.
 */
import { createServer } from 'node:http';

const heard = [];
const server = createServer((request, response) => {
  if (request.url === '/__heard') {
    response.writeHead(200, { 'content-type': 'application/json' });
    response.end(JSON.stringify(heard));
    return;
  }
  heard.push(`${request.method} ${request.url}`);
  response.writeHead(200, { 'content-type': 'text/plain', 'access-control-allow-origin': '*' });
  response.end('recorded');
});
server.listen(0, '127.0.0.1', () => {
  process.stdout.write(`${server.address().port}\n`);
});
// The test that started it owns it: it goes when its parent goes.
process.on('disconnect', () => process.exit(0));

// jsdom plus the few Web platform globals it lacks and Node 20 has (react-router builds a Request
// per navigation and reads TextEncoder at load). Handed over from Node, not reimplemented.
const { TestEnvironment } = require('jest-environment-jsdom');

class ConsoleEnvironment extends TestEnvironment {
  constructor(config, context) {
    super(config, context);
    const { Request, Response, Headers, TextEncoder, TextDecoder } = globalThis;
    Object.assign(this.global, { Request, Response, Headers, TextEncoder, TextDecoder });
  }
}

module.exports = ConsoleEnvironment;

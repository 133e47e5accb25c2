import { AssignmentService } from '../src/intents/assignment';
import { IntentEntity } from '../src/intents/intent.entity';
import { dialects, redisEnv } from './support/databases';
import { buildIntent, guestToken, submit } from './support/intent-factory';
import { startTestApp, type TestApp } from './support/test-app';
import { SETUP_TIMEOUT_MS } from './support/timeouts';

// A suite of its own: the burst leaves dozens of leads and notifications behind.
describe.each(dialects())('submissions under load (%s)', (dialect) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(dialect, {
      INTENT_MAX_PER_IP_PER_HOUR: '1000',
      GUEST_MAX_PER_IP_PER_HOUR: '1000',
      ...(dialect === 'mysql' ? redisEnv() : {}),
    });
  }, SETUP_TIMEOUT_MS);
  afterAll(() => t.close(), SETUP_TIMEOUT_MS);

  // Inside a submission's transaction the routing list used to be re-read on the pool: with every
  // pooled connection holding such a transaction, all of them waited for one more, for ever.
  it('keeps answering a burst of submissions larger than the connection pool while the routing list is re-read', async () => {
    const assignment = t.app.get(AssignmentService);
    const tokens = await Promise.all(Array.from({ length: 30 }, () => guestToken(t)));
    const before = await t.dataSource.getRepository(IntentEntity).count();
    // an admin editing the rules over and over: the list is re-read inside submissions' transactions
    const edits = setInterval(() => assignment.forget(), 1);
    try {
      for (let round = 0; round < 3; round++) {
        const answers = await Promise.all(tokens.map((token) => submit(t, token, buildIntent())));
        expect(answers.map((a) => a.status)).toEqual(tokens.map(() => 201));
      }
    } finally {
      clearInterval(edits);
    }
    expect(await t.dataSource.getRepository(IntentEntity).count()).toBe(before + 90);
  });
});

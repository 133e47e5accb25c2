import { ApiError } from '@zhaoshang/api-client';
import { loginRequestSchema, toFieldIssues } from '@zhaoshang/contracts';
import { createI18n } from './language';
import { describeError, fieldMessages } from './errors';

const t = createI18n('en').t;

describe('describeError', () => {
  it('translates the code in the UI language, whatever language the server answered in', () => {
    const error = new ApiError(401, { code: 'INVALID_CREDENTIALS', message: '用户名或密码错误。', details: [] });
    expect(describeError(error, t).message).toBe('Wrong user name or password.');
  });

  it("uses the server's message for RATE_LIMITED: only the server knows the wait", () => {
    const error = new ApiError(429, { code: 'RATE_LIMITED', message: 'Too many attempts. Please try again in 42 seconds.', details: [] });
    expect(describeError(error, t).message).toBe('Too many attempts. Please try again in 42 seconds.');
  });

  it('says NETWORK in words, not the browser exception', () => {
    const error = new ApiError(0, { code: 'NETWORK', message: 'Failed to fetch', details: [] });
    expect(describeError(error, t).message).toBe('Network connection failed. Check your connection and try again.');
  });

  it('maps per-field codes with their limits', () => {
    const error = new ApiError(400, {
      code: 'VALIDATION_FAILED',
      message: 'x',
      details: [
        { field: 'password', code: 'too_short', message: 'x', params: { min: 10 } },
        { field: 'password', code: 'too_long', message: 'x', params: { max: 256 } },
        { field: 'username', code: 'invalid_format', message: 'x' },
      ],
    });
    expect(describeError(error, t).fields).toEqual({ password: 'Enter at least 10 characters.', username: 'The format is not valid.' });
  });

  it('puts USERNAME_TAKEN on the user name field', () => {
    const error = new ApiError(409, { code: 'USERNAME_TAKEN', message: 'x', details: [] });
    expect(describeError(error, t).fields.username).toBe('This user name is already taken.');
  });

  it('says the service is unavailable when a gateway answers for a server that is down', () => {
    const error = new ApiError(502, { code: 'BAD_RESPONSE', message: 'HTTP 502', details: [] });
    expect(describeError(error, t).message).toBe('The service is temporarily unavailable. Please try again shortly.');
  });

  it("falls back to the server's message for a code the console has no text for, then to a generic one", () => {
    const unknown = new ApiError(418, { code: 'BAD_RESPONSE', message: 'HTTP 418', details: [] });
    expect(describeError(unknown, t).message).toBe('Something went wrong on our side. Please try again later.');
    expect(describeError(new Error('boom'), t).message).toBe('Something went wrong on our side. Please try again later.');
  });

  it('phrases client-side schema issues exactly like server ones', () => {
    const parsed = loginRequestSchema.safeParse({ username: 'admin', password: '' });
    expect(parsed.success).toBe(false);
    if (!parsed.success) expect(fieldMessages(toFieldIssues(parsed.error), t)).toEqual({ password: 'This field is required.' });
  });
});

import { redact } from './redact';

describe('redact', () => {
  it('masks emails and phone numbers but keeps ids and dates', () => {
    expect(redact('lead from li.wei@example.cn tel +86 138-1234-5678 id 42 on 2026-11-27')).toBe(
      'lead from [email] tel [phone] id 42 on 2026-11-27',
    );
    expect(redact('call 13812345678')).toBe('call [phone]');
  });
});

import { isValidUscc, maskPhone } from './intent-constants';
import { intentRequestSchema, phoneSchema } from './intents';
import { toFieldIssues } from './validation';

describe('intent rules shared by the mini-program and the server', () => {
  it('checks the USCC check character (GB 32100-2015)', () => {
    expect(isValidUscc('91350100M000100Y43')).toBe(true);
    expect(isValidUscc('91350100M000100Y44')).toBe(false);
    expect(isValidUscc('91350100M000100Y4')).toBe(false);
    expect(isValidUscc('91350100M000100I43')).toBe(false);
  });

  it('accepts phones in E.164 and mainland numbers of the right shape only', () => {
    expect(phoneSchema.parse('+86 138-1234-5678')).toBe('+8613812345678');
    expect(phoneSchema.safeParse('+8612812345678').success).toBe(false);
    expect(phoneSchema.safeParse('13812345678').success).toBe(false);
    expect(phoneSchema.parse('+81 90 1234 5678')).toBe('+819012345678');
  });

  it('masks all but the country code, three leading and four trailing digits', () => {
    expect(maskPhone('+8613812345678')).toBe('+86 138****5678');
    expect(maskPhone('+819012345678')).toBe('+81 901***5678');
    expect(maskPhone('garbage')).toBe('****');
  });

  it('names fields with stable codes, an unchosen list value being "required"', () => {
    const result = intentRequestSchema.safeParse({
      company: { name: 'A', country: 'JP', type: 'foreign_invested', uscc: 'X' },
      contact: { name: 'B', phone: '123', email: 'nope', language: 'ja' },
      project: { industries: ['rnd'], amountRange: '10m_50m', spaceKind: 'factory' },
      consentVersion: 'v',
    }, { reportInput: true });
    expect(result.success).toBe(false);
    const issues = toFieldIssues(result.error!);
    expect(issues).toEqual(
      expect.arrayContaining([
        { field: 'company.uscc', code: 'invalid_uscc' },
        { field: 'contact.phone', code: 'invalid_phone' },
        { field: 'contact.email', code: 'invalid_email' },
        { field: 'project.timeline', code: 'required' },
      ]),
    );
  });
});

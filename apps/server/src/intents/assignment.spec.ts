import { equalCandidates } from './assignment';

const c = (id: number, languages: ('zh-CN' | 'en' | 'ja')[], industries: string[], active = true) => ({ id, languages, industries, active });
const team = [c(1, ['zh-CN'], ['biomedicine']), c(2, ['zh-CN', 'ja'], ['biomedicine', 'rnd']), c(3, ['zh-CN', 'en'], ['fintech']), c(4, ['zh-CN', 'ja'], ['fintech'], false)];

describe('equalCandidates', () => {
  it('prefers a rule on industry and language over a rule on the industry alone', () => {
    const rules = [
      { industry: 'biomedicine', language: null, conciergeIds: [1, 2] },
      { industry: 'biomedicine', language: 'ja' as const, conciergeIds: [2] },
    ];
    expect(equalCandidates(rules, team, { industries: ['biomedicine'], language: 'ja' })).toEqual([2]);
    expect(equalCandidates(rules, team, { industries: ['biomedicine'], language: 'en' })).toEqual([1, 2]);
  });

  it('skips inactive concierges and falls back to the next rule when none is left', () => {
    const rules = [
      { industry: 'fintech', language: 'ja' as const, conciergeIds: [4] },
      { industry: null, language: 'ja' as const, conciergeIds: [2] },
    ];
    expect(equalCandidates(rules, team, { industries: ['fintech'], language: 'ja' })).toEqual([2]);
  });

  it('without rules, picks who covers the industry and speaks the language, then who speaks it', () => {
    expect(equalCandidates([], team, { industries: ['fintech'], language: 'en' })).toEqual([3]);
    expect(equalCandidates([], team, { industries: ['culture'], language: 'ja' })).toEqual([2]);
    expect(equalCandidates([], team, { industries: ['culture'], language: 'zh-CN' })).toEqual([1, 2, 3]);
  });
});

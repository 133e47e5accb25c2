import { toFormValues, rebase, sameValues } from './policy-form';
import { createPolicyStore } from '../../test/fake-policies';
import { xiangkedai } from '../../test/factories/policies';

const stored = () => createPolicyStore().create(xiangkedai(), 'Administrator');

describe('rebase', () => {
  it("re-applies the user's edits on the latest copy and keeps the other editor's changes", () => {
    const base = toFormValues(stored());
    const mine = toFormValues(stored());
    mine.translations.en.title = 'My new English title';
    const theirs = toFormValues(stored());
    theirs.documentNumber = '相金发〔2021〕1号';

    const sut = rebase(base, mine, theirs);
    expect(sut.values.translations.en.title).toBe('My new English title');
    expect(sut.values.documentNumber).toBe('相金发〔2021〕1号');
    expect(sut.conflicts).toEqual([]);
  });

  it('lists the fields both changed differently, keeping the user’s text', () => {
    const base = toFormValues(stored());
    const mine = toFormValues(stored());
    mine.translations.en.title = 'Mine';
    mine.benefits[0]!.maxAmount = 2000;
    const theirs = toFormValues(stored());
    theirs.translations.en.title = 'Theirs';
    theirs.benefits[0]!.maxAmount = 2000;

    const sut = rebase(base, mine, theirs);
    expect(sut.values.translations.en.title).toBe('Mine');
    expect(sut.conflicts).toEqual(['translations.en.title']);
  });

  it('changes nothing when the user changed nothing', () => {
    const base = toFormValues(stored());
    const theirs = toFormValues(stored());
    theirs.translations.ja.summary = '更新';
    expect(sameValues(rebase(base, base, theirs).values, theirs)).toBe(true);
  });
});

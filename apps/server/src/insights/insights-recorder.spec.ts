import { Logger } from '@nestjs/common';
import type { DataSource } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import { insertRows } from '../database/fast-sql';
import { InsightsRecorder } from './insights-recorder';

jest.mock('../database/fast-sql', () => ({ insertRows: jest.fn() }));
const insert = insertRows as jest.MockedFunction<typeof insertRows>;

/** Rows each INSERT statement carried. */
const statements = () => insert.mock.calls.map((call) => call[2]);

describe('InsightsRecorder', () => {
  let sut: InsightsRecorder;

  beforeEach(() => {
    insert.mockReset();
    insert.mockResolvedValue(undefined);
    // 23:59:59 on Sunday 2025-03-16 in Shanghai
    jest.useFakeTimers({ now: new Date('2025-03-16T23:59:59+08:00'), doNotFake: ['nextTick', 'setImmediate', 'queueMicrotask'] });
    sut = new InsightsRecorder({ manager: {} } as DataSource, { WORK_TIMEZONE: 'Asia/Shanghai' } as AppConfig);
  });
  afterEach(() => jest.useRealTimers());

  it('writes many events of a kind as one row with their count, in one statement', async () => {
    for (let i = 0; i < 500; i++) sut.searched('policy_search', 'Biomedicine', 'en', 7, 'en|/api/v1/policies?q=Biomedicine');
    for (let i = 0; i < 20; i++) sut.searchRepeated('en|/api/v1/policies?q=Biomedicine');
    sut.searchRepeated('en|/api/v1/policies?q=never-seen');
    sut.viewed('policy_view', '12', 'ja');
    expect(insert).not.toHaveBeenCalled();
    await sut.flush();
    expect(statements()).toEqual([
      [
        { kind: 'policy_search', day: '2025-03-16', week: '2025-03-10', language: 'en', subject: 'biomedicine', resultCount: 7, hits: 520 },
        { kind: 'policy_view', day: '2025-03-16', week: '2025-03-10', language: 'ja', subject: '12', resultCount: null, hits: 1 },
      ],
    ]);
    await sut.flush();
    expect(insert).toHaveBeenCalledTimes(1);
  });

  it('counts events before midnight for the day that ended', async () => {
    sut.guide.searched('ビザ', 'ja', 0);
    jest.setSystemTime(new Date('2025-03-17T00:00:01+08:00'));
    sut.guide.searched('ビザ', 'ja', 0);
    sut.guide.viewed('setting-up', 'ja');
    await sut.flush();
    expect(statements()[0]).toEqual([
      { kind: 'guide_search', day: '2025-03-16', week: '2025-03-10', language: 'ja', subject: 'ビザ', resultCount: 0, hits: 1 },
      { kind: 'guide_search', day: '2025-03-17', week: '2025-03-17', language: 'ja', subject: 'ビザ', resultCount: 0, hits: 1 },
      { kind: 'guide_view', day: '2025-03-17', week: '2025-03-17', language: 'ja', subject: 'setting-up', resultCount: null, hits: 1 },
    ]);
  });

  it('keeps the rows for the next flush while the database refuses them, and never throws to the caller', async () => {
    const warn = jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
    insert.mockRejectedValueOnce(new Error('connection lost'));
    sut.searched('policy_search', '人才', 'zh-CN', 3);
    await expect(sut.flush()).resolves.toBeUndefined();
    expect(warn).toHaveBeenCalledWith('writing insight events failed: connection lost');
    warn.mockRestore();
    sut.searched('policy_search', '人才', 'zh-CN', 3);
    await sut.flush();
    expect(statements()).toEqual([
      [{ kind: 'policy_search', day: '2025-03-16', week: '2025-03-10', language: 'zh-CN', subject: '人才', resultCount: 3, hits: 1 }],
      [
        { kind: 'policy_search', day: '2025-03-16', week: '2025-03-10', language: 'zh-CN', subject: '人才', resultCount: 3, hits: 1 },
        { kind: 'policy_search', day: '2025-03-16', week: '2025-03-10', language: 'zh-CN', subject: '人才', resultCount: 3, hits: 1 },
      ],
    ]);
  });

  it('counts repeats of at least the latest 2500 searches it saw answered (the answer cache holds 2000)', async () => {
    sut.searched('policy_search', 'first', 'en', 1, 'key-first');
    for (let i = 0; i < 2499; i++) sut.searched('policy_search', 'other', 'en', 1, `key-${i}`);
    sut.searchRepeated('key-first');
    await sut.flush();
    const first = () => statements().flat().filter((r) => r.subject === 'first');
    expect(first().map((r) => r.hits)).toEqual([2]);
    for (let i = 0; i < 5000; i++) sut.searched('policy_search', 'other', 'en', 1, `later-${i}`);
    sut.searchRepeated('key-first');
    await sut.flush();
    expect(first().map((r) => r.hits)).toEqual([2]);
  });

  it('splits a large batch into statements of at most 200 rows', async () => {
    for (let i = 0; i < 450; i++) sut.viewed('policy_view', String(i), 'en');
    await sut.flush();
    expect(statements().map((rows) => rows.length)).toEqual([200, 200, 50]);
  });

  it('ignores searches with nothing left to store', async () => {
    sut.searched('policy_search', '   ', 'en', 0);
    sut.viewed('guide_view', '', 'en');
    await sut.flush();
    expect(insert).not.toHaveBeenCalled();
  });
});

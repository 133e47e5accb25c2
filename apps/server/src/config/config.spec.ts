import { loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to the embedded SQLite database on port 3000', () => {
    const sut = loadConfig({});
    expect(sut.PORT).toBe(3000);
    expect(sut.database).toMatchObject({ kind: 'sqlite' });
    expect(sut.database.kind === 'sqlite' && sut.database.path.endsWith('data/zhaoshang.sqlite')).toBe(true);
  });

  it('parses a MySQL URL', () => {
    const sut = loadConfig({ DATABASE_URL: 'mysql://root:pw@127.0.0.1:3307/zs' });
    expect(sut.database).toMatchObject({ kind: 'mysql', host: '127.0.0.1', port: 3307, database: 'zs' });
  });

  it('names the bad variable', () => {
    expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT/);
    expect(() => loadConfig({ DATABASE_URL: 'postgres://x/y' })).toThrow(/DATABASE_URL: must be sqlite/);
    expect(() => loadConfig({ ADMIN_INITIAL_PASSWORD: 'short' })).toThrow(/ADMIN_INITIAL_PASSWORD/);
  });

  it('requires a token secret in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/AUTH_TOKEN_SECRET/);
  });
});

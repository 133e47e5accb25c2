export * from './runtime';
export * from './generated/client';

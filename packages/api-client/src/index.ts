export * from './runtime';
export * from './generated/investor-client';
export * from './generated/client';

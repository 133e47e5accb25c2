export * from './languages';
export * from './errors';
export * from './validation';
export * from './reference';
export * from './auth';
export * from './policies';
export * from './intents';
export * from './heatmap';

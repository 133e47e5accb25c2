import type { ValueTransformer } from 'typeorm';

/** bigint comes back from mysql2 as a string; epoch values fit a JS number. */
export const bigintNumber: ValueTransformer = {
  to: (value: number | null | undefined) => value,
  from: (value: string | number | null) => (value === null ? null : Number(value)),
};

import { readStored, writeStored } from '../../services/device-storage'

/** The steps an investor ticked off, per procedure, kept on the device only (never sent). */
export const GUIDE_PROGRESS_KEY = 'zhaoshang.guide.progress'

type Stored = Record<string, number[]>

function readAll(): Stored {
  const value = readStored(GUIDE_PROGRESS_KEY)
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return {}
  const out: Stored = {}
  for (const [slug, steps] of Object.entries(value as Record<string, unknown>)) {
    if (Array.isArray(steps)) out[slug] = steps.filter((s): s is number => Number.isInteger(s) && s >= 0)
  }
  return out
}

/** The ticked steps (0-based) of a procedure with `stepCount` steps; ticks past its end are ignored. */
export function readProgress(slug: string, stepCount = Infinity): number[] {
  return (readAll()[slug] ?? []).filter((s) => s < stepCount).sort((a, b) => a - b)
}

/** Stores the ticks; false when storage is full or unavailable (they then last for this visit only). */
export function writeProgress(slug: string, done: readonly number[]): boolean {
  const all = readAll()
  if (done.length === 0) delete all[slug]
  else all[slug] = [...new Set(done)].sort((a, b) => a - b)
  return writeStored(GUIDE_PROGRESS_KEY, all)
}

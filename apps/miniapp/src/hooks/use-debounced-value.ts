import { useCallback, useEffect, useState } from 'react'

/** `value` once it has stopped changing for `delayMs`; `flush` takes it at once (e.g. on Enter). */
export function useDebouncedValue<T>(value: T, delayMs: number): [T, () => void] {
  const [settled, setSettled] = useState(value)

  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), delayMs)
    return () => clearTimeout(timer)
  }, [value, delayMs])

  const flush = useCallback(() => setSettled(value), [value])
  return [settled, flush]
}

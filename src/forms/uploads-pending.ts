import { createContext, useCallback, useContext, useState } from 'react'

/**
 * Files still uploading in a form: its save waits for them, so a dialog is
 * never confirmed with evidence the user picked but the core has not stored.
 * Outside a form that tracks them, uploads are counted nowhere.
 */
const UploadsPending = createContext<(change: 1 | -1) => void>(() => undefined)

export const UploadsPendingProvider = UploadsPending.Provider

/** For a form: how many of its files are still uploading, and the counter its upload fields report to. */
export function useUploadsPending(): { pending: number; track: (change: 1 | -1) => void } {
  const [pending, setPending] = useState(0)
  const track = useCallback((change: 1 | -1) => setPending((n) => n + change), [])
  return { pending, track }
}

/** For an upload field: reports each file's upload start (1) and end (-1) to its form. */
export function useUploadTracker(): (change: 1 | -1) => void {
  return useContext(UploadsPending)
}

import { useEffect, useState } from 'react'
import { attachmentUrl } from '../api/files'

/** `reason` is the transport's refusal in words, or null when the page's own hash of the bytes did not match. */
export type CheckedFile = { state: 'loading' } | { state: 'ok'; url: string; mediaType: string } | { state: 'failed'; reason: string | null }

class HashMismatch extends Error {}

async function sha256Hex(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('')
}

/**
 * An attachment's bytes for display, checked here before anything is shown:
 * the transport already refuses a file whose bytes no longer give their hash,
 * and the page hashes what it received again, so what is displayed is what
 * the record names. The bytes are shown through a blob: URL of the checked
 * bytes, never through the file's own address; a failure is a reason to show
 * instead of the file.
 */
export function useCheckedAttachment(sha256: string): CheckedFile {
  const [file, setFile] = useState<CheckedFile>({ state: 'loading' })
  useEffect(() => {
    let live = true
    let url: string | null = null
    setFile({ state: 'loading' })
    void (async () => {
      try {
        const response = await fetch(attachmentUrl(sha256), { cache: 'no-store' })
        if (!response.ok) {
          const reply = (await response.json().catch(() => null)) as { error?: { message?: string } } | null
          throw new Error(reply?.error?.message ?? `HTTP ${response.status}`)
        }
        const bytes = await response.arrayBuffer()
        if ((await sha256Hex(bytes)) !== sha256) throw new HashMismatch()
        const mediaType = response.headers.get('content-type')?.split(';')[0] ?? 'application/octet-stream'
        url = URL.createObjectURL(new Blob([bytes], { type: mediaType }))
        if (live) setFile({ state: 'ok', url, mediaType })
      } catch (error) {
        if (live) setFile({ state: 'failed', reason: error instanceof HashMismatch ? null : error instanceof Error ? error.message : String(error) })
      }
    })()
    return () => {
      live = false
      if (url) URL.revokeObjectURL(url)
    }
  }, [sha256])
  return file
}

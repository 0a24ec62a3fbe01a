import { extname, resolve, sep } from 'node:path'

/** The media types of the files a renderer build holds. */
const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
  '.ico': 'image/x-icon'
}

export type RendererFile = { ok: true; file: string; contentType: string } | { ok: false; problem: 'malformed' | 'outside' }

/**
 * Maps the path of a request for the built renderer (`/assets/index.js`) to
 * its file under `rendererDir`, or refuses it: a malformed percent-encoding,
 * a NUL, a backslash or any path that would leave the folder (`..`, encoded
 * or not) is never joined onto the disk path. `/` is the entry page.
 */
export function resolveRendererFile(rendererDir: string, pathname: string): RendererFile {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return { ok: false, problem: 'malformed' }
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, problem: 'malformed' }
  const root = resolve(rendererDir)
  const relative = decoded.replace(/^\/+/, '') || 'index.html'
  if (relative.split('/').some((segment) => segment === '..')) return { ok: false, problem: 'outside' }
  const file = resolve(root, relative)
  if (!file.startsWith(root + sep)) return { ok: false, problem: 'outside' }
  return { ok: true, file, contentType: contentTypes[extname(file)] ?? 'application/octet-stream' }
}

/**
 * The renderer's Content-Security-Policy, the same in the Electron window and
 * the browser preview: nothing loads or connects beyond the app itself.
 * antd writes its styles at run time, hence 'unsafe-inline' for styles only.
 * A PDF report opens in a frame only from a blob: URL, made by the viewer
 * from bytes whose SHA-256 it has checked (src/attachments/checked-attachment.ts).
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "frame-src blob:",
  "base-uri 'none'",
  "form-action 'none'"
].join('; ')

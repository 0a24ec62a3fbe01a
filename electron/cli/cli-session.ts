import { createInterface } from 'node:readline'
import { Writable } from 'node:stream'
import type { Core } from '../core/core'
import type { Session } from '../core/call'
import { openSession } from '../core/users/open-session'
import { AppError } from '../shared/errors'
import { cliWords } from './cli-words'

/** The environment variable a script sets instead of typing the password. */
export const passwordVariable = 'ECOCASE_PASSWORD'

/** Asks for the password on the terminal without echoing it. */
function promptPassword(username: string): Promise<string> {
  if (!process.stdin.isTTY) {
    return Promise.reject(new AppError('unauthenticated', 'cli_needs_password', { username, variable: passwordVariable }))
  }
  let muted = false
  const output = new Writable({
    write(chunk: Buffer, _encoding, done) {
      if (!muted) process.stderr.write(chunk)
      done()
    }
  })
  const rl = createInterface({ input: process.stdin, output, terminal: true })
  return new Promise((resolve) => {
    rl.question(cliWords().passwordPrompt(username), (answer) => {
      rl.close()
      process.stderr.write('\n')
      resolve(answer)
    })
    muted = true
  })
}

/**
 * The CLI run's own session: `--as USER` and the password from
 * `ECOCASE_PASSWORD` or the terminal, signed in through `session.signIn`
 * (audited, with the failed-attempt delay and lock like any client).
 *
 * @throws AppError when no user is named or the sign-in is refused.
 */
export async function cliSession(core: Core, username: string | undefined): Promise<Session> {
  if (!username) throw new AppError('unauthenticated', 'cli_needs_account')
  return openSession(core, 'cli', username, await cliPassword(username))
}

/** The password for `username`: from `ECOCASE_PASSWORD`, or asked on the terminal. */
export async function cliPassword(username: string): Promise<string> {
  return process.env[passwordVariable] || (await promptPassword(username))
}

import { describe, expect, it } from 'vitest'
import { cli, demoPassword, demoPreview, openAppAs, screenshot } from './support/preview'

// The administrator sets the idle lock to its shortest, 1 minute, as a user would in 设置 (issue 11: the idle time is a security setting).
const demo = demoPreview({
  prepare: (dir) => {
    const { revision, maxFailedAttempts, lockMinutes } = (JSON.parse(cli(dir, 'call', 'security.get', '{}', '--as', 'admin')) as { value: { revision: number; maxFailedAttempts: number; lockMinutes: number } }).value
    cli(dir, 'call', 'security.update', JSON.stringify({ idleLockMinutes: 1, maxFailedAttempts, lockMinutes, revision }), '--as', 'admin')
  }
})

describe('two people in two browsers at once', () => {
  it('a clerk and an investigator signed in at the same time each see what their own role allows', async () => {
    const clerk = await openAppAs(demo.browser, demo.preview, 'chen.clerk')
    const investigator = await openAppAs(demo.browser, demo.preview, 'lin.investigator')
    // Each browser keeps its own session: the clerk's page, reloaded after the investigator signed in, is still the clerk's.
    await clerk.reload()
    await clerk.getByTestId('current-user').filter({ hasText: '（chen.clerk）' }).waitFor()
    await investigator.getByTestId('current-user').filter({ hasText: '（lin.investigator）' }).waitFor()
    // The clerk's home is the cases to assign; the investigator's is 我的案件 with the case assigned to them.
    await clerk.getByTestId('awaiting-assignment').waitFor()
    await investigator.getByTestId('my-cases').getByText('（2020）闽0626刑初123号').waitFor()
    expect(await investigator.getByTestId('awaiting-assignment').count()).toBe(0)
    // Registering cases is the clerk's: the same button is open to one and closed to the other, side by side.
    for (const page of [clerk, investigator]) await page.goto(`${demo.preview.origin}/#/cases`)
    await expect.poll(() => clerk.getByTestId('register-case').isEnabled(), { timeout: 30_000 }).toBe(true)
    await expect.poll(() => investigator.getByTestId('register-case').isDisabled(), { timeout: 30_000 }).toBe(true)
    // And the core refuses the investigator whatever the UI shows, while the clerk's session is untouched.
    const refused = await investigator.evaluate(() => window.ecocase!.call.cases.create({} as never))
    expect(refused.ok).toBe(false)
    if (!refused.ok) expect(refused.error.code).toBe('forbidden')
    expect(await clerk.getByTestId('register-case').isEnabled()).toBe(true)
    await screenshot(investigator, 'sessions-investigator-beside-clerk')
    await clerk.context().close()
    await investigator.context().close()
  })

  it('an idle session locks its screen, refuses a wrong password and opens again with its own user’s', async () => {
    const judge = await openAppAs(demo.browser, demo.preview, 'wang.judge')
    // Nobody touches the page: after the administrator's 1 minute the lock screen shows, naming whose session it is.
    const unlock = judge.getByTestId('unlock')
    await unlock.filter({ hasText: 'wang.judge' }).waitFor({ timeout: 150_000 })
    await screenshot(judge, 'sessions-idle-lock')
    await judge.getByTestId('unlock-password').fill('not-the-password')
    await judge.getByTestId('unlock-submit').click()
    await unlock.getByRole('alert').waitFor()
    // A failed password makes the next attempt wait a second (README): the judge tries again, as a person would, until the screen opens.
    const unlocked = async () => {
      if (!(await unlock.isVisible())) return true
      await judge.getByTestId('unlock-password').fill(demoPassword)
      await judge.getByTestId('unlock-submit').click()
      return unlock.waitFor({ state: 'detached', timeout: 3_000 }).then(
        () => true,
        () => false
      )
    }
    await expect.poll(unlocked, { timeout: 60_000, interval: 1_000 }).toBe(true)
    await judge.getByTestId('current-user').filter({ hasText: '（wang.judge）' }).waitFor()
    await judge.context().close()
  })
})

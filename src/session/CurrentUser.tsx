import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { SessionState, User } from '../../electron/shared/users'
import type { Role } from '../../electron/shared/roles'
import type { Result } from '../../electron/shared/errors'
import { may, type Permission } from '../../electron/shared/permissions'
import { api } from '../api/api'

interface CurrentUserState {
  user: User | null
  session: SessionState | null
  ready: boolean
  /** Signed in with several roles and not yet chosen which one to act in. */
  choosingRole: boolean
  /** Takes a session channel's reply; returns its error, if any, for the form that sent it. */
  apply: (reply: Result<SessionState>) => Result<SessionState>
  chooseRole: (role: Role) => Promise<void>
  signOut: () => Promise<void>
  lock: () => Promise<void>
  may: (permission: Permission) => boolean
}

const CurrentUserContext = createContext<CurrentUserState | null>(null)

/** Activity that keeps the session from idling into the lock screen. */
const activityEvents = ['mousedown', 'keydown', 'wheel', 'touchstart'] as const
/** How often activity is told to the core, which counts it against its own idle lock. */
const pingMs = 60_000

/**
 * The session of this window or browser, as the core keeps it: who signed
 * in, in which role, whether the screen is locked. The core locks an idle
 * session on its next call; this provider also locks it when nothing is
 * touched for the policy's minutes, so the lock screen appears by itself.
 */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const [session, setSession] = useState<SessionState | null>(null)
  const [choosingRole, setChoosingRole] = useState(false)
  const queryClient = useQueryClient()

  const apply = useCallback(
    (reply: Result<SessionState>) => {
      if (!reply.ok) return reply
      setSession((before) => {
        // Another person (or nobody) now: nothing cached for the previous one may show.
        if (before?.user?.id !== reply.value.user?.id || before?.user?.role !== reply.value.user?.role) queryClient.clear()
        return reply.value
      })
      return reply
    },
    [queryClient]
  )

  useEffect(() => {
    void api.session.current({}).then(apply)
  }, [apply])

  const user = session?.user ?? null
  const active = user !== null && !session?.locked
  const idleMs = (session?.idleLockMinutes ?? 15) * 60_000
  useEffect(() => {
    if (!active) return
    let timer = setTimeout(() => void api.session.lock({}).then(apply), idleMs)
    let pinged = Date.now()
    const touched = () => {
      clearTimeout(timer)
      timer = setTimeout(() => void api.session.lock({}).then(apply), idleMs)
      if (Date.now() - pinged < pingMs) return
      pinged = Date.now()
      void api.session.current({}).then(apply)
    }
    for (const event of activityEvents) window.addEventListener(event, touched, { passive: true })
    return () => {
      clearTimeout(timer)
      for (const event of activityEvents) window.removeEventListener(event, touched)
    }
  }, [active, idleMs, apply])

  const value: CurrentUserState = {
    user,
    session,
    ready: session !== null,
    choosingRole,
    apply: (reply) => {
      if (reply.ok && reply.value.user && !session?.user) setChoosingRole(reply.value.user.roles.length > 1)
      return apply(reply)
    },
    chooseRole: async (role) => {
      if (apply(await api.session.switchRole({ role })).ok) setChoosingRole(false)
    },
    signOut: async () => {
      apply(await api.session.signOut({}))
      setChoosingRole(false)
    },
    lock: async () => void apply(await api.session.lock({})),
    may: (permission) => may(user?.role, permission)
  }
  return <CurrentUserContext.Provider value={value}>{children}</CurrentUserContext.Provider>
}

export function useCurrentUser(): CurrentUserState {
  const state = useContext(CurrentUserContext)
  if (!state) throw new Error('useCurrentUser outside CurrentUserProvider')
  return state
}

import { createContext, useCallback, useContext, useEffect, useState, type ReactNode } from 'react'
import { useQueryClient } from '@tanstack/react-query'
import type { User } from '../../electron/shared/users'
import { may, type Permission } from '../../electron/shared/permissions'
import { api } from '../api/api'

interface CurrentUserState {
  user: User | null
  ready: boolean
  signIn: (userId: string) => Promise<void>
  signOut: () => void
  may: (permission: Permission) => boolean
}

const CurrentUserContext = createContext<CurrentUserState | null>(null)
const storageKey = 'ecocase.userId'

/** The current-user picker's state: the chosen user is remembered on this machine. */
export function CurrentUserProvider({ children }: { children: ReactNode }) {
  const [user, setUser] = useState<User | null>(null)
  const [ready, setReady] = useState(false)
  const queryClient = useQueryClient()

  const signIn = useCallback(
    async (userId: string) => {
      const reply = await api.session.signIn({ userId })
      if (reply.ok) {
        localStorage.setItem(storageKey, userId)
        setUser(reply.value)
        queryClient.clear()
      } else {
        localStorage.removeItem(storageKey)
        setUser(null)
      }
    },
    [queryClient]
  )

  useEffect(() => {
    const saved = localStorage.getItem(storageKey)
    void (saved ? signIn(saved) : Promise.resolve()).finally(() => setReady(true))
  }, [signIn])

  const signOut = useCallback(() => {
    localStorage.removeItem(storageKey)
    setUser(null)
  }, [])

  return (
    <CurrentUserContext.Provider
      value={{ user, ready, signIn, signOut, may: (permission) => may(user?.role, permission) }}
    >
      {children}
    </CurrentUserContext.Provider>
  )
}

export function useCurrentUser(): CurrentUserState {
  const state = useContext(CurrentUserContext)
  if (!state) throw new Error('useCurrentUser outside CurrentUserProvider')
  return state
}

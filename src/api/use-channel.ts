import { useInfiniteQuery, useMutation, useQuery, useQueryClient, type UseQueryOptions } from '@tanstack/react-query'
import type { Channel } from '../../electron/shared/channels'
import type { InputOf, ReplyOf } from '../../electron/shared/contract'
import type { KeysetPage } from '../../electron/shared/common'
import type { Result } from '../../electron/shared/errors'
import { api, unwrap } from './api'

/** The bridge's function of a channel: `cases.get` → `api.cases.get`. */
export function channelCall<C extends Channel>(channel: C): (input: InputOf<C>) => Promise<Result<ReplyOf<C>>> {
  const [domain, verb] = channel.split('.') as [string, string]
  return (api as unknown as Record<string, Record<string, (input: InputOf<C>) => Promise<Result<ReplyOf<C>>>>>)[domain]![verb]!
}

/**
 * The query key of a channel's reply: the channel name, then its input. A key
 * of the channel name alone matches the replies to every input, which is how
 * a change invalidates a channel.
 */
export function channelKey<C extends Channel>(channel: C, input: InputOf<C>): readonly [C, InputOf<C>] {
  return [channel, input] as const
}

type ChannelQueryOptions<C extends Channel> = Omit<UseQueryOptions<ReplyOf<C>, Error, ReplyOf<C>, readonly [C, InputOf<C>]>, 'queryKey' | 'queryFn'>

/** The reply of a query channel, cached under its name and input; a failed reply is the query's error (a `CallError`). */
export function useChannel<C extends Channel>(channel: C, input: InputOf<C>, options: ChannelQueryOptions<C> = {}) {
  return useQuery({ queryKey: channelKey(channel, input), queryFn: () => unwrap(channelCall(channel)(input)), ...options })
}

/**
 * The pages of a keyset-paged channel read one after another into one list
 * (a picker's options, "more" appending the next page): cached under the
 * channel's name and the input without its cursor, so a change to the
 * channel invalidates it as any other reply of the channel.
 */
export function useChannelPages<C extends Channel, T = ReplyOf<C> extends KeysetPage<infer I> ? I : never>(
  channel: C,
  input: Omit<InputOf<C>, 'after'>,
  options: { enabled?: boolean } = {}
) {
  return useInfiniteQuery({
    queryKey: [channel, input, 'pages'] as const,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => unwrap(channelCall(channel)({ ...input, after: pageParam } as InputOf<C>)) as Promise<KeysetPage<T>>,
    getNextPageParam: (last: KeysetPage<T>) => last.next,
    enabled: options.enabled ?? true
  })
}

/** Marks the cached replies of these channels (every input) stale, so the screens showing them read them again; no channels: everything. */
export function useInvalidate(): (...channels: Channel[]) => Promise<void> {
  const queryClient = useQueryClient()
  return async (...channels) => {
    if (channels.length === 0) return queryClient.invalidateQueries()
    await Promise.all(channels.map((channel) => queryClient.invalidateQueries({ queryKey: [channel] })))
  }
}

/**
 * A change through one channel: the mutation's variables are the channel's
 * input; once it succeeds, the replies of `invalidates` are read again.
 */
export function useChannelMutation<C extends Channel>(
  channel: C,
  options: { invalidates?: Channel[]; onSuccess?: (reply: ReplyOf<C>, input: InputOf<C>) => void; onError?: (error: Error) => void } = {}
) {
  const invalidate = useInvalidate()
  return useMutation({
    mutationFn: (input: InputOf<C>) => unwrap(channelCall(channel)(input)),
    onSuccess: (reply, input) => {
      if (options.invalidates) void invalidate(...options.invalidates)
      options.onSuccess?.(reply, input)
    },
    onError: options.onError
  })
}

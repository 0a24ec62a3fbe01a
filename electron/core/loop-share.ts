/**
 * How long a long job (a results import: parsing, checking, writing) may
 * hold the event loop before it lets the app's other calls run. Bounded by
 * time, not by a count of rows, because a row costs ten times more on a
 * loaded machine than on a quiet one (issue 10: other calls answer within
 * 100 ms during a 30,000-row import; a call waits for the slice in hand,
 * then runs its own statements).
 */
export const sliceMs = 8

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))

/**
 * The event loop shared by a long job: `due()` says the slice is spent,
 * `share()` lets the loop run (setImmediate, so every pending I/O callback
 * and timer runs first) once it is and starts the next slice.
 */
export class LoopShare {
  #sliceStarted = performance.now()
  readonly #sliceMs: number

  constructor(ms = sliceMs) {
    this.#sliceMs = ms
  }

  due(): boolean {
    return performance.now() - this.#sliceStarted >= this.#sliceMs
  }

  /** Lets the loop run if the slice is spent; otherwise returns at once (no promise is awaited, so a tight loop stays cheap). */
  share(): Promise<void> | undefined {
    return this.due() ? this.turn() : undefined
  }

  /** Lets the loop run now, whatever the slice. */
  async turn(): Promise<void> {
    await nextTurn()
    this.#sliceStarted = performance.now()
  }
}

/**
 * Results in the order the walk found the files (issue 16): each file takes a ticket, and its
 * last step (writing the document and reporting it) runs only once every earlier ticket's has.
 * Parsing is not held up: a parse that ends before an earlier one leaves its outcome here and
 * its worker takes the next file, so both cores stay busy; the walk waits (`below`) while too
 * many tickets are outstanding, which bounds the outcomes kept waiting. Document ids, progress
 * lines and `--json` records then follow the walk whatever the number of workers.
 */
export class InOrder {
  private taken = 0;
  /** The ticket whose step runs next. */
  private next = 0;
  private readonly steps = new Map<number, () => void>();
  private readonly stepDone = new Map<number, () => void>();
  private readonly donePromises = new Map<number, Promise<void>>();
  private readonly roomWaiters: Array<{ under: number; resolve: () => void }> = [];
  private released = false;

  /** @param onError a step that throws: the error is handed here and the next steps still run. */
  constructor(private readonly onError: (error: unknown) => void) {}

  take(): number {
    return this.taken++;
  }

  /** Tickets taken whose step has not run yet. */
  get outstanding(): number {
    return this.taken - this.next;
  }

  /** Resolves when fewer than `under` tickets are outstanding (or everything is released). */
  below(under: number): Promise<void> {
    if (this.released || this.outstanding < under) return Promise.resolve();
    return new Promise((resolve) => this.roomWaiters.push({ under, resolve }));
  }

  /** The ticket's last step: run now if every earlier one has run, else as soon as they have. */
  settle(ticket: number, step: () => void = () => undefined): void {
    if (this.released) return;
    this.steps.set(ticket, step);
    while (!this.released && this.steps.has(this.next)) {
      const ticketNow = this.next;
      const run = this.steps.get(ticketNow)!;
      this.steps.delete(ticketNow);
      try {
        run();
      } catch (error) {
        this.onError(error);
      }
      this.next++;
      this.stepDone.get(ticketNow)?.();
      this.stepDone.delete(ticketNow);
      this.donePromises.delete(ticketNow);
    }
    this.wakeWalk();
  }

  /** Resolves once the ticket's step has run (a copy of a file waits so for the first to be stored). */
  done(ticket: number): Promise<void> {
    if (this.released || ticket < this.next) return Promise.resolve();
    let promise = this.donePromises.get(ticket);
    if (!promise) {
      promise = new Promise((resolve) => this.stepDone.set(ticket, resolve));
      this.donePromises.set(ticket, promise);
    }
    return promise;
  }

  /** The import stops (a fatal error): nothing waits any more, and no further step runs. */
  release(): void {
    this.released = true;
    for (const resolve of this.stepDone.values()) resolve();
    this.stepDone.clear();
    this.donePromises.clear();
    this.steps.clear();
    this.wakeWalk();
  }

  private wakeWalk(): void {
    for (let i = this.roomWaiters.length - 1; i >= 0; i--) {
      const waiter = this.roomWaiters[i]!;
      if (this.released || this.outstanding < waiter.under) {
        this.roomWaiters.splice(i, 1);
        waiter.resolve();
      }
    }
  }
}

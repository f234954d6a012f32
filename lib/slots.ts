// A small in-process semaphore that never waits: work that finds every slot taken is refused at once.

export class Slots {
  private taken = 0;
  constructor(readonly size: number) {}

  /** A release function, or null when every slot is taken. */
  tryAcquire(): (() => void) | null {
    if (this.taken >= this.size) return null;
    this.taken++;
    let released = false;
    return () => {
      if (!released) this.taken--;
      released = true;
    };
  }
}

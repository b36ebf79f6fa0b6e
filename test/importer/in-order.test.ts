/** The importer's ordering of written results (src/importer/in-order.ts): steps run in ticket order. */
import { describe, expect, it } from 'vitest';
import { InOrder } from '../../src/importer/in-order.js';

describe('InOrder', () => {
  it('runs each step once every earlier ticket has run, whatever the order they are settled in', () => {
    const ran: string[] = [];
    const order = new InOrder(() => undefined);
    const [a, b, c] = [order.take(), order.take(), order.take()];
    order.settle(c, () => ran.push('c'));
    order.settle(b, () => ran.push('b'));
    expect(ran).toEqual([]);
    expect(order.outstanding).toBe(3);
    order.settle(a, () => ran.push('a'));
    expect(ran).toEqual(['a', 'b', 'c']);
    expect(order.outstanding).toBe(0);
  });

  it('hands a failing step to onError and still runs the next', () => {
    const errors: unknown[] = [];
    const ran: number[] = [];
    const order = new InOrder((e) => errors.push(e));
    const [a, b] = [order.take(), order.take()];
    order.settle(b, () => ran.push(b));
    order.settle(a, () => {
      throw new Error('disk full');
    });
    expect((errors[0] as Error).message).toBe('disk full');
    expect(ran).toEqual([1]);
  });

  it('lets the walk go on only while fewer than the window are outstanding', async () => {
    const order = new InOrder(() => undefined);
    const [a, b] = [order.take(), order.take()];
    let room = false;
    const waiting = order.below(2).then(() => (room = true));
    await Promise.resolve();
    expect(room).toBe(false);
    order.settle(b);
    await Promise.resolve();
    expect(room).toBe(false); // b waits for a: still two outstanding
    order.settle(a);
    await waiting;
    expect(room).toBe(true);
  });

  it('resolves done() after the ticket step ran, and everything on release', async () => {
    const order = new InOrder(() => undefined);
    const [a, b, c] = [order.take(), order.take(), order.take()];
    const seen: number[] = [];
    const doneB = order.done(b).then(() => seen.push(b));
    const doneC = order.done(c).then(() => seen.push(c));
    order.settle(b);
    await Promise.resolve();
    expect(seen).toEqual([]);
    order.settle(a);
    await doneB;
    expect(seen).toEqual([1]);
    let stepRan = false;
    order.release();
    order.settle(c, () => (stepRan = true));
    await doneC;
    expect(seen).toEqual([1, 2]);
    expect(stepRan).toBe(false);
    await order.below(0); // released: never waits
  });
});

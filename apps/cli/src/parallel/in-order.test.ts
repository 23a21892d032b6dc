import { describe, expect, it } from "vitest";
import { inOrder } from "./in-order.ts";

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe("work over a list, results in the list's order", () => {
  it("gives results in order however the work finishes, with at most `window` in flight", async () => {
    let inFlight = 0;
    let most = 0;
    const work = async (n: number) => {
      inFlight++;
      most = Math.max(most, inFlight);
      await wait((10 - n) * 3);
      inFlight--;
      return n * 10;
    };
    const out: number[] = [];
    for await (const value of inOrder([1, 2, 3, 4, 5, 6, 7, 8, 9], work, 3)) out.push(value);
    expect(out).toEqual([10, 20, 30, 40, 50, 60, 70, 80, 90]);
    expect(most).toBe(3);
  });

  it("throws a failure in its turn, after the results before it", async () => {
    const out: number[] = [];
    const failing = inOrder(
      [1, 2, 3],
      async (n) => {
        if (n === 2) throw new Error("two failed");
        await wait(5);
        return n;
      },
      3,
    );
    await expect(
      (async () => {
        for await (const value of failing) out.push(value);
      })(),
    ).rejects.toThrow("two failed");
    expect(out).toEqual([1]);
  });
});

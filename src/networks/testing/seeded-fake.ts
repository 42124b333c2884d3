import { FakeNetwork } from './fake-network.ts';

/**
 * A fake network with default answers that tests can override and then put back: `seed()`
 * installs the documented answers, `reset()` forgets requests and overrides and seeds again.
 */
export abstract class SeededFakeNetwork extends FakeNetwork {
  protected abstract seed(): void;

  override async start(): Promise<this> {
    await super.start();
    this.reset();
    return this;
  }

  reset(): void {
    this.requests.length = 0;
    this.seed();
  }
}

import {expect} from '@open-wc/testing';
import {SerialQueue} from '../../../src/storage/serial-queue.js';

const tick = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('SerialQueue', () => {
  it('runs tasks one at a time in call order, even when an earlier one is slower', async () => {
    const queue = new SerialQueue();
    const log: string[] = [];
    const task = (name: string, ms: number) => async () => {
      log.push(`start ${name}`);
      await tick(ms);
      log.push(`end ${name}`);
    };
    await Promise.all([queue.run(task('slow', 30)), queue.run(task('fast', 0))]);
    expect(log).to.deep.equal(['start slow', 'end slow', 'start fast', 'end fast']);
  });

  it('keeps running queued tasks after one rejects, and passes each result back', async () => {
    const queue = new SerialQueue();
    const failed = queue.run(async () => {
      throw new Error('boom');
    });
    const next = queue.run(async () => 'ran');
    const error = await failed.then(
      () => undefined,
      (e: Error) => e,
    );
    expect(error?.message).to.equal('boom');
    expect(await next).to.equal('ran');
  });

  it('idle() waits for every task queued so far', async () => {
    const queue = new SerialQueue();
    let done = false;
    void queue.run(async () => {
      await tick(20);
      done = true;
    });
    await queue.idle();
    expect(done).to.be.true;
  });
});

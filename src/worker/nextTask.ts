/**
 * Resolves in a new task, after the messages already queued (a newer run, a
 * cancel): a message to ourselves, which timers' clamping does not delay.
 */
export const nextTask = () =>
  new Promise<void>((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });

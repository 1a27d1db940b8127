import type { MessageHandler, StoreLogger } from './store-types';

/** One `subscribe()` call; identity-based so the same handler can be subscribed twice and unsubscribed once. */
export interface Subscription {
  readonly channel: string;
  readonly handler: MessageHandler;
}

/**
 * Which handlers listen on which channel, and their isolated invocation. Both adapters keep it so
 * that delivery, ordering and error handling are the same whatever the backend.
 */
export class SubscriptionRegistry {
  readonly #byChannel = new Map<string, Set<Subscription>>();
  readonly #logger: StoreLogger;

  constructor(logger: StoreLogger) {
    this.#logger = logger;
  }

  add(channel: string, handler: MessageHandler): Subscription {
    const subscription: Subscription = { channel, handler };
    let set = this.#byChannel.get(channel);
    if (!set) this.#byChannel.set(channel, (set = new Set()));
    set.add(subscription);
    return subscription;
  }

  /** Resolves whether the channel has no subscription left (so the backend can drop it). */
  remove(subscription: Subscription): boolean {
    const set = this.#byChannel.get(subscription.channel);
    if (!set?.delete(subscription)) return false;
    if (set.size > 0) return false;
    this.#byChannel.delete(subscription.channel);
    return true;
  }

  isActive(subscription: Subscription): boolean {
    return this.#byChannel.get(subscription.channel)?.has(subscription) ?? false;
  }

  has(channel: string): boolean {
    return this.#byChannel.has(channel);
  }

  channels(): string[] {
    return [...this.#byChannel.keys()];
  }

  /** The current subscriptions of a channel; delivery re-checks each with {@link isActive}. */
  snapshot(channel: string): Subscription[] {
    return [...(this.#byChannel.get(channel) ?? [])];
  }

  clear(): void {
    this.#byChannel.clear();
  }

  /**
   * Calls the handler unless it was unsubscribed since the message was sent. A failing handler is
   * logged and must not break delivery to the others nor the connection's event loop.
   */
  deliver(subscription: Subscription, message: string, publicChannel: string): void {
    if (!this.isActive(subscription)) return;
    const fail = (error: unknown) =>
      this.#logger.error({ err: error, channel: publicChannel }, 'store: message handler failed');
    try {
      const result = subscription.handler(message, publicChannel);
      if (result && typeof result.then === 'function') result.then(undefined, fail);
    } catch (error) {
      fail(error);
    }
  }
}

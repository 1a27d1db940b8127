import type { ConnectionSettings, RedisConnection } from './redis-connection';
import { duplicateForSubscriber } from './redis-connection';
import { StoreUnavailableError } from './store-errors';
import type { MessageHandler, Unsubscribe } from './store-types';
import { SubscriptionRegistry } from './subscriptions';

/**
 * Pub/sub over a second, lazily opened connection. Subscriptions live in our registry, which is
 * re-sent to Redis after every (re)connection — that is what makes them survive outages.
 */
export class RedisPubSub {
  readonly #commands: RedisConnection;
  readonly #settings: ConnectionSettings;
  readonly #prefix: string;
  readonly #registry: SubscriptionRegistry;
  #subscriber: RedisConnection | undefined;
  #pingTimer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(commands: RedisConnection, settings: ConnectionSettings, prefix: string) {
    this.#commands = commands;
    this.#settings = settings;
    this.#prefix = prefix;
    this.#registry = new SubscriptionRegistry(settings.logger);
  }

  publish(channel: string, message: string): Promise<number> {
    return this.#commands.run((c) => c.publish(this.#prefix + channel, message));
  }

  async subscribe(channel: string, handler: MessageHandler): Promise<Unsubscribe> {
    if (this.#closed) throw new StoreUnavailableError('Redis store unavailable (store is closed)');
    const fullChannel = this.#prefix + channel;
    const subscriber = this.#ensureSubscriber();
    const subscription = this.#registry.add(fullChannel, handler);
    try {
      // Also sent when the channel is already subscribed: harmless, and it makes this call wait
      // for a confirmation instead of trusting an earlier SUBSCRIBE that may still be in flight.
      await subscriber.run((c) => c.subscribe(fullChannel));
    } catch (error) {
      this.#remove(subscription);
      throw error;
    }
    return async () => this.#remove(subscription);
  }

  async close(): Promise<void> {
    this.#closed = true;
    clearInterval(this.#pingTimer);
    this.#registry.clear();
    await this.#subscriber?.close();
  }

  #remove(subscription: ReturnType<SubscriptionRegistry['add']>): void {
    if (!this.#registry.remove(subscription)) return;
    const subscriber = this.#subscriber;
    // Best effort: if it fails, Redis keeps sending messages nobody handles (dropped below), and
    // the next reconnection subscribes only to channels still in the registry.
    if (subscriber?.client.status === 'ready') {
      subscriber.run((c) => c.unsubscribe(subscription.channel)).catch(() => {});
    }
  }

  /**
   * Opened by the first subscribe() and kept until close, even when that subscribe failed: it
   * goes on reconnecting, so a later subscribe succeeds as soon as Redis is back.
   */
  #ensureSubscriber(): RedisConnection {
    if (this.#subscriber) return this.#subscriber;
    const subscriber = duplicateForSubscriber(this.#commands, this.#settings);
    const { client } = subscriber;
    client.on('message', (fullChannel: string, message: string) => {
      const channel = fullChannel.slice(this.#prefix.length);
      for (const subscription of this.#registry.snapshot(fullChannel)) this.#registry.deliver(subscription, message, channel);
    });
    client.on('ready', () => {
      const channels = this.#registry.channels();
      if (channels.length === 0) return;
      client.subscribe(...channels).catch((error: unknown) =>
        // The connection dropped again; the next 'ready' retries.
        this.#settings.logger.warn({ err: String(error), channels: channels.length }, 'store: re-subscribing failed'),
      );
    });
    // An idle subscriber connection sends nothing, so a silently dead one (partition, NAT timeout)
    // would go unnoticed and lose every message. A periodic PING lets the socket timeout tear it
    // down and the reconnection re-subscribe.
    this.#pingTimer = setInterval(() => {
      if (client.status === 'ready' && this.#registry.channels().length > 0) client.ping().catch(() => {});
    }, this.#settings.subscriberPingIntervalMs).unref();
    this.#subscriber = subscriber;
    return subscriber;
  }
}

/**
 * The IPC contract: one typed table, channel name → request schema → response type.
 * Electron IPC (main/preload) and the local web bridge both serve exactly this table, and the renderer
 * calls it through `TadqiqApi`. Each area's channels live in their own file; this is the one table.
 */
import type { z } from 'zod';
import type { Channel } from './channel.js';
import { appChannels } from './app.js';
import { reviewChannels } from './review.js';
import { glossaryChannels } from './glossary.js';
import { settingsChannels } from './settings.js';
import { deeplChannels } from './deepl.js';
import { filesChannels } from './files.js';
import { namesChannels } from './names.js';

export const contract = {
  ...appChannels,
  ...reviewChannels,
  ...glossaryChannels,
  ...settingsChannels,
  ...deeplChannels,
  ...filesChannels,
  ...namesChannels,
} as const;

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type RequestOf<K extends ChannelName> = Contract[K] extends Channel<infer Req, unknown> ? z.input<Req> : never;
export type ParsedRequestOf<K extends ChannelName> = Contract[K] extends Channel<infer Req, unknown> ? z.output<Req> : never;
export type ResponseOf<K extends ChannelName> = Contract[K] extends Channel<z.ZodType, infer Res> ? Res : never;

/** What the renderer sees: one async method per channel, named exactly as the channel. */
export type TadqiqApi = { [K in ChannelName]: (...request: RequestArgs<K>) => Promise<ResponseOf<K>> };

/** A channel whose request may be undefined (e.g. 'app.info') can be called with no argument. */
export type RequestArgs<K extends ChannelName> = undefined extends RequestOf<K> ? [request?: RequestOf<K>] : [request: RequestOf<K>];

/** The handler table main implements, once, for both transports. */
export type Handlers = { [K in ChannelName]: (request: ParsedRequestOf<K>) => Promise<ResponseOf<K>> };

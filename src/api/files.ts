// Channels of the "files" area. Owned by the helper that builds this area; see src/api/contract.ts.
import { z } from 'zod';
import { channel } from './channel.js';

export const filesChannels = {
} as const;

void z; void channel;

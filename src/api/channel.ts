/**
 * How one IPC channel is declared: a zod schema for the request (validated in main before any handler
 * runs) and the response type (carried as a phantom so the renderer's calls are fully typed).
 */
import type { z } from 'zod';

export interface Channel<Req extends z.ZodType, Res> {
  description: string;
  request: Req;
  /** Phantom: never set at run time, only carries the response type. */
  readonly response?: Res;
}

export function channel<Res>() {
  return <Req extends z.ZodType>(description: string, request: Req): Channel<Req, Res> => ({ description, request });
}

/** Errors cross the boundary as data with a code the UI can act on and a message written for an editor. */
export interface ApiErrorShape {
  code: string;
  message: string;
}

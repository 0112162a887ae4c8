import type { HandlerPart } from './part.js';

const appHandlers: HandlerPart = (services) => ({
  'app.info': async () => ({
    version: services.version,
    platform: process.platform,
    transport: services.transport,
    notices: [...services.settings.notices],
  }),
});

export default appHandlers;

import type { HandlerPart } from './part.js';

const settingsHandlers: HandlerPart = ({ settings }) => ({
  'settings.get': async () => settings.get(),
  'settings.update': async (patch) => settings.update(patch),
});

export default settingsHandlers;

import { checkGlossaryLocation } from '../../services/glossaryLocation.js';
import type { HandlerPart } from './part.js';

const settingsHandlers: HandlerPart = ({ settings }) => ({
  'settings.get': async () => settings.get(),
  'settings.update': async (patch) => {
    // A new glossary file is looked at before it is kept: a path that cannot work says so now, not later.
    if (typeof patch.glossaryPath === 'string' && patch.glossaryPath !== settings.get().glossaryPath) await checkGlossaryLocation(patch.glossaryPath);
    return settings.update(patch);
  },
});

export default settingsHandlers;

// Channels of the "settings" area: what an editor chooses once and keeps. Window size and position are
// also stored with the settings but only main reads them, so they are not part of this schema.
import { z } from 'zod';
import { channel } from './channel.js';

export const houseStyleArticles = ['Al-', 'al-', 'as-is'] as const;
export const deeplEnglishVariants = ['en-US', 'en-GB'] as const;
export const MIN_ZOOM = 0.5;
export const MAX_ZOOM = 3;
export const MAX_RECENT_FILES = 10;

/**
 * The shared glossary's file: a full path ending in .json. Main writes the glossary there, so the
 * renderer must not be able to point it at any other kind of file (a script, a document, ~/.bashrc).
 */
export const glossaryPathSchema = z
  .string()
  .max(4096)
  .regex(/^(\/|[A-Za-z]:[\\/]|\\\\)/, 'give the full path of the glossary file (e.g. /shared/desk/glossary.json or \\\\server\\desk\\glossary.json)')
  .regex(/\.json$/i, 'the glossary file name must end in .json');

/** One schema gives both the defaults (parse of `{}`) and the validation of what is read from disk. */
export const userSettingsSchema = z.object({
  /** Shown in change reports and glossary history ("approved by …"). */
  editorName: z.string().trim().max(200).default(''),
  /** How the Arabic article al- is written in names: "Al-Kadhimi", "al-Kadhimi", or left as the translation has it. */
  houseStyleArticle: z.enum(houseStyleArticles).default('as-is'),
  /** Path of the shared glossary file; null means the glossary in the app's data folder. */
  glossaryPath: glossaryPathSchema.nullable().default(null),
  deeplEnglishVariant: z.enum(deeplEnglishVariants).default('en-US'),
  uiZoom: z.number().min(MIN_ZOOM).max(MAX_ZOOM).default(1),
  /** Most recent first; filled by main when a file is opened through a dialog. */
  recentFiles: z.array(z.string().min(1)).max(MAX_RECENT_FILES).default([]),
});

export type UserSettings = z.output<typeof userSettingsSchema>;

/** What the renderer may change; recentFiles is main's to keep (it grants which paths may be read). */
export const settingsUpdateSchema = z
  .object({
    editorName: z.string().trim().max(200, 'editorName: at most 200 characters'),
    houseStyleArticle: z.enum(houseStyleArticles),
    glossaryPath: glossaryPathSchema.nullable(),
    deeplEnglishVariant: z.enum(deeplEnglishVariants),
    uiZoom: z.number().min(MIN_ZOOM).max(MAX_ZOOM),
  })
  .partial()
  .strict();

export type SettingsUpdate = z.input<typeof settingsUpdateSchema>;

export const settingsChannels = {
  'settings.get': channel<UserSettings>()('The editor\'s settings, with defaults for anything not yet chosen.', z.object({}).strict().optional()),
  'settings.update': channel<UserSettings>()('Change some settings; answers the settings as saved.', settingsUpdateSchema),
} as const;

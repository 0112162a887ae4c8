/**
 * The Electron main process: one window, the application menu, IPC over the shared handler table.
 * Data lives in TADQIQ_DATA if set (tests), else the platform's settings folder for "Tadqiq".
 * TADQIQ_OPEN=<arabic-file>,<english-file> (or a .tadqiq review on the command line) opens files at start.
 */
import { app, BrowserWindow, ipcMain, Menu, screen, session, shell } from 'electron';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { MENU_COMMAND_EVENT, OPEN_FILES_EVENT, type MenuCommand } from '../../src/api/app.js';
import { registerIpcHandlers } from '../ipc/electronIpc.js';
import { createHandlers } from '../ipc/handlers/index.js';
import { createServices, type Services } from '../ipc/services.js';
import { defaultDataDir } from '../services/settings.js';
import { splitOpen } from '../web/openList.js';
import { electronDialogs } from './dialogs.js';
import { buildContextMenuTemplate, spellCheckerLanguagesFor } from './contextMenu.js';
import { buildMenuTemplate } from './menu.js';
import { reviewFilesIn } from './openRequests.js';
import { hardenSession, hardenWebContents } from './security.js';
import { restoreWindowState } from './windowState.js';

const here = import.meta.dirname;
const preloadPath = join(here, '../preload/index.cjs');
const rendererIndex = join(here, '../renderer/index.html');
const devServerUrl = !app.isPackaged ? process.env.ELECTRON_RENDERER_URL : undefined;

const dataDir = process.env.TADQIQ_DATA ? resolve(process.env.TADQIQ_DATA) : defaultDataDir();
app.setPath('userData', dataDir);

let mainWindow: BrowserWindow | null = null;
let services: Services | null = null;
/** Files the system asked us to open before the window could take them (macOS open-file at launch). */
const pendingOpen: string[] = [];

/** Files to open at start: TADQIQ_OPEN, or review files passed on the command line (file association). */
function filesToOpen(argv: string[]): string[] {
  const fromEnv = splitOpen(process.env.TADQIQ_OPEN);
  if (fromEnv.length > 0) return fromEnv;
  return reviewFilesIn(argv, process.cwd());
}

/** A file opened while Tadqiq runs (second launch, Dock, Finder): bring the window forward and hand it the paths. */
function openInRunningApp(paths: string[]): void {
  if (paths.length === 0) return;
  const win = mainWindow;
  if (!services) {
    pendingOpen.push(...paths);
    return;
  }
  if (!win) {
    // macOS: the app runs on with its window closed; a double-clicked file opens a new one.
    void createWindow(services, paths);
    return;
  }
  for (const path of paths) services.grants.grantRead(path);
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  const send = () => win.webContents.send(OPEN_FILES_EVENT, paths);
  if (win.webContents.isLoading()) win.webContents.once('did-finish-load', send);
  else send();
}

function pageUrl(open: string[]): string {
  const query = new URLSearchParams();
  for (const path of open) query.append('open', path);
  const search = open.length > 0 ? `?${query.toString()}` : '';
  return devServerUrl ? `${devServerUrl}${search}` : `${pathToFileURL(rendererIndex).href}${search}`;
}

function sendMenuCommand(command: MenuCommand): void {
  mainWindow?.webContents.send(MENU_COMMAND_EVENT, command);
}

async function createWindow(services: Services, open: string[]): Promise<void> {
  const state = restoreWindowState(services.settings.windowState(), screen.getAllDisplays().map((d) => d.workArea));
  const win = new BrowserWindow({
    ...(state.x !== undefined && state.y !== undefined ? { x: state.x, y: state.y } : {}),
    width: state.width,
    height: state.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Tadqiq',
    backgroundColor: '#ffffff',
    webPreferences: {
      // Electronegativity PRELOAD_JS_CHECK reviewed: the preload is ours, runs sandboxed and exposes only the
      // contract's named methods through contextBridge (main/preload/api.ts), never ipcRenderer.
      preload: preloadPath, // eng-disable PRELOAD_JS_CHECK
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      spellcheck: true,
      // Middle-click would open links in new windows, bypassing setWindowOpenHandler's checks.
      disableBlinkFeatures: 'Auxclick',
    },
  });
  mainWindow = win;
  if (state.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());

  let saveTimer: NodeJS.Timeout | undefined;
  const saveState = () => {
    if (win.isDestroyed() || win.isMinimized()) return;
    const b = win.getNormalBounds();
    void services.settings
      .saveWindowState({ x: b.x, y: b.y, width: b.width, height: b.height, maximized: win.isMaximized() })
      .catch((e: unknown) => console.warn('[tadqiq] could not remember the window position:', e));
  };
  const saveSoon = () => {
    clearTimeout(saveTimer);
    saveTimer = setTimeout(saveState, 500);
  };
  win.on('resize', saveSoon);
  win.on('move', saveSoon);
  win.on('close', () => {
    clearTimeout(saveTimer);
    saveState();
  });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });

  win.webContents.on('context-menu', (_event, params) => {
    const template = buildContextMenuTemplate(params, {
      replaceMisspelling: (word) => win.webContents.replaceMisspelling(word),
      addToDictionary: (word) => win.webContents.session.addWordToSpellCheckerDictionary(word),
    });
    if (template.length > 0) Menu.buildFromTemplate(template).popup({ window: win });
  });

  for (const path of open) services.grants.grantRead(path);
  await win.loadURL(pageUrl(open));
}

function packageVersion(): string {
  try {
    return (JSON.parse(readFileSync(join(app.getAppPath(), 'package.json'), 'utf8')) as { version: string }).version;
  } catch {
    return app.getVersion();
  }
}

async function start(): Promise<void> {
  await app.whenReady();
  hardenSession(session.defaultSession);
  const followVariant = (variant: string) => {
    // macOS: the system checker picks languages itself and availableSpellCheckerLanguages is empty.
    const languages = spellCheckerLanguagesFor(variant, session.defaultSession.availableSpellCheckerLanguages);
    if (process.platform !== 'darwin' && languages.length > 0) session.defaultSession.setSpellCheckerLanguages(languages);
  };
  services = await createServices({
    dataDir,
    transport: 'electron',
    version: packageVersion(),
    dialogs: electronDialogs(() => mainWindow),
  });
  followVariant(services.settings.get().deeplEnglishVariant);
  services.settings.onChange((s) => followVariant(s.deeplEnglishVariant));
  registerIpcHandlers(ipcMain, createHandlers(services), {
    rendererIndexUrl: pathToFileURL(rendererIndex).href,
    devServerUrl,
  });
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate({ platform: process.platform, isPackaged: app.isPackaged, send: sendMenuCommand })));
  await createWindow(services, [...filesToOpen(process.argv), ...pendingOpen.splice(0)]);

  app.on('activate', () => {
    if (services && BrowserWindow.getAllWindows().length === 0) void createWindow(services, pendingOpen.splice(0));
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Tadqiq is running: it gets our arguments through 'second-instance' and comes to the front.
  app.quit();
} else {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    const paths = reviewFilesIn(argv, workingDirectory);
    if (paths.length > 0) return openInRunningApp(paths);
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
  });
  // macOS delivers double-clicked files as events, also at launch (before 'ready').
  app.on('open-file', (event, path) => {
    event.preventDefault();
    openInRunningApp([resolve(path)]);
  });
  // Electronegativity OPEN_EXTERNAL_JS_CHECK reviewed: hardenWebContents calls this only for http(s) links that
  // isExternalWebLink accepted (main/electron/security.ts); file:, javascript: and custom schemes never reach it.
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, (url) => shell.openExternal(url))); // eng-disable OPEN_EXTERNAL_JS_CHECK
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  start().catch((e: unknown) => {
    console.error('[tadqiq] could not start:', e);
    app.exit(1);
  });
}

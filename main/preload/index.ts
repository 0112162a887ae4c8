/**
 * The preload (sandboxed, bundled to CommonJS): exposes window.tadqiq with the contract's named
 * methods and onMenuCommand. Nothing else from Electron or Node reaches the page.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { createExposedApi } from './api.js';

contextBridge.exposeInMainWorld('tadqiq', createExposedApi(ipcRenderer));

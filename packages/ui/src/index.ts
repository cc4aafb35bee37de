export { AppShell } from './AppShell.js';

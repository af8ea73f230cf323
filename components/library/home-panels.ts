import type { ComponentType } from 'preact';
import { DuePanel } from './DuePanel';

/**
 * Panels shown on the dashboard's home above the lecture list (due reviews, focus history, …).
 * Each is a component without props that reads its own data. Add yours with one line.
 */
export const homePanels: ComponentType[] = [DuePanel];

import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { allSettled } from '@/tests/support/in-flight';
import { db } from '@/utils/db/database';

beforeEach(async () => {
  fakeBrowser.reset();
  // A fresh database per test: tests never see each other's records.
  await db.delete();
  await db.open();
});

afterEach(async () => {
  // Node-environment files (the WebDAV tests: a real fetch) have no document.
  if (!globalThis.document) return;
  // Unmount what the test rendered (no globals: Testing Library does not do it by itself), so no
  // component of an ended test keeps timers running into the next one; an unmounting editor
  // saves its draft, and that save finishes before the next test deletes the database.
  const { cleanup } = await import('@testing-library/preact');
  cleanup();
  await allSettled();
  document.body.replaceChildren();
});

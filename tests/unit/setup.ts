import 'fake-indexeddb/auto';
import '@testing-library/jest-dom/vitest';
import { afterEach, beforeEach } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { db } from '@/utils/db/database';

beforeEach(async () => {
  fakeBrowser.reset();
  // A fresh database per test: tests never see each other's records.
  await db.delete();
  await db.open();
});

afterEach(() => {
  // Node-environment files (the WebDAV tests: a real fetch) have no document.
  globalThis.document?.body.replaceChildren();
});

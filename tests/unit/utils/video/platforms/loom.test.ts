import { describe } from 'vitest';
import { loom } from '@/utils/video/platforms/loom';
import { itKeysUrls } from './adapter-cases';

describe('Loom adapter', () => {
  itKeysUrls(loom, [
    ['https://www.loom.com/share/0123456789abcdef0123456789abcdef?sid=x', 'loom:0123456789abcdef0123456789abcdef'],
    ['https://www.loom.com/embed/0123456789ABCDEF0123456789ABCDEF', 'loom:0123456789abcdef0123456789abcdef'],
    ['https://www.loom.com/pricing', null],
  ]);
});

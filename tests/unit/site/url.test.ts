import { expect, test } from 'vitest';
import { joinBase } from '../../../src/lib/url.ts';

test.each([
  ['/', 'riktlinjer/', '/riktlinjer/'],
  ['/', '', '/'],
  ['/sociala-medier/', 'riktlinjer/', '/sociala-medier/riktlinjer/'],
  ['/sociala-medier', '/checklista/', '/sociala-medier/checklista/'],
  ['/sociala-medier/', 'riktlinjer/kommentarer/#svordomar', '/sociala-medier/riktlinjer/kommentarer/#svordomar'],
])('joinBase(%j, %j) is %j', (base, path, expected) => {
  expect(joinBase(base, path)).toBe(expected);
});

test.each(['#svordomar', 'mailto:a@vgregion.se', 'https://www.vgregion.se/', 'tel:0701234567'])(
  'leaves %j alone',
  (path) => {
    expect(joinBase('/sociala-medier/', path)).toBe(path);
  },
);

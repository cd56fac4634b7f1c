import { describe, expect, test } from 'vitest';
import { loadSiteConfig } from '../../../src/config/schema.ts';

describe('loadSiteConfig', () => {
  test('uses the defaults when nothing is set', () => {
    const config = loadSiteConfig({});
    expect(config.SITE_BASE).toBe('/');
    expect(config.ORG_EMAIL_DOMAINS).toEqual(['vgregion.se', 'vastarvet.se']);
    expect(config.COMMS_CHIEF_EMAIL).toMatch(/@/);
  });

  test('reads every setting from the environment', () => {
    const config = loadSiteConfig({
      SITE_BASE: '/sociala-medier/',
      SITE_URL: 'https://intra.example.se',
      COMMS_CHIEF_EMAIL: 'chef@vastarvet.se',
      ORG_EMAIL_DOMAINS: ' Vastarvet.se , vgregion.se,',
      ACCESSIBILITY_EMAIL: 'webb@vastarvet.se',
      ACCESSIBILITY_PHONE: '010-441 00 00',
      REPLY_EMAIL: 'kontakt@vastarvet.se',
      REPLY_PHONE: '0521-26 43 00',
      REPLY_POSTAL_ADDRESS: ' Box 123, 462 22 Vänersborg ',
    });
    expect(config).toEqual({
      SITE_BASE: '/sociala-medier/',
      SITE_URL: 'https://intra.example.se',
      COMMS_CHIEF_EMAIL: 'chef@vastarvet.se',
      ORG_EMAIL_DOMAINS: ['vastarvet.se', 'vgregion.se'],
      ACCESSIBILITY_EMAIL: 'webb@vastarvet.se',
      ACCESSIBILITY_PHONE: '010-441 00 00',
      REPLY_EMAIL: 'kontakt@vastarvet.se',
      REPLY_PHONE: '0521-26 43 00',
      REPLY_POSTAL_ADDRESS: 'Box 123, 462 22 Vänersborg',
    });
  });

  test('the reply contact details are optional', () => {
    const config = loadSiteConfig({});
    expect(config.REPLY_EMAIL).toBeUndefined();
    expect(config.REPLY_PHONE).toBeUndefined();
    expect(config.REPLY_POSTAL_ADDRESS).toBeUndefined();
  });

  test('treats an empty variable as unset', () => {
    expect(loadSiteConfig({ SITE_BASE: '' }).SITE_BASE).toBe('/');
  });

  test.each([
    ['SITE_BASE', 'sociala-medier'],
    ['SITE_BASE', '/utan-snedstreck'],
    ['SITE_URL', 'intranat.vastarvet.se'],
    ['COMMS_CHIEF_EMAIL', 'inte-en-adress'],
    ['REPLY_EMAIL', 'kontakt'],
    ['REPLY_PHONE', 'ring oss'],
    ['ORG_EMAIL_DOMAINS', 'vgregion'],
    ['ORG_EMAIL_DOMAINS', ' , '],
    ['ACCESSIBILITY_PHONE', 'ring oss'],
  ])('stops with a message naming %s when it is %j', (key, value) => {
    expect(() => loadSiteConfig({ [key]: value })).toThrow(new RegExp(`${key}: .*fick ${JSON.stringify(value)}`));
  });
});

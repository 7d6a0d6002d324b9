import { detectStartupMode, type StartupEnvironment } from '../../src/host/startup';
import { localeFromLanguage } from '../../src/taskpane/messages';

const plainBrowser: StartupEnvironment = {
  search: '',
  hash: '',
  framed: false,
  sessionHostInfo: null,
  externalHostInfo: false,
  windowName: '',
};

describe('detectStartupMode', () => {
  it('starts the standalone page in a plain browser tab', () => {
    expect(detectStartupMode(plainBrowser)).toBe('standalone');
    expect(detectStartupMode({ ...plainBrowser, search: '?file=x&host_info=1' })).toBe('standalone');
  });

  it.each([
    ['Office desktop query', { search: '?_host_Info=Excel$Win32$16.01$zh-CN$$$$0' }],
    ['after another parameter', { search: '?et=&_host_Info=Excel|Web|16.00|zh-CN|abc|isDialog' }],
    ['in the hash', { hash: '#_host_Info=Excel$Mac$16.01$en-US$$$$0' }],
    ['kept by office.js in sessionStorage', { sessionHostInfo: 'Excel$Win32$16.01$zh-CN$$$$0' }],
    ['window.external.GetHostInfo (legacy WebView)', { externalHostInfo: true }],
    ['window.name JSON', { windowName: '{"hostInfo":"Excel|Web|16.00|zh-CN"}' }],
    ['framed (Excel on the web)', { framed: true }],
    ['?host=excel for tests', { search: '?host=excel' }],
  ])('loads office.js when Office is the host: %s', (_label, environment) => {
    expect(detectStartupMode({ ...plainBrowser, ...environment })).toBe('office');
  });

  it('lets ?standalone win over every Office hint', () => {
    expect(detectStartupMode({ ...plainBrowser, framed: true, search: '?standalone' })).toBe('standalone');
    expect(detectStartupMode({ ...plainBrowser, search: '?_host_Info=Excel&host=web' })).toBe('standalone');
  });
});

describe('localeFromLanguage', () => {
  it('uses English only for English display languages', () => {
    expect(localeFromLanguage('en-US')).toBe('en-US');
    expect(localeFromLanguage('en-GB')).toBe('en-US');
    expect(localeFromLanguage('EN')).toBe('en-US');
    expect(localeFromLanguage('zh-CN')).toBe('zh-CN');
    expect(localeFromLanguage('zh-TW')).toBe('zh-CN');
    expect(localeFromLanguage('')).toBe('zh-CN');
    expect(localeFromLanguage(undefined)).toBe('zh-CN');
    expect(localeFromLanguage('eng-fake')).toBe('zh-CN');
  });
});

/**
 * Offline manifest checks (`office-addin-manifest validate` calls an online service; this does not).
 * Returns a list of problems; an empty list means the manifest passes.
 */
import { DOMParser, type Element } from '@xmldom/xmldom';
import * as fs from 'fs';
import * as path from 'path';

/** Limits from the Office add-in manifest schema documentation. */
export const LIMITS = {
  displayName: 125,
  description: 250,
  providerName: 250,
  shortString: 125,
  longString: 250,
  resourceId: 32,
};

/** Pages the webpack build emits at the root of dist/. */
export const BUILT_PAGES = ['taskpane.html', 'commands.html'];

const GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function elements(root: Element | Document, localName: string): Element[] {
  const found: Element[] = [];
  const all = root.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const element = all.item(i) as unknown as Element;
    if (element.localName === localName) found.push(element);
  }
  return found;
}

function text(root: Document, localName: string): string | null {
  const element = elements(root, localName)[0];
  return element ? (element.textContent ?? '').trim() : null;
}

export function checkManifest(xml: string, projectRoot: string): string[] {
  const problems: string[] = [];
  const parseErrors: string[] = [];
  let document: Document;
  try {
    document = new DOMParser({
      onError: (level, message) => {
        if (level !== 'warning') parseErrors.push(String(message));
      },
    }).parseFromString(xml, 'text/xml') as unknown as Document;
  } catch (error) {
    return [`XML 无法解析: ${(error as Error).message}`];
  }
  if (parseErrors.length > 0 || !document.documentElement) return [`XML 无法解析: ${parseErrors.join('; ')}`];

  const id = text(document, 'Id');
  if (!id || !GUID.test(id)) problems.push(`Id 不是 GUID: ${id}`);
  const version = text(document, 'Version');
  if (!version || !/^\d+\.\d+\.\d+\.\d+$/.test(version)) problems.push(`Version 不是四段式: ${version}`);
  if (text(document, 'DefaultLocale') !== 'zh-CN') problems.push('DefaultLocale 应为 zh-CN');
  if (text(document, 'Permissions') !== 'ReadWriteDocument') problems.push('Permissions 应为 ReadWriteDocument');

  const hostNames = elements(document, 'Host')
    .map((host) => host.getAttribute('Name'))
    .filter(Boolean);
  if (!hostNames.includes('Workbook')) problems.push('Hosts 中没有 Workbook');

  const limited: Array<[string, number]> = [
    ['DisplayName', LIMITS.displayName],
    ['Description', LIMITS.description],
  ];
  for (const [name, limit] of limited) {
    const element = elements(document, name)[0];
    if (!element) {
      problems.push(`缺少 ${name}`);
      continue;
    }
    const values = [element.getAttribute('DefaultValue') ?? ''].concat(
      elements(element, 'Override').map((o) => o.getAttribute('Value') ?? ''),
    );
    if (!elements(element, 'Override').some((o) => o.getAttribute('Locale') === 'en-US')) {
      problems.push(`${name} 缺少 en-US Override`);
    }
    for (const value of values) if (value.length > limit) problems.push(`${name} 超过 ${limit} 字符: ${value}`);
  }
  const provider = text(document, 'ProviderName') ?? '';
  if (provider.length === 0 || provider.length > LIMITS.providerName) problems.push('ProviderName 为空或过长');

  // Resources: ids, string lengths
  const resourceIds = new Set<string>();
  for (const kind of ['Image', 'Url', 'String']) {
    for (const element of elements(document, kind)) {
      if (element.prefix !== 'bt') continue;
      const resourceId = element.getAttribute('id');
      if (!resourceId) continue; // <bt:Image size resid> inside Icon is a reference, not a resource
      if (resourceId.length > LIMITS.resourceId) problems.push(`资源 id 超过 ${LIMITS.resourceId} 字符: ${resourceId}`);
      if (resourceIds.has(resourceId)) problems.push(`资源 id 重复: ${resourceId}`);
      resourceIds.add(resourceId);
    }
  }
  for (const [container, limit] of [
    ['ShortStrings', LIMITS.shortString],
    ['LongStrings', LIMITS.longString],
  ] as const) {
    for (const list of elements(document, container)) {
      for (const item of elements(list, 'String')) {
        const values = [item.getAttribute('DefaultValue') ?? ''].concat(
          elements(item, 'Override').map((o) => o.getAttribute('Value') ?? ''),
        );
        for (const value of values) {
          if (value.length > limit) problems.push(`${item.getAttribute('id')} 超过 ${limit} 字符`);
        }
      }
    }
  }
  const all = document.getElementsByTagName('*');
  for (let i = 0; i < all.length; i++) {
    const resid = (all.item(i) as unknown as Element).getAttribute('resid');
    if (resid && !resourceIds.has(resid)) problems.push(`resid 未定义: ${resid}`);
  }

  // URLs: one https origin; icons exist in assets/; pages are built pages or assets.
  const urls: string[] = [];
  for (let i = 0; i < all.length; i++) {
    const element = all.item(i) as unknown as Element;
    const value = element.getAttribute('DefaultValue');
    if (value && /^[a-z]+:\/\//i.test(value)) urls.push(value);
  }
  for (const domain of elements(document, 'AppDomain')) urls.push((domain.textContent ?? '').trim());
  const origins = new Set<string>();
  for (const url of urls) {
    let parsed: URL;
    try {
      parsed = new URL(url);
    } catch {
      problems.push(`URL 无效: ${url}`);
      continue;
    }
    if (parsed.protocol !== 'https:') problems.push(`URL 不是 https: ${url}`);
    origins.add(parsed.origin);
    const file = parsed.pathname.replace(/^\/+/, '');
    if (file === '') continue; // an AppDomain
    if (file.startsWith('assets/')) {
      if (!fs.existsSync(path.join(projectRoot, file))) problems.push(`文件不存在: ${file}`);
    } else if (!BUILT_PAGES.includes(file)) {
      problems.push(`页面不是构建产物: ${file}`);
    }
  }
  if (origins.size !== 1) problems.push(`URL 不在同一来源: ${[...origins].join(', ')}`);

  const iconSizes = elements(document, 'Image')
    .filter((image) => image.getAttribute('size'))
    .map((image) => image.getAttribute('size'));
  for (const size of ['16', '32', '80']) if (!iconSizes.includes(size)) problems.push(`缺少 ${size}px 按钮图标`);
  return problems;
}

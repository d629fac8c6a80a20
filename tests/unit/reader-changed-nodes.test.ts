import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { selectChangedNodes } from '../../src/content/changed-nodes';

const PAGE = `<!doctype html><html><body>
  <div id="wrap" class="folded"><div id="root"><p id="p1">第一段</p><p id="p2">第二段</p></div><div id="beside"></div></div>
  <footer id="foot">版权所有</footer><textarea id="box">输入</textarea>
</body></html>`;

const probe = { isBlock: () => true, isRendered: (el: Element) => el.getAttribute('style') !== 'display:none' };

describe('selectChangedNodes', () => {
  it('keeps changes in the root, outermost first, and those beside it', () => {
    const { document } = parseHTML(PAGE);
    const $ = (id: string) => document.getElementById(id)!;
    const root = $('root');
    const { inRoot, besideRoot } = selectChangedNodes([$('p1'), $('p1').firstChild!, $('beside'), $('foot')], root, probe);
    expect(inRoot).toEqual([$('p1')]);
    expect(besideRoot).toEqual([$('beside')]);
  });

  it('reads the root again when a wrapper above it changes, but not for <body> changes', () => {
    const { document } = parseHTML(PAGE);
    const root = document.getElementById('root')!;
    expect(selectChangedNodes([document.getElementById('wrap')!], root, probe).inRoot).toEqual([root]);
    expect(selectChangedNodes([document.body], root, probe).inRoot).toEqual([]);
  });

  it('drops detached, hidden and skipped nodes', () => {
    const { document } = parseHTML(PAGE);
    const root = document.getElementById('root')!;
    const detached = document.createElement('p');
    const hidden = document.getElementById('p2')!;
    hidden.setAttribute('style', 'display:none');
    const inTextarea = document.getElementById('box')!.firstChild!;
    expect(selectChangedNodes([detached, hidden, inTextarea], root, probe)).toEqual({ inRoot: [], besideRoot: [] });
  });
});

// The language of a manuscript without `lang:`, read from its script when that
// is unambiguous (Chinese, Japanese, Korean), code left out of the count.
import { describe, expect, it } from 'vitest';
import { scriptLanguage } from '../../src/parse/script-language.ts';
import { documentOf, messages, parse } from '../helpers/parse.ts';

describe('scriptLanguage', () => {
  it('reads Chinese, Japanese (kana) and Korean (Hangul) prose', () => {
    expect(scriptLanguage('ES6 新增了`let`命令，用来声明变量。它的用法类似于`var`，但是所声明的变量，只在`let`命令所在的代码块内有效。')).toBe('zh');
    expect(scriptLanguage('JavaScriptは主にウェブブラウザの中で動くプログラミング言語です。')).toBe('ja');
    expect(scriptLanguage('러스트는 안전하고 빠른 프로그래밍 언어입니다. 소유권은 러스트의 핵심 개념입니다.')).toBe('ko');
  });

  it('says nothing of Latin prose, of a few CJK words in it, or of CJK only in code', () => {
    expect(scriptLanguage('The ships were loaded in Shanghai.')).toBeUndefined();
    expect(scriptLanguage('The word 集装箱 means container, and the port of 上海 is the largest in the world by the tonnage it handles every year.')).toBeUndefined();
    expect(scriptLanguage('Print a greeting:\n\n```js\nconsole.log("你好，世界，这是一个很长的中文字符串");\n```\n\nThen `"再见"` too.\n')).toBeUndefined();
  });
});

describe('a manuscript without lang:', () => {
  it('written in Chinese is "zh", with a warning at 1:1; one that names its language keeps it, silently', () => {
    const chinese = parse('---\ntitle: 命令\n---\n\n上面代码在代码块之中，分别用`let`和`var`声明了两个变量。\n');
    expect(documentOf(chinese).metadata.lang).toBe('zh');
    expect(messages(chinese)).toEqual(['book.md:1:1: warning: the front matter has no "lang"; the text is written in Chinese, so it is "zh" (say `lang:` to set another)']);
    const named = parse('---\ntitle: 命令\nlang: zh-TW\n---\n\n上面代碼在代碼塊之中。\n');
    expect(documentOf(named).metadata.lang).toBe('zh-TW');
    expect(messages(named)).toEqual([]);
    expect(documentOf(parse('---\ntitle: T\n---\n\nPlain English.\n')).metadata.lang).toBe('en-US');
  });
});

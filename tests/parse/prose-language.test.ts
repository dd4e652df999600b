// The language of a manuscript without `lang:` whose prose is plainly not
// English, guessed by franc-min, never for English prose.
import { describe, expect, it } from 'vitest';
import { proseLanguage } from '../../src/parse/prose-language.ts';
import { documentOf, messages, parse } from '../helpers/parse.ts';

const GERMAN =
  'Die Kommandozeile ist ein mächtiges Werkzeug, das viele Entwickler täglich benutzen. Wer sie gut beherrscht, ' +
  'arbeitet schneller und kann wiederkehrende Aufgaben automatisieren. Diese Anleitung enthält eine Auswahl von ' +
  'Hinweisen, die für die Arbeit unter Linux nützlich sind. Einige davon sind grundlegend, andere recht speziell. ' +
  'Lerne zuerst die Grundlagen der Shell und lies die Handbuchseiten, bevor du komplizierte Befehle ausführst. ' +
  'Außerdem lohnt es sich, einen Texteditor gründlich zu lernen, weil man ihn für fast alles braucht.';

const RUSSIAN =
  'Командная строка — мощный инструмент, которым многие разработчики пользуются каждый день. Тот, кто хорошо ' +
  'её знает, работает быстрее и может автоматизировать повторяющиеся задачи. Это руководство содержит подборку ' +
  'советов, полезных при работе в Linux. Некоторые из них основные, другие довольно специальные. Сначала изучите ' +
  'основы оболочки и прочитайте страницы руководства, прежде чем выполнять сложные команды. Кроме того, стоит ' +
  'хорошо освоить текстовый редактор, потому что он нужен почти для всего.';

const ENGLISH =
  'The command line is a powerful tool that many developers use every day. Those who know it well work faster and ' +
  'can automate tasks they repeat. This guide holds a selection of notes useful when working on Linux; some are ' +
  'basic, others quite specialised. Learn the basics of the shell first, and read the manual pages before running ' +
  'complicated commands. It also pays to learn a text editor well, since you need one for almost everything. ';

describe('proseLanguage', () => {
  it('reads German and Russian prose as such', () => {
    expect(proseLanguage(GERMAN)).toBe('de');
    expect(proseLanguage(RUSSIAN)).toBe('ru');
  });

  it('never guesses at English prose, even with accented names, nor at too little text', () => {
    expect(proseLanguage(`${ENGLISH}Ask José Müller or Zoë Brontë at the café.`)).toBeUndefined();
    expect(proseLanguage('Grüße aus München, schöne Straße.')).toBeUndefined();
  });

  it('reads the prose only: German comments in code around English text change nothing', () => {
    const code = '```sh\n# Größe aller Dateien zählen, rückwärts sortiert, für übersichtliche Ausgabe\ndu -sh * | sort -rh\n```\n';
    expect(proseLanguage(`${ENGLISH}\n\n${code.repeat(20)}\n${ENGLISH}`)).toBeUndefined();
  });
});

describe('a manuscript with no lang', () => {
  it('written in German is German, with a warning saying so; one that names a lang keeps it', () => {
    const german = parse(`# Die Kommandozeile\n\n${GERMAN}\n`);
    expect(documentOf(german).metadata.lang).toBe('de');
    expect(messages(german)).toContain('book.md:1:1: warning: the front matter has no "lang"; the text is written in German, so it is "de" (say `lang:` to set another)');
    const named = parse(`---\ntitle: T\nlang: en-GB\n---\n${GERMAN}\n`);
    expect(documentOf(named).metadata.lang).toBe('en-GB');
    expect(messages(named)).toEqual([]);
  });
});

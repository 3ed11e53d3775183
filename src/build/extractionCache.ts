/**
 * Extractions cached on disk by content hash, so a rebuild re-reads only the articles that changed.
 * An entry stores the decisions without repeating the text of each line (it is recovered from the
 * page the key was made from); a torn or foreign entry is treated as missing.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { Extraction, LineDecision } from '../ingest/Extraction.ts';
import type { ExtractionMemo } from '../ingest/ingestArchive.ts';

type StoredLine = [line: number, fate: LineDecision['fate'], role: string, rule: string, text?: string];
interface Stored extends Omit<Extraction, 'lines'> { lines: StoredLine[] }

export function diskExtractionMemo(dir: string): ExtractionMemo {
  const fileOf = (key: string) => path.join(dir, key.slice(0, 2), `${key}.json`);
  return {
    get(key, page) {
      let stored: Stored;
      try {
        stored = JSON.parse(fs.readFileSync(fileOf(key), 'utf8')) as Stored;
      } catch {
        return undefined;
      }
      const pageLines = page.split('\n');
      const lines = stored.lines.map(([line, fate, role, rule, text]) => ({ line, fate, role, rule, text: text ?? pageLines[line - 1] ?? '' }));
      return { ...stored, lines };
    },
    set(key, page, e) {
      const pageLines = page.split('\n');
      const lines: StoredLine[] = e.lines.map((l) => (pageLines[l.line - 1] === l.text ? [l.line, l.fate, l.role, l.rule] : [l.line, l.fate, l.role, l.rule, l.text]));
      const file = fileOf(key);
      fs.mkdirSync(path.dirname(file), { recursive: true });
      const tmp = `${file}.${process.pid}.tmp`;
      fs.writeFileSync(tmp, JSON.stringify({ ...e, lines }));
      fs.renameSync(tmp, file);
    },
  };
}

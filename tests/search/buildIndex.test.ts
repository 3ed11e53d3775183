import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { buildIndex, indexRole, postingsOf } from '../../src/search/buildIndex.ts';
import { lunrIdf, rowScore } from '../../src/search/score.ts';
import { FIELDS, fieldsOf } from '../../src/search/fields.ts';
import { loadPipeline, PIPELINE_LABELS, type FoldRole } from '../../src/search/fold.ts';
import { termsOf } from '../../src/search/terms.ts';
import { article } from './helpers.ts';

const ARTICLES = [
  article('a', { title: 'Russian troops raise white flag', body: 'RUSSIAN soldiers raised a white flag in Izium. The word Izium means raisin.', source: 'The Sun', authors: ['Tariq Tahir'] }),
  article('b', { title: 'Ukraine retakes Izyum', body: 'Ukrainian forces entered Izyum and Kupyansk. President Zelenskyy spoke.', syndicated_from: 'MorningPress' }),
  article('c', { title: 'Kharkiv offensive', body: 'Troops raising flags in Kupiansk, near Izium. Zelensky said the offensive worked.', kicker: 'ON THE RUN' }),
  article('d', { title: 'Grapes and raisins', body: 'A raisin is a dried grape. Raising vines takes years.' }),
];

test('rows scored at query time give Lunr’s own BM25 scores, so shards add up to what one Lunr index gives', () => {
  const role = indexRole(ARTICLES);
  const setRole: lunr.PipelineFunction = (t) => { (t as unknown as { metadata: { fold: FoldRole } }).metadata.fold = role; return t; };
  lunr.Pipeline.registerFunction(setRole, 'testIndexRole');
  const idx = lunr(function () {
    this.ref('id');
    for (const f of FIELDS) this.field(f.name, { boost: f.boost });
    this.pipeline = loadPipeline(['testIndexRole', ...PIPELINE_LABELS]);
    this.searchPipeline.reset();
    ARTICLES.forEach((a, i) => this.add({ id: String(i), ...fieldsOf(a) }));
  });
  const built = buildIndex(ARTICLES);
  assert.ok(built.keys.length > 20);
  for (const key of built.keys) {
    const ours = new Map<number, number>();
    const p = postingsOf(built, key)!;
    const idf = lunrIdf(p.docs.length, built.docCount);
    p.docs.forEach((d, i) => ours.set(d, (ours.get(d) ?? 0) + rowScore(idf, p.tfs[i]!, p.fields[i]!, p.lengths[i]!, built.averages[p.fields[i]!]!)));
    const theirs = idx.query((q) => q.term(key, { usePipeline: false }));
    assert.equal(theirs.length, ours.size, key);
    for (const r of theirs) assert.ok(Math.abs(r.score - ours.get(Number(r.ref))!) < 0.003, `${key} in ${r.ref}: lunr ${r.score}, ours ${ours.get(Number(r.ref))}`);
  }
});

test('names are indexed under their folded name key, ordinary words under their stem', () => {
  const built = buildIndex(ARTICLES);
  const has = (key: string) => postingsOf(built, key) !== undefined;
  assert.ok(has('izium!'));
  assert.ok(!has('izyum'));
  assert.deepEqual(postingsOf(built, 'izium!')!.docs.filter((d, i, a) => a.indexOf(d) === i), [0, 1, 2]);
  assert.ok(has('raisin') && has('rais'));
  assert.ok(has('morningpress!') || has('morningpress'));
});

test('positions count tokens, so adjacent words are n and n+1', () => {
  const built = buildIndex(ARTICLES);
  const white = postingsOf(built, 'white')!;
  const flag = postingsOf(built, 'flag')!;
  const at = (p: typeof white, doc: number, field: number) => p.positions[p.docs.findIndex((d, i) => d === doc && p.fields[i] === field)]!;
  assert.deepEqual(at(white, 0, 0).map((x) => x + 1), at(flag, 0, 0));
});

test('every field is indexed as Lunr’s pipeline tokenises it, token numbers and all', () => {
  const built = buildIndex(ARTICLES);
  const role = indexRole(ARTICLES);
  const want = new Map<string, string[]>();
  ARTICLES.forEach((a, doc) => {
    const text = fieldsOf(a);
    FIELDS.forEach((f, field) => {
      for (const t of termsOf(text[f.name], role)) {
        const k = `${t.key} ${doc} ${field}`;
        want.set(k, [...(want.get(k) ?? []), String(t.index)]);
      }
    });
  });
  const got = new Map<string, string[]>();
  for (const key of built.keys) {
    const p = postingsOf(built, key)!;
    p.docs.forEach((d, i) => {
      got.set(`${key} ${d} ${p.fields[i]}`, p.positions[i]!.map(String));
      assert.equal(p.tfs[i], p.positions[i]!.length);
    });
  }
  assert.deepEqual(got, want);
});

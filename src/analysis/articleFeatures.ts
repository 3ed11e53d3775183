/**
 * What the analysis needs from one article alone: its body as HTML, the MinHash signature of its
 * text (for versions) and its topic evidence (word case and name candidates). Everything here
 * depends only on the record's headline, standfirst and body, so it can be cached under a hash
 * of those (featureCache.ts) and reused by the next build.
 */
import { createHash } from 'node:crypto';
import type { ArticleRecord } from '../records/ArticleRecord.ts';
import { renderBody } from '../site/renderBody.ts';
import { stripMarkdown } from './nameCandidates.ts';
import { wordsOfPlainText, shingleHashes } from './shingles.ts';
import { textHasher } from './relations.ts';
import { topicEvidence, type TopicEvidence } from './topics.ts';

export interface ArticleFeatures {
  /** The body as safe HTML (renderBody). */
  bodyHtml: string;
  /** textSignature(body): 96 MinHash values of the body's 3-word shingles. */
  textSignature: Uint32Array;
  topics: TopicEvidence;
}

/** The fields the features read; a change to any other field keeps them. */
export type FeatureInput = Pick<ArticleRecord, 'title' | 'standfirst' | 'body'>;

/** Compute the features of one record. Pure. */
export function articleFeatures(r: FeatureInput): ArticleFeatures {
  const stripped = stripMarkdown(r.body);
  return {
    bodyHtml: renderBody(r.body),
    textSignature: textHasher.signature(shingleHashes(wordsOfPlainText(stripped), 3)),
    topics: topicEvidence(r, stripped),
  };
}

/** A content hash of what the features read: sha256 (hex) of [title, standfirst, body] as JSON. */
export function featureKey(r: FeatureInput): string {
  return createHash('sha256').update(JSON.stringify([r.title, r.standfirst, r.body])).digest('hex');
}

/**
 * Node only (tests, benchmarks): the topic vectors from the committed file on disk, loaded once.
 * Never import this from extension code (it uses node:fs).
 */
import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { decodeTopicFile, type TopicVectors } from './vectors';

const TOPIC_FILE = new URL('../../assets/public/data/topic.bin', import.meta.url);

let loaded: TopicVectors | undefined;

export function loadNodeTopicVectors(): TopicVectors {
  loaded ??= decodeTopicFile(gunzipSync(readFileSync(TOPIC_FILE)));
  return loaded;
}

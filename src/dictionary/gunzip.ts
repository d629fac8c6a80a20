/** Gzip-compressed bytes, decompressed with the platform's DecompressionStream (browsers, Node 18+): no decoder shipped. */
export async function gunzip(bytes: ArrayBuffer | Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('gzip'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Text to GBK bytes, for fixtures served the way older Chinese sites still send their pages. Node
 * decodes GBK (TextDecoder) but has no encoder: the table is built once by decoding every two-byte
 * GBK code.
 */
let table: Map<string, number> | undefined;

function gbkTable(): Map<string, number> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gbk', { fatal: true });
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      try {
        const char = decoder.decode(new Uint8Array([lead, trail]));
        if (!table.has(char)) table.set(char, (lead << 8) | trail);
      } catch {
        // Not a GBK code.
      }
    }
  }
  return table;
}

/** `text` in GBK; throws on a character GBK cannot write (a fixture must not lose text silently). */
export function encodeGbk(text: string): Buffer {
  const codes = gbkTable();
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const gbk = codes.get(char);
    if (gbk === undefined) throw new Error(`GBK has no code for ${char} (U+${code.toString(16)})`);
    bytes.push(gbk >> 8, gbk & 0xff);
  }
  return Buffer.from(bytes);
}

/** Drop the characters XML 1.0 forbids (controls other than tab and line ends, U+FFFE, U+FFFF). */
export const dropXmlForbidden = (s: string): string => s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

/** Escape for XML text and attributes; drop characters XML 1.0 forbids. */
export function escapeXml(s: string): string {
  return dropXmlForbidden(s)
    .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

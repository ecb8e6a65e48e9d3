package app.worthit.community;

/** UTF-8 encoding by hand, so JVM and TeaVM produce the same bytes for the same string. */
final class Utf8 {
  private Utf8() {}

  /** The UTF-8 bytes of the text; an unpaired surrogate becomes ? as in String.getBytes. */
  static byte[] encode(String text) {
    byte[] out = new byte[text.length() * 3];
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      int cp = text.charAt(i);
      if (Character.isHighSurrogate((char) cp) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        cp = Character.toCodePoint((char) cp, text.charAt(++i));
      } else if (Character.isSurrogate((char) cp)) {
        cp = '?';
      }
      if (cp < 0x80) {
        out[n++] = (byte) cp;
      } else if (cp < 0x800) {
        out[n++] = (byte) (0xc0 | cp >> 6);
        out[n++] = (byte) (0x80 | cp & 0x3f);
      } else if (cp < 0x10000) {
        out[n++] = (byte) (0xe0 | cp >> 12);
        out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[n++] = (byte) (0x80 | cp & 0x3f);
      } else {
        out[n++] = (byte) (0xf0 | cp >> 18);
        out[n++] = (byte) (0x80 | cp >> 12 & 0x3f);
        out[n++] = (byte) (0x80 | cp >> 6 & 0x3f);
        out[n++] = (byte) (0x80 | cp & 0x3f);
      }
    }
    byte[] exact = new byte[n];
    System.arraycopy(out, 0, exact, 0, n);
    return exact;
  }
}

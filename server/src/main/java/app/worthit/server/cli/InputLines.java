package app.worthit.server.cli;

import java.io.IOException;
import java.io.Reader;

/**
 * Lines of a character stream read in constant memory: a line longer than the limit is skipped to
 * its end and reported as too long instead of being held whole. Ends of line are \n, \r\n or \r.
 */
final class InputLines {
  /** One physical line, numbered from 1; text is empty when the line was too long. */
  record Line(int number, String text, boolean tooLong) {}

  private final Reader in;
  private final int maxChars;
  private final Runnable beforeWaiting;
  private final char[] buffer = new char[1 << 16];
  private int pos;
  private int end;
  private int number;
  private boolean skipNewline;

  InputLines(Reader in, int maxChars) {
    this(in, maxChars, () -> {});
  }

  /** Lines of {@code in}; {@code beforeWaiting} runs whenever the next read may block. */
  InputLines(Reader in, int maxChars, Runnable beforeWaiting) {
    this.in = in;
    this.maxChars = maxChars;
    this.beforeWaiting = beforeWaiting;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    if (!skipNewline) {
      Line whole = wholeInBuffer();
      if (whole != null) {
        return whole;
      }
    }
    StringBuilder text = new StringBuilder();
    boolean tooLong = false;
    boolean any = false;
    while (true) {
      if (pos == end && !fill()) {
        return any ? line(text, tooLong) : null;
      }
      if (skipNewline) {
        skipNewline = false;
        if (buffer[pos] == '\n') {
          pos++;
          continue;
        }
      }
      any = true;
      int stop = pos;
      while (stop < end && buffer[stop] != '\n' && buffer[stop] != '\r') {
        stop++;
      }
      if (!tooLong && text.length() + (stop - pos) > maxChars) {
        tooLong = true;
        text = new StringBuilder();
      }
      if (!tooLong) {
        text.append(buffer, pos, stop - pos);
      }
      pos = stop;
      if (stop < end) {
        skipNewline = buffer[pos++] == '\r';
        return line(text, tooLong);
      }
    }
  }

  // The common case, a line that ends within the buffer: made straight from it, without a builder.
  private Line wholeInBuffer() {
    int stop = pos;
    while (stop < end && buffer[stop] != '\n' && buffer[stop] != '\r') {
      stop++;
    }
    if (stop == end || stop - pos > maxChars || (number == 0 && stop > pos && buffer[pos] == '\uFEFF')) {
      return null;
    }
    String text = new String(buffer, pos, stop - pos);
    pos = stop;
    skipNewline = buffer[pos++] == '\r';
    number++;
    return new Line(number, text, false);
  }

  private Line line(StringBuilder text, boolean tooLong) {
    number++;
    // A byte order mark at the very start is an encoding artefact, not part of the JSON.
    if (number == 1 && text.length() > 0 && text.charAt(0) == '\uFEFF') {
      text.deleteCharAt(0);
    }
    return new Line(number, text.toString(), tooLong);
  }

  private boolean fill() throws IOException {
    if (!in.ready()) {
      beforeWaiting.run();
    }
    int n = in.read(buffer, 0, buffer.length);
    if (n <= 0) {
      return false;
    }
    pos = 0;
    end = n;
    return true;
  }
}

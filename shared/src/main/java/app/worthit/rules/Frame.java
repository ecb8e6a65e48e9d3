package app.worthit.rules;

import app.worthit.rules.text.Hit;
import java.util.Collections;
import java.util.List;

/** One thing worked out about a listing (who it is for, what happens there), with the words that showed it. */
record Frame(List<Hit> evidence) {
  static final Frame ABSENT = new Frame(List.of());

  // Not copied: the frames are built from fresh lists, and a long text gives thousands of hits.
  Frame {
    evidence = Collections.unmodifiableList(evidence);
  }

  /** True when the listing shows this frame. */
  boolean holds() {
    return !evidence.isEmpty();
  }
}

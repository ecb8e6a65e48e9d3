package app.worthit.bench;

import app.worthit.json.JsonWriter;

/** Deterministic benchmark inputs: score request lines with Markdown descriptions of a given size. */
final class Listings {
  /** A short description, as most listings have. */
  static final String SHORT = "Monthly mixer for **product managers** in Berlin. Bring a friend, meet new people "
      + "from every industry and swap notes over drinks. Doors at 6:30 pm.";

  private static final String[] SENTENCES = {
      "## Agenda\n- 6:30 doors\n- 7:00 talks\n- 8:00 networking ",
      "Join our *supportive* circle of job seekers: share your struggles and small wins. ",
      "Hiring managers from [Acme](https://example.com/acme?utm_source=x) will be there, and they're hiring! ",
      "Vendors & sponsors will have booths in the expo hall; early-bird pricing ends Friday. ",
      "Café talk with résumé reviews, naïve questions welcome \uD83D\uDE80 and coffee chats one-on-one. ",
      "Members only may pass referrals; guests may visit twice before applying for membership. ",
      "We've met every month since 2009: the same friendly faces, a tight-knit group of regulars. ",
      "Open to all roles: engineers, designers, marketers, founders and data scientists. ",
  };

  // Ordinary event prose: what most of a long description is, with no cue of any rule in it.
  private static final String[] PROSE = {
      "The venue is on the third floor; take the lift on the left after the reception desk. ",
      "Street parking is limited after six, so public transport is the easiest way to get here. ",
      "Our speaker spent ten years building payment systems and will walk through the trade-offs. ",
      "Slides and a recording will be shared on the group page within a week of the talk. ",
      "Please read our code of conduct before you come; the organisers are happy to help. ",
      "Drinks and snacks are provided, with vegetarian and vegan options at the back. ",
      "Questions can be sent in advance through the form, or asked live at the end. ",
      "The building closes at ten, and the last train leaves the station at half past. ",
      "Wheelchair access is through the side entrance on Market Street. ",
      "We will start on time, so arrive a few minutes early to find a seat. ",
  };

  private Listings() {}

  /**
   * About `size` characters of ordinary prose in Markdown paragraphs, with one cue-rich sentence
   * in every twenty: the shape of a long real description, where {@link #markdown} is the worst
   * case of a cue in every sentence.
   */
  static String prose(int size) {
    StringBuilder b = new StringBuilder(size + 200);
    for (int i = 0; b.length() < size; i++) {
      b.append(i % 20 == 19 ? SENTENCES[(i / 20) % SENTENCES.length] : PROSE[i % PROSE.length]);
      if (i % 5 == 4) {
        b.append("\n\n");
      }
    }
    return b.toString();
  }

  /** A Markdown description of about `size` characters. */
  static String markdown(int size) {
    StringBuilder b = new StringBuilder(size + 200);
    for (int i = 0; b.length() < size; i++) {
      b.append(SENTENCES[i % SENTENCES.length]);
      if (i % 5 == 4) {
        b.append("\n\n");
      }
    }
    return b.toString();
  }

  /** A score request line for a Meetup event with that description and a profile. */
  static String request(String description) {
    StringBuilder b = new StringBuilder();
    b.append("{\"listing\":{\"url\":\"https://www.meetup.com/berlin-pm-mixer/events/301234567/?utm_medium=email\",")
        .append("\"source\":\"meetup\",\"title\":\"Berlin Product Managers Mixer\",\"groupName\":\"Berlin PM Mixer\",")
        .append("\"description\":");
    JsonWriter.quote(description, b);
    b.append(",\"priceCents\":0,\"currency\":\"EUR\",\"attendeeCount\":42,\"recurrence\":\"monthly\"},")
        .append("\"profile\":{\"targetTitle\":\"Product Manager\",\"industry\":\"software\"}}");
    return b.toString();
  }
}

package app.worthit.language;

import java.util.List;

/**
 * What of a listing's text the rules can read: its four text fields with the sentences in other
 * languages taken out, the languages left unread (most words first) with the function words that
 * showed them, and whether the English part says enough to judge the listing by.
 */
public record ListingReading(String title, String groupName, String description, String groupDescription,
    List<Language> unread, List<String> clues, boolean englishEnough) {

  public ListingReading {
    unread = List.copyOf(unread);
    clues = List.copyOf(clues);
  }

  /** A listing read whole: no text in another language was found. */
  static ListingReading whole(String title, String groupName, String description, String groupDescription) {
    return new ListingReading(title, groupName, description, groupDescription, List.of(), List.of(), true);
  }

  /** True when some of the listing's text is in a language the rules do not read. */
  public boolean hasUnreadText() {
    return !unread.isEmpty();
  }
}

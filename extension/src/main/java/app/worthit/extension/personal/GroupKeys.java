package app.worthit.extension.personal;

import app.worthit.model.Listing;
import app.worthit.model.SubjectKeys;
import app.worthit.model.Urls;

/** The group an event belongs to, for counting how often the user went to that group. */
public final class GroupKeys {
  private GroupKeys() {}

  /** The group's subject key from a Meetup event URL, else a key from the group's name, else the event's. */
  public static String of(Listing listing) {
    String url = listing.url();
    String path = Urls.path(url);
    int events = path.indexOf("/events/");
    if (events > 0) {
      String host = Urls.host(url);
      String group = host == null ? null : SubjectKeys.fromUrl("https://" + host + path.substring(0, events + 1));
      if (SubjectKeys.isGroup(group)) {
        return group;
      }
    }
    if (listing.groupName() != null && !listing.groupName().trim().isEmpty()) {
      return "group-name:" + listing.groupName().trim().toLowerCase();
    }
    return listing.key();
  }
}

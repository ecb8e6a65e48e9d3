package app.worthit.rules;

import app.worthit.model.Listing;
import app.worthit.model.Profile;
import app.worthit.model.Recurrence;
import app.worthit.model.ScoreRequest;
import app.worthit.model.Source;
import java.util.Optional;

/** A listing under construction for rule tests: only what a test sets is known. */
final class SampleListing {
  private String title = "Networking evening";
  private String description;
  private String groupName;
  private String groupDescription;
  private Recurrence recurrence;
  private Integer priceCents;
  private Integer attendees;
  private Integer capacity;
  private Profile profile = Profile.EMPTY;

  static SampleListing titled(String title) {
    SampleListing s = new SampleListing();
    s.title = title;
    return s;
  }

  static SampleListing described(String description) {
    return new SampleListing().description(description);
  }

  SampleListing description(String text) {
    description = text;
    return this;
  }

  SampleListing group(String name) {
    groupName = name;
    return this;
  }

  SampleListing groupDescription(String text) {
    groupDescription = text;
    return this;
  }

  SampleListing recurring(Recurrence r) {
    recurrence = r;
    return this;
  }

  SampleListing price(int cents) {
    priceCents = cents;
    return this;
  }

  SampleListing attendees(int n) {
    attendees = n;
    return this;
  }

  SampleListing capacity(int n) {
    capacity = n;
    return this;
  }

  SampleListing profile(String targetTitle, String industry, Integer timesAttended) {
    profile = new Profile(targetTitle, industry, timesAttended);
    return this;
  }

  Listing listing() {
    String url = "https://www.meetup.com/sample/events/1/";
    return new Listing(url, "meetup:event:1", Source.MEETUP, title, description, groupName, groupDescription, null, null,
        recurrence, priceCents, priceCents == null ? null : "USD", attendees, capacity, null);
  }

  ScoreRequest request() {
    return new ScoreRequest(listing(), profile);
  }

  Optional<app.worthit.model.Reason> evaluate(Rule rule) {
    return rule.evaluate(Facts.of(listing(), profile));
  }

  boolean fires(Rule rule) {
    return evaluate(rule).isPresent();
  }
}

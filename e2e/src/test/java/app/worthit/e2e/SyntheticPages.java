package app.worthit.e2e;

import app.worthit.json.JsonWriter;
import java.util.List;

/**
 * Listing pages made to the shapes of the real sites (STRUCTURE.md), with as many cards as a test
 * or the benchmark needs. Card texts cycle through listings that fire different rules.
 */
final class SyntheticPages {
  /** Title and description pairs: support group, leads group, one-to-one, expo, association, ... */
  static final String[][] EVENTS = {
    {"Laid off? You're not alone: job seekers support group",
        "A weekly support group for the unemployed to share your struggles and find encouragement."},
    {"Job Leads Exchange", "We share job postings and openings we found on job boards this week."},
    {"Coffee chats for engineers",
        "One-on-one coffee chats: warm introductions and mentor matching with people from many companies."},
    {"Tech Career Expo 2026",
        "Hundreds of exhibitors, sponsors and booths; coaching packages and resume review sold on site."},
    {"Bioscience Association networking night",
        "The regional bioscience association's chapter meeting: scientists, engineers and managers of all roles."},
    {"Meet the founders: startups hiring engineers",
        "Hiring managers and founders from named companies present their teams; companies hiring now."},
    {"QA Engineers Roundtable", "For QA engineers only: share job leads and openings with your peers every month."},
    {"Evening meetup", ""},
  };

  private SyntheticPages() {}

  /**
   * A Meetup find page (https://www.meetup.com/find/) with n cards whose links carry tracking
   * parameters, and, as on the 2026 find page, a JSON-LD array of the events with their descriptions.
   */
  static String meetupFind(int n) {
    StringBuilder html = page("Find events | Meetup");
    StringBuilder ld = new StringBuilder("[");
    for (int i = 0; i < n; i++) {
      String[] e = EVENTS[i % EVENTS.length];
      ld.append(i == 0 ? "" : ",").append("{\"@context\":\"https://schema.org\",\"@type\":\"Event\",\"name\":")
          .append(json(e[0])).append(",\"url\":\"https://www.meetup.com/group-").append(i % 37).append("/events/")
          .append(400_000_000L + i).append("/\",\"description\":").append(json(e[1]))
          .append(",\"startDate\":\"2026-06-25T22:00:00Z\",\"performer\":\"Group ").append(i % 37).append("\"}");
    }
    html.append("<script type=\"application/ld+json\">").append(ld.append("]")).append("</script>");
    html.append("<main><h1>Events near you</h1><div class=\"grid\">");
    for (int i = 0; i < n; i++) {
      html.append(meetupCard(i, 400_000_000L + i));
    }
    return html.append("</div></main></body></html>").toString();
  }

  /** One Meetup find card for the event id, with title and group from the i-th sample. */
  static String meetupCard(int i, long id) {
    String[] e = EVENTS[i % EVENTS.length];
    return "<div data-testid=\"categoryResults-eventCard\" class=\"card\">"
        + "<a data-event-label=\"Event Card\" href=\"https://www.meetup.com/group-" + (i % 37) + "/events/" + id
        + "/?recId=abc&amp;recSource=ml-popular-events-nearby-offline&amp;eventOrigin=find_page%24all\">"
        + "<h3>" + e[0] + "</h3></a><p class=\"group\">Group " + (i % 37) + "</p>"
        + "<time>Thu, Jun 25 \u00b7 6:00 PM EDT</time><p class=\"desc\">" + e[1] + "</p></div>";
  }

  /** An Eventbrite search page with n cards in a results list and the JSON-LD ItemList of the events. */
  static String eventbriteSearch(int n) {
    StringBuilder html = page("Events in Toronto | Eventbrite");
    StringBuilder ld = new StringBuilder("{\"@context\":\"https://schema.org\",\"@type\":\"ItemList\",\"itemListElement\":[");
    for (int i = 0; i < n; i++) {
      String[] e = EVENTS[i % EVENTS.length];
      ld.append(i == 0 ? "" : ",").append("{\"@type\":\"ListItem\",\"position\":").append(i + 1)
          .append(",\"item\":{\"@type\":\"Event\",\"name\":").append(json(e[0])).append(",\"url\":")
          .append(json(eventbriteUrl(i, 1_900_000_000_000L + i))).append(",\"description\":").append(json(e[1]))
          .append(",\"startDate\":\"2026-10-20\"}}");
    }
    html.append("<script type=\"application/ld+json\">").append(ld.append("]}")).append("</script>");
    html.append("<main><h1>Events in Toronto</h1><ul class=\"SearchResultPanelContentEventCardList-module__eventList___x1\">");
    for (int i = 0; i < n; i++) {
      html.append(eventbriteCard(i, 1_900_000_000_000L + i));
    }
    return html.append("</ul></main></body></html>").toString();
  }

  /** One Eventbrite search card (a list item) for the event id. */
  static String eventbriteCard(int i, long id) {
    String[] e = EVENTS[i % EVENTS.length];
    return "<li><div class=\"event-card event-card__vertical\">"
        + "<a class=\"event-card-link\" href=\"" + eventbriteUrl(i, id)
        + "?aff=ebdssbdestsearch\" aria-label=\"View " + e[0] + "\" data-event-id=\"" + id + "\">"
        + "<img class=\"event-card-image\" alt=\"" + e[0] + " primary image\"></a>"
        + "<section class=\"event-card-details\"><h3>" + e[0] + "</h3><p>Tue, Oct 20, 6:00 PM</p>"
        + "<p>Toronto Public Library</p><p>Free</p><p>" + e[1] + "</p></section></div></li>";
  }

  /** A Meetup event page for one event, with its JSON-LD, as on meetup.com/<group>/events/<id>/. */
  static String meetupEvent(String group, long id, String title, String description) {
    String url = "https://www.meetup.com/" + group + "/events/" + id + "/";
    StringBuilder html = page(title + " | Meetup");
    html.append("<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
        + "\"name\":\"" + title + "\",\"url\":\"" + url + "\",\"description\":\"" + description + "\","
        + "\"startDate\":\"2026-06-25T18:00:00-04:00\",\"organizer\":{\"@type\":\"Organization\",\"name\":\"" + group
        + "\",\"url\":\"https://www.meetup.com/" + group + "/\"}}</script>");
    html.append("<main><h1>").append(title).append("</h1><p>").append(description).append("</p>")
        .append("<a href=\"").append(url).append("attendees/\">See attendees</a></main></body></html>");
    return html.toString();
  }

  /** An Eventbrite event page for one event, with its JSON-LD (a BusinessEvent with offers and organizer). */
  static String eventbriteEvent(long id, String title, String description) {
    String url = "https://www.eventbrite.ca/e/careers-evening-tickets-" + id;
    StringBuilder html = page(title + " Tickets | Eventbrite");
    html.append(eventbriteJsonLd(url, title, description));
    html.append("<main><div data-testid=\"event-details\"><h1 data-testid=\"event-title\">").append(title)
        .append("</h1><div data-testid=\"organizer-info\">By <a href=\"https://www.eventbrite.ca/o/toronto-careers-123456789\">"
            + "Toronto Careers</a></div><p>").append(description).append("</p></div></main></body></html>");
    return html.toString();
  }

  /** An Eventbrite event's JSON-LD script, as on its live page. */
  static String eventbriteJsonLd(String url, String title, String description) {
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"BusinessEvent\","
        + "\"name\":" + json(title) + ",\"url\":" + json(url) + ",\"description\":" + json(description) + ","
        + "\"startDate\":\"2026-10-20T18:00:00-04:00\",\"organizer\":{\"@type\":\"Organization\",\"name\":\"Toronto Careers\","
        + "\"url\":\"https://www.eventbrite.ca/o/toronto-careers-123456789\"},\"offers\":[{\"@type\":\"AggregateOffer\","
        + "\"lowPrice\":\"0.00\",\"highPrice\":\"0.00\",\"priceCurrency\":\"CAD\"}]}</script>";
  }

  /** A Meetup event's JSON-LD script, as on its live page. */
  static String meetupJsonLd(String group, long id, String title, String description) {
    String url = "https://www.meetup.com/" + group + "/events/" + id + "/";
    return "<script type=\"application/ld+json\">{\"@context\":\"https://schema.org\",\"@type\":\"Event\","
        + "\"name\":" + json(title) + ",\"url\":" + json(url) + ",\"description\":" + json(description) + ","
        + "\"startDate\":\"2026-06-25T18:00:00-04:00\",\"organizer\":{\"@type\":\"Organization\",\"name\":" + json(group)
        + ",\"url\":\"https://www.meetup.com/" + group + "/\"}}</script>";
  }

  /** A page whose head holds only the given scripts and whose body is empty (a page still to be rendered). */
  static String headOnly(String title, String scripts) {
    return "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>" + scripts
        + "</head><body></body></html>";
  }

  /**
   * A Meetup group home page (meetup.com/<group>/): the group's name, its "What we're about"
   * description (paragraphs, as the organiser wrote them) and links to its upcoming events.
   */
  static String meetupGroup(String group, String name, List<String> about, long... eventIds) {
    StringBuilder html = page(name + " | Meetup");
    html.append("<main><h1>").append(name).append("</h1><section id=\"about\"><h2>What we're about</h2>");
    for (String p : about) {
      html.append("<p>").append(p).append("</p>");
    }
    html.append("</section><section><h2>Upcoming events</h2><ul>");
    for (long id : eventIds) {
      html.append("<li><a href=\"https://www.meetup.com/").append(group).append("/events/").append(id)
          .append("/\">Event ").append(id).append("</a></li>");
    }
    return html.append("</ul></section></main></body></html>").toString();
  }

  private static String eventbriteUrl(int i, long id) {
    String slug = EVENTS[i % EVENTS.length][0].toLowerCase().replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    return "https://www.eventbrite.ca/e/" + slug + "-tickets-" + id;
  }

  private static String json(String text) {
    StringBuilder out = new StringBuilder();
    JsonWriter.quote(text, out);
    return out.toString().replace("</", "<\\/");
  }

  private static StringBuilder page(String title) {
    return new StringBuilder("<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(title).append("</title></head><body>");
  }
}

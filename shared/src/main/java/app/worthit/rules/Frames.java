package app.worthit.rules;

/**
 * Who a listing is for and what happens there, each worked out once per listing on first use, so
 * that every rule reading a frame reads the same answer.
 */
final class Frames {
  private final Facts facts;
  private Frame outOfWork;
  private Frame hirers;
  private Frame working;
  private Frame selling;

  Frames(Facts facts) {
    this.facts = facts;
  }

  /** The audience is out of work or in transition. */
  Frame outOfWork() {
    if (outOfWork == null) {
      outOfWork = Audience.outOfWork(facts);
    }
    return outOfWork;
  }

  /** People come in a working capacity (professionals, businesses, job seekers), not for leisure. */
  Frame working() {
    if (working == null) {
      working = Audience.working(facts);
    }
    return working;
  }

  /** The point of the event is what is presented: talks, workshops, a panel, a show. */
  boolean talks() {
    return !facts.affirmed(Activity.TALKS).isEmpty();
  }

  /** Someone sells to the attendees: an exhibition floor, products, programmes, an opportunity. */
  Frame selling() {
    if (selling == null) {
      selling = VendorHeavyRule.selling(facts);
    }
    return selling;
  }

  /** People who hire are in the room. */
  Frame hirers() {
    if (hirers == null) {
      hirers = Activity.hirers(facts);
    }
    return hirers;
  }
}

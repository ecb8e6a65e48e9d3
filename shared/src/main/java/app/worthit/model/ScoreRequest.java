package app.worthit.model;

/** A listing to score, with the profile that personalises the verdict. */
public record ScoreRequest(Listing listing, Profile profile) {
  public ScoreRequest {
    if (listing == null) {
      throw new IllegalArgumentException("listing is required");
    }
    if (profile == null) {
      profile = Profile.EMPTY;
    }
  }
}

package app.worthit.extension.content;

import app.worthit.extension.personal.PersonalData;
import app.worthit.model.Listing;
import app.worthit.model.Verdict;

/** What one badge shows: the listing, its verdict for this user and the user's own marks. */
record Annotation(Listing listing, String groupKey, Verdict verdict, PersonalData personal) {}

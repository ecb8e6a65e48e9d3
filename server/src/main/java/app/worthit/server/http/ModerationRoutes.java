package app.worthit.server.http;

import io.javalin.config.RoutesConfig;

/** The moderation endpoints and the admin page, beside {@link Routes}. */
public final class ModerationRoutes {
  private ModerationRoutes() {}

  /** Registers claims, corrections, disputes, the admin API and the admin page. */
  public static void register(RoutesConfig r, Handlers h) {
    r.post("/api/v1/claims", h.claims()::create);
    Routes.get(r, "/api/v1/claims", h.claims()::list);
    r.post("/api/v1/claims/{id}/proof", h.claims()::prove);

    r.post("/api/v1/corrections", h.corrections()::submit);
    r.post("/api/v1/corrections/{id}/disputes", h.corrections()::dispute);

    Routes.get(r, "/api/v1/admin/queue", h.admin()::queue);
    r.post("/api/v1/admin/claims/{id}/approve", h.admin()::approveClaim);
    r.post("/api/v1/admin/claims/{id}/reject", h.admin()::rejectClaim);
    Routes.get(r, "/api/v1/admin/corrections", h.admin()::corrections);
    r.post("/api/v1/admin/corrections/{id}/accept", h.admin()::accept);
    r.post("/api/v1/admin/corrections/{id}/reject", h.admin()::reject);
    r.post("/api/v1/admin/corrections/{id}/revert", h.admin()::revert);
    Routes.get(r, "/api/v1/admin/audit", h.admin()::audit);

    Routes.get(r, "/admin", h.page()::page);
    Routes.get(r, "/admin/{file}", h.page()::asset);
  }

  /** The handler of each moderation resource. */
  public record Handlers(ClaimHandler claims, CorrectionHandler corrections, AdminHandler admin, AdminPageHandler page) {}
}

package app.worthit.server.app;

import app.worthit.server.account.Accounts;
import app.worthit.server.auth.Authenticator;
import app.worthit.server.auth.KnownTokens;
import app.worthit.server.community.CommunityIndex;
import app.worthit.server.community.VoteCounter;
import app.worthit.server.db.Database;
import app.worthit.server.http.AccountHandler;
import app.worthit.server.http.AdminHandler;
import app.worthit.server.http.AdminPageHandler;
import app.worthit.server.http.ClaimHandler;
import app.worthit.server.http.CorrectionHandler;
import app.worthit.server.http.ModerationRoutes;
import app.worthit.server.http.Callers;
import app.worthit.server.http.CommunityHandler;
import app.worthit.server.http.DeviceHandler;
import app.worthit.server.http.HealthHandler;
import app.worthit.server.http.JettyProblems;
import app.worthit.server.http.PairingHandler;
import app.worthit.server.http.RequestBody;
import app.worthit.server.http.Routes;
import app.worthit.server.http.SyncHandler;
import app.worthit.server.limits.Throttle;
import app.worthit.server.moderation.AdminTokens;
import app.worthit.server.moderation.AuditTrail;
import app.worthit.server.moderation.Claims;
import app.worthit.server.moderation.CorrectionIndex;
import app.worthit.server.moderation.CorrectionService;
import app.worthit.server.moderation.ModerationQueue;
import app.worthit.server.moderation.ModerationThrottle;
import app.worthit.server.sync.SyncService;
import io.javalin.Javalin;
import io.javalin.compression.CompressionStrategy;
import io.javalin.compression.Gzip;
import java.sql.SQLException;
import java.util.List;
import org.eclipse.jetty.server.handler.GracefulHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The running sync server: Javalin over the database, started and stopped as one. */
public final class WorthItServer implements AutoCloseable {
  private static final Logger REQUESTS = LoggerFactory.getLogger("app.worthit.server.requests");
  /** How long a stop waits for in-flight requests. */
  private static final long STOP_TIMEOUT_MILLIS = 10_000;

  private final Database db;
  private final Javalin app;

  private WorthItServer(Database db, Javalin app) {
    this.db = db;
    this.app = app;
  }

  /** Opens the database (migrating it) and starts listening. */
  public static WorthItServer start(ServerSettings settings) throws SQLException {
    Database db = Database.open(settings.db(), settings.readers());
    CommunityIndex community = CommunityIndex.of(db, settings.communityMaxAgeMillis());
    CorrectionIndex corrections = CorrectionIndex.of(db, settings.communityMaxAgeMillis());
    Throttle throttle = new Throttle(settings.limits());
    // Tokens are remembered only when no other instance can revoke them behind this one's back.
    KnownTokens tokens = new KnownTokens(!db.shared(), System::nanoTime);
    Callers callers = new Callers(new Authenticator(db, tokens), throttle);
    VoteCounter votes = new VoteCounter(community, settings.votes());
    Accounts accounts = new Accounts(db, votes, tokens, settings.clock());
    Routes.Handlers handlers = new Routes.Handlers(new HealthHandler(), new AccountHandler(accounts, callers, throttle),
        new PairingHandler(accounts, callers), new DeviceHandler(accounts, callers, throttle),
        new SyncHandler(new SyncService(db, votes, settings.clock()), callers), new CommunityHandler(community, corrections));
    ModerationRoutes.Handlers moderation = moderation(db, callers, corrections, settings);
    Javalin app = Javalin.create(config -> {
      config.startup.showJavalinBanner = false;
      config.http.maxRequestSize = RequestBody.MAX_BYTES;
      config.jetty.modifyServer(server -> {
        server.setHandler(new GracefulHandler());
        server.setStopTimeout(STOP_TIMEOUT_MILLIS);
        server.setErrorHandler(new JettyProblems());
      });
      config.jetty.modifyServletContextHandler(context -> context.setErrorHandler(new JettyProblems()));
      config.http.compressionStrategy = compression();
      // Silenced request lines cost nothing: no logger at all rather than one that formats and drops.
      if (REQUESTS.isInfoEnabled()) {
        config.requestLogger.http((ctx, ms) -> REQUESTS.info("{} {} {} {} ms", ctx.method(), ctx.path(), ctx.statusCode(), Math.round(ms)));
      }
      Routes.register(config.routes, handlers, throttle);
      ModerationRoutes.register(config.routes, moderation);
    });
    try {
      app.start(settings.host(), settings.port());
    } catch (RuntimeException e) {
      db.close();
      throw e;
    }
    return new WorthItServer(db, app);
  }

  /**
   * Gzip as Javalin does by default, with the server's own JSON types named as compressible: Javalin
   * otherwise scans its list of excluded types for every response, which cost several per cent of a
   * {@code /health} request in a profile.
   */
  private static CompressionStrategy compression() {
    CompressionStrategy gzip = new CompressionStrategy(null, new Gzip());
    gzip.setAllowedMimeTypes(List.of("application/json", "application/problem+json"));
    return gzip;
  }

  private static ModerationRoutes.Handlers moderation(Database db, Callers callers, CorrectionIndex index,
      ServerSettings settings) {
    ModerationThrottle throttle = new ModerationThrottle(settings.limits());
    Claims claims = new Claims(db, System::currentTimeMillis);
    CorrectionService corrections = new CorrectionService(db, index, System::currentTimeMillis);
    AdminHandler admin = new AdminHandler(new AdminTokens(db), new ModerationQueue(db.reads()), claims, corrections,
        new AuditTrail(db.reads()));
    return new ModerationRoutes.Handlers(new ClaimHandler(claims, callers, throttle),
        new CorrectionHandler(corrections, callers, throttle), admin, new AdminPageHandler());
  }

  /** The port it listens on (useful when started on port 0). */
  public int port() {
    return app.port();
  }

  /** Stops accepting, lets in-flight requests finish, then closes the database cleanly. */
  @Override
  public void close() throws SQLException {
    app.stop();
    db.close();
  }
}

package app.worthit.server;

import app.worthit.server.app.ServerSettings;
import app.worthit.server.app.WorthItServer;
import app.worthit.server.community.VoteRules;
import app.worthit.server.db.Dialect;
import app.worthit.server.limits.RateLimits;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code serve}: runs the sync server until SIGTERM or Ctrl-C, then shuts down gracefully. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Run the sync server (embedded SQLite by default).")
public final class ServeCommand implements Callable<Integer> {
  @Option(names = "--port", defaultValue = "${env:WORTHIT_PORT:-7070}", description = "Port to listen on (env WORTHIT_PORT; default 7070).")
  int port;

  @Option(names = "--host", defaultValue = "${env:WORTHIT_HOST:-0.0.0.0}", description = "Address to bind (env WORTHIT_HOST; default all).")
  String host;

  @Option(names = "--db", defaultValue = "${env:WORTHIT_DB:-./worthit.db}", description = "SQLite file path, or JDBC URL (jdbc:sqlite:... or jdbc:postgresql://host:port/db?user=..&password=..) (env WORTHIT_DB; default ./worthit.db).")
  String db;

  @Option(names = "--readers", defaultValue = "4", description = "Read connections in the pool (default 4); on PostgreSQL the pool for reads and writes holds twice as many.")
  int readers;

  @Option(names = "--community-cache-ms", defaultValue = "${env:WORTHIT_COMMUNITY_CACHE_MS:-2000}",
      description = "On PostgreSQL: how long community aggregates are served from memory before being read again (default 2000).")
  long communityCacheMillis;

  @Option(names = "--rate-per-token", defaultValue = "${env:WORTHIT_RATE_PER_TOKEN:-600}", description = "Requests per minute per device token; 0 = unlimited.")
  int ratePerToken;

  @Option(names = "--rate-per-address", defaultValue = "${env:WORTHIT_RATE_PER_ADDRESS:-1200}", description = "API requests per minute per client address; 0 = unlimited.")
  int ratePerAddress;

  @Option(names = "--pairing-failures", defaultValue = "${env:WORTHIT_PAIRING_FAILURES:-10}", description = "Wrong pairing codes per minute per client address; 0 = unlimited.")
  int pairingFailures;

  @Option(names = "--rate-moderation", defaultValue = "${env:WORTHIT_RATE_MODERATION:-10}", description = "Claims, proofs, corrections and disputes per minute per account; 0 = unlimited.")
  int rateModeration;

  @Option(names = "--accounts-per-address", defaultValue = "${env:WORTHIT_ACCOUNTS_PER_ADDRESS:-5}",
      description = "New accounts per hour per client address, apart from the request budget (env WORTHIT_ACCOUNTS_PER_ADDRESS; default 5); 0 = unlimited.")
  int accountsPerAddress;

  @Option(names = "--vote-min-age-hours", defaultValue = "${env:WORTHIT_VOTE_MIN_AGE_HOURS:-24}",
      description = "Hours an account must exist, and then sync once, before its ratings count in the community counts (env WORTHIT_VOTE_MIN_AGE_HOURS; default 24); 0 = from its first sync.")
  long voteMinAgeHours;

  @Option(names = "--votes-per-address-day", defaultValue = "${env:WORTHIT_VOTES_PER_ADDRESS_DAY:-3}",
      description = "Most worth-it and most not-worth-it votes an event gets from the accounts made from one client address on one UTC day (env WORTHIT_VOTES_PER_ADDRESS_DAY; default 3); 0 = no cap.")
  int votesPerAddressDay;

  @Override
  public Integer call() throws Exception {
    RateLimits limits = new RateLimits(ratePerToken, ratePerAddress, pairingFailures, rateModeration, accountsPerAddress);
    VoteRules votes = new VoteRules(voteMinAgeHours * 60 * 60 * 1000, votesPerAddressDay);
    WorthItServer server = WorthItServer.start(new ServerSettings(host, port, db, readers, limits, communityCacheMillis)
        .with(votes, System::currentTimeMillis));
    String shown = "0.0.0.0".equals(host) ? "localhost" : host;
    System.out.println("Worth It? server listening on http://" + shown + ":" + server.port() + " (database " + Dialect.redacted(db) + ")");
    System.out.flush();
    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      try {
        server.close();
      } catch (Exception e) {
        e.printStackTrace();
      } finally {
        stopped.countDown();
      }
    }, "shutdown"));
    stopped.await();
    return 0;
  }
}

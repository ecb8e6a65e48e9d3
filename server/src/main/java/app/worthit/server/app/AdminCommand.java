package app.worthit.server.app;

import app.worthit.server.db.Database;
import app.worthit.server.moderation.AdminTokens;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code admin}: administration of the server's database, for now creating admin tokens. */
@Command(name = "admin", mixinStandardHelpOptions = true, description = "Administer the server's database.",
    subcommands = AdminCommand.CreateToken.class)
public final class AdminCommand implements Runnable {
  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getErr());
  }

  /** {@code admin create-token}: prints a new admin token; the database keeps only its hash. */
  @Command(name = "create-token", mixinStandardHelpOptions = true,
      description = "Create an admin token for the admin page and API; it is printed once and stored hashed.")
  public static final class CreateToken implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(names = "--db", defaultValue = "${env:WORTHIT_DB:-./worthit.db}", description = "SQLite file path or JDBC URL, as for serve (env WORTHIT_DB; default ./worthit.db).")
    String db;

    @Override
    public Integer call() throws Exception {
      String token;
      try (Database database = Database.open(db, 1)) {
        token = new AdminTokens(database).create();
      }
      PrintWriter out = spec.commandLine().getOut();
      out.println(token);
      out.flush();
      return CommandLine.ExitCode.OK;
    }
  }
}

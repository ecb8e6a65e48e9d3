package app.worthit.server;

import picocli.CommandLine;

/** Entry point of worthit-server.jar: sub-commands, {@code serve} by default. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    String[] effective = args.length == 0 ? new String[] {"serve"} : args;
    CommandLine cli = new CommandLine(new Root()).addSubcommand(new ServeCommand())
        .addSubcommand(new app.worthit.server.app.AdminCommand());
    System.exit(cli.execute(effective));
  }

  @CommandLine.Command(name = "worthit-server", mixinStandardHelpOptions = true, description = "Worth It? server and tools.")
  static final class Root implements Runnable {
    @Override
    public void run() {
      new CommandLine(this).usage(System.out);
    }
  }
}

package app.worthit.server.cli;

import java.io.InputStream;
import picocli.CommandLine;

/** Creates the sub-commands, handing the ones that read stdin the stream to read. */
public final class CommandFactory implements CommandLine.IFactory {
  private final InputStream stdin;

  /** A factory whose commands read {@code stdin} (System.in in production, a test's bytes in tests). */
  public CommandFactory(InputStream stdin) {
    this.stdin = stdin;
  }

  @Override
  public <K> K create(Class<K> cls) throws Exception {
    if (cls == ScoreCommand.class) {
      return cls.cast(new ScoreCommand(stdin));
    }
    return CommandLine.defaultFactory().create(cls);
  }
}

package app.worthit.server;

/** Entry point of worthit-server.jar. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    System.out.println("worthit-server: no commands yet");
  }
}

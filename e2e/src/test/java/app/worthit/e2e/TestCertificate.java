package app.worthit.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import javax.net.ssl.KeyManagerFactory;
import javax.net.ssl.SSLContext;

/** A throwaway self-signed certificate for the site hosts, made once per test run with the JDK's keytool. */
final class TestCertificate {
  private static final char[] PASSWORD = "worthit-test".toCharArray();
  private static SSLContext context;

  private TestCertificate() {}

  static synchronized SSLContext sslContext() throws IOException {
    if (context == null) {
      context = create();
    }
    return context;
  }

  private static SSLContext create() throws IOException {
    Path dir = Files.createTempDirectory("worthit-cert");
    Path store = dir.resolve("site.p12");
    StringBuilder san = new StringBuilder("SAN=");
    for (String host : SiteServer.HOSTS) {
      san.append(san.length() == 4 ? "" : ",").append("dns:").append(host);
    }
    Path keytool = Path.of(System.getProperty("java.home"), "bin", "keytool");
    Process p = new ProcessBuilder(keytool.toString(), "-genkeypair", "-alias", "site", "-keyalg", "RSA",
        "-keysize", "2048", "-validity", "2", "-dname", "CN=worthit-test", "-ext", san.toString(),
        "-storetype", "PKCS12", "-keystore", store.toString(), "-storepass", new String(PASSWORD))
        .redirectErrorStream(true).start();
    try {
      String output = new String(p.getInputStream().readAllBytes());
      if (p.waitFor() != 0) {
        throw new IOException("keytool failed: " + output);
      }
      KeyStore ks = KeyStore.getInstance("PKCS12");
      try (InputStream in = Files.newInputStream(store)) {
        ks.load(in, PASSWORD);
      }
      KeyManagerFactory kmf = KeyManagerFactory.getInstance(KeyManagerFactory.getDefaultAlgorithm());
      kmf.init(ks, PASSWORD);
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(kmf.getKeyManagers(), null, null);
      return ssl;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException(e);
    } catch (GeneralSecurityException e) {
      throw new IOException(e);
    }
  }
}

package app.worthit.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/** Random tokens, ids and pairing codes, and the SHA-256 hashes under which secrets are stored. */
public final class Secrets {
  /** Pairing code alphabet: no 0/O, 1/I/L or U, so a code read aloud or retyped survives. */
  private static final char[] CODE_ALPHABET = "ABCDEFGHJKMNPQRSTVWXYZ23456789".toCharArray();
  /** Characters of a pairing code, grouped 4-4 for typing: about 39 bits. */
  public static final int CODE_LENGTH = 8;

  private static final SecureRandom RANDOM = new SecureRandom();
  /** Cloned per hash: cheaper than looking the algorithm up among the providers every time. */
  private static final MessageDigest SHA_256 = sha256Digest();

  private Secrets() {}

  /** A bearer token of 256 random bits, URL-safe base64 without padding (43 characters). */
  public static String newToken() {
    return randomBase64(32);
  }

  /** An opaque id of 128 random bits (22 characters, valid inside an HLC device id). */
  public static String newId() {
    return randomBase64(16);
  }

  /** A pairing code such as {@code K7QM-3XPA}. */
  public static String newPairingCode() {
    StringBuilder out = new StringBuilder(CODE_LENGTH + 1);
    for (int i = 0; i < CODE_LENGTH; i++) {
      if (i == CODE_LENGTH / 2) {
        out.append('-');
      }
      out.append(CODE_ALPHABET[RANDOM.nextInt(CODE_ALPHABET.length)]);
    }
    return out.toString();
  }

  /** A typed code reduced to its letters: case, spaces and dashes do not matter. */
  public static String normalizeCode(String typed) {
    StringBuilder out = new StringBuilder();
    for (char c : typed.toCharArray()) {
      if (c != '-' && c != ' ') {
        out.append(Character.toUpperCase(c));
      }
    }
    return out.toString();
  }

  /** Lowercase hex SHA-256 of the UTF-8 text. */
  public static String sha256(String text) {
    MessageDigest digest;
    try {
      digest = (MessageDigest) SHA_256.clone();
    } catch (CloneNotSupportedException e) {
      digest = sha256Digest();
    }
    return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  private static MessageDigest sha256Digest() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JVM has SHA-256", e);
    }
  }

  private static String randomBase64(int bytes) {
    byte[] b = new byte[bytes];
    RANDOM.nextBytes(b);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(b);
  }
}

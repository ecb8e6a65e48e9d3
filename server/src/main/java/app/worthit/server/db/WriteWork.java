package app.worthit.server.db;

/** A unit of write work: runs in a transaction it may share with other work (group commit). */
@FunctionalInterface
public interface WriteWork<T> {
  T run(WriteTx tx);
}

package io.workloadplacement.simulator.durable;

import io.workloadplacement.domain.model.VersionedPlacement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The {@link StateStore} on SQLite, one database file in the data directory. WAL journal with
 * {@code synchronous=FULL}: a commit appends its pages to the write-ahead log and fsyncs it before
 * returning, and a log cut short or damaged after its last whole, checksummed commit is ignored on
 * opening, so the state is the last commit's. SQLite checkpoints the log into the database every
 * 1000 pages (the compaction). The connection holds an exclusive lock: a second simulator on the
 * same directory is refused. One placement is one row; everything else is one row.
 */
public final class SqliteStateStore implements StateStore {

  /** The kept records' format; a directory written in another is refused. */
  public static final int FORMAT_VERSION = 1;

  /** The database's file name in the data directory. */
  public static final String FILE = "simulator-state.db";

  private static final String FORMAT_NAME = "workload-placement-simulator-state";
  private static final Set<String> OWN_FILES =
      Set.of(FILE, FILE + "-wal", FILE + "-shm", FILE + "-journal");

  private final Path directory;
  private final Connection connection;
  private final boolean created;

  private SqliteStateStore(Path directory, Connection connection, boolean created) {
    this.directory = directory;
    this.connection = connection;
    this.created = created;
  }

  /**
   * Opens the data directory {@code directory}, creating it (and its database) when absent or
   * empty.
   *
   * @throws DataDirectoryException when it is not a simulator's data directory, was written in
   *     another format version, is damaged or is in use
   */
  public static SqliteStateStore open(Path directory) {
    Path dir = directory.toAbsolutePath().normalize();
    prepare(dir);
    Connection connection;
    try {
      connection = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(FILE));
    } catch (SQLException e) {
      throw refused(dir, "cannot open its database: " + oneLine(e), e);
    }
    try {
      // everything is read and checked before anything is written, so a refused file is untouched
      check(connection, dir);
      boolean created = initialize(connection, dir);
      return new SqliteStateStore(dir, connection, created);
    } catch (RuntimeException e) {
      closeQuietly(connection);
      throw e;
    }
  }

  /** True when this store was created by {@link #open}, so it holds nothing yet. */
  public boolean created() {
    return created;
  }

  @Override
  public Optional<KeptState> load() {
    if (created) {
      return Optional.empty();
    }
    try {
      connection.setAutoCommit(false);
      try {
        WorldState world;
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT json FROM world WHERE id = 1")) {
          if (!rs.next()) {
            // created, then stopped before its first state was written: as good as new
            if (placementRows() > 0) {
              throw refused(directory, "it holds placements but no state record (damaged)", null);
            }
            connection.commit();
            return Optional.empty();
          }
          world = StateJson.world(rs.getString(1));
        }
        List<VersionedPlacement> placements = new ArrayList<>();
        try (Statement s = connection.createStatement();
            ResultSet rs = s.executeQuery("SELECT name, json FROM placement ORDER BY name")) {
          while (rs.next()) {
            VersionedPlacement p = StateJson.placement(rs.getString(2));
            if (!p.placement().name().equals(rs.getString(1))) {
              throw refused(directory, "placement row " + rs.getString(1) + " is damaged", null);
            }
            placements.add(p);
          }
        }
        connection.commit();
        return Optional.of(new KeptState(placements, world));
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw refused(directory, "cannot read its state: " + oneLine(e), e);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw refused(directory, "its state is damaged: " + oneLine(e), e);
    }
  }

  private long placementRows() throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM placement")) {
      return rs.next() ? rs.getLong(1) : 0;
    }
  }

  @Override
  public void write(StateChanges changes) {
    if (changes.isEmpty()) {
      return;
    }
    try {
      connection.setAutoCommit(false);
      try {
        if (!changes.written().isEmpty()) {
          try (PreparedStatement upsert =
              connection.prepareStatement(
                  "INSERT INTO placement(name, json) VALUES (?, ?)"
                      + " ON CONFLICT(name) DO UPDATE SET json = excluded.json")) {
            for (VersionedPlacement p : changes.written()) {
              upsert.setString(1, p.placement().name());
              upsert.setString(2, StateJson.placement(p));
              upsert.addBatch();
            }
            upsert.executeBatch();
          }
        }
        if (!changes.deleted().isEmpty()) {
          try (PreparedStatement delete =
              connection.prepareStatement("DELETE FROM placement WHERE name = ?")) {
            for (String name : changes.deleted()) {
              delete.setString(1, name);
              delete.addBatch();
            }
            delete.executeBatch();
          }
        }
        if (changes.world().isPresent()) {
          try (PreparedStatement world =
              connection.prepareStatement(
                  "INSERT INTO world(id, json) VALUES (1, ?)"
                      + " ON CONFLICT(id) DO UPDATE SET json = excluded.json")) {
            world.setString(1, StateJson.world(changes.world().get()));
            world.executeUpdate();
          }
        }
        connection.commit();
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StateWriteException(
          "cannot write the simulator's state to " + directory + ": " + oneLine(e), e);
    }
  }

  @Override
  public void close() {
    closeQuietly(connection);
  }

  /** Creates the directory if needed; refuses foreign contents. */
  private static void prepare(Path dir) {
    try {
      if (Files.exists(dir) && !Files.isDirectory(dir)) {
        throw refused(dir, "it is not a directory", null);
      }
      Files.createDirectories(dir);
      List<String> names;
      try (Stream<Path> entries = Files.list(dir)) {
        names = entries.map(p -> p.getFileName().toString()).sorted().toList();
      }
      List<String> foreign = names.stream().filter(n -> !OWN_FILES.contains(n)).toList();
      if (!foreign.isEmpty()) {
        throw refused(
            dir,
            "it is not a simulator data directory (it holds "
                + String.join(", ", foreign.subList(0, Math.min(3, foreign.size())))
                + (foreign.size() > 3 ? ", ..." : "")
                + "); name a new or empty directory",
            null);
      }
      if (!names.isEmpty() && !names.contains(FILE)) {
        throw refused(dir, "its database " + FILE + " is missing (damaged)", null);
      }
    } catch (IOException e) {
      throw refused(dir, "cannot use it: " + e, e);
    }
  }

  /** Reads the file's pages and format without writing anything; refuses what is not ours. */
  private static void check(Connection connection, Path dir) {
    try (Statement s = connection.createStatement()) {
      // one process owns the directory: locks, once taken, are kept until it closes
      s.execute("PRAGMA locking_mode = EXCLUSIVE");
      try (ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
        if (!rs.next() || !"ok".equalsIgnoreCase(rs.getString(1))) {
          throw refused(dir, "its database is damaged (" + rs.getString(1) + ")", null);
        }
      }
      if (tableExists(connection, "meta")) {
        checkFormat(connection, dir);
      } else if (!tables(connection).isEmpty()) {
        // no tables at all is a store whose creation never committed: it is created again
        throw refused(dir, "its database is not a simulator's state (no format record)", null);
      }
    } catch (SQLException e) {
      throw refused(dir, describe(e), e);
    }
  }

  /**
   * Switches to the write-ahead log with a sync at every commit, takes the write lock, and creates
   * the tables in a new store. True when it created them.
   */
  private static boolean initialize(Connection connection, Path dir) {
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("PRAGMA journal_mode = WAL")) {
        if (!rs.next() || !"wal".equalsIgnoreCase(rs.getString(1))) {
          throw refused(dir, "its database cannot use a write-ahead log", null);
        }
      }
      s.execute("PRAGMA synchronous = FULL");
      s.execute("BEGIN IMMEDIATE");
      try {
        boolean created = false;
        if (!tableExists(connection, "meta")) {
          s.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)");
          s.execute("CREATE TABLE placement (name TEXT PRIMARY KEY, json TEXT NOT NULL)");
          s.execute(
              "CREATE TABLE world (id INTEGER PRIMARY KEY CHECK (id = 1), json TEXT NOT NULL)");
          s.execute("INSERT INTO meta VALUES ('format', '" + FORMAT_NAME + "')");
          s.execute("INSERT INTO meta VALUES ('version', '" + FORMAT_VERSION + "')");
          created = true;
        }
        s.execute("COMMIT");
        return created;
      } catch (RuntimeException | SQLException e) {
        s.execute("ROLLBACK");
        throw e;
      }
    } catch (SQLException e) {
      throw refused(dir, describe(e), e);
    }
  }

  private static void checkFormat(Connection connection, Path dir) throws SQLException {
    String format = meta(connection, "format");
    String version = meta(connection, "version");
    if (!FORMAT_NAME.equals(format)) {
      throw refused(dir, "its database is not a simulator's state (format " + format + ")", null);
    }
    if (!String.valueOf(FORMAT_VERSION).equals(version)) {
      throw refused(
          dir,
          "it was written in state format version "
              + version
              + " and this simulator reads version "
              + FORMAT_VERSION,
          null);
    }
    if (!tableExists(connection, "placement") || !tableExists(connection, "world")) {
      throw refused(dir, "its database lacks the state's tables (damaged)", null);
    }
  }

  private static String meta(Connection connection, String key) throws SQLException {
    try (PreparedStatement q =
        connection.prepareStatement("SELECT value FROM meta WHERE key = ?")) {
      q.setString(1, key);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next() ? rs.getString(1) : null;
      }
    }
  }

  private static boolean tableExists(Connection connection, String name) throws SQLException {
    return tables(connection).contains(name);
  }

  private static List<String> tables(Connection connection) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT name FROM sqlite_master WHERE type = 'table'")) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static String describe(SQLException e) {
    String text = oneLine(e);
    if (text.contains("SQLITE_BUSY") || text.contains("locked")) {
      return "another simulator is using it";
    }
    if (text.contains("SQLITE_NOTADB") || text.contains("not a database")) {
      return "its database " + FILE + " is not a database (damaged or foreign)";
    }
    if (text.contains("SQLITE_CORRUPT") || text.contains("malformed")) {
      return "its database is damaged";
    }
    return "cannot use its database: " + text;
  }

  private static DataDirectoryException refused(Path dir, String why, Throwable cause) {
    return new DataDirectoryException("data directory " + dir + " refused: " + why, cause);
  }

  private static String oneLine(Throwable e) {
    String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    return message.replaceAll("\\s+", " ").trim();
  }

  private static void closeQuietly(Connection connection) {
    try {
      connection.close();
    } catch (SQLException e) {
      // closing is best effort: the process may be going down
    }
  }
}

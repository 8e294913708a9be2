package papergraph;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;

/**
 * A real Neo4j Community server for machines without Docker: the same kernel and Bolt
 * connector as the neo4j:5.26-community image, started from Neo4j's Maven artifacts.
 * Bolt listens on loopback only, because this server is for one developer's machine.
 */
public final class Neo4jServer {
  private Neo4jServer() {}

  public static void main(String[] args) throws Exception {
    int port = Integer.parseInt(env("NEO4J_BOLT_PORT", "7687"));
    Path home = Path.of(env("NEO4J_DATA", "data/neo4j")).toAbsolutePath();
    String user = env("NEO4J_USER", "neo4j");
    String password = env("NEO4J_PASSWORD", "papergraph");
    Files.createDirectories(home);

    DatabaseManagementService dbms = new DatabaseManagementServiceBuilder(home)
        .setConfig(BoltConnector.enabled, true)
        .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
        .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
        .setConfig(HttpConnector.enabled, false)
        .setConfig(GraphDatabaseSettings.auth_enabled, true)
        // Keeps a developer's disk from filling with transaction logs of repeated test loads.
        .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
        // No single query (e.g. one from the read-only console) may build unbounded values.
        .setConfig(GraphDatabaseSettings.memory_transaction_max_size, 512L * 1024 * 1024)
        .build();

    CountDownLatch stopped = new CountDownLatch(1);
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      System.out.println("papergraph-neo4j: stopping");
      dbms.shutdown();
      stopped.countDown();
    }, "neo4j-shutdown"));

    // The embedded kernel runs with full rights on the system database, so the password the
    // app expects can be set here on every start; the same env vars configure both sides.
    try {
      dbms.database("system").executeTransactionally(
          "ALTER USER " + quoteName(user) + " SET PLAINTEXT PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException e) {
      // Restarting on an existing data directory: the password is already the one wanted.
      if (!causedBySamePassword(e)) throw e;
    }

    System.out.println("papergraph-neo4j: Bolt ready on bolt://127.0.0.1:" + port + " (data in " + home + ")");
    System.out.flush();
    stopped.await();
  }

  private static boolean causedBySamePassword(Throwable error) {
    for (Throwable t = error; t != null; t = t.getCause()) {
      if (t.getMessage() != null && t.getMessage().contains("Old password and new password cannot be the same")) return true;
    }
    return false;
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }

  private static String quoteName(String name) {
    return "`" + name.replace("`", "``") + "`";
  }
}

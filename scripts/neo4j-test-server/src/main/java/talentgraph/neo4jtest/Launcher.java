package talentgraph.neo4jtest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.neo4j.configuration.GraphDatabaseInternalSettings;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.connectors.BoltConnectorInternalSettings;
import org.neo4j.configuration.connectors.HttpConnector;
import org.neo4j.configuration.connectors.HttpsConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.graphdb.GraphDatabaseService;
import org.neo4j.harness.Neo4j;
import org.neo4j.harness.Neo4jBuilder;
import org.neo4j.harness.Neo4jBuilders;

/**
 * Starts a real, in-process Neo4j 5.x Community server (via neo4j-harness) for tests.
 *
 * <pre>
 * java -cp target/classes:target/lib/* talentgraph.neo4jtest.Launcher \
 *     --port 7687 [--host 127.0.0.1] [--work-dir DIR] [--import-dir DIR] [--http-port N]
 * </pre>
 *
 * Environment:
 * <ul>
 *   <li>NEO4J_TEST_PASSWORD: if set and non-empty, auth is ENABLED and user {@code neo4j} gets this
 *       password; if unset/empty, auth is DISABLED.</li>
 *   <li>NEO4J_IMPORT_DIR: directory that {@code LOAD CSV FROM 'file:///x.csv'} resolves against
 *       (same as --import-dir; the flag wins).</li>
 * </ul>
 *
 * Prints {@code BOLT READY bolt://HOST:PORT} on stdout once Bolt accepts authenticated sessions, then
 * runs until SIGTERM/SIGINT, which shuts the database down cleanly.
 */
public final class Launcher {

    private Launcher() {}

    public static void main(String[] args) throws Exception {
        String host = "127.0.0.1";
        int port = -1;
        int httpPort = -1;
        Path workDir = null;
        String importDir = env("NEO4J_IMPORT_DIR");

        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            switch (a) {
                case "--port" -> port = Integer.parseInt(next(args, ++i, a));
                case "--host" -> host = next(args, ++i, a);
                case "--http-port" -> httpPort = Integer.parseInt(next(args, ++i, a));
                case "--work-dir" -> workDir = Path.of(next(args, ++i, a));
                case "--import-dir" -> importDir = next(args, ++i, a);
                case "-h", "--help" -> {
                    System.out.println("usage: Launcher --port N [--host H] [--work-dir DIR] [--import-dir DIR] [--http-port N]");
                    return;
                }
                default -> die("unknown argument: " + a);
            }
        }
        if (port <= 0) {
            die("--port is required");
        }
        if (workDir == null) {
            workDir = Files.createTempDirectory("neo4j-test-server");
        }
        Files.createDirectories(workDir);

        String password = env("NEO4J_TEST_PASSWORD");
        boolean auth = password != null && !password.isEmpty();

        Neo4jBuilder builder = Neo4jBuilders.newInProcessBuilder(workDir)
                // Bolt only on the requested loopback address/port, plaintext.
                .withConfig(BoltConnector.enabled, true)
                .withConfig(BoltConnector.listen_address, new SocketAddress(host, port))
                .withConfig(BoltConnector.advertised_address, new SocketAddress(host, port))
                .withConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .withConfig(HttpsConnector.enabled, false)
                // Authentication. The harness defaults to auth disabled; we override it.
                .withConfig(GraphDatabaseSettings.auth_enabled, auth)
                // Tests deliberately use wrong passwords: never lock the account
                // (default is 3 failures -> 5 s lock, which makes later tests flaky).
                .withConfig(GraphDatabaseSettings.auth_max_failed_attempts, 0)
                .withConfig(GraphDatabaseSettings.auth_minimum_password_length, 1)
                // Keep it small: this is a test server.
                .withConfig(GraphDatabaseSettings.pagecache_memory, 64L * 1024 * 1024)
                .withConfig(GraphDatabaseSettings.preallocate_logical_logs, false)
                .withConfig(GraphDatabaseSettings.allow_file_urls, true)
                // No "Anonymous Usage Data is being sent to Neo4j" phone-home.
                .withConfig(GraphDatabaseSettings.udc_enabled, false)
                // Bolt shutdown otherwise waits ~5 s + ~5 s for idle connections / worker pool.
                .withConfig(BoltConnectorInternalSettings.connection_shutdown_wait_time, Duration.ofMillis(200))
                .withConfig(BoltConnectorInternalSettings.thread_pool_shutdown_wait_time, Duration.ofMillis(200));

        if (httpPort > 0) {
            builder = builder
                    .withConfig(HttpConnector.enabled, true)
                    .withConfig(HttpConnector.listen_address, new SocketAddress(host, httpPort));
        } else {
            builder = builder.withDisabledServer().withConfig(HttpConnector.enabled, false);
        }

        if (importDir != null && !importDir.isEmpty()) {
            Path imp = Path.of(importDir).toAbsolutePath();
            Files.createDirectories(imp);
            // = server.directories.import ; LOAD CSV 'file:///a.csv' resolves to <imp>/a.csv
            builder = builder.withConfig(GraphDatabaseSettings.load_csv_file_url_root, imp);
        }

        boolean initialPasswordWritten = false;
        if (auth) {
            initialPasswordWritten = writeInitialPassword(builder, workDir.resolve("auth"), password);
        }

        long t0 = System.nanoTime();
        final Neo4j neo4j = builder.build();
        long t1 = System.nanoTime();
        final CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            System.out.println("SHUTTING DOWN");
            System.out.flush();
            try {
                neo4j.close();
            } catch (RuntimeException e) {
                System.err.println("error during shutdown: " + e);
            }
            System.out.println("STOPPED");
            System.out.flush();
            stopped.countDown();
        }, "neo4j-test-server-shutdown"));

        boolean viaCypher = false;
        if (auth && !initialPasswordWritten) {
            // Fallback: a fresh DBMS has user neo4j/neo4j with "password change required".
            // Embedded transactions run with full privileges, so set the password directly
            // (costs ~5 s because it is the first Cypher query compiled in this JVM).
            GraphDatabaseService system = neo4j.databaseManagementService().database("system");
            system.executeTransactionally(
                    "ALTER USER neo4j SET PLAINTEXT PASSWORD $pw CHANGE NOT REQUIRED",
                    Map.of("pw", password));
            viaCypher = true;
        }

        long t2 = System.nanoTime();
        System.out.println("neo4j started in " + (t1 - t0) / 1_000_000 + " ms, password set "
                + (viaCypher ? "via ALTER USER in " + (t2 - t1) / 1_000_000 + " ms" : "via auth.ini") + " (JVM uptime "
                + java.lang.management.ManagementFactory.getRuntimeMXBean().getUptime() + " ms)");
        System.out.println("neo4j version " + org.neo4j.kernel.internal.Version.getNeo4jVersion()
                + ", auth " + (auth ? "enabled (user neo4j)" : "disabled")
                + ", import dir " + neo4j.config().get(GraphDatabaseSettings.load_csv_file_url_root)
                + ", work dir " + workDir.toAbsolutePath());
        System.out.println("BOLT READY bolt://" + host + ":" + port);
        System.out.flush();

        stopped.await();
    }

    /**
     * Equivalent of {@code neo4j-admin dbms set-initial-password}: write {@code auth.ini} holding user
     * neo4j with the given password (no change required). The system database reads it when it is
     * created, which happens on every start because the harness uses a fresh random store folder.
     * Returns false (caller falls back to ALTER USER) if the internal API is not as expected.
     */
    private static boolean writeInitialPassword(Neo4jBuilder builder, Path authDir, String password) {
        try {
            Files.createDirectories(authDir);
            Path file = authDir.resolve("auth.ini");
            Files.deleteIfExists(file);
            var fs = new org.neo4j.io.fs.DefaultFileSystemAbstraction();
            var repo = new org.neo4j.server.security.auth.FileUserRepository(
                    fs, file, org.neo4j.logging.NullLogProvider.getInstance(),
                    org.neo4j.memory.EmptyMemoryTracker.INSTANCE);
            repo.start();
            var credential = org.neo4j.server.security.SystemGraphCredential.createCredentialForPassword(
                    password.getBytes(StandardCharsets.UTF_8), new org.neo4j.server.security.SecureHasher());
            repo.create(new org.neo4j.kernel.impl.security.User("neo4j", null, credential, false, false));
            repo.shutdown();
            builder.withConfig(GraphDatabaseInternalSettings.auth_store_directory, authDir.toAbsolutePath());
            return true;
        } catch (Exception | LinkageError e) {
            System.err.println("could not write auth.ini (" + e + "), falling back to ALTER USER");
            return false;
        }
    }

    private static String env(String name) {
        String v = System.getenv(name);
        return v == null || v.isEmpty() ? null : v;
    }

    private static String next(String[] args, int i, String flag) {
        if (i >= args.length) {
            die(flag + " needs a value");
        }
        return args[i];
    }

    private static void die(String msg) {
        System.err.println("Launcher: " + msg);
        System.exit(2);
    }
}

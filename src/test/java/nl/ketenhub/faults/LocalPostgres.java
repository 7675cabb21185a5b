package nl.ketenhub.faults;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A PostgreSQL cluster of the test's own (initdb + pg_ctl of the machine's PostgreSQL 15, trust
 * authentication, a free port on the loopback), so a test can restart its database without touching
 * the shared server on 5432. As root, the server runs as the postgres user.
 */
final class LocalPostgres {

    private static final Path BIN = Path.of(System.getProperty("ketenhub.faults.pg-bin", "/usr/lib/postgresql/15/bin"));

    private final Path directory;
    private final Path data;
    private final int port;

    LocalPostgres(Path directory) throws IOException {
        this.directory = reachable(directory.toAbsolutePath());
        this.data = this.directory.resolve("data");
        try (ServerSocket socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
    }

    /** JDBC URL of database postgres, with the given schema as the current one. */
    String url(String schema) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres?currentSchema=" + schema;
    }

    void initAndStart() throws IOException, InterruptedException {
        Files.createDirectories(directory);
        if (asRoot()) {
            run(List.of("chown", "-R", "postgres", directory.toString()));
        }
        pg(List.of("initdb", "-D", data.toString(), "-U", "postgres", "--auth=trust", "--no-sync"));
        start();
    }

    void start() throws IOException, InterruptedException {
        pgCtl("start");
    }

    /** pg_ctl restart -m fast: every connection of the hub is cut, transactions in flight are lost. */
    void restart() throws IOException, InterruptedException {
        pgCtl("-m", "fast", "restart");
    }

    private void pgCtl(String... action) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                "pg_ctl",
                "-D",
                data.toString(),
                "-l",
                directory.resolve("server.log").toString(),
                "-w",
                "-o",
                options()));
        command.addAll(List.of(action));
        pg(command);
    }

    void stop() throws IOException, InterruptedException {
        if (Files.exists(data.resolve("postmaster.pid"))) {
            pg(List.of("pg_ctl", "-D", data.toString(), "-w", "-m", "fast", "stop"));
        }
    }

    private String options() {
        return "-p " + port + " -c listen_addresses=127.0.0.1 -k " + directory + " -c max_connections=50";
    }

    private void pg(List<String> command) throws IOException, InterruptedException {
        List<String> full = new ArrayList<>();
        if (asRoot()) {
            full.addAll(List.of("runuser", "-u", "postgres", "--"));
        }
        full.add(BIN.resolve(command.get(0)).toString());
        full.addAll(command.subList(1, command.size()));
        run(full);
    }

    private void run(List<String> command) throws IOException, InterruptedException {
        Path log = directory.resolve("pg_ctl.log");
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException(command + " did not finish, see " + log);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException(command + " failed, see " + log);
        }
    }

    /**
     * The directory itself, unless the server, running as postgres, could not reach it (a checkout
     * in a directory only root may enter, such as one made by mktemp -d): then a fresh one in the
     * system's temporary directory.
     */
    private static Path reachable(Path directory) throws IOException {
        if (asRoot()) {
            for (Path p = directory.getParent(); p != null; p = p.getParent()) {
                if (Files.exists(p) && !Files.getPosixFilePermissions(p).contains(PosixFilePermission.OTHERS_EXECUTE)) {
                    return Files.createTempDirectory("ketenhub-postgres-");
                }
            }
        }
        return directory;
    }

    private static boolean asRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}

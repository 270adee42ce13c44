package org.wanqi;

import java.util.Set;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {

    /** Commands that run against the data folder and exit (the application itself not running). */
    private static final Set<String> COMMANDS = Set.of("import-regulations", "rebuild-search-index", "rebuild-rollups");

    /**
     * Runs the application, or with {@code import-regulations FILE…} imports statutes, or with
     * {@code rebuild-search-index} rebuilds the search index from MongoDB, or with {@code rebuild-rollups}
     * recounts the analytics rollups, and exits.
     */
    public static void main(String[] args) {
        if (args.length > 0 && COMMANDS.contains(args[0])) {
            System.exit(runCommand(args));
        }
        SpringApplication.run(Application.class, args);
    }

    /** Runs the command {@code args[0]} with the rest of {@code args}; returns the exit code. */
    static int runCommand(String... args) {
        // port -1: the web context exists (Vaadin and security need it) but nothing listens
        return SpringApplication.exit(new SpringApplicationBuilder(Application.class)
                .properties("wanqi.command=" + args[0], "server.port=-1").run(args));
    }
}

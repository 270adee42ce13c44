package org.wanqi;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class Application {

    /** Runs the application, or with {@code import-regulations FILE…} imports statutes and exits. */
    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("import-regulations")) {
            // port -1: the web context exists (Vaadin and security need it) but nothing listens
            System.exit(SpringApplication.exit(new SpringApplicationBuilder(Application.class)
                    .properties("wanqi.command=import-regulations", "server.port=-1").run(args)));
        }
        SpringApplication.run(Application.class, args);
    }
}

package org.wanqi.enterprise;

import java.io.ByteArrayInputStream;
import java.util.Locale;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.Environment;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.wanqi.ApiClient;
import org.wanqi.Application;
import org.wanqi.bench.ScratchFolder;
import org.wanqi.bench.Timings;

/**
 * The registry at scale, on the embedded database on disk: a 10,000-row import, then 90,000 more,
 * then the first page of a region + name filter through the service and through REST.
 *
 * <p>Run: {@code ./mvnw -Pbench test-compile exec:exec -Dbench=org.wanqi.enterprise.EnterpriseBench}
 */
public final class EnterpriseBench {

    private EnterpriseBench() {
    }

    public static void main(String[] args) throws Exception {
        try (ScratchFolder data = ScratchFolder.create("wanqi-bench-enterprises");
             ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class)
                .run("--server.port=0", "--wanqi.seed.demo=false", "--wanqi.security.admin-password=bench-admin",
                        "--wanqi.mongo.embedded.data-dir=" + data, "--logging.level.root=warn")) {
            SecurityContextHolderStrategy security = app.getBean(SecurityContextHolderStrategy.class);
            var admin = app.getBean(org.wanqi.security.TokenService.class);
            var authentication = app.getBean(org.springframework.security.authentication.AuthenticationProvider.class)
                    .authenticate(UsernamePasswordAuthenticationToken.unauthenticated("admin", "bench-admin"));
            var context = security.createEmptyContext();
            context.setAuthentication(authentication);
            security.setContext(context);
            EnterpriseImportService imports = app.getBean(EnterpriseImportService.class);
            EnterpriseService enterprises = app.getBean(EnterpriseService.class);

            EnterpriseGenerator generator = new EnterpriseGenerator(20261129L);
            var first = ImportFiles.bytes(ImportFiles.drafts(generator, 10_000), SheetFormat.XLSX);
            long start = System.nanoTime();
            ImportTable table = imports.read("bench-10k.xlsx", new ByteArrayInputStream(first));
            ImportResult result = imports.run(table, imports.suggestMapping(table), false, Locale.SIMPLIFIED_CHINESE, done -> { });
            System.out.printf(Locale.ROOT, "import 10,000 rows (.xlsx, read + check + write): %.1f s  %s%n",
                    (System.nanoTime() - start) / 1e9, result);

            EnterpriseGenerator rest = new EnterpriseGenerator(7);
            for (int chunk = 0; chunk < 3; chunk++) {
                java.util.List<EnterpriseDraft> more = new java.util.ArrayList<>();
                for (int n = 10_001 + chunk * 30_000; n <= 10_000 + (chunk + 1) * 30_000; n++) {
                    more.add(rest.next(n));
                }
                start = System.nanoTime();
                table = imports.read("bench-30k.csv", new ByteArrayInputStream(ImportFiles.bytes(more, SheetFormat.CSV)));
                result = imports.run(table, imports.suggestMapping(table), false, Locale.SIMPLIFIED_CHINESE, done -> { });
                System.out.printf(Locale.ROOT, "import 30,000 more rows (.csv): %.1f s  %s%n", (System.nanoTime() - start) / 1e9, result);
            }

            EnterpriseFilter filter = new EnterpriseFilter("化工", "130921", null, null, null, null);
            PageRequest page = PageRequest.of(0, 50, Sort.by("name"));
            Timings.report("service, first page (50) of region 130921 + name 化工, with total",
                    () -> enterprises.page(filter, page).getSize() + enterprises.count(filter));
            Timings.report("service, first page without filter, with total",
                    () -> enterprises.page(EnterpriseFilter.none(), page).getSize() + enterprises.count(EnterpriseFilter.none()));
            int port = Integer.parseInt(app.getBean(Environment.class).getProperty("local.server.port"));
            ApiClient api = new ApiClient(port);
            String token = admin.issue("admin", "bench-admin").token();
            Timings.report("REST GET /api/v1/enterprises?q=化工&region=130921&size=50",
                    () -> api.send("GET", "/api/v1/enterprises?q=%E5%8C%96%E5%B7%A5&region=130921&size=50", null, token, null));
        }
    }
}

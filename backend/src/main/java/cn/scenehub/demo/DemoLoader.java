package cn.scenehub.demo;

import java.time.Duration;
import java.time.Instant;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.scenehub.account.NewUser;
import cn.scenehub.account.Role;
import cn.scenehub.account.UserAccountRepository;
import cn.scenehub.account.UserService;
import cn.scenehub.common.redis.RedisLock;
import cn.scenehub.common.settings.AppSettingRepository;
import cn.scenehub.imports.ImportResult;
import cn.scenehub.imports.ImportService;
import cn.scenehub.organization.OrganizationRepository;
import io.micronaut.context.annotation.Value;
import io.micronaut.context.event.StartupEvent;
import io.micronaut.runtime.event.annotation.EventListener;
import io.micronaut.scheduling.annotation.Async;
import jakarta.inject.Singleton;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Loads the demo set on first start: the provider pool, this year's list of scenarios (a few
 * left waiting for review, so the commissioner's queue is not empty), and one account per role.
 * Runs against the embedded database by default ({@code SCENEHUB_DEMO=auto}), against any
 * database with {@code SCENEHUB_DEMO=true}, never with {@code false}. Loading goes through the
 * importer, so an interrupted load simply continues on the next start.
 */
@Singleton
class DemoLoader {

    static final String LOADED = "demo.loaded";
    private static final Logger LOG = LoggerFactory.getLogger(DemoLoader.class);
    private static final List<String> QINGDAO = List.of("370202", "370203", "370211", "370212", "370213", "370214",
            "370215", "370281", "370283", "370285");

    private final ImportService imports;
    private final UserService users;
    private final UserAccountRepository accounts;
    private final OrganizationRepository organizations;
    private final AppSettingRepository settings;
    private final RedisLock locks;
    private final String mode;
    private final boolean embeddedDatabase;
    private final String password;

    DemoLoader(ImportService imports, UserService users, UserAccountRepository accounts,
               OrganizationRepository organizations, AppSettingRepository settings, RedisLock locks,
               @Value("${scenehub.demo.mode:auto}") String mode,
               @Value("${scenehub.demo.embedded-database:false}") boolean embeddedDatabase,
               @Value("${scenehub.demo.password:scenehub-demo}") String password) {
        this.imports = imports;
        this.users = users;
        this.accounts = accounts;
        this.organizations = organizations;
        this.settings = settings;
        this.locks = locks;
        this.mode = mode;
        this.embeddedDatabase = embeddedDatabase;
        this.password = password;
    }

    @EventListener
    @Async
    void onStartup(StartupEvent event) {
        boolean wanted = "true".equalsIgnoreCase(mode) || ("auto".equalsIgnoreCase(mode) && embeddedDatabase);
        if (!wanted || settings.findValue(LOADED).isPresent()) {
            return;
        }
        try (var lease = locks.tryAcquire("demo-load", Duration.ofMinutes(15)).orElse(null)) {
            if (lease == null) {
                LOG.info("another instance is loading the demo data");
                return;
            }
            load();
        } catch (RuntimeException e) {
            LOG.warn("demo data not (fully) loaded; the next start continues: {}", e.getMessage());
        }
    }

    void load() {
        long started = System.nanoTime();
        DemoCatalogue catalogue = new DemoCatalogue();
        int year = Year.now().getValue();
        List<Map<String, Object>> providers = catalogue.providers();
        List<Map<String, Object>> scenarios = catalogue.scenarios(year);
        LOG.info("loading the demo set: {} providers, {} scenarios for {}", providers.size(), scenarios.size(), year);
        report("providers", imports.importRecords(ImportService.Kind.PROVIDERS, providers, "LISTED", null));
        List<Map<String, Object>> waiting = new ArrayList<>();
        List<Map<String, Object>> published = new ArrayList<>();
        for (int i = 0; i < scenarios.size(); i++) {
            (i % 40 == 7 ? waiting : published).add(scenarios.get(i));
        }
        ImportResult result = imports.importRecords(ImportService.Kind.SCENARIOS, published, "PUBLISHED", null);
        report("scenarios", result);
        report("scenarios awaiting review", imports.importRecords(ImportService.Kind.SCENARIOS, waiting, "SUBMITTED", null));
        createAccounts(scenarios.get(0), providers.get(0));
        settings.insertIgnore(LOADED, Instant.now().toString(), Instant.now());
        LOG.info("demo set loaded in {} s", (System.nanoTime() - started) / 1_000_000_000);
    }

    private void createAccounts(Map<String, Object> scenario, Map<String, Object> provider) {
        @SuppressWarnings("unchecked")
        String enterpriseCode = ((Map<String, Object>) scenario.get("enterprise")).get("creditCode").toString();
        Long enterprise = organizations.findByCreditCode(enterpriseCode).orElseThrow().id();
        Long providerOrg = organizations.findByCreditCode(provider.get("creditCode").toString()).orElseThrow().id();
        account("demo-admin", "演示管理员", Role.ADMIN, null, List.of());
        account("demo-commissioner", "演示数字专员", Role.COMMISSIONER, null, QINGDAO);
        account("demo-enterprise", "演示企业用户", Role.ENTERPRISE, enterprise, List.of());
        account("demo-provider", "演示服务商用户", Role.PROVIDER, providerOrg, List.of());
        LOG.warn("Demo accounts (password '{}'): demo-admin, demo-commissioner (all Qingdao districts), "
                + "demo-enterprise ({}), demo-provider ({})", password, scenario.get("enterprise") instanceof Map<?, ?> e
                ? e.get("name") : "", provider.get("name"));
    }

    private void account(String username, String name, Role role, Long organization, List<String> districts) {
        if (!accounts.existsByUsername(username)) {
            users.createDemoAccount(new NewUser(username, password, name, role, organization, districts));
        }
    }

    private static void report(String what, ImportResult result) {
        LOG.info("demo {}: {} created, {} updated, {} rejected", what, result.created(), result.updated(),
                result.rejected().size());
        result.rejected().stream().limit(5).forEach(r -> LOG.warn("demo record {} rejected: {}", r.externalId(), r.errors()));
    }
}

package io.ticketflow.reporting.rebuild;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.transaction.PlatformTransactionManager;

import javax.sql.DataSource;
import java.sql.SQLException;

/**
 * The generation a rebuild builds: schema {@code <schema>_rebuild}, migrated with the same Flyway configuration as
 * the live one (its own tables, views, grants, inbox and history), reached through a small pool of
 * its own whose search path is that schema, so the projections' unqualified names land there.
 */
final class ShadowSchema implements AutoCloseable {

    private final String name;
    private final HikariDataSource pool;
    private final JdbcTemplate jdbc;
    private final PlatformTransactionManager transactions;

    private ShadowSchema(String name, HikariDataSource pool) {
        this.name = name;
        this.pool = pool;
        this.jdbc = new JdbcTemplate(pool);
        this.transactions = new DataSourceTransactionManager(pool);
    }

    static String nameFor(String liveSchema) {
        return liveSchema + "_rebuild";
    }

    /** Drops what a previous rebuild left under the shadow's name and migrates it afresh. */
    static ShadowSchema create(String liveSchema, DataSource live, JdbcTemplate liveJdbc, Flyway liveFlyway,
                               int poolSize) {
        String name = nameFor(liveSchema);
        liveJdbc.execute("drop schema if exists " + name + " cascade");
        HikariDataSource pool = pool(live, name, poolSize);
        try {
            // the live migration's whole configuration (locations, placeholders, history table, callbacks, ...), so
            // the shadow comes out as Spring Boot migrates the live schema; only the schema and the pool differ
            Flyway.configure()
                    .configuration(liveFlyway.getConfiguration())
                    .dataSource(pool)
                    .schemas(name)
                    .defaultSchema(name)
                    .load()
                    .migrate();
            return new ShadowSchema(name, pool);
        } catch (RuntimeException e) {
            pool.close();
            throw e;
        }
    }

    private static HikariDataSource pool(DataSource live, String schema, int poolSize) {
        HikariConfig config = new HikariConfig();
        try {
            // the live pool's URL, credentials and driver settings; only the search path and the size differ
            live.unwrap(HikariDataSource.class).copyStateTo(config);
        } catch (SQLException e) {
            throw new IllegalStateException("a rebuild needs the service's DataSource to be a Hikari pool", e);
        }
        config.setPoolName("reporting-rebuild");
        config.setSchema(schema);
        config.setMaximumPoolSize(poolSize);
        config.setMinimumIdle(0);
        return new HikariDataSource(config);
    }

    String name() {
        return name;
    }

    JdbcTemplate jdbc() {
        return jdbc;
    }

    PlatformTransactionManager transactions() {
        return transactions;
    }

    @Override
    public void close() {
        pool.close();
    }
}

package io.ticketflow.messaging;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The {@link Inbox} and the {@link EventBatchProcessor}, for services that have a database. */
@AutoConfiguration(
        after = {JdbcTemplateAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class},
        afterName = "org.springframework.boot.hibernate.autoconfigure.HibernateJpaAutoConfiguration")
@ConditionalOnBean({JdbcTemplate.class, PlatformTransactionManager.class})
public class InboxAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Inbox inbox(JdbcTemplate jdbc) {
        return new Inbox(jdbc);
    }

    @Bean
    @ConditionalOnMissingBean
    EventBatchProcessor eventBatchProcessor(Inbox inbox, PlatformTransactionManager transactionManager) {
        return new EventBatchProcessor(inbox, new TransactionTemplate(transactionManager));
    }
}

package io.ticketflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void another_database_keeps_the_hosts_and_parameters() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://db1:5432,db2:5433/postgres?sslmode=require", "tf_x_1"))
                .isEqualTo("jdbc:postgresql://db1:5432,db2:5433/tf_x_1?sslmode=require");
    }

    @Test
    void a_url_without_a_database_gets_one() {
        assertThat(JdbcUrls.withDatabase("jdbc:postgresql://localhost:15432", "tf_x_1"))
                .isEqualTo("jdbc:postgresql://localhost:15432/tf_x_1");
    }

    @Test
    void the_address_is_the_host_part_only() {
        assertThat(JdbcUrls.hostAndPort("jdbc:postgresql://localhost:15432/postgres?user=secret"))
                .isEqualTo("localhost:15432");
    }

    @Test
    void a_url_of_another_database_product_is_rejected() {
        assertThatThrownBy(() -> JdbcUrls.hostAndPort("jdbc:mysql://localhost:3306/db"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}

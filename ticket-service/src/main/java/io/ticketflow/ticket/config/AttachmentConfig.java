package io.ticketflow.ticket.config;

import io.ticketflow.ticket.attachment.AttachmentStore;
import io.ticketflow.ticket.attachment.PostgresAttachmentStore;
import jakarta.servlet.MultipartConfigElement;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The attachment store chosen by {@code ticketflow.attachments.store}, and the servlet's upload limits. */
@Configuration(proxyBeanMethods = false)
public class AttachmentConfig {

    /** Room for the multipart boundaries and part headers around a file exactly at the limit. */
    static final long MULTIPART_OVERHEAD_BYTES = 64 * 1024;

    @Bean
    public AttachmentStore attachmentStore(AttachmentProperties properties, JdbcTemplate jdbc) {
        return switch (properties.store()) {
            case POSTGRESQL -> new PostgresAttachmentStore(jdbc);
        };
    }

    /**
     * Replaces Boot's {@code spring.servlet.multipart.*} limits (its bean backs off when this one exists), so
     * the container refuses an oversized upload at exactly {@code ticketflow.attachments.max-size}, while
     * reading it, instead of two settings drifting apart. Parts go to disk as they arrive (threshold 0), as
     * with Boot's default.
     */
    @Bean
    public MultipartConfigElement multipartConfigElement(AttachmentProperties properties) {
        long maxFile = properties.maxSize().toBytes();
        return new MultipartConfigElement("", maxFile, maxFile + MULTIPART_OVERHEAD_BYTES, 0);
    }
}

package io.ticketflow.notification.email;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The {@code email_opt_out} table: the kinds of mail each recipient (by reference) does not want. */
@Repository
public class EmailPreferences {

    private final JdbcTemplate jdbc;

    EmailPreferences(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Set<EmailKind> optedOut(String recipient) {
        Set<EmailKind> kinds = EnumSet.noneOf(EmailKind.class);
        jdbc.queryForList("select kind from email_opt_out where recipient = ?", String.class, recipient)
                .forEach(code -> EmailKind.ofCode(code).ifPresent(kinds::add));
        return kinds;
    }

    public boolean optedOut(String recipient, EmailKind kind) {
        return !jdbc.queryForList("select 1 from email_opt_out where recipient = ? and kind = ?", Integer.class,
                recipient, kind.code()).isEmpty();
    }

    /** Replaces the recipient's opt-outs with these. */
    @Transactional
    public void replace(String recipient, Set<EmailKind> kinds) {
        jdbc.update("delete from email_opt_out where recipient = ?", recipient);
        List<Object[]> rows = kinds.stream().map(kind -> new Object[] {recipient, kind.code()}).toList();
        jdbc.batchUpdate("insert into email_opt_out (recipient, kind) values (?, ?)", rows);
    }
}

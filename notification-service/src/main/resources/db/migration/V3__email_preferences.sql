-- Per-recipient opt-outs of email kinds (email.EmailPreferences): one row per (recipient reference, kind) the
-- recipient does not want. No row, no opt-out.
create table email_opt_out (
    recipient text not null,
    kind      text not null,
    primary key (recipient, kind)
);

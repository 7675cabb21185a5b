-- Audit trail (issue #6, NEN 7513): who accessed which client's data or did which administrative
-- action, when, on whose behalf, with what outcome. Append-only: the hub only inserts. Every entry
-- carries the hash of its content chained with the previous entry's hash; audit_head holds the last
-- sequence number and hash, and its row lock serialises appends so the sequence has no gaps.
-- Plain SQL for H2 2.x and PostgreSQL 15.
create table audit_entry (
    seq          bigint       not null primary key,
    at           timestamp with time zone not null,
    actor        varchar(100) not null,
    on_behalf_of varchar(100),
    action       varchar(40)  not null,
    target       varchar(200),
    client_hash  varchar(64),
    outcome      varchar(500) not null,
    prev_hash    varchar(64)  not null,
    hash         varchar(64)  not null
);
create index audit_actor_ix on audit_entry (actor, at);
create index audit_client_ix on audit_entry (client_hash, at);
create index audit_at_ix on audit_entry (at);
create index audit_action_ix on audit_entry (action, seq);

create table audit_head (
    id        integer     not null primary key,
    last_seq  bigint      not null,
    last_hash varchar(64) not null
);
insert into audit_head (id, last_seq, last_hash)
values (1, 0, '0000000000000000000000000000000000000000000000000000000000000000');

-- Spreadsheet uploads (issue #7, part 3): which rows became which message, so the per-row report
-- can follow the messages through the pipeline. Never a BSN: rows are known by number and path.
-- Plain SQL for H2 2.x and PostgreSQL 15.
create table upload (
    id             uuid          not null primary key,
    partner        varchar(8)    not null,
    kanaal         varchar(8)    not null,
    bestandsnaam   varchar(255),
    ontvangen_op   timestamp with time zone not null,
    -- the report of an upload refused whole (a row could not be read): nothing reached intake
    afgekeurd      text,
    -- file drop: where the final report goes, and when it was written
    rapport_pad    varchar(1000),
    gerapporteerd_op timestamp with time zone
);
create index upload_rapport_ix on upload (gerapporteerd_op, rapport_pad);

create table upload_rij (
    upload_id  uuid          not null references upload (id),
    rij        integer       not null,
    bericht    varchar(8)    not null,
    bericht_id uuid          not null,
    -- the class of this row in its message: Client/StartProducten/StartProduct[2]
    pad        varchar(200)  not null,
    primary key (upload_id, rij)
);
create index upload_rij_bericht_ix on upload_rij (bericht_id);

-- Operations (issue #5): replays, paused delivery channels, and indexes for the message browser.
-- Plain SQL for H2 2.x and PostgreSQL 15.

-- a replay is a new inbound message-log entry linked to the message it re-runs
alter table bericht add column replay_of uuid;
-- a forced replay is processed even though its original was delivered; TR056 ignores the original
alter table bericht add column replay_forced boolean default false not null;
create index bericht_replay_ix on bericht (replay_of);

-- message browser (GET /api/berichten): every filter has an index, results are newest first
create index bericht_code_received_ix on bericht (bericht_code, received_at);
create index bericht_partner_received_ix on bericht (partner, received_at);
create index bericht_status_received_ix on bericht (status, received_at);
create index bericht_identificatie_ix on bericht (identificatie);
create index bericht_client_received_ix on bericht (client_hash, received_at);
-- delivery backlog per partner (status RECEIVED of direction OUT) and overdue answers
create index bericht_backlog_ix on bericht (partner, direction, status, received_at);
create index toewijzing_nummer_ix on toewijzing (toewijzingnummer);

-- a partner's delivery channel paused by an operator: messages wait in the message log until resume
create table partner_kanaal (
    partner    varchar(8) not null primary key,
    paused     boolean    not null,
    changed_at timestamp with time zone not null
);

-- Data protection (issue #6). Plain SQL for H2 2.x and PostgreSQL 15.

-- payload retention: the raw payload of a message is removed after its retention period; the
-- message's metadata, findings and the audit trail stay, and this says when the payload went
alter table bericht add column payload_purged_at timestamp with time zone;

-- BSN key rotation: the re-encryption job finds the clients still under an old key
create index client_key_ix on client (key_id);

-- Every insert and every status change of a bericht row writes an entry into each of its indexes
-- (a status change cannot be a HOT update: status is indexed). Two indexes only repeated others:
-- client_hash is the first column of bericht_client_received_ix, and TR056's look-up
-- (afzender, bericht_code, identificatie) finds its few candidates through bericht_identificatie_ix.
drop index bericht_client_ix;
drop index bericht_tr056_ix;

-- TR333 (a DeclaratieNummer the aanbieder used before), asked for every 323: it read all
-- declaraties of the aanbieder through declaratie_periode_ix, more with every month.
create index declaratie_nummer_ix on declaratie (aanbieder, standaard, declaratienummer);

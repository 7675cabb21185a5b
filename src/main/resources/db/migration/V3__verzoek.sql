-- 319 answers that the aanbieder rejected with a 320 count as never sent (OP286): the answer keeps
-- its status and the state its request had before it, so that the request's state can be restored.
alter table antwoord add column status varchar(25) default 'ACTIVE' not null;
alter table antwoord add column vorige_state varchar(15);
create index antwoord_bericht_ix on antwoord (bericht_id);
create index antwoord_referentie_ix on antwoord (aanbieder, standaard, referentie_aanbieder);
create index toewijzing_versie_referentie_ix on toewijzing_versie (referentie_aanbieder);

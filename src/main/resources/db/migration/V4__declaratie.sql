-- 323/325: what the hub needs to match a gemeente's 325 to the 323 it answers (TR337, TR371) and
-- how the declaration was answered; indexes for the prestatie log rules (TR323, TR390, TR322, TR385)
alter table declaratie add column bericht_identificatie varchar(12);
alter table declaratie add column bericht_dagtekening date;
alter table declaratie add column xsd_basisschema varchar(20);
alter table declaratie add column xsd_bericht varchar(20);
alter table declaratie add column modus varchar(8);

create index prestatie_vorig_referentie_ix on prestatie (vorig_referentienummer);
create index prestatie_toewijzing_ix on prestatie (toewijzingnummer);
create index declaratie_periode_ix on declaratie (aanbieder, gemeente, standaard, periode_begin);

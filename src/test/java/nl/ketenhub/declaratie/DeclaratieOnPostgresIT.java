package nl.ketenhub.declaratie;

import nl.ketenhub.hub.HubOnPostgres;

/** The 323/325 scenarios on PostgreSQL. */
@HubOnPostgres
class DeclaratieOnPostgresIT extends DeclaratieScenarios {}

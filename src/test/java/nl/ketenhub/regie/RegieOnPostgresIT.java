package nl.ketenhub.regie;

import nl.ketenhub.hub.HubOnPostgres;

/** The 305/307 scenarios on PostgreSQL. */
@HubOnPostgres
class RegieOnPostgresIT extends RegieScenarios {}

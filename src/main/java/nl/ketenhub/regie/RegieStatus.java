package nl.ketenhub.regie;

/**
 * The regie state of a toegewezen product (or of one start of it): NIET_GESTART → (305) GESTART →
 * (307 reden 20) TIJDELIJK_GESTOPT → (305) GESTART … → (307 reden ≠ 20) GESTOPT; after GESTOPT a
 * new 305 may start delivery again (OP379).
 */
enum RegieStatus {
    NIET_GESTART,
    GESTART,
    TIJDELIJK_GESTOPT,
    GESTOPT
}

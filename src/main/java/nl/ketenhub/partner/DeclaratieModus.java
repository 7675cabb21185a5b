package nl.ketenhub.partner;

/**
 * How a gemeente's 323s are answered (hub-decisions §1): {@code HUB} (default) - the hub answers
 * every 323 with its 325 and forwards the approved prestaties; {@code BACKEND} - the hub rejects
 * what fails levels 1-4 with its own 325, forwards the rest, and checks the back office's 325.
 */
public enum DeclaratieModus {
    HUB,
    BACKEND
}

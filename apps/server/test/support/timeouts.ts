/**
 * How long a hook may take to set a suite up or tear it down: create a database, migrate and seed
 * it, boot the app (or stop it and drop the database). About 2 s on a quiet machine; 6–7 s on
 * MariaDB with both cores busy, past jest's default of 5 s. Passed to those hooks (and to the few
 * tests whose work is exactly that) rather than set as jest's testTimeout, so every other test
 * keeps the default 5 s for what it asks of a running app.
 */
export const SETUP_TIMEOUT_MS = 60_000;

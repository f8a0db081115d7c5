-- Sign-in attempts per e-mail address and client, for the exponential back-off of LoginThrottle.
-- Kept here so a restart does not forget them and every server on one database sees the same.
-- The key is a SHA-256 digest of the address and the client: addresses people mistyped (or
-- passwords typed into the address field) are not stored.
CREATE TABLE login_attempts (
  attempt_key VARCHAR(64) PRIMARY KEY,
  attempts INT NOT NULL,
  last_attempt TIMESTAMP WITH TIME ZONE NOT NULL
);

CREATE INDEX login_attempts_last ON login_attempts (last_attempt);

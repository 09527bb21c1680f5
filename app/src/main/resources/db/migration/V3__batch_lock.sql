-- One nightly job at a time per database, across processes (H2 and other non-PostgreSQL databases):
-- a run holds this row locked (SELECT ... FOR UPDATE) in a transaction of its own for as long as it
-- runs, so a process that dies, even by kill -9, loses its connection and with it the lock.
-- PostgreSQL uses a session advisory lock instead, which keeps no transaction open for the night.
CREATE TABLE batch_lock (
    name VARCHAR(50) NOT NULL PRIMARY KEY
);
INSERT INTO batch_lock (name) VALUES ('nightly');

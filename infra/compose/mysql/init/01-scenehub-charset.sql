-- Runs once, on the first start of the mysql service (empty data volume), after the image has
-- created the `scenehub` database and user from MYSQL_DATABASE / MYSQL_USER / MYSQL_PASSWORD.
-- The server defaults (command flags in infra/compose.yaml) already give utf8mb4; this pins the
-- database's own defaults so that they hold even if the server flags change later.
ALTER DATABASE `scenehub` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci;

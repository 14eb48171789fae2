## Errors a person may meet, each with what to do next.

error-not-a-database = { $path } is not a seuil database. The file was not changed. Check the path given with --db or SEUIL_DB.
error-db-newer = The database { $path } was made by a newer seuil (schema { $found }; this one knows up to { $supported }). Nothing was changed. Update seuil on this machine.
error-db-open = Cannot open the database { $path }: { $detail }. Check that the file exists and that you may read and write it.
error-db-create-dir = Cannot create the folder { $path }: { $detail }. Check the rights, or choose another place with --db.
error-db = The database answered with an error: { $detail }. Nothing was saved; try again, and tell the coordinator if it repeats.
error-no-data-dir = No data folder found for this user. Give a database with --db or SEUIL_DB.
error-terminal = The terminal does not respond: { $detail }.
error-not-a-terminal = The desk needs a terminal. For scripts, use the commands (see “seuil --help”).
config-syntax = The configuration file { $path } has a mistake at line { $line }: { $detail }. The desk opens with default settings.
config-unknown-key = The configuration file { $path } has an unknown setting “{ $key }” at line { $line }. The desk opens with default settings.
config-bad-value = The configuration file { $path } has a value refused for “{ $key }” at line { $line }: “{ $value }” (expected { $expected }). The desk opens with default settings.
config-unreadable = Cannot read the configuration file { $path }: { $detail }. The desk opens with default settings.
error-db-busy = The database is busy (a backup or another program is holding it). Nothing was saved; try again in a moment.
